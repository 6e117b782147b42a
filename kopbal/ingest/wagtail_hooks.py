"""The "Agentschappen" menu: the queue of incoming drafts, and the sources."""

from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .admin_views import QueueView, SourceFetchView, may_edit_pages, queue
from .models import Item, Source


class QueueMenuItem(MenuItem):
    """For page editors; with the number of drafts waiting, if any."""

    def is_shown(self, request):
        return may_edit_pages(request.user)

    def render_component(self, request):
        number = queue().count()
        label = f"{self.label} ({number})" if number else self.label
        return LinkMenuItem(self.name, label, self.url, icon_name=self.icon_name)


class QueueViewSet(ViewSet):
    name = "ingest_queue"
    url_prefix = "ingest/queue"
    icon = "download"
    menu_label = _("Incoming")

    def get_menu_item(self, order=None):
        return QueueMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
        )

    def get_urlpatterns(self):
        return [
            path("", QueueView.as_view(), name="index"),
            path("results/", QueueView.as_view(results_only=True), name="index_results"),
        ]


def fetch_button(source: Source) -> Button:
    return Button(
        _("Fetch now"), reverse("ingest_sources:fetch", args=[source.pk]), icon_name="rotate"
    )


class SourceIndexView(IndexView):
    template_name = "ingest/admin/source_index.html"

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            buttons.append(fetch_button(instance))
        return buttons


class SourceEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, fetch_button(self.object)]


class SourceViewSet(ModelViewSet):
    model = Source
    name = "ingest_sources"
    index_view_class = SourceIndexView
    edit_view_class = SourceEditView
    icon = "rss"
    menu_label = _("Sources")
    url_prefix = "ingest/sources"
    copy_view_enabled = False
    list_display = [
        "name",
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        BooleanColumn("is_active", label=_("Active")),
        DateColumn("last_fetched_at", label=_("Last fetched")),
        DateColumn("last_success_at", label=_("Last success")),
        Column("last_error", label=_("Last error")),
        Column("item_count", label=_("Items brought in")),
    ]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("url"),
        FieldPanel("folder"),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("interval_minutes")]),
        MultiFieldPanel(
            [
                # A plain list: the newsroom has a handful of authors, and the snippet
                # chooser's button label is not translated.
                FieldPanel("default_author", widget=forms.Select),
                FieldPanel("medium"),
            ],
            heading=_("On the drafts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("last_fetched_at", read_only=True),
                FieldPanel("last_success_at", read_only=True),
                FieldPanel("last_error", read_only=True),
                FieldPanel("item_count", read_only=True),
            ],
            heading=_("Status"),
        ),
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/fetch/", SourceFetchView.as_view(), name="fetch"),
        ]


class IngestViewSetGroup(ViewSetGroup):
    items = (QueueViewSet, SourceViewSet)
    menu_icon = "download"
    menu_label = _("Agencies")
    menu_name = "ingest"
    menu_order = 240  # beside Comments: a daily tool


@hooks.register("register_admin_viewset")
def register_viewset():
    return IngestViewSetGroup()


@hooks.register("register_page_header_buttons")
def original_button(page, user, view_name, next_url=None):
    """On an ingested draft: the agency's original, one click away in the editor."""
    item = Item.objects.filter(article_id=page.pk).only("link").first()
    if item is not None and item.link:
        yield Button(
            _("Original (agency)"),
            url=item.link,
            icon_name="link-external",
            priority=70,
            attrs={"target": "_blank", "rel": "noopener noreferrer"},
        )
