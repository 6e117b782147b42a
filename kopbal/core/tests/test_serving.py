"""The process environment an app server copies into every environ never reaches the app."""

from kopbal.core.serving import process_environment_stripped

PROCESS = {
    "DJANGO_SECRET_KEY": "s3cret",
    "DATABASE_URL": "postgres://kopbal:hunter2@db/kopbal",
    "PATH": "/usr/bin",
    "HTTP_PROXY": "http://proxy.internal:3128",
    "SERVER_NAME": "from-the-process",
}


def served(environ):
    seen = {}

    def app(environ, start_response):
        seen.update(environ)
        return [b""]

    process_environment_stripped(app, PROCESS)(environ, lambda *args: None)
    return seen


def request(**extra):
    # As granian builds it: the process environment, then the request on top.
    return PROCESS | {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "wsgi.url_scheme": "http",
        **extra,
    }


def test_the_secrets_and_the_rest_of_the_process_environment_are_gone():
    seen = served(request())
    assert "DJANGO_SECRET_KEY" not in seen
    assert "DATABASE_URL" not in seen
    assert "PATH" not in seen
    assert not any("hunter2" in str(value) for value in seen.values())


def test_the_request_itself_is_untouched():
    seen = served(request(HTTP_USER_AGENT="Mozilla/5.0", QUERY_STRING="pagina=2"))
    assert seen["SERVER_NAME"] == "127.0.0.1"  # the request's, where the process had its own
    assert seen["HTTP_HOST"] == "127.0.0.1:8000"
    assert seen["HTTP_USER_AGENT"] == "Mozilla/5.0"
    assert seen["QUERY_STRING"] == "pagina=2"
    assert seen["wsgi.url_scheme"] == "http"


def test_a_header_named_like_a_process_variable_stays_when_the_client_sent_it():
    assert "HTTP_PROXY" not in served(request())  # the process's: not a header
    sent = served(request(HTTP_PROXY="http://evil.example"))
    assert sent["HTTP_PROXY"] == "http://evil.example"
