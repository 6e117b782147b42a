import io
import json

import pytest
from django.core.management import call_command

from kopbal.football.models import Club, Person
from kopbal.tagging import gold
from kopbal.tagging.matcher import suggest

pytestmark = pytest.mark.django_db


@pytest.fixture
def names():
    gold.names_load()


def clubs(text):
    return suggest(text).clubs


def test_names_match_on_word_boundaries_only(names):
    assert clubs("Gentenaars zijn blij") == []
    assert clubs("Een standaardsituatie") == []
    assert clubs("Gent wint.") == ["Gent"]


def test_case_and_accents_are_folded(names):
    assert clubs("LA LOUVIERE wint") == ["La Louvière"]
    assert clubs("de rouches winnen") == ["Standard"]
    assert clubs("Les Zebres winnen") == ["Charleroi"]


def test_common_words_need_their_capital(names):
    assert clubs("De club ontslaat zijn trainer") == []
    assert clubs("Club ontslaat zijn trainer") == ["Club Brugge"]


def test_ambiguous_names_read_from_context(names):
    assert clubs("Brugge wint") == ["Club Brugge"]
    assert clubs("Cercle wint in Brugge") == ["Cercle"]
    assert clubs("Geel-Blauw wint") == []
    assert clubs("Geel-Blauw wint, de Kanaries vieren") == ["STVV"]
    assert clubs("Geel-Blauw wint, de Unionisten vieren") == ["Union SG"]
    assert clubs("De Limburgers winnen") == ["Genk"]
    assert clubs("De Limburgers winnen: STVV klopt Westerlo") == ["STVV", "Westerlo"]
    assert clubs("Rood-Wit wint") == ["Antwerp"]
    assert clubs("Rood-Wit wint, de Rouches vieren") == ["Standard"]
    assert clubs("De Boeren winnen") == []
    assert clubs("De Boeren uit Waregem winnen") == ["Zulte Waregem"]


def test_second_teams_and_stadiums_are_not_clubs(names):
    assert clubs("Club NXT wint in 1B") == []
    assert clubs("RSCA Futures verliest") == []
    assert clubs("Jong Genk verliest") == []
    assert clubs("Het Lotto Park en de Cegeka Arena zijn uitverkocht") == []


def test_foreign_football_tags_nothing_belgian(names):
    found = suggest("Real Madrid wint de Champions League, Courtois blinkt uit")
    assert found.as_dict() == {"clubs": [], "persons": ["Thibaut Courtois"], "competitions": []}
    assert clubs("Ajax wil een speler van Anderlecht") == ["Anderlecht"]


def test_admin_edits_take_effect(names):
    assert clubs("De Paarsen winnen") == []
    assert suggest("Nieuwkomer Jan Peeters scoort").persons == []
    club = Club.objects.get(slug="anderlecht")
    club.nicknames += "\nde Paarsen"
    club.save()
    Person.objects.create(name="Jan Peeters", slug="jan-peeters")
    assert clubs("De Paarsen winnen") == ["Anderlecht"]
    assert suggest("Nieuwkomer Jan Peeters scoort").persons == ["Jan Peeters"]


def test_command_reads_json_lines_and_survives_bad_ones(names, monkeypatch):
    lines = [
        json.dumps({"text": "Paars-Wit wint de Croky Cup met Stroeykens"}),
        "{not json",
        json.dumps({"tekst": "verkeerde sleutel"}),
        json.dumps(["Gent"]),
        json.dumps({"text": "Essevee wint"}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    call_command("suggest_tags", stdout=out)
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert results[0] == {
        "clubs": ["Anderlecht"],
        "persons": ["Mario Stroeykens"],
        "competitions": ["Croky Cup"],
    }
    assert all(set(r) == {"error"} for r in results[1:4])
    assert results[4] == {"clubs": ["Zulte Waregem"], "persons": [], "competitions": []}
