"""Anonymous votes answered in front of Django get exactly what the full path gives."""

import io
import json
import sys
import urllib.parse

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.signing import get_cookie_signer
from django.core.wsgi import get_wsgi_application
from django.test import override_settings

from kopbal.core.tests.wsgi import connection_kept, served
from kopbal.polls import fastpath
from kopbal.polls.models import Vote
from kopbal.polls.voters import COOKIE_NAME, COOKIE_SALT

from .factories import VoteFactory, poll_create

pytestmark = pytest.mark.django_db

CSRF = "k" * 32  # a CSRF secret, as the cookie and the header carry it


def voter_cookie(voter_id: str) -> str:
    return get_cookie_signer(salt=COOKIE_NAME + COOKIE_SALT).sign(voter_id)


def call(app, path, *, body=b"", content_type="application/json", cookies=None, **headers):
    cookies = {"csrftoken": CSRF, COOKIE_NAME: voter_cookie("lezer-1"), **(cookies or {})}
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "testserver",
        "REMOTE_ADDR": "10.1.2.3",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_COOKIE": "; ".join(f"{k}={v}" for k, v in cookies.items() if v is not None),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    return served(app, environ)


@pytest.fixture(autouse=True)
def keep_the_test_connection(monkeypatch):
    monkeypatch.setattr(fastpath, "close_old_connections", lambda: None)
    with connection_kept():
        yield


def _django_must_not_answer(environ, start_response):
    raise AssertionError(f"{environ['PATH_INFO']} went to Django")


@pytest.fixture
def full():
    return get_wsgi_application()


def _json(choice) -> bytes:
    return json.dumps({"choice": choice}).encode()


# Each case: what to send (given the poll), and what to prepare first. The same case runs
# on two identical polls, one through each path.
CASES = {
    "a vote in JSON": lambda poll: {"body": _json(poll.choices.first().pk), "x_csrftoken": CSRF},
    "a vote as a form": lambda poll: {
        "body": urllib.parse.urlencode(
            {"choice": poll.choices.first().pk, "csrfmiddlewaretoken": CSRF}
        ).encode(),
        "content_type": "application/x-www-form-urlencoded",
    },
    "no CSRF token": lambda poll: {"body": _json(poll.choices.first().pk)},
    "a CSRF token that is not the cookie's": lambda poll: {
        "body": _json(poll.choices.first().pk),
        "x_csrftoken": "z" * 32,
    },
    "a cross-site HTTPS request": lambda poll: {
        "body": _json(poll.choices.first().pk),
        "x_csrftoken": CSRF,
        "x_forwarded_proto": "https",
        "origin": "https://evil.example",
    },
    "no voter cookie": lambda poll: {
        "body": _json(poll.choices.first().pk),
        "x_csrftoken": CSRF,
        "cookies": {COOKIE_NAME: None},
    },
    "a forged voter cookie": lambda poll: {
        "body": _json(poll.choices.first().pk),
        "x_csrftoken": CSRF,
        "cookies": {COOKIE_NAME: "lezer-1:vervalst"},
    },
    "an answer that is not a number": lambda poll: {"body": _json("abc"), "x_csrftoken": CSRF},
    "a body that is not JSON": lambda poll: {"body": b"{choice:", "x_csrftoken": CSRF},
    "a null byte in the body": lambda poll: {
        "body": b'{"choice": "1\\u0000"}',
        "x_csrftoken": CSRF,
    },
    "a charset other than UTF-8": lambda poll: {
        "body": _json(poll.choices.first().pk),
        "content_type": "application/json; charset=latin-1",
        "x_csrftoken": CSRF,
    },
    "a second vote": lambda poll: {
        "body": _json(poll.choices.last().pk),
        "x_csrftoken": CSRF,
        "before": lambda: VoteFactory(poll=poll, choice=poll.choices.first(), voter="c:lezer-1"),
    },
}


def _same_poll_twice(**fields):
    return [poll_create(question="Wie pakt de titel?", labels=("Club", "Antwerp"), **fields)
            for _ in range(2)]  # fmt: skip


def _comparable(answer, poll) -> tuple:
    """The answer with this poll's ids written as their place, and Date left out."""
    choices = {c.pk: f"choice{i}" for i, c in enumerate(poll.choices.all())}
    body = answer["body"]
    if body.startswith(b"{"):
        data = json.loads(body)
        if data.get("id") == poll.pk:
            data["id"] = "poll"
        data["my_vote"] = choices.get(data.get("my_vote"), data.get("my_vote"))
        for choice in data.get("choices", []):
            choice["id"] = choices[choice["id"]]
        body = data
    headers = sorted((k, v) for k, v in answer["headers"] if k not in ("Date", "Content-Length"))
    return answer["status"], headers, body


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_an_anonymous_vote_gets_the_same_answer_as_through_django(full, case):
    answers = []
    for poll, app in zip(
        _same_poll_twice(), (full, fastpath.VoteFastPath(_django_must_not_answer)), strict=True
    ):
        request = CASES[case](poll)
        before = request.pop("before", None)
        if before:
            before()
        answer = call(app, f"/api/polls/{poll.pk}/vote/", **request)
        answers.append((*_comparable(answer, poll), Vote.objects.filter(poll=poll).count()))
    (status, headers, body, votes), fast = answers
    assert fast[0] == status
    assert dict(fast[1]) == dict(headers)
    assert fast[2] == body
    assert fast[3] == votes


