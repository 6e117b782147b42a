"""Feeds over HTTP: a hung server or an oversized answer is an error on the source.

The servers are local sockets on free ports: no request leaves the machine.
"""

import socket

import pytest

from kopbal.ingest.models import Source
from kopbal.ingest.readers import http
from kopbal.ingest.services import source_fetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def silent_url():
    """A server that accepts the connection and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"


def test_a_server_that_never_answers_is_given_up_with_a_clear_error(
    news_index, silent_url, feed_source, monkeypatch
):
    monkeypatch.setattr(http, "TIMEOUT_SECONDS", 2)
    source = feed_source(silent_url)
    result = source_fetch(source=source)
    assert result.error == "De server van de feed antwoordde niet binnen 2 seconden."
    assert Source.objects.get().last_error == result.error


def test_an_answer_larger_than_the_limit_is_not_read(
    news_index, feed_server, feed_source, monkeypatch
):
    monkeypatch.setattr(http, "MAX_BYTES", 1000)
    url = feed_server.serve("/big.xml", b"<rss>" + b" " * 5000 + b"</rss>")
    result = source_fetch(source=feed_source(url))
    assert result.error.startswith("De feed is groter dan")


def test_a_redirect_to_another_scheme_is_refused(news_index, feed_server, feed_source):
    url = feed_server.serve("/moved.xml", b"", status=302, Location="file:///etc/passwd")
    result = source_fetch(source=feed_source(url))
    assert result.error == "De feed stuurt door naar een adres dat niet met http(s) begint."
