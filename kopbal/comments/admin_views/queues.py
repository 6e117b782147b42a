"""The moderation queues (held and reported comments) and the search through all comments."""

import django_filters
from django.db.models import Count, Max, Prefetch
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.views.generic.base import BaseListingView

from kopbal.core.ids import MAX_ID

from ..admin_forms import PRESET_REASONS
from ..models import Ban, Comment, Report
from .columns import (
    ActionsColumn,
    ArticleColumn,
    AuthorColumn,
    CommentColumn,
    ReportsColumn,
    SelectColumn,
    StatusColumn,
)
from .common import HOME, ModerationPermissionMixin

Status = Comment.Status
PAGE_SIZE = 50


def pending_queue():
    return Comment.objects.pending()


def reported_queue():
    """Comments with open reports that a moderator can still act on (not erased)."""
    return Comment.objects.reported().filter(status__in=[Status.VISIBLE, Status.PENDING])


class CommentListingView(ModerationPermissionMixin, BaseListingView):
    """A page of comments with a button per action and a form for the ticked ones."""

    template_name = "comments/admin/listing.html"
    results_template_name = "comments/admin/listing_results.html"
    paginate_by = PAGE_SIZE
    default_ordering = "-created_at"
    breadcrumbs_items = [HOME]
    # The bulk actions offered above the list, as (action, label).
    bulk_actions = ()
    # Approving a visible comment is "keeping" it: it dismisses its reports.
    keep = False

    @cached_property
    def columns(self):
        return [
            SelectColumn("select", label=_("Select")),
            CommentColumn("body", label=_("Comment text"), classname="moderation-comment"),
            AuthorColumn("author", label=_("Author")),
            ArticleColumn("article", label=_("Article")),
            DateColumn("created_at", label=_("Posted"), sort_key="created_at"),
            ActionsColumn("actions", keep=self.keep, return_url=self.return_url),
        ]

    def queue(self):
        raise NotImplementedError

    def get_base_queryset(self):
        bans = Ban.objects.filter(lifted_at__isnull=True)
        return (
            self.queue()
            .select_related("author", "article", "parent__author")
            # The parent's body stays: a reply shows the start of the comment it answers.
            .defer("article__body", "article__intro")
            .prefetch_related(Prefetch("author__comment_bans", queryset=bans))
        )

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")  # stable pages

    @cached_property
    def return_url(self) -> str:
        """This page of the list, as the browser shows it: where actions lead back to."""
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return self.index_url + (f"?{query.urlencode()}" if query else "")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            bulk_url=reverse("comments_admin:bulk"),
            bulk_actions=self.bulk_actions,
            presets=list(PRESET_REASONS.items()),
            return_url=self.return_url,
        )
        return context


class PendingQueueView(CommentListingView):
    page_title = _("Pending")
    header_icon = "tasks"
    index_url_name = "comments_pending:index"
    index_results_url_name = "comments_pending:index_results"
    bulk_actions = (("approve", _("Approve")), ("reject", _("Reject")))
    no_results_message = _("No comments are waiting for moderation.")

    def queue(self):
        return pending_queue()


class ReportedQueueView(CommentListingView):
    page_title = _("Reported")
    header_icon = "warning"
    index_url_name = "comments_reported:index"
    index_results_url_name = "comments_reported:index_results"
    default_ordering = "-last_reported_at"
    bulk_actions = (("approve", _("Keep")), ("remove", _("Remove")))
    keep = True
    no_results_message = _("No reported comments to review.")

    @cached_property
    def columns(self):
        columns = super().columns
        reports = ReportsColumn(
            "open_report_count", label=_("Open reports"), sort_key="open_report_count"
        )
        reported = DateColumn("last_reported_at", label=_("Reported"), sort_key="last_reported_at")
        return [*columns[:2], reports, *columns[2:4], reported, *columns[5:]]

    def queue(self):
        open_reports = Report.objects.filter(resolved_at__isnull=True).select_related("user")
        # The filter on open reports in reported() also limits these aggregates to them.
        return (
            reported_queue()
            .annotate(
                open_report_count=Count("reports"), last_reported_at=Max("reports__created_at")
            )
            .prefetch_related(
                Prefetch(
                    "reports", queryset=open_reports.order_by("created_at"), to_attr="open_reports"
                )
            )
        )


class YesNoWidget(django_filters.widgets.BooleanWidget):
    """django-filter's yes/no select, with its choices in the editor's language (its own
    catalogue is not loaded: django_filters is not an installed app)."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.choices = [("", _("All")), ("true", _("Yes")), ("false", _("No"))]


class CommentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    reported = django_filters.BooleanFilter(
        label=_("Open reports"),
        method="filter_reported",
        widget=YesNoWidget(),
    )
    is_featured = django_filters.BooleanFilter(label=_("Featured"), widget=YesNoWidget())
    # Bounded like every id (kopbal.core.ids): a larger number is a form error, not a 500.
    article = django_filters.NumberFilter(
        label=_("Article (id)"), field_name="article_id", min_value=1, max_value=MAX_ID
    )
    author = django_filters.NumberFilter(
        label=_("Author (id)"), field_name="author_id", min_value=1, max_value=MAX_ID
    )

    class Meta:
        model = Comment
        fields = ["status", "reported", "is_featured", "article", "author"]

    def filter_reported(self, queryset, name, value):
        reported = Comment.objects.reported().values("pk")
        return queryset.filter(pk__in=reported) if value else queryset.exclude(pk__in=reported)


class AllCommentsView(CommentListingView):
    """Every comment, to search through (text or author) and filter by status or article."""

    page_title = _("All comments")
    header_icon = "list-ul"
    index_url_name = "comments_admin:index"
    index_results_url_name = "comments_admin:index_results"
    filterset_class = CommentFilterSet
    is_searchable = True
    search_fields = ["body", "author__username"]
    search_backend_name = None  # the database's icontains: comments are not in the index
    bulk_actions = (("approve", _("Approve")), ("reject", _("Reject")), ("remove", _("Remove")))
    verbose_name_plural = Comment._meta.verbose_name_plural

    @cached_property
    def columns(self):
        columns = super().columns
        status = StatusColumn("status", label=_("Status"))
        return [*columns[:-1], status, columns[-1]]

    def queue(self):
        return Comment.objects.all()
