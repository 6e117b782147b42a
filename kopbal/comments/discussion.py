"""One page of an article's discussion, as a reader sees it, in a fixed number of queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q

from kopbal.core.pagination import paginate
from kopbal.core.precompiled import Precompiled

from . import rules
from .models import Comment, Like
from .services.errors import CommentRefused

SORTS = {"nieuwste": "newest", "oudste": "oldest", "populairste": "liked"}
DEFAULT_SORT = "newest"
# What a card shows (kopbal.comments.cards) and the JSON API sends: a comment row without
# its moderation fields, and of its author not the whole account (password hash, e-mail,
# dates) that select_related would otherwise load and build for every comment.
CARD_FIELDS = (
    "parent",
    "author",
    "body",
    "status",
    "is_featured",
    "like_count",
    "created_at",
    "edited_at",
    "author__username",
    "author__display_name",
    "author__is_staff",
)


def _cards(queryset):
    return queryset.select_related("author").only(*CARD_FIELDS)


def threads(article, sort: str):
    """Top-level comments of `article` in `sort` order (their replies: with_replies).

    A deleted or removed comment that still has visible replies stays as a placeholder,
    so the replies keep their context.
    """
    visible_replies = Comment.objects.visible().filter(parent=OuterRef("pk"))
    return (
        _cards(Comment.objects.filter(article=article, parent__isnull=True))
        .filter(Q(status=Comment.Status.VISIBLE) | Q(Exists(visible_replies)))
        .sorted_by(sort)
    )


def with_replies(threads) -> list:
    """`threads` (one page of them) with their visible replies, oldest first, as
    `visible_replies`: one query, grouped here. What prefetch_related does, without its
    machinery, which cost more than the query under a page of 50 threads."""
    threads = list(threads)
    by_id = {}
    for thread in threads:
        thread.visible_replies = []
        by_id[thread.pk] = thread
    if by_id:
        for reply in _REPLIES(shape=(len(by_id),), values=tuple(by_id)):
            by_id[reply.parent_id].visible_replies.append(reply)
    return threads


def _replies(count: int, *thread_ids):
    # `count`: the shape, how many threads (so as many parameters) the SQL has.
    return _cards(Comment.objects.visible().filter(parent_id__in=thread_ids)).order_by(
        "created_at", "pk"
    )


def _thread_count(article_id):
    # COUNT(*) as a one-row QuerySet (no row: no threads), so it can be precompiled.
    return (
        threads(article_id, DEFAULT_SORT)
        .order_by()
        .values("article")
        .annotate(count=Count("pk"))
        .values_list("count", flat=True)
    )


def _featured(article_id):
    return _cards(Comment.objects.visible().filter(article=article_id, is_featured=True)).order_by(
        "-created_at"
    )[:3]


# The discussion's queries are the same for every article (kopbal.core.precompiled): the
# page of threads differs by sort and position, the replies by how many threads ask.
_THREAD_COUNT = Precompiled(_thread_count)
_THREAD_PAGE = Precompiled(
    lambda sort, start, stop, article_id: threads(article_id, sort)[start:stop]
)
_REPLIES = Precompiled(_replies)
_FEATURED = Precompiled(_featured)


class _Threads:
    """What Paginator asks of an article's threads (their count, one page of them)."""

    ordered = True

    def __init__(self, article_id: int, sort: str, per_page: int):
        self.article_id, self.sort, self.per_page = article_id, sort, per_page

    def count(self) -> int:
        found = _THREAD_COUNT(values=(self.article_id,))
        return found[0] if found else 0

    def __getitem__(self, page: slice) -> list:
        # A whole page's worth from its start, also for the last page (Paginator stops at
        # the count): one SQL for every page with that start, whatever the count.
        start = page.start or 0
        return _THREAD_PAGE(
            shape=(self.sort, start, start + self.per_page), values=(self.article_id,)
        )


@dataclass
class Discussion:
    article: object
    sort: str
    page_obj: object
    featured: list
    count: int
    is_open: bool
    liked: set[int] = field(default_factory=set)
    refusal: str = ""  # why this reader cannot comment ("" when they can)

    @property
    def sort_param(self) -> str:
        return next(key for key, value in SORTS.items() if value == self.sort)


def discussion_for(request, article, *, sort: str | None = None, page_param="rpagina"):
    sort = sort or SORTS.get(request.GET.get("reacties", ""), DEFAULT_SORT)
    # Without a visible comment there is no thread (a placeholder only stays above visible
    # replies) and nothing featured. The counter is kept exact in the transaction of every
    # comment event (kopbal.comments.counts), so under the many articles nobody has reacted
    # to yet the discussion costs no query of its own.
    empty = article.comment_count == 0
    per_page = settings.KOPBAL_COMMENTS_PAGE_SIZE
    page_obj = paginate(
        request,
        [] if empty else _Threads(article.pk, sort, per_page),  # [] compiles no SQL
        per_page,
        param=page_param,
    )
    page_obj.object_list = with_replies(page_obj.object_list)
    featured = [] if empty else _FEATURED(values=(article.pk,))
    discussion = Discussion(
        article=article,
        sort=sort,
        page_obj=page_obj,
        featured=featured,
        count=article.comment_count,
        is_open=rules.discussion_is_open(article),
    )
    user = request.user
    if user.is_authenticated:
        ids = [c.pk for c in page_obj] + [r.pk for c in page_obj for r in c.visible_replies]
        discussion.liked = set(
            Like.objects.filter(user=user, comment_id__in=ids).values_list("comment_id", flat=True)
        )
        try:
            rules.ensure_can_comment(user)
        except CommentRefused as exc:  # shown in place of the form
            discussion.refusal = exc.message
    return discussion
