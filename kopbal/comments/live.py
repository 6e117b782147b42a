"""An article's discussion as open pages follow it (read only; served by kopbal.live).

Two documents per article, the same for every reader, so nginx's micro-cache can answer
a crowd with one entry each: the *state* (the newest visible comments' ids, small, polled
every few seconds) and the *fragment* (the same comments rendered as on the cached page,
fetched only when a reader taps "3 nieuwe reacties"). The page script compares the state
with the comments it shows. Both are stamped with the article's generation, which every
visible change of its discussion bumps (an approval included), and the site's.
"""

from kopbal.core import generations

from . import cards
from .models import Comment

LATEST = 50  # comments per document: more new ones than this and the page reloads


def _latest(article_id: int):
    return list(
        Comment.objects.visible()
        .filter(article_id=article_id)
        .select_related("author")
        .order_by("-created_at", "-pk")[:LATEST]
    )


def _entry(comment: Comment) -> dict:
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "created": comment.created_at.isoformat(),
    }


def depends_on(article_id: int) -> tuple[str, ...]:
    return (generations.SITE, generations.article(article_id))


def state(article_id: int) -> dict:
    """The newest visible comments, newest first: who posted and what is not in here."""
    return {"article": article_id, "comments": [_entry(c) for c in _latest(article_id)]}


def fragment(article_id: int) -> dict:
    """The comments of `state`, each rendered as an anonymous reader's cached page shows it
    (no request: nothing personal, no form token)."""
    viewer = cards.Viewer()
    return {
        "article": article_id,
        "comments": [
            {**_entry(c), "html": cards.card(c, viewer, is_reply=c.parent_id is not None)}
            for c in _latest(article_id)
        ],
    }
