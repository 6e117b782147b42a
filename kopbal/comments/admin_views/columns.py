"""The columns of the comment listings: what a moderator needs to decide at a glance."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BaseColumn, Column

from ..admin_forms import PRESET_REASONS
from ..text import to_html
from .common import author_name, can_ban, status_allows


class SelectColumn(BaseColumn):
    """A checkbox per row for the bulk actions; the header one ticks them all."""

    header_template_name = "comments/admin/cells/select_header.html"
    cell_template_name = "comments/admin/cells/select.html"


# How much of a reply's parent comment the queues show: enough to judge the reply by.
PARENT_EXCERPT_CHARS = 140


class CommentColumn(Column):
    cell_template_name = "comments/admin/cells/comment.html"

    def get_value(self, instance):
        return to_html(instance.body)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        parent = instance.parent if instance.parent_id else None
        if parent is not None:
            # Plain text on one line, escaped by the template; the listing's query selects
            # the parent and its author along with the reply.
            context["parent_author"] = author_name(parent.author) or "—"
            context["parent_excerpt"] = Truncator(" ".join(parent.body.split())).chars(
                PARENT_EXCERPT_CHARS
            )
        return context


class AuthorColumn(Column):
    """The author's name, linked to their bans page, with their card if they have one."""

    cell_template_name = "comments/admin/cells/author.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        user = instance.author
        context["name"] = author_name(user)
        if user is not None:
            context["active_ban"] = next(
                (ban for ban in user.comment_bans.all() if ban.is_active), None
            )
            if can_ban(parent_context["request"].user):
                context["bans_url"] = reverse("comments_bans:user", args=[user.pk])
        context["author_comments_url"] = (
            reverse("comments_admin:index") + f"?author={user.pk}" if user else ""
        )
        return context


class ArticleColumn(Column):
    """The article, linked to the comment on the public page."""

    cell_template_name = "comments/admin/cells/article.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        article = instance.article
        url = article.get_url(parent_context["request"])
        context["public_url"] = f"{url}#reactie-{instance.pk}" if url else ""
        context["article_comments_url"] = reverse("comments_admin:index") + f"?article={article.pk}"
        context["discussion_url"] = reverse("comments_discussions:article", args=[article.pk])
        return context


class ReportsColumn(Column):
    """The open reports: how many, why, and by whom."""

    cell_template_name = "comments/admin/cells/reports.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["reports"] = [
            {"reason": report.reason, "by": author_name(report.user)}
            for report in instance.open_reports
        ]
        return context


class StatusColumn(Column):
    cell_template_name = "comments/admin/cells/status.html"


class ActionsColumn(BaseColumn):
    """One-click buttons for the actions the comment's status allows.

    `keep` shows approving a visible comment as "Keep" (it dismisses the reports).
    """

    cell_template_name = "comments/admin/cells/actions.html"

    def __init__(self, *args, keep=False, return_url="", **kwargs):
        kwargs.setdefault("label", _("Actions"))
        super().__init__(*args, **kwargs)
        self.keep = keep
        self.return_url = return_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        pk = instance.pk
        user = parent_context["request"].user
        context.update(
            approve=status_allows("approve", instance)
            and (self.keep or not instance.is_visible)
            and reverse("comments_admin:approve", args=[pk]),
            reject=status_allows("reject", instance)
            and reverse("comments_admin:reject", args=[pk]),
            remove=status_allows("remove", instance)
            and reverse("comments_admin:remove", args=[pk]),
            feature=not self.keep
            and status_allows("feature", instance)
            and reverse(
                "comments_admin:unfeature" if instance.is_featured else "comments_admin:feature",
                args=[pk],
            ),
            ban=self.keep
            and instance.author_id
            and can_ban(user)
            and reverse("comments_bans:user", args=[instance.author_id])
            + "?"
            + urlencode({"next": self.return_url}),
            keep=self.keep,
            presets=list(PRESET_REASONS.items()),
            return_url=self.return_url,
        )
        return context
