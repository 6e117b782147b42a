"""Which places of a table lead where, in the 2025-26 format and the one before it."""

import pytest

from kopbal.football import zones


@pytest.mark.parametrize(
    ("kind", "position", "expected"),
    [
        ("regular", 1, zones.PO1),
        ("regular", 6, zones.PO1),
        ("regular", 7, zones.PO2),
        ("regular", 12, zones.PO2),
        ("regular", 13, zones.RELEGATION),
        ("regular", 16, zones.RELEGATION),
        ("champions", 1, zones.TITLE),
        ("champions", 3, zones.EUROPE),
        ("champions", 4, zones.ECL),
        ("champions", 5, None),
        ("europe", 1, zones.ECL),
        ("europe", 2, None),
    ],
)
def test_regular_season_and_play_off_places(kind, position, expected):
    size = 16 if kind == "regular" else 6
    assert zones.zone(kind, position, size, "2025-26") == expected


def test_from_2025_26_only_the_last_of_the_relegation_play_offs_plays_a_barrage():
    found = [zones.zone("relegation", p, 4, "2025-26") for p in range(1, 5)]
    assert found == [None, None, None, zones.BARRAGE]


def test_until_2024_25_two_clubs_went_down_and_the_second_played_a_barrage():
    found = [zones.zone("relegation", p, 4, "2024-25") for p in range(1, 5)]
    assert found == [None, zones.BARRAGE, zones.RELEGATED, zones.RELEGATED]


def test_a_regular_season_of_another_size_gets_no_zones_rather_than_wrong_ones():
    assert zones.legend("regular", 18) == []
