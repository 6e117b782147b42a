import re

from django import template
from django.utils.html import escape, format_html, format_html_join

from ..text import fold, stem

register = template.Library()
_WORD = re.compile(r"(\w+)")


@register.filter
def highlight(text: str, stems) -> str:
    """`text` escaped, with the words whose Dutch stem was searched in <mark>.

    Every piece of the text goes through escape() or format_html(): the reader's query
    only decides which words are marked, never what is written.
    """
    if not stems:
        return escape(text)
    parts = []
    for piece in _WORD.split(str(text)):
        if piece and _WORD.fullmatch(piece) and stem(fold(piece)) in stems:
            parts.append(format_html("<mark>{}</mark>", piece))
        else:
            parts.append(escape(piece))
    return format_html_join("", "{}", ((part,) for part in parts))
