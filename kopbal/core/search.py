"""Wagtail's database search backend, safe for whatever an editor types in a search box.

The SQLite backend puts each word between double quotes in an FTS5 MATCH expression and a
phrase in it as typed, so a `"` (or `NEAR(`, `a OR`) was a syntax error and a 500; and it
cannot limit a search to named fields (a snippet listing's `search_fields`), which failed
with "no such column". Here a query keeps only its words, lower-cased (FTS5's operators
are upper-case words), on every database: phrases become words, and a query of signs
alone finds nothing. On SQLite a search covers all indexed fields.
"""

import re

from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import MatchAll, SearchQuery

_NOT_A_WORD = re.compile(r"[^\w\s]+")
_safe_classes: dict[type, type] = {}


def words_only(text: str) -> str:
    return " ".join(_NOT_A_WORD.sub(" ", text).lower().split())


def _words(query) -> list[str]:
    """Every word of a query, be it a string or a tree of Phrase, PlainText, And, ..."""
    if isinstance(query, str):
        return [words_only(query)]
    if not isinstance(query, SearchQuery):
        return []
    words = [words_only(getattr(query, "query_string", None) or "")]
    for name in ("subquery", "subquery_a", "subquery_b"):
        words += _words(getattr(query, name, None))
    for sub in getattr(query, "subqueries", ()):
        words += _words(sub)
    return words


class NoResults(EmptySearchResults):
    """Only signs were typed: nothing matches. The admin's listings read `.model`."""

    def __init__(self, model=None):
        super().__init__()
        self.model = model

    def _clone(self):
        return NoResults(self.model)


class SafeQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if self.vendor == "sqlite":
            kwargs["fields"] = None
        if isinstance(query, MatchAll):
            words = query
        else:
            words = " ".join(w for w in _words(query) if w)
            if not words:
                model = getattr(model_or_queryset, "model", model_or_queryset)
                return NoResults(model)
        return super()._search(query_compiler_class, words, model_or_queryset, **kwargs)


def SearchBackend(params):
    """The database backend Wagtail would choose, with SafeQueryMixin in front."""
    backend = database_backend(params)
    cls = type(backend)
    if cls not in _safe_classes:
        _safe_classes[cls] = type(f"Safe{cls.__name__}", (SafeQueryMixin, cls), {})
    backend.__class__ = _safe_classes[cls]
    backend.vendor = cls.__module__.rsplit(".", 1)[-1]
    return backend
