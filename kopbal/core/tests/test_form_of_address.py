"""Kopbal says "je" to its readers everywhere: in its own texts and in Django's and allauth's."""

import gettext
import html
import re
from pathlib import Path

import allauth
import django
import pytest
from django.conf import settings
from django.utils import translation

from kopbal.accounts.tests.factories import user_create

# "u", "uw", "U", "Uw" as words, and "a.u.b.": the polite form Kopbal does not use.
POLITE = re.compile(r"(?<![\w-])(?:u|uw|U|Uw)(?![\w-])|a\.u\.b\.")
DJANGO_DIR = Path(django.__file__).parent
CATALOGUES = {
    "kopbal": Path(settings.LOCALE_PATHS[0]) / "nl/LC_MESSAGES/django.mo",
    "allauth": Path(allauth.__file__).parent / "locale/nl/LC_MESSAGES/django.mo",
    "django": DJANGO_DIR / "conf/locale/nl/LC_MESSAGES/django.mo",
    "django.contrib.auth": DJANGO_DIR / "contrib/auth/locale/nl/LC_MESSAGES/django.mo",
}


def polite_translations(catalogue: Path) -> list[tuple]:
    """The msgids of `catalogue` whose translation, as the site shows it (our catalogue
    first, see LOCALE_PATHS), speaks with "u"."""
    with catalogue.open("rb") as f:
        keys = [key for key in gettext.GNUTranslations(f)._catalog if key]
    with translation.override(settings.LANGUAGE_CODE):
        shown = translation.trans_real.translation(settings.LANGUAGE_CODE)._catalog
        return [(key, shown[key]) for key in keys if POLITE.search(shown.get(key, ""))]


@pytest.mark.parametrize("name", CATALOGUES)
def test_no_translation_the_site_uses_says_u_or_uw(name):
    assert polite_translations(CATALOGUES[name]) == []


def test_our_catalogue_overrides_allauth_and_django():
    with translation.override(settings.LANGUAGE_CODE):
        assert translation.gettext("Sign In") == "Inloggen"
        numeric = "Your password can\u2019t be entirely numeric."  # Django's own apostrophe
        assert translation.gettext(numeric).startswith("Je ")


def visible_text(response) -> str:
    body = response.content.decode()
    main = body[body.index("<main") : body.index("</main>")]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main)))


ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/confirm-email/",
]
READER_PAGES = [
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/logout/",
    "/account/",
    "/account/verwijderen/",
]


@pytest.mark.django_db
def test_account_pages_say_je_inloggen_and_bevestigingsmail(client, home):
    texts = {url: visible_text(client.get(url)) for url in ANONYMOUS_PAGES}
    client.force_login(user_create(display_name="Lezer"))
    texts |= {url: visible_text(client.get(url)) for url in READER_PAGES}
    for url, text in texts.items():
        assert not POLITE.search(text), (url, POLITE.search(text), text)
        assert "anmeld" not in text.lower() and "fmeld" not in text.lower(), (url, text)
        assert "e-mail opnieuw" not in text and "Bevestigings e-mail" not in text, (url, text)
    assert "Inloggen" in texts["/accounts/login/"]
    assert "Registreren" in texts["/accounts/signup/"]
    assert "Uitloggen" in texts["/accounts/logout/"]
    assert "Bevestigingsmail opnieuw sturen" in texts["/accounts/email/"]
