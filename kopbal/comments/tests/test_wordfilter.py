import pytest

from kopbal.comments.wordfilter import check, compile_rules

RULES = compile_rules([("kanker", "ban"), ("idioot", "suspect")])


@pytest.mark.parametrize(
    "text",
    ["kanker", "KANKER!", "k@nker", "k.a.n.k.e.r", "k a n k e r", "kaaaanker", "Kânker", "k4nk3r"],
)
def test_banned_word_is_found_through_obfuscations(text):
    assert check(f"Die scheids is {text} slecht", RULES).banned == ["kanker"]


@pytest.mark.parametrize(
    "text", ["kankeronderzoek", "Kankerfonds steunt", "kankerpatiënten krijgen steun"]
)
def test_only_whole_words_match(text):
    assert not check(text, RULES).is_banned


def test_suspect_words_are_reported_separately():
    verdict = check("Wat een idioot besluit", RULES)
    assert verdict.suspect == ["idioot"]
    assert not verdict.is_banned
