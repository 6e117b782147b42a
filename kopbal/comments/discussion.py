"""One page of an article's discussion, as a reader sees it, in a fixed number of queries."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q

from kopbal.core.pagination import paginate

from . import rules
from .models import Comment, Like
from .services.errors import CommentRefused

SORTS = {"nieuwste": "newest", "oudste": "oldest", "populairste": "liked"}
DEFAULT_SORT = "newest"


def threads(article, sort: str):
    """Top-level comments of `article` in `sort` order, with their visible replies.

    A deleted or removed comment that still has visible replies stays as a placeholder,
    so the replies keep their context.
    """
    visible_replies = Comment.objects.visible().filter(parent=OuterRef("pk"))
    replies = Comment.objects.visible().select_related("author").order_by("created_at", "pk")
    return (
        Comment.objects.filter(article=article, parent__isnull=True)
        .filter(Q(status=Comment.Status.VISIBLE) | Q(Exists(visible_replies)))
        .select_related("author")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="visible_replies"))
        .sorted_by(sort)
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
    page_obj = paginate(
        request, threads(article, sort), settings.KOPBAL_COMMENTS_PAGE_SIZE, param=page_param
    )
    featured = list(
        Comment.objects.visible()
        .filter(article=article, is_featured=True)
        .select_related("author")
        .order_by("-created_at")[:3]
    )
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
