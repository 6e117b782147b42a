"""The tagger's gold set: Dutch headlines and teasers with the tags an editor would give.

gold.jsonl: {"text", "clubs" (short names), "persons", "competitions"} per line, written
for this project. `names_load()` stores the names it is scored against: the demo's clubs
and competitions and the persons below (the newsroom's own tags).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

GOLD = Path(__file__).with_name("gold.jsonl")

PERSONS = [
    "Yari Verschaeren",
    "Besnik Hasi",
    "Hans Vanaken",
    "Ivan Leko",
    "Thorsten Fink",
    "Sébastien Pocognoli",
    "Romelu Lukaku",
    "Rudi Garcia",
    "Thibaut Courtois",
    "Ilay Camara",
    "Christian Burgess",
    "Mario Stroeykens",
    "Vincent Kompany",
    "Tolu Arokodare",
    "Kevin De Bruyne",
    "Charles De Ketelaere",
    "Ferran Jutglà",
    "Leandro Trossard",
    "Jérémy Doku",
]


def items() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]


def names_load() -> None:
    """The demo's competitions and clubs (no crests) and the gold persons, in the database."""
    from django.utils.text import slugify

    from kopbal.demo.data import football
    from kopbal.football.models import Club, Competition, Person

    competitions = {}
    for key, name, short, kind in football.COMPETITIONS:
        competitions[key], _ = Competition.objects.get_or_create(
            slug=key, defaults={"name": name, "short_name": short, "kind": kind}
        )
    rows = [(row, "jupiler-pro-league") for row in football.CLUBS]
    rows += [(row, "challenger-pro-league") for row in football.FORMER_CLUBS]
    for (key, name, short, city, nicknames, _c1, _c2), competition in rows:
        # update_or_create: a benchmark run may have stored the clubs without nicknames.
        Club.objects.update_or_create(
            slug=key,
            defaults={
                "name": name,
                "short_name": short,
                "city": city,
                "nicknames": "\n".join(nicknames),
                "adjectives": "\n".join(football.CLUB_ADJECTIVES.get(key, [])),
                "competition": competitions[competition],
            },
        )
    for name in PERSONS:
        Person.objects.get_or_create(slug=slugify(name), defaults={"name": name})


@dataclass
class Count:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


@dataclass
class Score:
    overall: Count = field(default_factory=Count)
    per_tag: dict[str, Count] = field(default_factory=dict)  # "club:Genk", "person:..."
    mistakes: list[str] = field(default_factory=list)


def score(suggest) -> Score:
    """`suggest(text) -> {"clubs": [...], ...}` against every gold item."""
    result = Score()
    for item in items():
        got = suggest(item["text"])
        for kind in ("clubs", "persons", "competitions"):
            wanted, found = set(item[kind]), set(got[kind])
            for tag in wanted | found:
                count = result.per_tag.setdefault(f"{kind[:-1]}:{tag}", Count())
                if tag in wanted and tag in found:
                    count.true_positives += 1
                    result.overall.true_positives += 1
                elif tag in found:
                    count.false_positives += 1
                    result.overall.false_positives += 1
                    result.mistakes.append(f"extra {tag!r} in {item['text'][:60]!r}")
                else:
                    count.false_negatives += 1
                    result.overall.false_negatives += 1
                    result.mistakes.append(f"missed {tag!r} in {item['text'][:60]!r}")
    return result
