from django import template
from django.conf import settings
from django.utils.html import json_script
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kopbal.core.jsonscripts import per_language

register = template.Library()


@register.simple_tag
@per_language(
    "KOPBAL_LIVE_COMMENTS_SECONDS", "KOPBAL_LIVE_POLL_RESULTS_SECONDS", "KOPBAL_LIVE_HOME_SECONDS"
)
def live_config():
    """What static/js/live.js needs: how often to ask, and its Dutch strings. The same on
    every page (pages are cached for everyone)."""
    config = {
        "commentsSeconds": settings.KOPBAL_LIVE_COMMENTS_SECONDS,
        "pollSeconds": settings.KOPBAL_LIVE_POLL_RESULTS_SECONDS,
        "homeSeconds": settings.KOPBAL_LIVE_HOME_SECONDS,
        # Dutch has one plural form: "{n}" is filled in by the script.
        "newCommentsOne": ngettext("{n} new comment", "{n} new comments", 1),
        "newCommentsMany": ngettext("{n} new comment", "{n} new comments", 2),
        "newArticlesOne": ngettext("{n} new article", "{n} new articles", 1),
        "newArticlesMany": ngettext("{n} new article", "{n} new articles", 2),
        "resultsHidden": _("The results appear once the poll closes."),
    }
    return json_script(config, "kopbal-live")
