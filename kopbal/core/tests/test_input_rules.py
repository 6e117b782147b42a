"""What a reader (or a script) hears for input the site does not take, and that the APIs
read JSON bodies as well as forms."""

import json

import pytest
from django.http import HttpResponse, HttpResponseNotAllowed
from django.test import Client
from django.utils import translation

from kopbal.comments.models import Comment
from kopbal.comments.tests.conftest import reader_create
from kopbal.core.apierrors import ApiErrorMiddleware
from kopbal.news.tests.factories import article_create
from kopbal.polls.models import Vote
from kopbal.polls.tests.factories import poll_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_index, settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
    return article_create(news_index, title="Derby met vuurwerk", poll=poll_create())


@pytest.fixture
def reader_client(db):
    client = Client()
    client.force_login(reader_create("Supporter"))
    return client


def post_json(client, url, body: bytes | str, **extra):
    if isinstance(body, str):
        body = body.encode()
    return client.post(url, body, content_type="application/json", **extra)


def test_comment_api_reads_a_json_body(reader_client, article):
    response = post_json(
        reader_client, f"/api/articles/{article.pk}/comments/", json.dumps({"body": "Top 🏳️‍🌈"})
    )
    assert response.status_code == 201
    assert Comment.objects.get().body == "Top 🏳️‍🌈"


def test_like_reads_a_json_body_too(reader_client, article):
    posted = post_json(reader_client, f"/api/articles/{article.pk}/comments/", '{"body": "Eén"}')
    comment_id = posted.json()["id"]
    other = Client()
    other.force_login(reader_create("Tegenstander"))
    url = f"/reactie/{comment_id}/like/"
    liked = post_json(other, url, '{"like": true}', HTTP_ACCEPT="application/json")
    assert liked.json()["likes"] == 1
    unliked = post_json(other, url, '{"like": false}', HTTP_ACCEPT="application/json")
    assert unliked.json()["likes"] == 0


@pytest.mark.parametrize(
    "body",
    [
        '{"body": {"tekst": "genest"}}',
        '{"body": ["x"]}',
        '{"body": 5}',
        '{"body": "nul\\u0000byte"}',
        '{"body": "ok", "parent": 1e400}',
        '{"body": "ok", "parent": 99999999999999999999999}',
        "[1, 2]",
        "{",
    ],
)
def test_bad_json_comment_is_a_dutch_400_and_nothing_stored(reader_client, article, body):
    response = post_json(reader_client, f"/api/articles/{article.pk}/comments/", body)
    assert response.status_code == 400
    assert response.json()["message"].split()[0] in {"De", "Stuur", "Het", "Je"}
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "body", ['{"choice": 1e400}', '{"choice": "²"}', '{"choice": 99999999999999999999}']
)
def test_a_vote_for_no_possible_answer_is_a_400(client, article, body):
    client.get(f"/api/polls/{article.poll_id}/")  # the voter cookie
    response = post_json(client, f"/api/polls/{article.poll_id}/vote/", body)
    assert response.status_code == 400
    assert response.json()["message"]
    assert not Vote.objects.exists()


def test_a_vote_as_json_is_counted(client, article):
    client.get(f"/api/polls/{article.poll_id}/")
    choice = article.poll.choices.first()
    response = post_json(
        client, f"/api/polls/{article.poll_id}/vote/", f'{{"choice": {choice.pk}}}'
    )
    assert response.status_code == 201
    assert Vote.objects.get().choice == choice


