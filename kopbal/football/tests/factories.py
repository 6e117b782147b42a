import datetime

import factory

from kopbal.football.models import Club, Competition, Match, Person, Phase, Season


class CompetitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Competition
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Competitie {n}")
    slug = factory.Sequence(lambda n: f"competitie-{n}")


class ClubFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Club

    name = factory.Sequence(lambda n: f"FC Testdorp {n}")
    short_name = factory.Sequence(lambda n: f"Testdorp {n}")
    slug = factory.Sequence(lambda n: f"testdorp-{n}")
    nicknames = "de Testers\nGroen-Geel"
    primary_colour = "#00853F"
    secondary_colour = "#FFE100"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Jan Testspeler {n}")
    slug = factory.Sequence(lambda n: f"jan-testspeler-{n}")
    role = Person.Role.PLAYER


class SeasonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Season
        django_get_or_create = ("name",)

    name = "2025-26"
    start_date = datetime.date(2025, 7, 1)
    end_date = datetime.date(2026, 6, 30)


class PhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Phase

    competition = factory.SubFactory(CompetitionFactory)
    season = factory.SubFactory(SeasonFactory)
    kind = Phase.Kind.REGULAR
    name = factory.Sequence(lambda n: f"Fase {n}")
    order = 1


class MatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Match

    phase = factory.SubFactory(PhaseFactory)
    round_label = factory.LazyAttribute(lambda m: f"Matchday {m.round_number}")
    round_number = 1
    home = factory.SubFactory(ClubFactory)
    away = factory.SubFactory(ClubFactory)
    kickoff = factory.Sequence(
        lambda n: (
            datetime.datetime(2025, 8, 1, 20, 45, tzinfo=datetime.UTC) + datetime.timedelta(days=n)
        )
    )


def season_create(competition, clubs, *, played_rounds: int = 1):
    """A small regular season of `clubs` (a round robin, one round per day): the first
    `played_rounds` rounds finished 2-1, the rest to play. Returns its matches by round."""
    phase = PhaseFactory(competition=competition, kind=Phase.Kind.REGULAR, name="Competitie")
    n = len(clubs)
    rounds = []
    ring = list(clubs)
    for number in range(1, n):
        pairs = [(ring[i], ring[n - 1 - i]) for i in range(n // 2)]
        played = number <= played_rounds
        rounds.append(
            [
                MatchFactory(
                    phase=phase,
                    round_number=number,
                    home=home,
                    away=away,
                    status=Match.Status.FINISHED if played else Match.Status.SCHEDULED,
                    home_goals=2 if played else None,
                    away_goals=1 if played else None,
                )
                for home, away in pairs
            ]
        )
        ring = [ring[0], ring[-1], *ring[1:-1]]  # the circle method
    return rounds
