"""Editing an article's poll in a modal of the article editor: its question, its answers
(those with votes keep their wording) and its closing time, saved at once on their own."""

from django.urls import reverse
from django.views.generic import View
from wagtail.admin.modal_workflow import render_modal_workflow

from .admin_views import PollPermissionMixin
from .choosers import quick_form_class
from .models import Poll
from .panels import poll_admin_url
from .services import poll_store


class PollQuickEditView(PollPermissionMixin, View):
    template_name = "polls/admin/quick_edit.html"

    def get(self, request, pk):
        return self._form_response(quick_form_class()(instance=self.poll, for_user=request.user))

    def post(self, request, pk):
        form = quick_form_class()(request.POST, instance=self.poll, for_user=request.user)
        if not form.is_valid():
            return self._form_response(form)
        poll = poll_store(form=form, user=request.user)
        result = {"id": str(poll.pk), "string": str(poll), "edit_url": poll_admin_url("edit", poll)}
        return render_modal_workflow(
            request, None, None, None, json_data={"step": "poll_saved", "result": result}
        )

    def _form_response(self, form):
        context = {
            "form": form,
            "poll": self.poll,
            "form_url": reverse(
                Poll.snippet_viewset.get_url_name("quick_edit"), args=(self.poll.pk,)
            ),
        }
        return render_modal_workflow(
            self.request, self.template_name, None, context, json_data={"step": "poll_edit"}
        )
