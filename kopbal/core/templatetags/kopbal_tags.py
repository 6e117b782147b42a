"""Template helpers shared by every reader page."""

from datetime import datetime, timedelta
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.html import json_script
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy

from kopbal.core.jsonscripts import per_language
from kopbal.core.pagination import PAGE_PARAM
from kopbal.core.text import teaser as make_teaser

register = template.Library()

# Short months as news sites write them ("27 nov.", but "27 mei"). Django's own "M" and
# "N" formats give "Nov" and "nov" in Dutch; these are ours, translated in locale/nl.
SHORT_MONTHS = {
    1: pgettext_lazy("short month", "Jan."),
    2: pgettext_lazy("short month", "Feb."),
    3: pgettext_lazy("short month", "Mar."),
    4: pgettext_lazy("short month", "Apr."),
    5: pgettext_lazy("short month", "May"),
    6: pgettext_lazy("short month", "June"),
    7: pgettext_lazy("short month", "July"),
    8: pgettext_lazy("short month", "Aug."),
    9: pgettext_lazy("short month", "Sept."),
    10: pgettext_lazy("short month", "Oct."),
    11: pgettext_lazy("short month", "Nov."),
    12: pgettext_lazy("short month", "Dec."),
}


@register.filter
def teaser(markup) -> str:
    return make_teaser("" if markup is None else str(markup))  # a RichText too


@register.filter
def html_datetime(value: datetime | None) -> str:
    """A `<time datetime>` value the HTML standard accepts: local time, whole seconds, offset.

    Django's `date:'c'` keeps microseconds, which the standard's global date and time
    string does not allow (the Nu Html Checker rejects them).
    """
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0).isoformat(timespec="seconds")


@register.filter
def relative_time(value: datetime | None) -> str:
    """ "zonet", "12 min. geleden", "3 uur geleden", then a date."""
    if value is None:
        return ""
    delta = timezone.now() - value
    if delta < timedelta(minutes=1):
        return _("just now")
    if delta < timedelta(hours=1):
        minutes = int(delta.total_seconds() // 60)
        return ngettext("%(n)d min. ago", "%(n)d min. ago", minutes) % {"n": minutes}
    if delta < timedelta(hours=24):
        hours = int(delta.total_seconds() // 3600)
        return ngettext("%(n)d hour ago", "%(n)d hours ago", hours) % {"n": hours}
    return short_date(value)


@register.filter
def short_date(value: datetime | None) -> str:
    """ "27 nov." this year, "27 nov. 2025" before."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    text = f"{local.day} {SHORT_MONTHS[local.month]}"
    if local.year != timezone.localtime().year:
        text += f" {local.year}"
    return text


@register.simple_tag(takes_context=True)
def page_query(context, number: int) -> str:
    """The ?pagina=N link for a page of the current list (page 1 is the bare URL).

    A list made by other parameters too (a search's q, sort, ...) names them in the context
    as `page_query_params`; they are kept, in the page cache's canonical order (by name).
    """
    request = context["request"]
    params = dict(context.get("page_query_params") or {})
    if number != 1:
        params[PAGE_PARAM] = str(number)
    if not params:
        return request.path
    return f"{request.path}?{urlencode(sorted(params.items()))}"


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with "…" for the gaps."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2))


@register.simple_tag
@per_language("KOPBAL_LIVE_POLL_SECONDS")
def js_strings():
    """The translated strings the page script needs, as a JSON script element."""
    strings = {
        "justNow": _("just now"),
        "minutesAgo": _("{n} min. ago"),
        "hoursAgo": _("{n} hours ago"),
        "yourVote": _("your vote"),
        "votesOne": _("{n} vote"),
        "votesMany": _("{n} votes"),
        "thanks": _("Thanks, your vote has been counted."),
        "closed": _("This poll is closed."),
        "resultsLater": _("The results appear once the poll closes."),
        "networkError": _("Your vote could not be sent. Check your connection and try again."),
        "commentError": _("Your comment could not be sent. Check your connection and try again."),
        "actionError": _("That did not work. Reload the page and try again."),
        "chooseFirst": _("Choose one of the answers."),
        "commentPending": _("Thanks! Your comment waits for a moderator before it appears."),
        "commentPosted": _("Your comment is online."),
        "reported": _("Thanks: a moderator will look at it."),
        "deleted": _("This comment was deleted."),
        # The hidden label after a comment count; Dutch has one plural form.
        "commentOne": ngettext("comment", "comments", 1),
        "commentMany": ngettext("comment", "comments", 2),
        # Not a string: how often live scores are fetched (football.live), in seconds.
        "livePollSeconds": settings.KOPBAL_LIVE_POLL_SECONDS,
    }
    return json_script(strings, "kopbal-i18n")
