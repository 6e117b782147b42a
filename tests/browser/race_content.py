"""A small league for the race pages in browser tests: eight clubs, three rounds played
and two to go (quick to solve, and enough to pick results on)."""

import datetime

from kopbal.football.models import Club, Match, Phase
from kopbal.football.tests.factories import ClubFactory, MatchFactory, PhaseFactory, SeasonFactory

NAMES = [
    ("KRC Genk", "Genk", "krc-genk"),
    ("Club Brugge", "Brugge", "club-brugge"),
    ("RSC Anderlecht", "Anderlecht", "anderlecht"),
    ("KAA Gent", "Gent", "kaa-gent"),
    ("Royal Antwerp FC", "Antwerp", "antwerp"),
    ("Standard Luik", "Standard", "standard"),
    ("KV Mechelen", "Mechelen", "kv-mechelen"),
    ("Cercle Brugge", "Cercle", "cercle-brugge"),
]
SCORES = [(2, 1), (0, 0), (1, 3), (2, 2), (4, 0), (1, 0), (0, 2), (3, 1)]


def small_league(competition) -> Phase:
    phase = Phase.objects.filter(competition=competition, kind=Phase.Kind.REGULAR).first()
    if phase is not None:
        return phase
    season = SeasonFactory(name="2025-26")
    phase = PhaseFactory(
        competition=competition, season=season, kind=Phase.Kind.REGULAR, name="Reguliere competitie"
    )
    clubs = [
        Club.objects.filter(slug=slug).first()
        or ClubFactory(name=name, short_name=short, slug=slug)
        for name, short, slug in NAMES
    ]
    start = datetime.datetime(2025, 8, 1, 18, 30, tzinfo=datetime.UTC)
    order = list(range(len(clubs)))
    for number in range(1, 6):
        # The circle method: every club once per round.
        pairs = [(order[i], order[-1 - i]) for i in range(len(order) // 2)]
        for k, (home, away) in enumerate(pairs):
            played = number <= 3
            score = SCORES[(number * 3 + k) % len(SCORES)] if played else (None, None)
            MatchFactory(
                phase=phase,
                round_number=number,
                home=clubs[home],
                away=clubs[away],
                kickoff=start + datetime.timedelta(days=7 * number, hours=k),
                status=Match.Status.FINISHED if played else Match.Status.SCHEDULED,
                home_goals=score[0],
                away_goals=score[1],
            )
        order = [order[0], order[-1], *order[1:-1]]
    return phase


def race_url(competition, *, whatif: bool = False) -> str:
    small_league(competition)
    base = f"/competitie/{competition.slug}/race/"
    return base + "wat-als/" if whatif else base
