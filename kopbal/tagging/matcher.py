"""Tag suggestions: the clubs, persons and competitions a text names.

One Aho-Corasick automaton holds every name (folded: lower case, no accents, hyphens as
spaces), so a text is read once whatever the number of names. Matches count on word
boundaries only; where names overlap the longest wins ("Club Brugge NXT" is the second
team, not "Club Brugge"). Names shared by clubs are then read in context (see rules.py).

The automaton is built from the rows the newsroom edits and kept per generation of the
clubs, persons and competitions, so a nickname added in the admin is found on the next
text.
"""

import threading
import unicodedata
from dataclasses import dataclass, field

import ahocorasick

from kopbal.core import generations

from . import rules

KINDS = ("club", "person", "competition")
ARTICLES = {"de", "het", "the", "les", "le", "la"}
_DASHES = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2019": "'"})


def fold(text: str) -> tuple[str, list[int]]:
    """`text` folded, and for each folded character the index of its original one."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char.lower().translate(_DASHES)):
            if unicodedata.combining(piece):
                continue
            if piece.isspace():
                if not out or out[-1] == " ":
                    continue  # runs of blanks are one space
                piece = " "
            out.append(piece)
            index.append(i)
    return "".join(out), index


def _folded(name: str) -> str:
    return fold(name.strip())[0].strip()


@dataclass(frozen=True)
class Name:
    """What one written name stands for."""

    kind: str  # club, person, competition, not_club, foreign
    targets: tuple[str, ...]  # club slugs, person or competition names
    text: str  # as written in the rows
    strong: bool = False  # a club's own name or short name: its spelling sets the case rule

    @property
    def exact_case(self) -> bool:
        """Abbreviations ("STVV", "CL") match in capitals only."""
        return len(self.text) > 1 and self.text.replace(" ", "").isupper()

    @property
    def capitalised(self) -> bool:
        """One capitalised word ("Club", "Racing", "Inter", a surname) is a common word
        when written in lower case: "de club", "een inter-provinciale"."""
        return " " not in self.text and "-" not in self.text and self.text[:1].isupper()


@dataclass
class Suggestions:
    clubs: list[str] = field(default_factory=list)  # short names
    persons: list[str] = field(default_factory=list)
    competitions: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return {"clubs": self.clubs, "persons": self.persons, "competitions": self.competitions}


class Matcher:
    def __init__(self, clubs, persons, competitions):
        """clubs: rows with slug, name, short_name, city, nickname_list, adjective_list;
        persons and competitions: rows with name (competitions also short_name)."""
        self.short_names = {c.slug: c.short_name for c in clubs}
        names: dict[str, list[Name]] = {}

        def add(text: str, kind: str, target: str, *, strong: bool = False) -> None:
            key = _folded(text)
            if key:
                names.setdefault(key, []).append(Name(kind, (target,), text.strip(), strong))

        for club in clubs:
            for text in (club.name, club.short_name):
                add(text, "club", club.slug, strong=True)
            for text in (*club.nickname_list, *club.adjective_list):
                add(text, "club", club.slug)
                article, _, rest = text.strip().partition(" ")
                if rest and article.lower() in ARTICLES:
                    add(rest, "club", club.slug)  # "de Great Old" is "The Great Old"
            for text in _derived_adjectives(club):
                add(text, "club", club.slug)
            if club.city:
                add(club.city, "club", club.slug)  # "Sint-Truiden" wint: a city shared is ambiguous
        known = set(self.short_names)
        for text, slugs in rules.SHARED_NAMES.items():
            for slug in slugs:
                if slug in known:
                    add(text, "club", slug)
        surnames: dict[str, list[str]] = {}
        for person in persons:
            add(person.name, "person", person.name)
            parts = person.name.split()
            if len(parts) > 1:
                surname = " ".join(p for p in parts[1:])
                surnames.setdefault(surname, []).append(person.name)
        for surname, owners in surnames.items():
            # A surname alone names a person when no other person in the rows has it.
            if len(set(owners)) == 1 and len(surname) >= 4:
                add(surname, "person", owners[0])
        for competition in competitions:
            add(competition.name, "competition", competition.name)
            short = competition.short_name.strip()
            if short and short.replace(" ", "").isupper():
                add(short, "competition", competition.name)
        for text in rules.NOT_CLUBS:
            add(text, "not_club", text)
        for text in rules.FOREIGN:
            add(text, "foreign", text)

        self.automaton = ahocorasick.Automaton()
        for key, found in names.items():
            self.automaton.add_word(key, (len(key), _merge(found)))
        if names:
            self.automaton.make_automaton()
        self.empty = not names

    def _found(self, text: str) -> list[tuple[int, list[Name]]]:
        """The names in `text` on word boundaries, longest first where they overlap."""
        folded, index = fold(text)
        hits = []
        if self.empty:
            return hits
        for end, (length, found) in self.automaton.iter(folded):
            start = end - length + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            if end + 1 < len(folded) and folded[end + 1].isalnum():
                continue
            original = text[index[start] : index[end] + 1]
            fitting = [n for n in found if _case_fits(n, original)]
            if fitting:
                hits.append((start, end, fitting))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept, reached = [], -1
        for start, end, found in hits:
            if start > reached:
                kept.append((start, found))
                reached = end
        return kept

    def suggest(self, text: str) -> Suggestions:
        found = [names for _start, names in self._found(text)]
        clubs_named: set[str] = set()  # clubs named by a name only they have
        ambiguous: list[Name] = []
        persons: list[str] = []
        competitions: list[str] = []
        foreign = False
        for names in found:
            kinds = {n.kind for n in names}
            if "not_club" in kinds:
                continue
            if "foreign" in kinds:
                foreign = True
                continue
            for name in names:
                if name.kind == "person":
                    persons.extend(name.targets)
                elif name.kind == "competition":
                    competitions.extend(name.targets)
                elif len(name.targets) > 1:
                    ambiguous.append(name)
                else:
                    clubs_named.update(name.targets)
        clubs = set(clubs_named)
        for name in ambiguous:
            in_text = set(name.targets) & clubs_named
            if not in_text:
                default = rules.DEFAULTS.get(name.text) or _default_for(name)
                if default in name.targets:
                    clubs.add(default)
        if foreign and not clubs_named:
            clubs, competitions = set(), []
        return Suggestions(
            clubs=sorted({self.short_names[slug] for slug in clubs}),
            persons=sorted(set(persons)),
            competitions=sorted(set(competitions)),
        )


def _default_for(name: Name) -> str | None:
    folded = _folded(name.text)
    for text, slug in rules.DEFAULTS.items():
        if _folded(text) == folded:
            return slug
    return None


def _merge(found: list[Name]) -> list[Name]:
    """Several clubs under one folded name become one ambiguous club name."""
    clubs = [n for n in found if n.kind == "club"]
    rest = [n for n in found if n.kind != "club"]
    if not clubs:
        return rest
    slugs = tuple(dict.fromkeys(s for n in clubs for s in n.targets))
    strong = len(slugs) == 1 and any(n.strong for n in clubs)
    # The most demanding spelling decides the case rule ("Union" vs "union").
    text = next((n.text for n in clubs if n.strong), clubs[0].text)
    return [Name("club", slugs, text, strong), *rest]


def _case_fits(name: Name, original: str) -> bool:
    if name.exact_case:
        return original.replace("-", " ") == name.text.replace("-", " ")
    if name.capitalised:
        return original[:1].isupper()
    return True


def _derived_adjectives(club) -> list[str]:
    """ "Genk" -> "Genkse": the regular adjective of a one-word name ending in a consonant."""
    found = []
    for name in (club.short_name, club.city):
        name = (name or "").strip()
        if name and " " not in name and "-" not in name and name[-1].lower() not in "aeiouy":
            found.append(name + "se")
    return found


_lock = threading.Lock()
_cache: dict[tuple[int, ...], Matcher] = {}


def matcher() -> Matcher:
    """The matcher for the current generation of the names (one query when it is built)."""
    from kopbal.football.models import Club, Competition, Person

    key = generations.read(*(generations.tags(kind) for kind in KINDS))
    found = _cache.get(key)
    if found is None:
        built = Matcher(
            list(Club.objects.all()),
            list(Person.objects.only("name")),
            list(Competition.objects.only("name", "short_name")),
        )
        with _lock:
            _cache.clear()  # only the newest generation is ever asked for again
            _cache[key] = found = built
    return found


def suggest(text: str) -> Suggestions:
    return matcher().suggest(text)


def cache_clear() -> None:
    """Forget the built matchers (tests: a rolled-back database repeats generations)."""
    with _lock:
        _cache.clear()
