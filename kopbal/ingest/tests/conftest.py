"""A local HTTP server for feeds (no request leaves the machine) and ingest fixtures."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kopbal.ingest.models import Source
from kopbal.tagging import gold
from kopbal.tagging.matcher import cache_clear

DATA = Path(__file__).parent / "data"


class FeedServer:
    """Serves routes set by the test: path -> (status, body bytes, headers)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, bytes, dict]] = {}
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append({"path": self.path, **dict(self.headers)})
                status, body, headers = server.routes.get(self.path, (404, b"", {}))
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes | str, status: int = 200, **headers) -> str:
        if isinstance(body, str):
            body = body.encode()
        headers.setdefault("Content-Type", "application/rss+xml; charset=utf-8")
        self.routes[path] = (status, body, {k.replace("_", "-"): v for k, v in headers.items()})
        return self.url(path)

    def serve_file(self, path: str, name: str, **headers) -> str:
        return self.serve(path, (DATA / name).read_bytes(), **headers)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def feed_server():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def refused_url():
    """An address on this machine where nothing listens: the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


@pytest.fixture
def names(db):
    """The demo's clubs, competitions and persons, which the tagger knows."""
    cache_clear()
    gold.names_load()
    yield
    cache_clear()


@pytest.fixture
def feed_source(db):
    def make(url: str, name: str = "Sportdesk", **fields) -> Source:
        return Source.objects.create(name=name, kind=Source.Kind.FEED, url=url, **fields)

    return make


@pytest.fixture
def ninjs_source(db, tmp_path):
    def make(*files: str, name: str = "Dropmap") -> Source:
        folder = tmp_path / name
        folder.mkdir()
        for file in files:
            source_path = DATA / file
            (folder / source_path.name).write_bytes(source_path.read_bytes())
        return Source.objects.create(name=name, kind=Source.Kind.NINJS, folder=str(folder))

    return make


@pytest.fixture(autouse=True)
def drop_folders_under_tmp(settings, tmp_path):
    """The tests' drop folders live under pytest's tmp_path: allow it as a root."""
    settings.KOPBAL_INGEST_FOLDERS = [*settings.KOPBAL_INGEST_FOLDERS, str(tmp_path)]
