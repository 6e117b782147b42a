"""The live results of a poll on its edit view, with the newsroom's actions on it."""

from django.urls import reverse
from wagtail.admin.panels import Panel

from .models import Choice, Poll, Vote
from .results import poll_results


def poll_admin_url(view_name: str, poll: Poll) -> str:
    """The URL of one of the poll's admin views (edit, export, close, ...)."""
    return reverse(Poll.snippet_viewset.get_url_name(view_name), args=(poll.pk,))


def results_context(poll: Poll) -> dict:
    """What the results template shows, counted from the vote rows now."""
    choices = list(Choice.objects.filter(poll=poll))
    results = poll_results(poll, choices, Vote.objects.counts_by_choice(poll), visible=True)
    return {
        "poll": poll,
        "results": results,
        "articles": list(poll.articles.order_by("-first_published_at", "-pk")),
        "export_url": poll_admin_url("export", poll),
        "status_url": poll_admin_url("close" if poll.is_open else "reopen", poll),
        "burst_url": poll_admin_url("burst", poll),
    }


class PollResultsPanel(Panel):
    """Read-only: votes and percentages per answer, reloaded by a small script."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "polls/admin/results_panel.html"

        class Media:
            js = ["polls/admin-results.js"]

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            # As saved, not as the form being edited has changed it (status, closing time).
            poll = Poll.objects.get(pk=self.instance.pk)
            context.update(results_context(poll))
            context["refresh_url"] = poll_admin_url("results", poll)
            return context
