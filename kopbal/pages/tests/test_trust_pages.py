"""Huisregels, privacy, cookies and contact: created by the demo, linked where readers need them."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kopbal.accounts.tests.factories import user_create
from kopbal.demo.loader import trust_pages_create
from kopbal.news.tests.factories import article_create
from kopbal.pages.links import CACHE_KEY
from kopbal.pages.models import InfoPage

pytestmark = pytest.mark.django_db

TRUST_PATHS = {"/huisregels/", "/privacy/", "/cookies/", "/contact/"}


@pytest.fixture
def trust(home):
    return {page.role: page for page in trust_pages_create(home)}


def footer(html: str) -> str:
    return html[html.index('<footer class="site-footer">') :]


def test_demo_trust_pages_are_live_with_dutch_text(client, trust):
    assert set(trust) == {"house_rules", "privacy", "cookies", "contact"}
    html = client.get("/privacy/").content.decode()
    assert "<h1" in html and "Privacyverklaring" in html
    # What Kopbal keeps, and for how long.
    for fact in ("IP-adres", "hash", "elke dag", "35 dagen", "Mijn account"):
        assert fact in html
    cookies = client.get("/cookies/").content.decode()
    for name in ("sessionid", "csrftoken", "kopbal_voter"):
        assert name in cookies
    assert client.get("/huisregels/").status_code == 200
    assert client.get("/contact/").status_code == 200


def test_links_between_trust_pages_follow_a_renamed_page(client, trust):
    contact = trust["contact"]
    contact.slug = "schrijf-ons"
    contact.save_revision().publish()
    html = client.get("/huisregels/").content.decode()
    assert 'href="/schrijf-ons/"' in html
    assert 'href="/schrijf-ons/"' in footer(client.get("/").content.decode())


def test_footer_of_every_page_links_the_trust_pages(client, trust, news_index):
    article = article_create(news_index, title="Genk wint")
    for url in ("/", article.url, "/nieuws/", "/accounts/login/"):
        links = set(re.findall(r'href="([^"]+)"', footer(client.get(url).content.decode())))
        assert links >= TRUST_PATHS, url


def test_footer_lookup_costs_no_query_once_cached(client, trust, news_index):
    client.get("/accounts/login/")  # fills the cached lookup
    with CaptureQueriesContext(connection) as queries:
        client.get("/accounts/login/")
    assert not [q for q in queries if "pages_infopage" in q["sql"]]


def test_footer_comes_from_memory_until_the_site_changes(client, trust, news_index, monkeypatch):
    first, second = (article_create(news_index, title=t) for t in ("Genk wint", "Gent verliest"))
    client.get(first.url)  # this process learns the footer's links
    asked = []
    cache_get = cache.get

    def get(key, *args, **kwargs):
        asked.append(key)
        return cache_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", get)
    assert 'href="/cookies/"' in footer(client.get(second.url).content.decode())
    assert CACHE_KEY not in asked  # the page read the site's generation: no round trip
    trust["cookies"].unpublish()
    assert 'href="/cookies/"' not in footer(client.get(second.url).content.decode())


def test_unpublished_trust_page_leaves_the_footer(client, trust):
    trust["cookies"].unpublish()
    assert 'href="/cookies/"' not in footer(client.get("/").content.decode())


def test_signup_form_says_you_accept_house_rules_and_privacy(client, trust):
    html = client.get("/accounts/signup/").content.decode()
    assert "Door je te registreren aanvaard je de" in html
    consent = html[html.index("Door je te registreren") :][:300]
    assert 'href="/huisregels/"' in consent and 'href="/privacy/"' in consent


def test_signup_confirmation_links_the_contact_page(client, trust):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "nieuw@example.com",
            "display_name": "Nieuwe Supporter",
            "password1": "een-lang-wachtwoord-9",
            "password2": "een-lang-wachtwoord-9",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Neem contact met ons op" in html
    assert 'href="/contact/"' in html[html.index("<main") : html.index("</main>")]
    # The confirmation mail itself says where to turn, with the full address.
    (message,) = mail.outbox
    assert "Neem contact met ons op: " + settings.KOPBAL_SITE_URL + "/contact/" in message.body


def test_comment_form_links_the_house_rules(client, trust, news_index):
    article = article_create(news_index, title="Gent wint")
    client.force_login(user_create(display_name="Lezer"))
    html = client.get(article.url).content.decode()
    form = html[html.index('class="comment-form"') :]
    form = form[: form.index("</form>")]
    assert 'href="/huisregels/"' in form


def test_only_one_page_per_role(home, trust):
    from django.core.exceptions import ValidationError

    extra = InfoPage(title="Nog een privacy", slug="privacy-2", role="privacy")
    with pytest.raises(ValidationError):
        home.add_child(instance=extra)
    cache.clear()
