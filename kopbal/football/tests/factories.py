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
