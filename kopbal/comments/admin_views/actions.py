"""What a moderator does to comments: approve (or keep), reject, remove, feature; one by
one from a queue's buttons, or all the ticked ones at once."""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .. import services
from ..admin_forms import BulkForm, ReasonForm
from ..models import Comment
from ..services import CommentRefused
from ..text import to_html
from .common import HOME, ModerationPermissionMixin, allowed, author_name, next_url


class CommentActionMixin(ModerationPermissionMixin):
    action = ""  # a key of common.ALLOWED_FROM

    @cached_property
    def comment(self) -> Comment:
        # Looked up after the permission check, so a stranger cannot probe for ids.
        queryset = Comment.objects.select_related("author", "article")
        return get_object_or_404(queryset, pk=self.kwargs["pk"])

    @cached_property
    def return_url(self) -> str:
        return next_url(self.request, reverse("comments_pending:index"))

    def refuse_if_moderated(self):
        """Another moderator may have been faster: say so rather than act twice."""
        if allowed(self.action, self.comment):
            return None
        messages.warning(
            self.request,
            _("This comment was not changed: it is now “%(status)s”.")
            % {"status": self.comment.get_status_display()},
        )
        return redirect(self.return_url)


class CommentActionView(CommentActionMixin, View):
    """A one-click action: a POST from a queue's button, then back to the same page."""

    http_method_names = ["post"]

    def post(self, request, pk):
        refused = self.refuse_if_moderated()
        if refused:
            return refused
        message = self.perform(self.comment, request.user)
        messages.success(request, message)
        return redirect(self.return_url)

    def perform(self, comment, user) -> str:
        raise NotImplementedError


class ApproveView(CommentActionView):
    action = "approve"

    def perform(self, comment, user):
        kept = comment.is_visible
        services.comment_approve(comment=comment, by=user)
        if kept:
            return _("Reports dismissed: the comment stays.")
        return _("Comment approved: readers can see it.")


class FeatureView(CommentActionView):
    action = "feature"
    featured = True

    def perform(self, comment, user):
        services.comment_feature(comment=comment, by=user, featured=self.featured)
        if self.featured:
            return _("Comment featured.")
        return _("Comment no longer featured.")


class UnfeatureView(FeatureView):
    featured = False


class ReasonView(CommentActionMixin, WagtailAdminTemplateMixin, FormView):
    """Reject or remove with a reason: a preset button in the queue posts here directly;
    the page (GET) is for a reason in the moderator's own words."""

    form_class = ReasonForm
    template_name = "comments/admin/reason.html"
    header_icon = "comment"
    service = None
    success_message = ""

    def get_breadcrumbs_items(self):
        return [
            HOME,
            {"url": self.return_url, "label": _("Comments")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        return self.refuse_if_moderated() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refuse_if_moderated() or super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        comment = self.comment
        context.update(
            comment=comment,
            comment_html=to_html(comment.body),
            author=author_name(comment.author),
            return_url=self.return_url,
        )
        return context

    def form_valid(self, form):
        reason = form.cleaned_data["reason_text"]
        try:
            self.service(comment=self.comment, by=self.request.user, reason=reason)
        except CommentRefused as exc:
            form.add_error(None, exc.message)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message % {"reason": reason})
        return redirect(self.return_url)


class RejectView(ReasonView):
    action = "reject"
    page_title = gettext_lazy("Reject comment")
    service = staticmethod(services.comment_reject)
    success_message = gettext_lazy("Comment rejected (%(reason)s).")


class RemoveView(ReasonView):
    action = "remove"
    page_title = gettext_lazy("Remove comment")
    service = staticmethod(services.comment_remove)
    success_message = gettext_lazy("Comment removed (%(reason)s).")


class BulkView(ModerationPermissionMixin, View):
    """The ticked comments of a queue page, approved, rejected or removed at once.

    Each comment goes through the service on its own, so one that another moderator has
    just handled is skipped rather than undone.
    """

    http_method_names = ["post"]

    def post(self, request):
        back = next_url(request, reverse("comments_pending:index"))
        form = BulkForm(request.POST)
        if not form.is_valid():
            errors = [error for field_errors in form.errors.values() for error in field_errors]
            messages.error(request, " ".join(errors))
            return redirect(back)
        action = form.cleaned_data["action"]
        reason = form.cleaned_data.get("reason_text", "")
        done = skipped = 0
        for comment in Comment.objects.filter(pk__in=form.cleaned_data["ids"]):
            if not allowed(action, comment):
                skipped += 1
                continue
            self.perform(action, comment, reason)
            done += 1
        messages.success(request, self.summary(action, done, skipped))
        return redirect(back)

    def perform(self, action, comment, reason):
        user = self.request.user
        if action == BulkForm.APPROVE:
            services.comment_approve(comment=comment, by=user)
        elif action == BulkForm.REJECT:
            services.comment_reject(comment=comment, by=user, reason=reason)
        else:
            services.comment_remove(comment=comment, by=user, reason=reason)

    @staticmethod
    def summary(action, done, skipped) -> str:
        if action == BulkForm.APPROVE:
            text = ngettext("%(count)d comment approved.", "%(count)d comments approved.", done)
        elif action == BulkForm.REJECT:
            text = ngettext("%(count)d comment rejected.", "%(count)d comments rejected.", done)
        else:
            text = ngettext("%(count)d comment removed.", "%(count)d comments removed.", done)
        text %= {"count": done}
        if skipped:
            text += " " + ngettext(
                "%(count)d skipped: already moderated.",
                "%(count)d skipped: already moderated.",
                skipped,
            ) % {"count": skipped}
        return text
