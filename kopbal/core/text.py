"""Plain-text helpers: teasers cut from rich-text intros, and what counts as a control character."""

import functools
import html
import re

from django.utils.html import strip_tags

TEASER_LENGTH = 100
# Dutch puts a space before an ellipsis that stands for words left out, none after a word
# cut short (Taalunie); no-break, so the "…" never starts a line of its own.
ELLIPSIS = "\u2026"
NBSP = "\u00a0"
# What search engines show of a meta description before they cut it themselves.
SUMMARY_LENGTH = 160
_WHITESPACE = re.compile(r"\s+")
# C0 controls (null byte included) but tab, newline and carriage return; DEL; C1 controls.
# No reader types them, PostgreSQL refuses a null byte in a text column, and the others
# garble what is shown.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A sentence ends at . ! ? or an ellipsis character, maybe closed by a quote, then a space.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)]*(?=\s|$)")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u2019\u201d)]*$")
# Block-level boundaries separate words; inline tags like <b> must not split one.
_BLOCK_BOUNDARY = re.compile(r"<br\s*/?>|</?(?:p|div|li|ul|ol|h[1-6]|blockquote)\b[^>]*>", re.I)


def escape(value) -> str:
    """Django's `escape` without its lazy-string wrapper and SafeString: the same
    characters, the same entities. For code that writes many values into one string (the
    teasers, the comment cards), where the wrapper cost more than the escaping."""
    return html.escape(str(value))


def plain_text(markup: str) -> str:
    """The reader-visible text of an HTML fragment, whitespace folded."""
    text = strip_tags(_BLOCK_BOUNDARY.sub(" ", markup or ""))
    return _WHITESPACE.sub(" ", html.unescape(text)).strip()


# A pure function of its text, asked for each of the 26 "Meest recent" teasers on every
# article page, of intros that rarely change: kept per process, as compiled regexes are.
@functools.lru_cache(maxsize=4096)
def teaser(markup: str, length: int = TEASER_LENGTH) -> str:
    """The first ~`length` characters of the text: whole if it fits; else cut at a word,
    ending at a full sentence as it stands ("Genk wint.") or else with one "…" (never
    "wint. ..." nor "wint……")."""
    text = plain_text(markup)
    if len(text) <= length:
        return text
    head = shorten(text, length)
    if _ENDS_SENTENCE.search(head):
        return head
    cut_in_word = text[len(head)].isalnum()
    return head + ("" if cut_in_word else NBSP) + ELLIPSIS


def shorten(text: str, length: int) -> str:
    """`text` whole if it fits, else the words that fit, with no ellipsis: for headlines
    and descriptions that another program shows, which adds its own when it cuts."""
    text = _WHITESPACE.sub(" ", text).strip()
    if len(text) <= length:
        return text
    cut = text[: length + 1]
    # Cut at the last space within the limit; one giant word is cut hard.
    head = cut.rsplit(" ", 1)[0] if " " in cut else text[:length]
    return head.rstrip(" ,;:-\u2013\u2014")


def summary(markup: str, length: int = SUMMARY_LENGTH) -> str:
    """The text of an HTML fragment as a description: whole if it fits, else the whole
    sentences that fit, else the words that fit. Never a trailing " ..."."""
    text = plain_text(markup)
    if len(text) <= length:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= length]
    # One short sentence ("Genk wint.") says less than the words of the first two.
    if ends and ends[-1] >= length // 2:
        return text[: ends[-1]]
    return shorten(text, length)


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a control character other than tab and line breaks."""
    return bool(_CONTROL.search(text))
