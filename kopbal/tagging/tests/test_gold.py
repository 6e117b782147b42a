import pytest

from kopbal.tagging import gold
from kopbal.tagging.matcher import suggest

pytestmark = pytest.mark.django_db


def test_gold_set_precision_and_recall():
    gold.names_load()
    result = gold.score(lambda text: suggest(text).as_dict())
    overall = result.overall
    report = "\n".join(result.mistakes)
    assert overall.precision >= 0.97, report
    assert overall.recall >= 0.95, report


def test_gold_set_covers_every_club_nickname_and_foreign_football():
    from kopbal.demo.data import football

    texts = [item["text"].lower() for item in gold.items()]
    assert len(texts) >= 150
    for _key, _name, short, _city, nicknames, _c1, _c2 in football.CLUBS:
        for name in (short, *nicknames):
            assert any(name.lower() in text for text in texts), name
    foreign = [i for i in gold.items() if not i["clubs"] and not i["competitions"]]
    assert len(foreign) >= 30
