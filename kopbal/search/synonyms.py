"""Club names readers search with: official and short names, nicknames, adjective forms.

"de Kanaries" is STVV, "Anderlechtse" and "Paars-Wit" are Anderlecht, "Brugse" is either
Bruges club. A query's words that spell one of these are searched as any of the club's
names. The table is built from the Club rows and kept per generation of the clubs (editing a
club moves it), so a search reads it from the cache.
"""

from dataclasses import dataclass

from django.core.cache import cache

from kopbal.core import generations

from .text import STOP_WORDS, stem, words

CACHE_SECONDS = 3600


@dataclass(frozen=True)
class ClubNames:
    pk: int
    slug: str
    name: str
    phrases: tuple[tuple[str, ...], ...]  # every name readers use, as folded words
    names: tuple[tuple[str, ...], ...]  # what a match is searched as: name and short name


def phrase(text: str) -> tuple[str, ...]:
    return tuple(w for w in words(text) if w not in STOP_WORDS)


def _derived_adjectives(name: str) -> list[str]:
    """ "Genk" -> "Genkse", "Genks": the regular form, for names ending in a consonant."""
    if " " in name or "-" in name or not name[-1:].isalpha() or name[-1].lower() in "aeiouy":
        return []
    return [name + "se", name + "s"]


def club_names(club) -> ClubNames:
    texts = [club.name, club.short_name, *club.nickname_list, *club.adjective_list]
    for name in (club.short_name, club.city):
        texts += _derived_adjectives(name or "")
    phrases = tuple(dict.fromkeys(p for p in map(phrase, texts) if p))
    # A nickname finds the club, but the club is searched by its names only: "Club" (Club
    # Brugge) or "Racing" are common words, and would find every article about any club.
    names = tuple(dict.fromkeys(p for p in map(phrase, (club.name, club.short_name)) if p))
    return ClubNames(pk=club.pk, slug=club.slug, name=club.name, phrases=phrases, names=names)


class Synonyms:
    """Phrases (by their stems) -> the clubs they name."""

    def __init__(self, clubs: list[ClubNames]):
        self.clubs = clubs
        self.by_stems: dict[tuple[str, ...], list[ClubNames]] = {}
        for club in clubs:
            for words_ in club.phrases:
                key = tuple(stem(w) for w in words_)
                if club not in self.by_stems.setdefault(key, []):
                    self.by_stems[key].append(club)
        self.longest = max((len(k) for k in self.by_stems), default=0)
        self.single_words = sorted({w for c in clubs for p in c.phrases for w in p})

    def match(self, query_words: list[str], start: int) -> tuple[int, list[ClubNames]]:
        """The longest phrase of clubs' names at `start`: (its length in words, the clubs)."""
        for length in range(min(self.longest, len(query_words) - start), 0, -1):
            key = tuple(stem(w) for w in query_words[start : start + length])
            if key in self.by_stems:
                return length, self.by_stems[key]
        return 0, []

    def club(self, slug: str) -> ClubNames | None:
        return next((c for c in self.clubs if c.slug == slug), None)


def synonyms() -> Synonyms:
    """The table for the clubs' current generation (one query when it is not cached)."""
    from kopbal.football.models import Club

    (generation,) = generations.read(generations.tags("club"))
    generations.depends_on(generations.tags("club"))
    key = f"search:synonyms:{generation}"
    clubs = cache.get(key)
    if clubs is None:
        clubs = [club_names(c) for c in Club.objects.order_by("name")]
        cache.set(key, clubs, CACHE_SECONDS)
    return Synonyms(clubs)
