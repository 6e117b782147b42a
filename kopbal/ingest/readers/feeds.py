"""RSS 2.0 and Atom through feedparser: entries with their HTML sanitised."""

import calendar
from datetime import UTC, datetime
from xml.sax import SAXException

import feedparser
from django.utils.translation import gettext as _

from ..entries import Entry, body_html, inline_html, one_line, plain, text_paragraphs
from . import SourceError

HTML_TYPES = {"text/html", "application/xhtml+xml"}


def parse(content: bytes) -> list[Entry]:
    """The entries of a feed document; SourceError when it is no feed at all."""
    # feedparser reads bytes without any network access of its own (no URL is passed).
    parsed = feedparser.parse(content)
    # Not well-formed XML: feedparser's loose mode would still guess entries from it, cut
    # off where the document breaks. Agency copy is refused whole rather than half-read.
    malformed = isinstance(parsed.get("bozo_exception"), SAXException)
    if parsed.bozo and (malformed or not parsed.entries):
        raise SourceError(
            _("This is not a valid RSS or Atom feed (%(reason)s).")
            % {"reason": _reason(parsed.get("bozo_exception"))}
        )
    if not parsed.get("version") and not parsed.entries:
        raise SourceError(_("This is not an RSS or Atom feed."))
    entries = []
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is not None:
            entries.append(entry)
    return entries


def _reason(error) -> str:
    text = str(error or "").strip()
    return text[:200] or _("unreadable XML")


def _html(detail) -> str:
    """A feedparser text construct (title_detail, summary_detail, content[i]) as HTML."""
    value = detail.get("value", "")
    if detail.get("type") in HTML_TYPES:
        return value
    return text_paragraphs(value)


def _entry(raw) -> Entry | None:
    headline = (raw.get("title") or "").strip()
    if raw.get("title_detail", {}).get("type") in HTML_TYPES:
        headline = plain(headline)
    link = (raw.get("link") or "").strip()
    guid = (raw.get("id") or link).strip()
    if not headline or not guid:
        return None  # nothing to show or nothing to recognise it by again
    summary = raw.get("summary_detail")
    contents = raw.get("content") or []
    body = "".join(_html(c) for c in contents)
    intro = _html(summary) if summary else ""
    if body and intro and body.strip() == intro.strip():
        intro = ""  # RSS readers copy content:encoded into the summary
    # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed
    # with a deprecation warning.
    parsed_time = dict.get(raw, "updated_parsed") or dict.get(raw, "published_parsed")
    version = ""
    if parsed_time:
        version = datetime.fromtimestamp(calendar.timegm(parsed_time), tz=UTC).isoformat()
    return Entry(
        guid=guid[:500],
        headline=one_line(headline)[:255],
        intro=inline_html(intro),
        body=body_html(body),
        link=link[:1000] if link.startswith(("http://", "https://")) else "",
        version=version,
        byline=one_line(raw.get("author"))[:100],
        subjects=[t.get("term", "") for t in raw.get("tags", []) if t.get("term")],
    )
