"""The query parameters of /zoeken/, each with one canonical spelling (see core.pagecache).

A reader's `?q=Anderlecht ` and `?q=anderlecht` are the same search: both are served from
one cache entry, the first after a redirect to the second.
"""

import re
import unicodedata
from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from kopbal.core.text import has_control_characters

MAX_QUERY_LENGTH = 200
# More words than this are not searched: each word is a term of the query, with its forms.
MAX_WORDS = 10
# Results a search lists at most (40 pages): counting stops there.
MAX_RESULTS = 1000

NEWEST = "nieuwste"
PERIODS = {
    "dag": (timedelta(days=1), _("Last 24 hours")),
    "week": (timedelta(days=7), _("Last week")),
    "maand": (timedelta(days=31), _("Last month")),
    "jaar": (timedelta(days=365), _("Last year")),
}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


def normalise_query(value: str) -> str:
    """Composed Unicode, lower case, one space between words, none around them."""
    text = unicodedata.normalize("NFC", value)
    return " ".join(text.lower().split())


def canonical_q(value: str) -> str | None:
    text = normalise_query(value)
    if len(text) > MAX_QUERY_LENGTH or has_control_characters(text):
        # Answered (cut, with a word of explanation) but never stored: too many variants.
        raise ValueError(value)
    return text or None


def canonical_sort(value: str) -> str | None:
    return NEWEST if value.strip().lower() == NEWEST else None  # relevance is the default


def canonical_period(value: str) -> str | None:
    value = value.strip().lower()
    return value if value in PERIODS else None


def canonical_club(value: str) -> str | None:
    value = value.strip().lower()
    return value if _SLUG.match(value) else None


CANONICAL = {
    "q": canonical_q,
    "sort": canonical_sort,
    "periode": canonical_period,
    "club": canonical_club,
}
