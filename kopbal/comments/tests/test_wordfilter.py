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


@pytest.mark.django_db
def test_a_worker_keeps_the_rules_it_read_for_a_second(settings, monkeypatch, request):
    """A word added in another worker (there: saved, and the shared copy dropped) is
    refused here within KOPBAL_WORKER_CACHE_SECONDS; one added here, at once."""
    from django.core.cache import cache

    from kopbal.comments import wordfilter
    from kopbal.comments.models import WordRule

    settings.KOPBAL_WORKER_CACHE_SECONDS = 1
    now = [1000.0]
    monkeypatch.setattr(wordfilter, "_clock", lambda: now[0])
    wordfilter.rules_changed()
    request.addfinalizer(wordfilter.rules_changed)  # no copy left for the next test
    assert not check("wat een scheidsrechtersfluit").is_banned

    WordRule.objects.bulk_create([WordRule(word="scheidsrechtersfluit", kind="ban")])
    cache.delete(wordfilter.CACHE_KEY)  # another worker's rules_changed()
    now[0] += 0.5
    assert not check("wat een scheidsrechtersfluit").is_banned  # this worker's copy
    now[0] += 0.6
    assert check("wat een scheidsrechtersfluit").is_banned

    WordRule.objects.create(word="tribunegeschreeuw", kind="ban")  # here: the signal
    assert check("wat een tribunegeschreeuw").is_banned
