"""The pages' JSON strings, kept per language: never another language's, never stale settings."""

import json
import re

from django.test import override_settings
from django.utils import translation

from kopbal.core.templatetags.kopbal_tags import js_strings
from kopbal.live.templatetags.live_tags import live_config
from kopbal.notices.templatetags.notices_tags import notices_strings


def loaded(script: str) -> dict:
    return json.loads(re.search(r">(.*)</script>", script, re.S)[1])


def test_each_language_gets_its_own_strings():
    with translation.override("nl-be"):
        dutch = loaded(js_strings())
    with translation.override("en"):
        english = loaded(js_strings())
    with translation.override("nl-be"):
        again = loaded(js_strings())
    assert dutch["justNow"] == again["justNow"] == "zonet"
    assert english["justNow"] == "just now"
    with translation.override("en"):
        assert loaded(notices_strings())["noNotices"] == "No notices yet."
    with translation.override("nl-be"):
        assert loaded(notices_strings())["noNotices"] != "No notices yet."


def test_a_changed_setting_reaches_the_page():
    with translation.override("nl-be"):
        before = loaded(live_config())["commentsSeconds"]
        with override_settings(KOPBAL_LIVE_COMMENTS_SECONDS=before + 7):
            assert loaded(live_config())["commentsSeconds"] == before + 7
        with override_settings(KOPBAL_LIVE_POLL_SECONDS=123):
            assert loaded(js_strings())["livePollSeconds"] == 123
        assert loaded(live_config())["commentsSeconds"] == before
