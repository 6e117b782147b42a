"""No input gives a 5xx: every URL pattern and API, walked with hostile ids, query
parameters, bodies, methods and charsets, as an anonymous and as a logged-in reader.

The paths come from the URLconf itself (every pattern, the Wagtail admin's and allauth's
included, each turned into strings that match it) and from the site's page routes
(articles, the archive, tag pages), so a new view is walked without touching this test.
A refusal (4xx) must leave every content table as it was; under /api/ every error is JSON
with a `message`. Runs on SQLite and, in CI's second pass, on PostgreSQL + Redis, where a
null byte that reaches a text column would be a 500.
"""

import json
import re
from urllib.parse import quote, urlencode

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from kopbal.comments.models import Ban, Comment, Like, Report
from kopbal.comments.tests.conftest import reader_create
from kopbal.comments.tests.factories import comment_create
from kopbal.football.tests.factories import ClubFactory, CompetitionFactory, PersonFactory
from kopbal.news.models import HomePage
from kopbal.news.tests.factories import AuthorFactory, article_create
from kopbal.polls.models import Choice, Poll, Vote
from kopbal.polls.tests.factories import poll_create

METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]
# Ids a database cannot hold, or that are not ASCII digits, or not numbers at all.
HOSTILE_IDS = [
    "0", "-1", "1", "99999999999999999999999", str(2**63), str(2**63 - 1), str(2**64),
    "²", "١٢", "1e3", "0x10", "1.0", " 1", "1_000", "%00", "1%00", "%ff", "%C0%AE", "é",
    "9" * 400, "",
]  # fmt: skip
HOSTILE_TEXT = [
    *HOSTILE_IDS, "a\x00b", "\x07", "\t\n", "\u202e", "👨‍👩‍👧", "🏳️‍🌈", '"', "'", '"a" OR b',
    "<script>", "../../etc/passwd", "nieuwste", "oudste", "liked", "x" * 3000,
]  # fmt: skip
PARAMS = [
    "pagina", "rpagina", "page", "ids", "sort", "reacties", "q", "keuze", "terug", "p",
    "club", "person", "competition", "author", "since", "cursor",
]  # fmt: skip
FIELDS = ["body", "parent", "choice", "like", "reason", "website", "display_name", "email"]
CHARSETS = ["", "; charset=utf-8", "; charset=latin-1", "; charset=UTF-16", "; charset=bogus"]
RAW_JSON = [
    b'{"choice": 1e400}', b'{"choice": 99999999999999999999999}', b'{"body": {"a": 1}}',
    b'{"body": ["x"]}', b'{"body": 5, "parent": "2"}', b'{"body": "a\\u0000b"}', b"[1, 2]",
    b"null", b'"text"', b"{", b"\xff\xfe{}", b"[" * 5000 + b"]" * 5000, b'{"choice": NaN}',
    b'{"like": false}', b'{"choice": true}', b'{"body": "\\ud800"}',
]  # fmt: skip
_FORM = "application/x-www-form-urlencoded"
_NUL_FIELDS = {name: "nul\x00byte" for name in FIELDS}
# Bodies every form and API must refuse (a 4xx, nothing stored), whatever the view.
HOSTILE_BODIES = [
    (urlencode(_NUL_FIELDS).encode(), _FORM),
    (urlencode({name: "bel\x07" for name in FIELDS}).encode(), _FORM),
    (b"body=caf%E9&reason=caf%E9&display_name=caf%E9&choice=1", _FORM),
    (b"body=caf\xe9&choice=1", _FORM + "; charset=latin-1"),
    (encode_multipart(BOUNDARY, _NUL_FIELDS), MULTIPART_CONTENT),
    (json.dumps(_NUL_FIELDS).encode(), "application/json"),
    (b'{"choice": 1e400, "body": "ok", "parent": 1e400}', "application/json"),
]
# The tables a refusal must leave alone (rate-limit counters may count a refusal).
TABLES = [
    Comment,
    Like,
    Report,
    Ban,
    Vote,
    Poll,
    Choice,
    Page,
    get_user_model(),
    EmailAddress,
]


def _regex_of(patterns, prefix=""):
    """One anchored regex per endpoint of the URLconf (nested includes joined)."""
    for pattern in patterns:
        piece = pattern.pattern.regex.pattern.lstrip("^")
        if isinstance(pattern, URLResolver):
            yield from _regex_of(pattern.url_patterns, prefix + piece)
        else:
            body = re.sub(r"(\\Z|\$)$", "", prefix + piece)
            yield "^" + body.replace("^", "") + r"\Z"


URL_REGEXES = sorted(set(_regex_of(get_resolver().url_patterns)))
ROUTE_REGEXES = sorted(set(_regex_of(HomePage.get_resolver().url_patterns)))


def _path(text: str) -> str:
    """A generated path, percent-encoded as a client would send it (a "%" kept as typed:
    the hostile values hold escapes of their own)."""
    return "/" + quote(text.lstrip("/"), safe="/%:@!$&'()*+,;=-._~")


