"""Every page a reader can open carries a strict Content-Security-Policy and a
Permissions-Policy, and holds no inline code that policy would block; the admin has a
policy of its own that still allows no other origin."""

from html.parser import HTMLParser

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from kopbal.accounts.tests.factories import user_create
from kopbal.comments.tests.factories import comment_create
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.tests.factories import AuthorFactory, article_create
from kopbal.polls.tests.factories import poll_create
from kopbal.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db

DISABLED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")


def boom(request) -> HttpResponse:
    raise RuntimeError("a defect, to see the 500 page")


# The site's URLs plus one that fails, for the 500 page (see the `urls` marks below).
urlpatterns = [path("test-500/", boom), *site_urlpatterns]


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.status_code}"
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_reader_policy(response) -> None:
    csp = policy(response)
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    for directive in ("img-src", "connect-src", "font-src", "form-action"):
        assert csp[directive] == ["'self'"], directive
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    features = response["Permissions-Policy"]
    for feature in DISABLED_FEATURES:
        assert f"{feature}=()" in features


class InlineCode(HTMLParser):
    """Collects what a strict policy blocks: inline scripts, event-handler attributes,
    javascript: URLs, <style> elements and style attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # JSON and JSON-LD are data blocks: the browser never runs them, the CSP allows them.
        data_types = ("application/json", "application/ld+json")
        if tag == "script" and "src" not in attrs and attrs.get("type") not in data_types:
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"{tag} {name}=")
            if name == "style":
                self.found.append(f"{tag} style=")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{tag} {name}=javascript:")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    # <template> content (Wagtail's userbar) is parsed like the rest: nothing is exempt.
    return parser.found


@pytest.fixture
def pages(site_tree):
    """One URL of every page type a reader can open, with content that fills them."""
    _home, index = site_tree
    club = ClubFactory()
    competition = CompetitionFactory()
    person = PersonFactory(club=club)
    author = AuthorFactory()
    poll = poll_create(question="Wint Genk de beker?")
    article = article_create(
        index,
        title="Genk wint de beker",
        poll=poll,
        authors=[author],
        clubs=[club],
        persons=[person],
        competitions=[competition],
    )
    reader = user_create(display_name="Trouwe Lezer")
    comment_create(article=article, author=reader, body="Verdiend, https://example.com")
    return {
        "home": "/",
        "archive": "/nieuws/",
        "article": article.url,
        "club": f"/club/{club.slug}/",
        "competition": f"/competitie/{competition.slug}/",
        "person": f"/persoon/{person.slug}/",
        "author": f"/auteur/{author.slug}/",
        "reader profile": "/lezer/Trouwe Lezer/",
        "poll": f"/poll/{poll.pk}/",
        "discussion": f"/reacties/{article.pk}/",
        "log in": "/accounts/login/",
        "sign up": "/accounts/signup/",
        "password reset": "/accounts/password/reset/",
        "not found": "/bestaat-niet/",
    }


ANONYMOUS_PAGES = [
    "home",
    "archive",
    "article",
    "club",
    "competition",
    "person",
    "author",
    "reader profile",
    "poll",
    "discussion",
    "log in",
    "sign up",
    "password reset",
    "not found",
]
ACCOUNT_PAGES = [
    "/account/",
    "/account/verwijderen/",
    "/accounts/email/",
    "/accounts/password/change/",
]


@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_every_reader_page_type_sends_the_strict_policy(client, pages, name):
    response = client.get(pages[name])
    assert response.status_code == (404 if name == "not found" else 200)
    assert_reader_policy(response)


@pytest.mark.parametrize("name", ANONYMOUS_PAGES)
def test_reader_pages_hold_no_inline_code_the_policy_would_block(client, pages, name):
    response = client.get(pages[name])
    assert inline_code(response.content.decode()) == []


@pytest.mark.parametrize("url", ACCOUNT_PAGES)
def test_account_pages_send_the_strict_policy_and_hold_no_inline_code(client, url):
    client.force_login(user_create(display_name="Ingelogde Lezer"))
    response = client.get(url)
    assert response.status_code == 200
    assert_reader_policy(response)
    assert inline_code(response.content.decode()) == []


def test_an_editor_reading_the_site_gets_the_strict_policy_with_the_userbar(
    client, pages, admin_user
):
    client.force_login(admin_user)
    response = client.get(pages["article"])
    html = response.content.decode()
    assert "wagtail-userbar" in html
    assert_reader_policy(response)
    assert inline_code(html) == []


def test_a_page_served_from_the_page_cache_gets_the_headers_too(client, pages):
    client.get(pages["article"])
    response = client.get(pages["article"])
    assert response["X-Page-Cache"] == "hit"
    assert_reader_policy(response)


@pytest.mark.urls(__name__)
def test_the_500_page_sends_the_strict_policy_and_holds_no_inline_code(db):
    response = Client(raise_request_exception=False).get("/test-500/")
    assert response.status_code == 500
    assert_reader_policy(response)
    assert inline_code(response.content.decode()) == []


def test_a_club_page_still_shows_the_club_colour_without_a_style_attribute(client, pages):
    html = client.get(pages["club"]).content.decode()
    assert 'fill="#00853F"' in html
    assert "style=" not in html


def test_the_other_security_headers_are_the_same_as_in_production(client, pages):
    response = client.get(pages["home"])
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/", "/admin/pages/"])
def test_the_admin_policy_allows_inline_code_but_no_other_origin(client, admin_user, url):
    if url != "/admin/login/":
        client.force_login(admin_user)
    response = client.get(url)
    assert response.status_code == 200
    csp = policy(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    sources = {source for sources in csp.values() for source in sources}
    assert sources <= {"'self'", "'unsafe-inline'", "'none'", "data:", "blob:"}
    assert "camera=()" in response["Permissions-Policy"]


def test_the_admin_shows_no_gravatar(client, admin_user):
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html
    assert "default-user-avatar" in html


def test_a_changed_policy_is_sent_from_the_next_answer_on(client, pages, settings):
    # The headers are built once per process: a changed setting must not leave the old ones.
    before = client.get("/")["Content-Security-Policy"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "worker-src": ["'none'"]}
    }
    after = client.get("/")["Content-Security-Policy"]
    assert after != before
    assert "worker-src 'none'" in after


def test_a_view_s_own_policy_still_wins(rf):
    from csp.decorators import csp_update
    from django.http import HttpResponse

    from kopbal.core.headers import SecurityHeadersMiddleware

    @csp_update({"img-src": ["https://beelden.example"]})
    def view(request):
        return HttpResponse("ok")

    request = rf.get("/speciaal/")
    middleware = SecurityHeadersMiddleware(view)
    response = middleware(request)
    assert "https://beelden.example" in response["Content-Security-Policy"]
    plain = SecurityHeadersMiddleware(lambda r: HttpResponse("ok"))(rf.get("/gewoon/"))
    assert "https://beelden.example" not in plain["Content-Security-Policy"]
