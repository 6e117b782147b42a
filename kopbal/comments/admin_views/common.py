"""What the moderation views share: permissions, allowed actions, names and return URLs."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import Ban, Comment

Status = Comment.Status

comment_policy = ModelPermissionPolicy(Comment)
ban_policy = ModelPermissionPolicy(Ban)

HOME = {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}

# The statuses each action may start from. Never from "deleted": approving an erased
# comment would show an empty text; nor twice the same way round.
ALLOWED_FROM = {
    "approve": {Status.PENDING, Status.VISIBLE, Status.REJECTED, Status.REMOVED},
    "reject": {Status.PENDING},
    "remove": {Status.VISIBLE},
    "feature": {Status.VISIBLE},
}


def status_allows(action: str, comment: Comment) -> bool:
    return comment.status in ALLOWED_FROM[action]


def allowed(action: str, comment: Comment) -> bool:
    """Whether `action` would change `comment` (a query for keeping a visible one)."""
    if not status_allows(action, comment):
        return False
    if action == "approve" and comment.is_visible:
        # Keeping a visible comment dismisses its reports: without any, nothing to do.
        return comment.reports.filter(resolved_at__isnull=True).exists()
    return True


def author_name(user) -> str:
    """The name readers know the author by."""
    if user is None:
        return ""
    return getattr(user, "display_name", None) or user.get_username()


def can_ban(user) -> bool:
    return ban_policy.user_has_permission(user, "add")


def next_url(request, default: str) -> str:
    """Back where the moderator came from (the same queue page), if that is on this site."""
    return get_valid_next_url_from_request(request) or str(default)


class ModerationPermissionMixin(PermissionCheckedMixin):
    """Moderating comments is changing them."""

    permission_policy = comment_policy
    permission_required = "change"


class BanPermissionMixin(PermissionCheckedMixin):
    permission_policy = ban_policy
    permission_required = "add"
