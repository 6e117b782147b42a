"""Comment moderation in the Wagtail admin: a "Comments" menu with the queues, all
comments, the word lists, bans and closed discussions; readable history entries."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from kopbal.news.models import ArticlePage

from .admin_views import actions, bans, discussions, queues
from .admin_views.history import register_comment_log_actions
from .models import WordRule

MODERATE = "comments.change_comment"
BAN = "comments.add_ban"


class ModerationMenuItem(MenuItem):
    """Shown only to those allowed in; with the number of comments waiting, if any."""

    def __init__(self, *args, permission, count=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission
        self.count = count

    def is_shown(self, request):
        return request.user.has_perm(self.permission)

    def render_component(self, request):
        number = self.count() if self.count else 0
        label = f"{self.label} ({number})" if number else self.label
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class CommentsMenuItem(SubmenuMenuItem):
    """The "Comments" menu: the number of comments waiting shows on it while it is closed."""

    def render_component(self, request):
        component = super().render_component(request)
        number = PendingViewSet.count() if request.user.has_perm(MODERATE) else 0
        if number:
            component.label = f"{self.label} ({number})"
        return component


class ModerationViewSet(ViewSet):
    """A page of the moderation admin with its own item in the "Comments" menu."""

    permission = MODERATE
    count = None

    def get_menu_item(self, order=None):
        return ModerationMenuItem(
            label=self.menu_label,
            url=self.menu_url,
            name=self.name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
            permission=self.permission,
            count=self.count,
        )

    def listing_urls(self, view_class):
        return [
            path("", view_class.as_view(), name="index"),
            path("results/", view_class.as_view(results_only=True), name="index_results"),
        ]


class PendingViewSet(ModerationViewSet):
    name = "comments_pending"
    url_prefix = "comments/pending"
    icon = "tasks"
    menu_label = _("Pending")

    @staticmethod
    def count():
        return queues.pending_queue().count()

    def get_urlpatterns(self):
        return self.listing_urls(queues.PendingQueueView)


class ReportedViewSet(ModerationViewSet):
    name = "comments_reported"
    url_prefix = "comments/reported"
    icon = "warning"
    menu_label = _("Reported")

    @staticmethod
    def count():
        return queues.reported_queue().values("pk").count()

    def get_urlpatterns(self):
        return self.listing_urls(queues.ReportedQueueView)


class CommentsViewSet(ModerationViewSet):
    """All comments, and the actions on one comment or on the ticked ones."""

    name = "comments_admin"
    url_prefix = "comments"
    icon = "list-ul"
    menu_label = _("All comments")

    def get_urlpatterns(self):
        return [
            *self.listing_urls(queues.AllCommentsView),
            path("<id:pk>/approve/", actions.ApproveView.as_view(), name="approve"),
            path("<id:pk>/reject/", actions.RejectView.as_view(), name="reject"),
            path("<id:pk>/remove/", actions.RemoveView.as_view(), name="remove"),
            path("<id:pk>/feature/", actions.FeatureView.as_view(), name="feature"),
            path("<id:pk>/unfeature/", actions.UnfeatureView.as_view(), name="unfeature"),
            path("bulk/", actions.BulkView.as_view(), name="bulk"),
        ]


class WordRuleViewSet(SnippetViewSet):
    """The banned and suspect words; saving or deleting one refreshes the filter
    (see signal_handlers)."""

    model = WordRule
    icon = "regex"
    menu_label = _("Word lists")
    list_display = ["word", "kind"]
    list_filter = ["kind"]
    search_fields = ["word"]
    search_backend_name = None  # icontains: the list is short and not in the search index
    ordering = ["kind", "word"]


class BansViewSet(ModerationViewSet):
    name = "comments_bans"
    url_prefix = "comments/bans"
    icon = "circle-xmark"
    menu_label = _("Bans")
    permission = BAN

    def get_urlpatterns(self):
        return [
            *self.listing_urls(bans.BanIndexView),
            path("new/", bans.BanLookupView.as_view(), name="lookup"),
            path("reader/<id:user_id>/", bans.UserBansView.as_view(), name="user"),
            path("<id:pk>/lift/", bans.BanLiftView.as_view(), name="lift"),
        ]


class DiscussionsViewSet(ModerationViewSet):
    name = "comments_discussions"
    url_prefix = "comments/discussions"
    icon = "lock"
    menu_label = _("Closed discussions")

    def get_urlpatterns(self):
        return [
            *self.listing_urls(discussions.DiscussionIndexView),
            path("close/", discussions.CloseView.as_view(), name="close"),
            path(
                "article/<id:article_id>/",
                discussions.ArticleDiscussionView.as_view(),
                name="article",
            ),
            path("article/<id:article_id>/open/", discussions.OpenView.as_view(), name="open"),
        ]


class CommentsViewSetGroup(SnippetViewSetGroup):
    items = (
        PendingViewSet,
        ReportedViewSet,
        CommentsViewSet,
        WordRuleViewSet,
        BansViewSet,
        DiscussionsViewSet,
    )
    menu_icon = "comment"
    menu_label = _("Comments")
    menu_name = "comments"
    menu_order = 250  # after Pages, before Images: a daily tool

    def get_menu_item(self, order=None):
        return CommentsMenuItem(
            label=self.menu_label,
            menu=Menu(items=self.get_submenu_items()),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=order if order is not None else self.menu_order,
        )


# Through register_snippet, since the group holds the WordRule snippet.
register_snippet(CommentsViewSetGroup)
hooks.register("register_log_actions", register_comment_log_actions)


def discussion_button(page, user, priority):
    if user.has_perm(MODERATE) and issubclass(page.specific_class or object, ArticlePage):
        url = reverse("comments_discussions:article", args=[page.pk])
        yield Button(_("Comments"), url=url, icon_name="comment", priority=priority)


@hooks.register("register_page_header_buttons")
def page_header_comments_button(page, user, view_name, next_url=None):
    yield from discussion_button(page, user, priority=66)


@hooks.register("register_page_listing_more_buttons")
def page_listing_comments_button(page, user, next_url=None):
    yield from discussion_button(page, user, priority=55)