def test_a_vote_through_the_fast_path_is_counted_once(full):
    poll = poll_create()
    choice = poll.choices.first()
    fast = fastpath.VoteFastPath(_django_must_not_answer)
    answer = call(fast, f"/api/polls/{poll.pk}/vote/", body=_json(choice.pk), x_csrftoken=CSRF)
    assert answer["status"] == "201 Created"
    assert json.loads(answer["body"])["my_vote"] == choice.pk
    again = call(fast, f"/api/polls/{poll.pk}/vote/", body=_json(choice.pk), x_csrftoken=CSRF)
    assert again["status"].startswith("409")
    assert "al gestemd" in json.loads(again["body"])["message"]
    assert list(Vote.objects.filter(poll=poll).values_list("choice", flat=True)) == [choice.pk]


@pytest.mark.parametrize(
    ("case", "expected"),
    [("closed", "403"), ("rate limited", "429"), ("unknown poll", "404")],
)
def test_refusals_of_the_poll_are_the_same_as_through_django(full, case, expected):
    answers = []
    for poll, app in zip(
        _same_poll_twice(), (full, fastpath.VoteFastPath(_django_must_not_answer)), strict=True
    ):
        if case == "closed":
            poll.is_closed = True
            poll.save()
        if case == "rate limited":
            poll.ip_limit_per_hour = 1
            poll.save()
            call(app, f"/api/polls/{poll.pk}/vote/", body=_json(poll.choices.first().pk),
                 x_csrftoken=CSRF, cookies={COOKIE_NAME: voter_cookie("buur")})  # fmt: skip
        path = (
            "/api/polls/999999999/vote/"
            if case == "unknown poll"
            else f"/api/polls/{poll.pk}/vote/"
        )
        answer = call(app, path, body=_json(poll.choices.first().pk), x_csrftoken=CSRF)
        assert answer["status"].startswith(expected)
        answers.append(_comparable(answer, poll))
    assert answers[0] == answers[1]


@pytest.mark.parametrize(
    ("path", "changes"),
    [
        ("/api/polls/{pk}/vote/", {"cookies": {"sessionid": "iemand"}}),  # logged in
        ("/api/polls/{pk}/", {}),  # the poll, not a vote
        ("/api/polls/{pk}/vote/extra/vote/", {}),  # not the vote URL
        ("/api/polls/{pk}abc/vote/", {}),
    ],
    ids=["with a session", "the poll's URL", "a longer path", "not an id"],
)
def test_anything_else_goes_to_django_untouched(path, changes):
    poll = poll_create()
    seen = []

    def django(environ, start_response):
        seen.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"django"]

    fast = fastpath.VoteFastPath(django)
    path = path.format(pk=poll.pk)
    answer = call(fast, path, body=_json(poll.choices.first().pk), x_csrftoken=CSRF, **changes)
    assert (answer["body"], seen) == (b"django", [path])
    assert not Vote.objects.exists()


urlpatterns = []  # a URLconf without the vote URL (ROOT_URLCONF below)


def test_a_changed_urlconf_is_resolved_afresh(settings):
    poll = poll_create()
    path = f"/api/polls/{poll.pk}/vote/"
    fast = fastpath.VoteFastPath(lambda environ, start_response: [b"django"])
    call(fast, path, body=_json(poll.choices.first().pk), x_csrftoken=CSRF)
    assert Vote.objects.filter(poll=poll).count() == 1
    settings.ROOT_URLCONF = __name__
    assert call(fast, path, body=_json(poll.choices.last().pk), x_csrftoken=CSRF)["body"] == (
        b"django"
    )
    assert Vote.objects.filter(poll=poll).count() == 1


def test_invented_poll_ids_do_not_fill_a_worker_s_memory(monkeypatch):
    monkeypatch.setattr(fastpath, "ROUTES_MAX", 5)
    fast = fastpath.VoteFastPath(_django_must_not_answer)
    for poll_id in range(1, 9):
        call(fast, f"/api/polls/{poll_id}/vote/", body=_json(1), x_csrftoken=CSRF)
    assert 0 < len(fastpath._routes) <= fastpath.ROUTES_MAX


def test_a_get_of_the_vote_url_goes_to_django():
    poll = poll_create()
    fast = fastpath.VoteFastPath(lambda environ, start_response: [b"django"])
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": f"/api/polls/{poll.pk}/vote/"}
    assert fast(environ, None) == [b"django"]


class _ViewHooks:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return None


def test_a_middleware_whose_hooks_it_cannot_run_stops_it_from_starting(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}._ViewHooks"]
    with pytest.raises(ImproperlyConfigured, match="process_exception"):
        fastpath.VoteFastPath(_django_must_not_answer)


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_sent_to_https_as_django_does():
    full = get_wsgi_application()  # its middleware reads the setting when it is made
    poll = poll_create()
    path = f"/api/polls/{poll.pk}/vote/"
    fast = call(fastpath.VoteFastPath(_django_must_not_answer), path, body=_json(1))
    assert fast["status"].startswith("301")
    assert fast == call(full, path, body=_json(1))
