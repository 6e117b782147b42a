"""Every demo club has a crest of its own: Genk and Gent no longer both read "GEN"."""

from kopbal.demo import images
from kopbal.demo.data import football


def test_every_club_has_a_code_and_all_sixteen_league_codes_differ():
    league = [row[0] for row in football.CLUBS]
    assert len(league) == 16
    every = league + [row[0] for row in football.FORMER_CLUBS]
    codes = [football.CLUB_CODES[key] for key in every]
    assert len(set(codes)) == len(every)


def test_the_crest_shows_the_code_as_it_is():
    for key, code in football.CLUB_CODES.items():
        assert images.initials(code) == code, key
        assert 2 <= len(code) <= 4 and code.isupper(), key


def test_genk_and_gent_get_different_crests():
    colours = {row[0]: (row[5], row[6]) for row in football.CLUBS}
    genk = images.crest(football.CLUB_CODES["genk"], colours["genk"], size=64)
    gent = images.crest(football.CLUB_CODES["gent"], colours["gent"], size=64)
    assert football.CLUB_CODES["genk"] != football.CLUB_CODES["gent"]
    assert genk != gent
