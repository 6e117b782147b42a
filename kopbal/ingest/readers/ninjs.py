"""A drop folder of IPTC ninjs files (1.x and 2.0), one news item per .json file."""

import json
import os
from html import escape
from pathlib import Path

from django.utils.translation import gettext as _

from .. import folders
from ..entries import Entry, body_html, inline_html, number_version, one_line, text_paragraphs
from . import SourceError

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_FILES = 500  # per fetch, newest first: a folder is a drop box, not an archive


def read_folder(folder: str) -> tuple[list[Entry], list[str]]:
    """The entries of the folder's files, and a sentence for each file that is not one."""
    path = Path(folder)
    if not folders.allowed(folder):
        raise SourceError(
            _("The folder %(folder)s is not one of the allowed drop folders.") % {"folder": folder}
        )
    if not path.is_dir():
        raise SourceError(_("The folder %(folder)s does not exist.") % {"folder": folder})
    if not os.access(path, os.R_OK | os.X_OK):
        raise SourceError(_("The site may not read the folder %(folder)s.") % {"folder": folder})
    files = sorted(
        # A file that links out of the folder is skipped like any other non-file.
        (
            f
            for f in path.iterdir()
            if f.suffix.lower() == ".json" and f.is_file() and folders.allowed(str(f))
        ),
        key=lambda f: f.stat().st_mtime,
        reverse=True,
    )[:MAX_FILES]
    entries, problems = [], []
    for file in files:
        try:
            entries.append(read_file(file))
        except SourceError as error:
            problems.append(f"{file.name}: {error}")
    return entries, problems


def read_file(file: Path) -> Entry:
    if file.stat().st_size > MAX_FILE_BYTES:
        raise SourceError(_("the file is larger than 2 MB"))
    try:
        data = json.loads(file.read_bytes())
    except (ValueError, UnicodeDecodeError) as error:
        raise SourceError(
            _("not valid JSON (%(reason)s)") % {"reason": str(error)[:120]}
        ) from error
    except OSError as error:
        raise SourceError(
            _("the file could not be read (%(reason)s)") % {"reason": error}
        ) from error
    return parse(data)


def parse(data) -> Entry:
    """A ninjs document as an entry; SourceError when it is not ninjs (no uri, no headline)."""
    if not isinstance(data, dict) or not isinstance(data.get("uri"), str) or not data["uri"]:
        raise SourceError(_("not a ninjs news item (no uri)"))
    headline = _text(data.get("headline")) or _role_value(data.get("headlines"))
    if not headline:
        raise SourceError(_("not a ninjs news item (no headline)"))
    intro = _html_or_text(data, "description", "descriptions")
    body = _html_or_text(data, "body", "bodies")
    version = data.get("version") or data.get("versioncreated") or ""
    byline = _text(data.get("byline")) or _byline_2(data.get("bylines"))
    located = _text(data.get("located"))
    if located and intro:
        intro = f"<b>{escape(located.upper())}</b> - {intro}"
    link = _text(data.get("link")) or _self_link(data.get("links"))
    subjects = [_text(s.get("name")) for s in data.get("subject") or [] if isinstance(s, dict)] + [
        _text(s.get("name")) for s in data.get("subjects") or [] if isinstance(s, dict)
    ]
    return Entry(
        guid=data["uri"].strip()[:500],
        headline=one_line(headline)[:255],
        intro=inline_html(intro),
        body=body_html(body),
        link=link[:1000] if link.startswith(("http://", "https://")) else "",
        version=number_version(version) if version else "",
        byline=one_line(byline)[:100],
        subjects=[s for s in subjects if s],
    )


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _role_value(values, role: str = "main") -> str:
    """ninjs 2.0 lists ("headlines", ...) of {value, role}: the main one, else the first."""
    if not isinstance(values, list):
        return ""
    candidates = [v for v in values if isinstance(v, dict) and _text(v.get("value"))]
    for value in candidates:
        if value.get("role", role) == role:
            return _text(value["value"])
    return _text(candidates[0]["value"]) if candidates else ""


def _html_or_text(data, singular: str, plural: str) -> str:
    """ninjs 1.x `<x>_html` / `<x>_text`, or 2.0 `<plural>` with a contenttype: as HTML."""
    if _text(data.get(f"{singular}_html")):
        return data[f"{singular}_html"]
    if _text(data.get(f"{singular}_text")):
        return text_paragraphs(data[f"{singular}_text"])
    values = data.get(plural)
    if isinstance(values, list):
        found = [v for v in values if isinstance(v, dict) and _text(v.get("value"))]
        for value in found:
            if "html" in str(value.get("contenttype", "")):
                return value["value"]
        if found:
            return text_paragraphs(found[0]["value"])
    return ""


def _byline_2(values) -> str:
    if not isinstance(values, list):
        return ""
    names = [_text(v.get("byline") or v.get("name")) for v in values if isinstance(v, dict)]
    return ", ".join(n for n in names if n)


def _self_link(links) -> str:
    """ninjs 2.0 `links`: the item's own public page, if it names one."""
    if not isinstance(links, list):
        return ""
    for link in links:
        if isinstance(link, dict) and link.get("rel") in ("self", "canonical", "alternate"):
            return _text(link.get("href"))
    return ""