@st.composite
def paths(draw, world):
    # Mostly the site's own routes with hostile ids; the rest anything the URLconf matches.
    kind = draw(st.sampled_from(["urlconf", "route", "known", "known", "known"]))
    if kind == "urlconf":
        return _path(draw(st.from_regex(draw(st.sampled_from(URL_REGEXES)), fullmatch=True)))
    if kind == "route":
        return _path(draw(st.from_regex(draw(st.sampled_from(ROUTE_REGEXES)), fullmatch=True)))
    template = draw(st.sampled_from(world["templates"]))
    ids = st.sampled_from([*HOSTILE_IDS, *world["ids"]])
    return template.format(*(draw(ids) for _ in range(template.count("{}"))))


def _query(draw) -> str:
    items = draw(
        st.lists(
            st.tuples(
                st.sampled_from(PARAMS) | st.text(max_size=5),
                st.sampled_from(HOSTILE_TEXT) | st.text(max_size=20),
            ),
            max_size=3,
        )
    )
    query = urlencode(items)
    if draw(st.booleans()):
        query += draw(st.sampled_from(["&q=%ff", "&pagina=%00", "&ids=1,%C2%B2", "&x=%e2%82"]))
    return query


@st.composite
def requests(draw, world):
    """(method, url, body, content type, Accept, logged in?)"""
    method = draw(st.sampled_from(METHODS))
    url = draw(paths(world))
    query = _query(draw)
    if query:
        url += "?" + query
    kind = draw(st.sampled_from(["none", "form", "json", "raw_json", "multipart", "bytes"]))
    fields = draw(
        st.dictionaries(
            st.sampled_from(FIELDS),
            st.sampled_from(HOSTILE_TEXT + world["ids"]) | st.text(max_size=30),
            max_size=4,
        )
    )
    charset = draw(st.sampled_from(CHARSETS))
    if kind == "none":
        body, content_type = b"", ""
    elif kind == "form":
        body = urlencode(fields).encode()
        content_type = "application/x-www-form-urlencoded" + charset
    elif kind == "json":
        values = st.none() | st.booleans() | st.integers() | st.text(max_size=20)
        data = draw(st.dictionaries(st.sampled_from(FIELDS), values, max_size=4))
        body, content_type = json.dumps(data).encode(), "application/json" + charset
    elif kind == "raw_json":
        body, content_type = draw(st.sampled_from(RAW_JSON)), "application/json" + charset
    elif kind == "multipart":
        body, content_type = encode_multipart(BOUNDARY, fields), MULTIPART_CONTENT + charset
    else:
        body = draw(st.binary(max_size=60))
        content_type = draw(
            st.sampled_from(
                ["application/x-www-form-urlencoded", "application/json", "text/plain", ""]
            )
        )
    accept = draw(st.sampled_from(["application/json", "text/html,*/*", "*/*"]))
    return method, url, body, content_type, accept, draw(st.booleans())


def _rows() -> dict:
    return {model.__name__: model.objects.count() for model in TABLES}


