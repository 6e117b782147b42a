"""The "Binnengekomen" queue: ingested drafts that wait for an editor."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import Item, Source
from .services import source_fetch


def may_edit_pages(user) -> bool:
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change"])


def queue():
    return Item.objects.in_queue()


class QueueFilterSet(WagtailFilterSet):
    source = django_filters.ModelChoiceFilter(
        label=_("Source"), queryset=Source.objects.all(), empty_label=_("All sources")
    )

    class Meta:
        model = Item
        fields = ["source"]


class HeadlineColumn(Column):
    """The draft's current headline, with "Bewerken" to the page editor."""

    cell_template_name = "ingest/admin/headline_cell.html"

    def get_value(self, instance):
        return instance.article.draft_title or instance.article.title


class OriginalColumn(Column):
    """The agency's own page, and the newer version that was not applied, if any."""

    cell_template_name = "ingest/admin/original_cell.html"


class TagsColumn(Column):
    def get_value(self, instance):
        return ", ".join(instance.suggested_tags) or "-"


class QueueView(IndexView):
    model = Item
    page_title = _("Incoming")
    header_icon = "download"
    filterset_class = QueueFilterSet
    default_ordering = "-first_seen_at"
    paginate_by = 50
    index_url_name = "ingest_queue:index"
    index_results_url_name = "ingest_queue:index_results"
    no_results_message = _("No incoming drafts are waiting.")
    # Editors of pages, not holders of ingest model permissions: the queue is pages.
    permission_policy = None
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not may_edit_pages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            HeadlineColumn("headline", label=_("Headline")),
            Column("source", label=_("Source"), accessor="source.name"),
            OriginalColumn("link", label=_("Original")),
            DateColumn("first_seen_at", label=_("Came in"), sort_key="first_seen_at"),
            TagsColumn("suggested_tags", label=_("Tags suggested")),
        ]

    def get_base_queryset(self):
        return queue().select_related("source", "article").defer("article__body", "article__intro")

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")  # stable pages


class SourceFetchView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """ "Nu ophalen": fetch one source at once instead of waiting for its turn (a POST)."""

    permission_policy = ModelPermissionPolicy(Source)
    permission_required = "change"
    template_name = "ingest/admin/confirm_fetch.html"
    page_title = _("Fetch now")
    header_icon = "rss"

    @cached_property
    def source(self) -> Source:
        # Looked up after the permission check, so a stranger cannot probe for ids.
        return get_object_or_404(Source, pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.source)

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["source"] = self.source
        context["index_url"] = reverse("ingest_sources:index")
        return context

    def post(self, request, pk):
        result = source_fetch(source=self.source)
        created = result.outcomes.get("created", 0)
        updated = result.outcomes.get("updated", 0)
        if result.error:
            messages.error(request, f"{self.source}: {result.error}")
        else:
            messages.success(
                request,
                _("%(source)s fetched: %(created)d new, %(updated)d updated.")
                % {"source": self.source, "created": created, "updated": updated},
            )
        return redirect("ingest_sources:index")
