"""The comment count next to every headline: visible comments, kept exact.

The count follows the comment events the services emit (kopbal.core.events), inside
their transaction, as one atomic UPDATE ... SET comment_count = comment_count +/- 1; a
recount repairs the counters should anything ever have bypassed the services.
"""

import threading

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q

from kopbal.core import events
from kopbal.news.models import ArticlePage, ArticleStats


def _ensure_row(article_id: int) -> None:
    if not ArticleStats.objects.filter(article_id=article_id).exists():
        try:
            with transaction.atomic():
                ArticleStats.objects.create(article_id=article_id)
        except IntegrityError:
            pass  # created by a concurrent request: fine


def _add(article_id: int, delta: int) -> int:
    """The article's new count. One statement (PostgreSQL and SQLite alike): the row is
    made by the first comment."""
    with connection.cursor() as cursor:
        cursor.execute(_ADD, [article_id, delta, delta, delta])
        return cursor.fetchone()[0]


_TABLE = ArticleStats._meta.db_table
# PostgreSQL checks comment_count >= 0 on the row it proposes even when the row exists and
# the update is what happens: a -1 is proposed as 0.
_ADD = (
    f"INSERT INTO {_TABLE} (article_id, comment_count) "  # noqa: S608
    f"VALUES (%s, CASE WHEN %s > 0 THEN %s ELSE 0 END) "
    f"ON CONFLICT (article_id) DO UPDATE SET comment_count = {_TABLE}.comment_count + %s "
    f"RETURNING comment_count"
)

# The count written with this thread's last post: the poster's answer shows it without
# asking the database again (after_post).
_written = threading.local()


def comment_posted(event: events.CommentPosted) -> None:
    if event.visible:
        _written.post = (event.comment_id, event.article_id, _add(event.article_id, 1))


def after_post(comment) -> int:
    """The article's count right after `comment` was posted: the one its own transaction
    wrote, or (a comment held for moderation changes no count) the stored one."""
    written = getattr(_written, "post", None)
    if written is not None and written[:2] == (comment.pk, comment.article_id):
        return written[2]
    return counts_for([comment.article_id])[comment.article_id]


def comment_changed(event: events.CommentChanged) -> None:
    if event.was_visible != event.is_visible:
        _add(event.article_id, 1 if event.is_visible else -1)


def recount(article_ids=None) -> int:
    """Set every counter to the number of visible comments; returns how many changed."""
    articles = ArticlePage.objects.all()
    if article_ids is not None:
        articles = articles.filter(pk__in=article_ids)
    totals = articles.annotate(
        visible=Count("comments", filter=Q(comments__status="visible"))
    ).values_list("pk", "visible")
    changed = 0
    for article_id, visible in totals:
        _ensure_row(article_id)
        changed += (
            ArticleStats.objects.filter(article_id=article_id)
            .exclude(comment_count=visible)
            .update(comment_count=visible)
        )
    return changed


def counts_for(article_ids) -> dict[int, int]:
    found = dict(
        ArticleStats.objects.filter(article_id__in=article_ids).values_list(
            "article_id", "comment_count"
        )
    )
    return {article_id: found.get(article_id, 0) for article_id in article_ids}