@pytest.fixture
def world(news_index, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    club, person = ClubFactory(slug="club-brugge"), PersonFactory(slug="jan-speler")
    competition, author = CompetitionFactory(slug="jupiler-pro-league"), AuthorFactory()
    poll = poll_create()
    article = article_create(
        news_index, poll=poll, clubs=[club], persons=[person], competitions=[competition],
        authors=[author],
    )  # fmt: skip
    reader = reader_create("Lezer")
    comment = comment_create(article=article, author=reader_create("Schrijver"))
    own = comment_create(article=article, author=reader, body="Mijn eigen reactie")
    anonymous, logged_in = Client(), Client()
    logged_in.force_login(reader)
    ids = [str(article.pk), str(poll.pk), str(comment.pk), str(poll.choices.first().pk)]
    templates = [
        "/nieuws/{}/", "/nieuws/{}/{}/", f"/nieuws/{article.pk}/{article.slug}/",
        "/api/polls/{}/", "/api/polls/{}/vote/", "/poll/{}/", "/poll/{}/stem/",
        "/api/articles/{}/comments/", "/api/comment-counts/", "/reacties/{}/",
        "/reacties/{}/plaatsen/", "/reactie/{}/bewerken/", "/reactie/{}/verwijderen/",
        "/reactie/{}/like/", "/reactie/{}/melden/", "/api/me/", "/api/{}/", "/",
        "/nieuws/", f"/club/{club.slug}/", f"/persoon/{person.slug}/", "/club/{}/",
        f"/competitie/{competition.slug}/", f"/auteur/{author.slug}/", "/lezer/{}/",
        "/lezer/Lezer/", "/documents/{}/x.pdf", "/sitemap.xml", "/rss/", "/account/",
        "/atom/", f"/club/{club.slug}/rss/", "/club/{}/atom/", f"/auteur/{author.slug}/atom/",
        "/api/v1/articles/", "/api/v1/articles/{}/", "/api/v1/clubs/",
    ]  # fmt: skip
    listings = {
        item.format(author=author.slug, article=article.url, id=article.pk, poll=poll.pk): params
        for item, params in LISTINGS.items()
    }
    posts = [
        f"/api/polls/{poll.pk}/vote/", f"/poll/{poll.pk}/stem/",
        f"/api/articles/{article.pk}/comments/", f"/reacties/{article.pk}/plaatsen/",
        f"/reactie/{own.pk}/bewerken/", f"/reactie/{comment.pk}/like/",
        f"/reactie/{comment.pk}/melden/", f"/reactie/{own.pk}/verwijderen/", "/account/",
        "/accounts/signup/", "/accounts/login/",
    ]  # fmt: skip
    return {
        "clients": (anonymous, logged_in), "ids": ids, "templates": templates,
        "listings": listings, "posts": posts,
    }  # fmt: skip


# One of each kind of hostile id: too large for any database, past a signed 64-bit id, a
# digit that is not ASCII, a null byte, bytes that are not UTF-8, and junk.
ID_KINDS = ["99999999999999999999999", str(2**63), "²", "%00", "%ff", "0"]
# Each list of the site with the parameters it reads.
LISTINGS = {
    "/": ["pagina"], "/nieuws/": ["pagina"], "/club/club-brugge/": ["pagina"],
    "/auteur/{author}/": ["pagina"], "/lezer/Lezer/": ["pagina"],
    "{article}": ["rpagina", "reacties"], "/reacties/{id}/": ["rpagina", "reacties"],
    "/api/articles/{id}/comments/": ["page", "sort"], "/api/comment-counts/": ["ids"],
    "/poll/{poll}/": ["keuze", "terug"],
    "/api/v1/articles/": ["club", "person", "competition", "author", "since", "cursor"],
}  # fmt: skip
# The routes that take a POST (the rest answer it with a 405).
POSTS = ("/vote/", "/stem/", "/comments/", "/plaatsen/", "/bewerken/", "/verwijderen/",
         "/like/", "/melden/")  # fmt: skip


def _assert_answer(response, method, url):
    status = response.status_code
    assert status < 500, f"{method} {url}: {status}"
    if url.startswith("/api/") and status >= 400 and method != "HEAD":
        assert response["Content-Type"].startswith("application/json"), url
        assert response.json()["message"], url
        if status == 405:
            assert response.has_header("Allow"), url
        if status == 429:
            assert response.has_header("Retry-After"), url


@pytest.mark.django_db
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_input_gives_a_5xx_or_writes_on_refusal(world, data):
    method, url, body, content_type, accept, logged_in = data.draw(requests(world))
    client = world["clients"][logged_in]
    before = _rows()
    response = client.generic(method, url, body, content_type=content_type, HTTP_ACCEPT=accept)
    _assert_answer(response, method, url)
    if 400 <= response.status_code < 500:
        assert _rows() == before, f"{method} {url} {body[:80]!r}: refused, yet stored"


@pytest.mark.django_db
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_head_works_wherever_get_does(world, data):
    url = data.draw(paths(world))
    client = world["clients"][data.draw(st.booleans())]
    get = client.get(url)
    head = client.head(url)
    assert head.status_code < 500
    if get.status_code != 405:
        assert head.status_code == get.status_code, url


@pytest.mark.django_db
@settings(
    max_examples=2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_url_pattern_answers_without_5xx(world, data):
    """Each example sends one path for every pattern of the URLconf and every page route."""
    for regex in URL_REGEXES + ROUTE_REGEXES:
        url = _path(data.draw(st.from_regex(regex, fullmatch=True), label=regex))
        method = data.draw(st.sampled_from(METHODS))
        client = world["clients"][data.draw(st.booleans())]
        _assert_answer(client.generic(method, url, HTTP_ACCEPT="application/json"), method, url)


@pytest.mark.django_db
def test_every_id_and_page_number_of_the_site_is_checked(world):
    """Every route of the site with each kind of hostile id, and every list with each kind
    of hostile page number, id list and sort order: a 4xx, never a 5xx."""
    anonymous, logged_in = world["clients"]
    for template in world["templates"]:
        for hostile in ID_KINDS:
            url = template.format(*[hostile] * template.count("{}"))
            _assert_answer(anonymous.get(url), "GET", url)
            if template.endswith(POSTS):
                before = _rows()
                response = logged_in.post(url, {"body": "Goed gespeeld", "choice": hostile})
                _assert_answer(response, "POST", url)
                if 400 <= response.status_code < 500:
                    assert _rows() == before, url
    for url in world["posts"]:
        for body, content_type in HOSTILE_BODIES:
            before = _rows()
            response = logged_in.generic("POST", url, body, content_type=content_type)
            _assert_answer(response, "POST", url)
            # Refused: a 4xx, or a plain form shown again with its errors.
            assert _rows() == before, (url, body)
    for listing, params in world["listings"].items():
        for param in params:
            lists = ["1,²", "1," * 101] if param == "ids" else []
            for hostile in [*ID_KINDS, *lists]:
                url = f"{listing}?{param}={hostile}"
                _assert_answer(anonymous.get(url), "GET", url)
