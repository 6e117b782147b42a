import factory

from kopbal.football.models import Club, Competition, Person


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
