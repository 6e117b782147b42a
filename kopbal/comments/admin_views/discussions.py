"""Comments closed per article: the list of closed discussions, closing and reopening."""

from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, UserColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from kopbal.news.models import ArticlePage

from .. import services
from ..admin_forms import CloseDiscussionForm
from ..models import ClosedDiscussion, Comment
from .common import HOME, ModerationPermissionMixin, next_url
from .queues import reported_queue

Status = Comment.Status


def discussions_crumb():
    return {"url": reverse("comments_discussions:index"), "label": _("Closed discussions")}


class ClosedArticleColumn(Column):
    cell_template_name = "comments/admin/cells/closed_article.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = reverse("comments_discussions:article", args=[instance.article_id])
        return context


class OpenColumn(BaseColumn):
    cell_template_name = "comments/admin/cells/open.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["open_url"] = reverse("comments_discussions:open", args=[instance.article_id])
        context["csrf_token"] = get_token(parent_context["request"])
        context["return_url"] = reverse("comments_discussions:index")
        return context


class DiscussionIndexView(ModerationPermissionMixin, BaseListingView):
    page_title = gettext_lazy("Closed discussions")
    header_icon = "lock"
    breadcrumbs_items = [HOME]
    index_url_name = "comments_discussions:index"
    index_results_url_name = "comments_discussions:index_results"
    paginate_by = 50
    default_ordering = "-closed_at"
    is_searchable = True
    search_fields = ["article__title", "reason"]
    search_backend_name = None
    verbose_name_plural = gettext_lazy("closed discussions")
    columns = [
        ClosedArticleColumn("article", label=gettext_lazy("Article")),
        Column("reason", label=gettext_lazy("Reason")),
        UserColumn("closed_by", label=gettext_lazy("Closed by")),
        DateColumn("closed_at", label=gettext_lazy("Closed"), sort_key="closed_at"),
        OpenColumn("open", label=gettext_lazy("Actions")),
    ]

    def get_base_queryset(self):
        return ClosedDiscussion.objects.select_related("article", "closed_by").defer(
            "article__body", "article__intro"
        )

    @cached_property
    def header_buttons(self):
        url = reverse("comments_discussions:close")
        return [HeaderButton(_("Close comments on an article"), url=url, icon_name="lock")]


class CloseView(ModerationPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Pick an article (or come from its page) and close its comments."""

    form_class = CloseDiscussionForm
    template_name = "comments/admin/discussion_close.html"
    page_title = gettext_lazy("Close comments on an article")
    header_icon = "lock"

    def get_breadcrumbs_items(self):
        return [HOME, discussions_crumb(), {"url": "", "label": self.get_page_title()}]

    def form_valid(self, form):
        article = form.cleaned_data["article"]
        back = next_url(self.request, reverse("comments_discussions:index"))
        if ClosedDiscussion.objects.filter(article=article).exists():
            messages.warning(self.request, _("Comments on this article were already closed."))
            return redirect(back)
        services.discussion_close(
            article=article, by=self.request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(
            self.request,
            _("Comments closed on “%(title)s”: readers can no longer comment.")
            % {"title": article.title},
        )
        return redirect(back)


class ArticleDiscussionView(ModerationPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """One article's comments: open or closed, how many of each kind, and the switch."""

    template_name = "comments/admin/discussion.html"
    header_icon = "comment"

    @cached_property
    def article(self):
        queryset = ArticlePage.objects.defer_streamfields()
        return get_object_or_404(queryset, pk=self.kwargs["article_id"])

    def get_page_title(self):
        return _("Comments on “%(title)s”") % {"title": self.article.title}

    def get_breadcrumbs_items(self):
        return [HOME, discussions_crumb(), {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.article
        comments = Comment.objects.filter(article=article)
        closed = (
            ClosedDiscussion.objects.filter(article=article).select_related("closed_by").first()
        )
        all_url = reverse("comments_admin:index") + f"?article={article.pk}"
        context.update(
            article=article,
            closed=closed,
            form=CloseDiscussionForm(initial={"article": article}),
            visible_count=comments.filter(status=Status.VISIBLE).count(),
            pending_count=comments.filter(status=Status.PENDING).count(),
            reported_count=reported_queue().filter(article=article).count(),
            all_url=all_url,
            pending_url=all_url + "&status=pending",
            public_url=article.get_url(self.request),
            edit_url=reverse("wagtailadmin_pages:edit", args=[article.pk]),
            return_url=self.request.path,
        )
        return context


class OpenView(ModerationPermissionMixin, View):
    http_method_names = ["post"]

    def post(self, request, article_id):
        article = get_object_or_404(ArticlePage.objects.defer_streamfields(), pk=article_id)
        back = next_url(request, reverse("comments_discussions:article", args=[article_id]))
        if not ClosedDiscussion.objects.filter(article=article).exists():
            messages.warning(request, _("Comments on this article were already open."))
            return redirect(back)
        services.discussion_open(article=article, by=request.user)
        messages.success(
            request,
            _("Comments reopened on “%(title)s”.") % {"title": article.title},
        )
        return redirect(back)
