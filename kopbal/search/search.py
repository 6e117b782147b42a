"""Search as code calls it: the ids of the best matches for a reader's text."""

from .backends import Filters, backend
from .query import close_club_word, parse
from .synonyms import synonyms


def article_ids(text: str, *, limit: int = 10, filters: Filters | None = None) -> list[int]:
    """What /zoeken/?q=`text` lists first, typos corrected when nothing else matches."""
    table, engine, filters = synonyms(), backend(), filters or Filters()
    query = parse(text, table)
    if not query:
        return []
    if engine.count(query, filters, limit=1) == 0:
        query = corrected(query, table, engine, filters) or query
    return engine.page_ids(query, filters, newest=False, offset=0, limit=limit)


def corrected(query, table, engine, filters):
    """The query with mistyped words corrected, when that finds something; else None."""
    words = [t.text for t in query.terms if t.correctable and len(t.text) >= 4]
    corrections = {w: c for w in words if (c := close_club_word(w, table))}
    corrections.update(engine.corrections([w for w in words if w not in corrections]))
    if not corrections:
        return None
    fixed = query.corrected(corrections, table)
    # A correction to a stop word ("diae" -> "die") leaves nothing to search for.
    if not fixed:
        return None
    return fixed if engine.count(fixed, filters, limit=1) else None
