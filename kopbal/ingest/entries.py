"""What every reader (feed, ninjs) turns an agency item into, and its HTML made safe."""

import hashlib
import html
import re
from dataclasses import dataclass, field

import nh3

# What survives from agency HTML: Wagtail's rich text features of the body (bold, italic,
# links, lists) and paragraphs. Scripts, styles, iframes, event handlers are dropped with
# their content; other tags (div, span, h2, table) leave their text only.
BODY_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li"}
INLINE_TAGS = {"b", "strong", "i", "em", "a", "br"}
URL_SCHEMES = {"http", "https", "mailto"}
BLOCK_TAGS = {"p", "ul", "ol"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")
_RENAME = (("<strong>", "<b>"), ("</strong>", "</b>"), ("<em>", "<i>"), ("</em>", "</i>"))


def _clean(markup: str, tags: set[str]) -> str:
    cleaned = nh3.clean(
        markup,
        tags=tags,
        attributes={"a": {"href"}},
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    for old, new in _RENAME:  # Wagtail's rich text stores <b> and <i>
        cleaned = cleaned.replace(old, new)
    return cleaned.strip()


def text_paragraphs(text: str) -> str:
    """Plain text as escaped paragraphs: a blank line starts a new one."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(html.escape(line.strip()) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )


def _paragraphs(loose: str) -> str:
    """Inline text as paragraphs: two line breaks or more start a new one."""
    parts = re.split(r"(?:<br\s*/?>\s*){2,}", loose)
    parts = [re.sub(r"^(?:<br\s*/?>\s*)+|(?:<br\s*/?>\s*)+$", "", p.strip()) for p in parts]
    return "".join(f"<p>{part}</p>" for part in parts if part)


def body_html(markup: str) -> str:
    """Agency HTML as the rich text of a paragraph block: safe, and in paragraphs. Text
    and inline tags outside any paragraph or list (which the editor would not keep) are
    put in paragraphs of their own."""
    cleaned = _clean(markup or "", BODY_TAGS)
    out, loose, depth, position = [], [], 0, 0
    # nh3 writes well-formed HTML: tags can be followed by depth alone.
    for tag in _TAG.finditer(cleaned):
        (out if depth else loose).append(cleaned[position : tag.start()])
        position = tag.end()
        closing, name = tag.group(1), tag.group(2).lower()
        if name in BLOCK_TAGS:
            if not closing and depth == 0:
                out.append(_paragraphs("".join(loose)))
                loose = []
            depth += -1 if closing else 1
            out.append(tag.group(0))
        else:
            (out if depth else loose).append(tag.group(0))
    loose.append(cleaned[position:])
    out.append(_paragraphs("".join(loose)))
    return "".join(out)


def inline_html(markup: str) -> str:
    """Agency HTML as one paragraph of inline rich text (the intro)."""
    # Paragraphs become one: a space between them, not their words run together.
    markup = re.sub(r"</p>\s*<p[^>]*>", " ", markup or "", flags=re.IGNORECASE)
    cleaned = _clean(markup, INLINE_TAGS)
    cleaned = re.sub(r"(?:<br\s*/?>\s*)+$", "", cleaned)
    return f"<p>{cleaned}</p>" if cleaned else ""


def one_line(text: str) -> str:
    """A headline or byline on one line: feeds wrap long titles."""
    return " ".join((text or "").split())


def plain(markup: str) -> str:
    """The text of some HTML, for the tagger and the content hash."""
    return html.unescape(nh3.clean(markup or "", tags=set())).strip()


@dataclass
class Entry:
    """One agency item, its HTML already sanitised."""

    guid: str
    headline: str
    intro: str = ""  # rich text: one paragraph
    body: str = ""  # rich text: paragraphs and lists
    link: str = ""
    version: str = ""  # sortable: a zero-padded number or an ISO date in UTC
    byline: str = ""
    subjects: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        data = "\x1f".join([self.headline, self.intro, self.body, self.link, self.byline])
        return hashlib.sha256(data.encode()).hexdigest()

    @property
    def text(self) -> str:
        """What the tagger reads: headline, intro, body and the agency's subjects."""
        return "\n".join(
            [self.headline, plain(self.intro), plain(self.body), *self.subjects]
        ).strip()


def number_version(value) -> str:
    """A ninjs version number, zero-padded so that versions sort as text."""
    text = str(value).strip()
    return text.zfill(12) if text.isdigit() else text[:60]