@pytest.mark.parametrize("charset", ["latin-1", "iso-8859-1", "UTF-16", "bogus"])
def test_a_form_declaring_another_charset_is_refused_in_dutch(reader_client, article, charset):
    # generic(): post() would re-encode the bytes into the declared charset first.
    response = reader_client.generic(
        "POST",
        f"/reacties/{article.pk}/plaatsen/",
        b"body=caf\xe9+op+het+plein",
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    assert "UTF-8" in response.content.decode()
    assert "Stuur" in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize("body", [b"body=caf%E9+op+het+plein", b"body=nul%00byte", b"body=bel%07"])
def test_a_form_with_bytes_no_reader_types_is_refused(reader_client, article, body):
    response = reader_client.post(
        f"/api/articles/{article.pk}/comments/",
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert response.json()["error"] in {"not_utf8", "control_characters"}
    assert not Comment.objects.exists()


def test_a_comment_keeps_its_tabs_and_line_breaks(reader_client, article):
    response = reader_client.post(
        f"/api/articles/{article.pk}/comments/", {"body": "Eerste regel\n\tTweede regel"}
    )
    assert response.status_code == 201
    assert Comment.objects.get().body == "Eerste regel\n\tTweede regel"


def test_a_null_byte_in_the_address_is_a_400(client):
    assert client.get("/lezer/nul%00byte/").status_code == 400
    assert client.get("/nieuws/?pagina=1%00").status_code == 400


@pytest.mark.parametrize("number", ["99999999999999999999999", str(2**63), "²"])
def test_ids_and_page_numbers_past_any_database_are_a_404(client, article, number):
    assert client.get(f"/nieuws/{number}/derby-met-vuurwerk/").status_code == 404
    assert client.get(f"/nieuws/?pagina={number}").status_code == 404
    assert client.get(f"/reacties/{number}/").status_code == 404
    assert client.get(f"/api/polls/{number}/").status_code == 404
    response = client.get(f"/api/comment-counts/?ids=1,{number}")
    assert response.status_code == 400
    assert response.json()["error"] == "bad_ids"


def test_an_unknown_api_address_is_a_json_404(client):
    response = client.get("/api/bestaat-niet/")
    assert response.status_code == 404
    assert response.json()["message"] == "Dit adres bestaat niet."


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options"])
def test_a_wrong_method_on_the_api_is_a_json_405_with_allow(client, article, method):
    for url in (f"/api/polls/{article.poll_id}/", f"/api/articles/{article.pk}/comments/"):
        response = getattr(client, method)(url)
        assert response.status_code == 405
        assert response.json()["message"]
        assert "GET" in response["Allow"]


def test_a_request_too_large_is_a_json_413(client, article, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = client.post(
        f"/api/articles/{article.pk}/comments/", {"body": "x" * 2000}, HTTP_ACCEPT="text/html"
    )
    assert response.status_code == 413
    assert response.json()["message"] == "Dit verzoek is te groot."


def test_a_crash_under_the_api_is_a_json_500(article, monkeypatch):
    def crash(ids):
        raise RuntimeError("database gone")

    monkeypatch.setattr("kopbal.comments.counts.counts_for", crash)
    response = Client(raise_request_exception=False).get(f"/api/comment-counts/?ids={article.pk}")
    assert response.status_code == 500
    assert response.json()["error"] == "server_error"


@pytest.mark.parametrize(
    "answer",
    [HttpResponse("<h1>Too Many Requests</h1>", status=429), HttpResponseNotAllowed(["POST"])],
)
def test_an_html_error_from_elsewhere_under_the_api_becomes_json(rf, answer):
    response = ApiErrorMiddleware(lambda request: answer)(rf.get("/api/polls/1/vote/"))
    assert json.loads(response.content)["message"]
    if response.status_code == 429:
        assert response["Retry-After"]
    else:
        assert response["Allow"] == "POST"


@pytest.mark.parametrize("url", ["/api/me/", "/api/polls/{poll}/", "/api/comment-counts/?ids=1"])
def test_head_works_on_the_apis(client, article, url):
    url = url.format(poll=article.poll_id)
    assert client.head(url).status_code == client.get(url).status_code == 200


@pytest.mark.parametrize(("retry_after", "words"), [(None, "1 minuut"), ("2400", "40 minuten")])
def test_a_429_from_elsewhere_under_the_api_says_how_long_in_dutch(rf, retry_after, words):
    answer = HttpResponse("<h1>Too Many Requests</h1>", status=429)
    if retry_after:
        answer["Retry-After"] = retry_after
    with translation.override("nl-be"):
        response = ApiErrorMiddleware(lambda request: answer)(rf.get("/api/polls/1/vote/"))
    assert words in json.loads(response.content)["message"]
    assert response["Retry-After"] == (retry_after or "60")
