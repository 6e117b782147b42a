"""The newsroom dashboard leads the Wagtail admin's home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .dashboard import dashboard_data


class ReadersPanel(Component):
    name = "kopbal_readers"
    order = 10  # before Wagtail's own panels (moderation from 210 on)
    template_name = "analytics/dashboard_panel.html"

    class Media:
        css = {"all": ["css/analytics-dashboard.css"]}

    def get_context_data(self, parent_context):
        request = parent_context.get("request")
        data = dashboard_data(request=request)
        data["read_periods"] = [
            (_("Last hour"), data["read_hour"]),
            (_("Last 24 hours"), data["read_day"]),
            (_("Last 7 days"), data["read_week"]),
        ]
        return data


@hooks.register("construct_homepage_panels")
def readers_panel_first(request, panels):
    panels.insert(0, ReadersPanel())
