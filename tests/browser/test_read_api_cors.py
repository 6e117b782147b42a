"""A partner's web page on another origin reads the public API with fetch()."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class PartnerPage(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"<!doctype html><title>Partner</title>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner():
    """A page of another origin on this machine (its own port): Chromium refuses requests
    from a page it takes for public to a loopback address, whatever the API allows."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PartnerPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def test_a_page_on_another_origin_reads_articles_errors_and_revalidates(page, live_server, partner):
    _home, index = site_tree_ensure()
    article_create(index, title="Kemphanen pakken punt")
    page.goto(partner)
    api = live_server.url + "/api/v1/articles/"
    assert not api.startswith(partner)  # another origin
    first = page.evaluate(
        """async url => {
            const r = await fetch(url);
            return {status: r.status, etag: r.headers.get("ETag"), body: await r.json()};
        }""",
        api,
    )
    assert first["status"] == 200
    assert first["body"]["results"][0]["headline"] == "Kemphanen pakken punt"
    assert first["etag"]  # exposed to scripts, so the partner can revalidate
    # If-None-Match is not a "simple" header: the browser asks with a preflight first.
    status = page.evaluate(
        """async ([url, etag]) => {
            const r = await fetch(url, {headers: {"If-None-Match": etag}, cache: "no-store"});
            return r.status;
        }""",
        [api, first["etag"]],
    )
    assert status == 304
    error = page.evaluate(
        """async url => {
            const r = await fetch(url);
            return {status: r.status, body: await r.json()};
        }""",
        api + "?club=nergens",
    )
    assert error["status"] == 404
    assert error["body"]["message"] == "Er is geen club met de slug nergens."
