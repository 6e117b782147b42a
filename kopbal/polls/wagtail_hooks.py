"""Reader polls in the admin: a snippet with live results, and the newsroom's actions."""

from django.db.models import Count
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from . import admin_views
from .choosers import PollChooserViewSet
from .forms import PollAdminForm
from .models import MAX_CHOICES, MIN_CHOICES, Poll
from .panels import PollResultsPanel, poll_admin_url
from .quick_edit import PollQuickEditView


def poll_action_buttons(poll: Poll) -> list[Button]:
    """Export, close or reopen, remove a burst: for users who may change polls."""
    if poll.is_open:
        status = Button(_("Close poll"), poll_admin_url("close", poll), icon_name="lock")
    else:
        status = Button(_("Reopen poll"), poll_admin_url("reopen", poll), icon_name="lock-open")
    return [
        Button(_("Download votes (CSV)"), poll_admin_url("export", poll), icon_name="download"),
        status,
        Button(_("Remove a burst of votes"), poll_admin_url("burst", poll), icon_name="bin"),
    ]


class ArticlesColumn(Column):
    """The articles that show the poll, linked to their edit views."""

    cell_template_name = "polls/admin/articles_cell.html"

    def get_value(self, instance):
        return instance.articles.all()


class PollIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            buttons += poll_action_buttons(instance)
        return buttons


class PollEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *poll_action_buttons(self.object)]


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    add_to_admin_menu = True
    index_view_class = PollIndexView
    edit_view_class = PollEditView
    list_display = [
        "question",
        Column("vote_total", label=_("Votes"), sort_key="vote_total"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor=lambda poll: gettext("open") if poll.is_open else gettext("closed"),
            primary=lambda poll: poll.is_open,
        ),
        ArticlesColumn("articles", label=_("Articles")),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
    ]
    list_filter = ["is_closed"]
    # Open or closed, votes and a "Nieuwe poll" tab: the article editor's poll chooser.
    chooser_viewset_class = PollChooserViewSet
    edit_handler = ObjectList(
        [
            FieldPanel("question"),
            PollResultsPanel(heading=_("Results")),
            FieldPanel("yes_no"),
            InlinePanel(
                "choices",
                heading=_("Answers"),
                label=_("Answer"),
                min_num=MIN_CHOICES,
                max_num=MAX_CHOICES,
            ),
            MultiFieldPanel(
                [
                    FieldPanel("closes_at"),
                    FieldPanel("is_closed"),
                    FieldPanel("results_visibility"),
                    FieldPanel("ip_limit_per_hour"),
                ],
                heading=_("Voting"),
            ),
        ],
        base_form_class=PollAdminForm,
    )

    def get_queryset(self, request):
        return Poll.objects.annotate(vote_total=Count("votes")).prefetch_related("articles")

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("results/<id:pk>/", admin_views.PollResultsView.as_view(), name="results"),
            path("quick-edit/<id:pk>/", PollQuickEditView.as_view(), name="quick_edit"),
            path("export/<id:pk>/", admin_views.PollExportView.as_view(), name="export"),
            path("close/<id:pk>/", admin_views.PollCloseView.as_view(), name="close"),
            path("reopen/<id:pk>/", admin_views.PollReopenView.as_view(), name="reopen"),
            path("burst/<id:pk>/", admin_views.PollBurstListView.as_view(), name="burst"),
            path(
                "burst/<id:pk>/remove/",
                admin_views.PollBurstRemoveView.as_view(),
                name="burst_remove",
            ),
        ]


register_snippet(PollViewSet)


def _when(value: str) -> str:
    """An ISO timestamp from a log entry, as the editor reads dates."""
    moment = parse_datetime(value)
    if moment is None:
        return value
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


class RemoveBurstFormatter(LogFormatter):
    label = _("Remove a burst of votes")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        try:
            return ngettext(
                "Removed %(count)d vote from address %(ip)s… cast from %(start)s to %(end)s",
                "Removed %(count)d votes from address %(ip)s… cast from %(start)s to %(end)s",
                data["removed"],
            ) % {
                "count": data["removed"],
                "ip": data["ip_hash_prefix"],
                "start": _when(data["from"]),
                "end": _when(data["to"]),
            }
        except (KeyError, TypeError):
            return gettext("Removed a burst of votes")


@hooks.register("register_log_actions")
def register_poll_log_actions(actions):
    actions.register_action("kopbal_polls.close", _("Close poll"), _("Poll closed"))
    actions.register_action("kopbal_polls.reopen", _("Reopen poll"), _("Poll reopened"))
    actions.register_action("kopbal_polls.remove_burst")(RemoveBurstFormatter)


@hooks.register("insert_editor_js")
def poll_inline_js():
    return format_html(
        '<script src="{}" data-poll-edit-url="{}" data-label="{}" defer></script>',
        static("js/poll-inline.js"),
        reverse(Poll.snippet_viewset.get_url_name("quick_edit"), args=(0,)),
        gettext("Edit question and answers"),
    )


@hooks.register("insert_global_admin_css")
def poll_inline_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/polls-admin.css"))
