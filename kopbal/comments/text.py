"""Comment text: what is accepted, and how plain text becomes safe HTML."""

import functools
import re

import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from kopbal.core.text import has_control_characters

from .models import MAX_LENGTH

# Zero-width and bidirectional control characters: invisible, and used to hide words from
# filters or to flip the reading order of a comment (Trojan Source-style tricks).
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# The one exception: a zero-width joiner between two emoji builds one emoji of them
# (👨‍👩‍👧, 🏳️‍🌈, 🏃‍♀️). The emoji before it may carry a variation selector or a skin tone.
_EMOJI = (
    "[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf"
    "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_MODIFIER = "[\ufe0f\U0001f3fb-\U0001f3ff]"
_EMOJI_JOINER = re.compile(f"(?:(?<={_EMOJI})|(?<={_EMOJI}{_MODIFIER}))\u200d(?={_EMOJI})")
_TAG = re.compile(r"<\s*/?\s*[a-z!?][^>]*>", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"\b(?:javascript|vbscript|data\s*:\s*text/html)\s*:", re.IGNORECASE)
_URL = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)


class InvalidText(ValueError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def clean(text: str | None, *, max_length: int = MAX_LENGTH) -> str:
    """The text as it will be stored, or InvalidText with a message for the reader."""
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise InvalidText(_("Write something first: an empty comment cannot be posted."))
    if _INVISIBLE.search(_EMOJI_JOINER.sub("", text)) or has_control_characters(text):
        raise InvalidText(
            _("Your text contains invisible control characters. Remove them and try again.")
        )
    if len(text) > max_length:
        raise InvalidText(
            _("Your text is %(length)d characters long; at most %(max)d are allowed.")
            % {"length": len(text), "max": max_length}
        )
    if _TAG.search(text):
        raise InvalidText(_("HTML is not allowed here: write plain text."))
    if _SCRIPT_URL.search(text):
        raise InvalidText(_("Links must start with http:// or https://."))
    return text


def has_link(text: str) -> bool:
    return bool(_URL.search(text))


# A pure function of the text, 37 us a comment (nh3 half of it), for the 50 to 100 cards of
# every discussion page rendered, whose texts rarely change: the last few thousand are kept
# per process (a few MB), as compiled regexes are. A changed text is a new key.
@functools.lru_cache(maxsize=4096)
def to_html(text: str) -> SafeString:
    """Plain text to HTML: escaped, links made clickable, line breaks kept."""
    escaped = escape(text)

    def link(match):
        url = match.group(0)
        return f'<a href="{url}" rel="nofollow ugc noopener noreferrer">{url}</a>'

    paragraphs = [p for p in re.split(r"\n\s*\n", escaped) if p.strip()]
    html = "".join(f"<p>{_URL.sub(link, p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    # Defence in depth: whatever slipped through, only these tags and http(s) links survive.
    return mark_safe(  # noqa: S308 - sanitised by nh3 on the line itself
        nh3.clean(
            html,
            tags={"p", "br", "a"},
            attributes={"a": {"href"}},
            url_schemes={"http", "https"},
            link_rel="nofollow ugc noopener noreferrer",
        )
    )
