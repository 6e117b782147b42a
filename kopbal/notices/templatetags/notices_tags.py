from django import template
from django.utils.html import json_script
from django.utils.translation import gettext as _

from kopbal.core.jsonscripts import per_language

register = template.Library()


@register.simple_tag
@per_language()
def notices_strings():
    """The translated strings of static/js/notices.js, as a JSON script element."""
    strings = {
        "notices": _("Notices"),
        "unread": _("{n} new"),
        "noNotices": _("No notices yet."),
        "noticesOff": _("Notices on the site are switched off in My account."),
        "myComments": _("My comments"),
        "ignoredComment": _("Comment by a reader you ignore"),
        "show": _("show"),
        "hide": _("hide"),
        "ignore": _("Ignore this reader"),
        "unignore": _("Stop ignoring"),
        "ignored": _("You ignore this reader now: their comments are folded away for you."),
        "error": _("That did not work. Reload the page and try again."),
        "pending": _("Waiting for approval"),
        "under": _("Under"),
    }
    return json_script(strings, "notices-i18n")
