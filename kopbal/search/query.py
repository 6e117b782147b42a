"""A reader's query as terms: each term a set of alternatives, all terms required.

Only words are searched: quotes, operators (`OR`, `NEAR(`, `*`, `-`, `:`), brackets and
emoji are signs, not words, so no input can reach a database's query syntax. A word is
searched in its Dutch forms ("scoort" also finds "gescoord"), a club's name, nickname or
adjective as any of the club's names.
"""

import difflib
from dataclasses import dataclass, field

from .params import MAX_QUERY_LENGTH, MAX_WORDS
from .synonyms import Synonyms
from .text import STOP_WORDS, stem, word_forms, words


@dataclass
class Term:
    text: str  # the words the reader typed for this term, folded
    alternatives: tuple[tuple[str, ...], ...]  # phrases of folded words; any one matches
    clubs: tuple = ()

    @property
    def correctable(self) -> bool:
        return not self.clubs and " " not in self.text and self.text.isalpha()


@dataclass
class Query:
    text: str
    terms: list[Term] = field(default_factory=list)
    cut: bool = False  # longer than MAX_QUERY_LENGTH: only the start was searched
    dropped_words: bool = False  # more than MAX_WORDS words: only the first were searched

    def __bool__(self) -> bool:
        return bool(self.terms)

    def highlight_stems(self) -> frozenset[str]:
        """The stems a shown headline or teaser word is marked for."""
        return frozenset(stem(w) for term in self.terms for alt in term.alternatives for w in alt)

    def corrected(self, corrections: dict[str, str], synonyms: Synonyms) -> "Query":
        """This query with mistyped words replaced (see backends' corrections)."""
        text = " ".join(corrections.get(t.text, t.text) for t in self.terms)
        return parse(text, synonyms)


def _without_implied(phrases) -> tuple[tuple[str, ...], ...]:
    """The phrases, less those that contain a one-word alternative: "rsc anderlecht" finds
    nothing "anderlecht" does not, and a phrase costs PostgreSQL a recheck of every match
    (a search for Anderlecht took twice as long with it)."""
    phrases = list(dict.fromkeys(phrases))
    singles = {stem(p[0]) for p in phrases if len(p) == 1}
    return tuple(p for p in phrases if len(p) == 1 or not any(stem(w) in singles for w in p))


def _word_term(word: str) -> Term:
    seen, alternatives = set(), []
    for form in word_forms(word):
        if stem(form) not in seen:
            seen.add(stem(form))
            alternatives.append((form,))
    return Term(text=word, alternatives=tuple(alternatives))


def parse(text: str, synonyms: Synonyms) -> Query:
    query = Query(text=text, cut=len(text) > MAX_QUERY_LENGTH)
    found = [w for w in words(text[:MAX_QUERY_LENGTH]) if w not in STOP_WORDS]
    if len(found) > MAX_WORDS:
        found, query.dropped_words = found[:MAX_WORDS], True
    position = 0
    while position < len(found):
        length, clubs = synonyms.match(found, position)
        if clubs:
            typed = tuple(found[position : position + length])
            alternatives = _without_implied([typed, *(p for c in clubs for p in c.names)])
            query.terms.append(Term(" ".join(typed), alternatives, tuple(clubs)))
            position += length
        else:
            query.terms.append(_word_term(found[position]))
            position += 1
    return query


def close_club_word(word: str, synonyms: Synonyms) -> str | None:
    """A club's name or nickname the word is a typo of ("anderleht" -> "anderlecht")."""
    if len(word) < 4:
        return None
    close = difflib.get_close_matches(word, synonyms.single_words, n=1, cutoff=0.8)
    return close[0] if close and close[0] != word else None
