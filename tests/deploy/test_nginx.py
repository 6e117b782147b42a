"""The shipped nginx configuration (deploy/nginx), run for real in front of a stub app.

nginx runs as the current user with every path (pid, logs, temp files, cache) under
tmp_path; the "app" is a tiny http.server that answers with the Cache-Control the test asks
for and counts how often each URL reaches it. No Django, no database.
"""

import gzip
import http.client
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.support import free_port, wait_for

REPO = Path(__file__).resolve().parents[2]
RENDER = REPO / "deploy" / "nginx" / "render.sh"
ANONYMOUS = "public, max-age=0, s-maxage=60, stale-while-revalidate=30"
HASHED_CSS = "x.0123456789ab.css"
# A rendition as kopbal.core.media.RenditionStorage names it: a hash of its bytes at the end.
RENDITION = "stadion.2e16d0ba.fill-1200x675.0123456789ab.png"


def nginx_binary() -> str:
    # Debian puts nginx in /usr/sbin, which is not on every user's PATH.
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    found = shutil.which("nginx", path=path)
    if not found:
        pytest.fail("nginx is not installed: run `make nginx` (make test does it for you)")
    return found


class StubApp(ThreadingHTTPServer):
    """Counts requests per (method, path with query) and records the headers it saw."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), StubHandler)
        self.lock = threading.Lock()
        self.hits: dict[tuple[str, str], int] = {}
        self.seen_headers: dict[str, dict[str, str]] = {}

    def count(self, method: str, path: str) -> int:
        with self.lock:
            return self.hits.get((method, path), 0)

    def total(self, prefix: str) -> int:
        with self.lock:
            return sum(n for (_, path), n in self.hits.items() if path.startswith(prefix))


class StubHandler(BaseHTTPRequestHandler):
    """Answers every request with 200; the query string chooses the headers:

    cc=<Cache-Control> ("none": no header; default: the anonymous-page header),
    cookie=1 adds a Set-Cookie, etag=<tag> an ETag, vary=<header> a Vary, sleep=<seconds> a
    delay, size=<bytes> pads the body to that size (an article page is ~90 KB), type=<type>
    sets the Content-Type (default application/json), and
    fail=<n> answers the first n requests for the URL with a 502 (a worker that died).
    """

    server: StubApp

    def do_GET(self):
        self.answer()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.answer()

    def answer(self):
        with self.server.lock:
            key = (self.command, self.path)
            self.server.hits[key] = n = self.server.hits.get(key, 0) + 1
            self.server.seen_headers[self.path] = dict(self.headers.items())
        query = parse_qs(urlsplit(self.path).query)
        if n <= int(query.get("fail", ["0"])[0]):
            # A worker that died mid-request, as nginx sees it through the app server.
            self.send_response(502)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if "sleep" in query:
            time.sleep(float(query["sleep"][0]))
        body = json.dumps({"path": self.path, "method": self.command, "hit": n}).encode()
        if "size" in query:
            body = body.ljust(int(query["size"][0]))
        self.send_response(200)
        self.send_header("Content-Type", query.get("type", ["application/json"])[0])
        self.send_header("Content-Length", str(len(body)))
        cache_control = query.get("cc", [ANONYMOUS])[0]
        if cache_control != "none":
            self.send_header("Cache-Control", cache_control)
        if "cookie" in query:
            self.send_header("Set-Cookie", "csrftoken=abc; Path=/")
        if "vary" in query:
            self.send_header("Vary", query["vary"][0])
        if "etag" in query:
            self.send_header("ETag", f'"{query["etag"][0]}"')
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def render(root: Path, port: int, upstream: str, cache: Path, logs: Path) -> str:
    result = subprocess.run(
        ["/bin/sh", str(RENDER), str(root), f"127.0.0.1:{port}", upstream, str(cache), str(logs)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def write_nginx_conf(base: Path, site_conf: Path) -> Path:
    """A minimal nginx.conf around the site file: foreground, one process, all paths here,
    and the http{} settings of Debian's stock nginx.conf that change how answers are sent."""
    temp = base / "temp"
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (temp / name).mkdir(parents=True, exist_ok=True)
    conf = base / "nginx.conf"
    conf.write_text(
        f"""
daemon off;
# One process as the current user: no privilege drop, so every file under tmp_path works.
master_process off;
pid {base}/nginx.pid;
error_log {base}/logs/error.log info;
events {{ worker_connections 256; }}
http {{
    sendfile on;
    tcp_nopush on;
    types {{
        text/html html; text/css css; application/javascript js; image/jpeg jpg;
        text/plain txt; image/svg+xml svg; image/png png;
    }}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {site_conf};
}}
"""
    )
    return conf


class Site:
    def __init__(self, base: Path, app: StubApp):
        self.nginx = nginx_binary()
        self.app = app
        self.root = base / "root"
        self.port = free_port()
        (base / "logs").mkdir(parents=True)
        static = self.root / "var" / "static"
        static.mkdir(parents=True)
        (static / HASHED_CSS).write_text("body{color:#123}\n")
        (static / "plain.css").write_text("body{color:#456}\n")
        media = self.root / "var" / "media"
        (media / "images").mkdir(parents=True)
        (media / "images" / "foto.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
        (media / "images" / RENDITION).write_bytes(b"\x89PNG rendition")
        (media / "original_images").mkdir()
        (media / "original_images" / "stadion.png").write_bytes(b"\x89PNG original")
        (media / "documents").mkdir()
        (media / "documents" / "secret.pdf").write_bytes(b"%PDF private")
        site_conf = base / "kopbal.conf"
        site_conf.write_text(
            render(
                self.root,
                self.port,
                f"127.0.0.1:{app.server_address[1]}",
                base / "cache",
                base / "logs",
            )
        )
        self.conf = write_nginx_conf(base, site_conf)
        self.base = base
        self.process: subprocess.Popen | None = None

    def command(self, *extra: str) -> list[str]:
        # -e: the error log before the configuration is read (nginx >= 1.19.5), so nginx never
        # touches /var/log/nginx.
        return [
            self.nginx,
            "-p",
            str(self.base),
            "-c",
            str(self.conf),
            "-e",
            str(self.base / "logs" / "startup.log"),
            *extra,
        ]

    def start(self):
        self.process = subprocess.Popen(
            self.command(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode(errors="replace")
                pytest.fail(f"nginx did not start:\n{output}\n{self.error_log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        pytest.fail(f"nginx did not listen on port {self.port}:\n{self.error_log()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def error_log(self) -> str:
        logs = [self.base / "logs" / n for n in ("error.log", "kopbal.error.log", "startup.log")]
        return "\n".join(p.read_text() for p in logs if p.exists())

    def request(self, method: str, path: str, headers: dict | None = None, body: bytes = b""):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request(method, path, body=body or None, headers=headers or {})
            response = connection.getresponse()
            response.content = response.read()
            return response
        finally:
            connection.close()

    def get(self, path: str, **headers):
        return self.request("GET", path, {k.replace("_", "-"): v for k, v in headers.items()})


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    app = StubApp()
    thread = threading.Thread(target=app.serve_forever, daemon=True)
    thread.start()
    site = Site(tmp_path_factory.mktemp("nginx"), app)
    site.start()
    yield site
    site.stop()
    app.shutdown()
    app.server_close()


def test_missing_nginx_fails_and_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    with pytest.raises(pytest.fail.Exception, match="make nginx"):
        nginx_binary()


def test_rendered_config_passes_nginx_t(tmp_path):
    app_port = free_port()  # nothing has to listen for a syntax check
    logs = tmp_path / "logs"
    logs.mkdir()
    site_conf = tmp_path / "kopbal.conf"
    site_conf.write_text(
        render(tmp_path / "root", free_port(), f"127.0.0.1:{app_port}", tmp_path / "c", logs)
    )
    conf = write_nginx_conf(tmp_path, site_conf)
    result = subprocess.run(
        [nginx_binary(), "-t", "-p", str(tmp_path), "-c", str(conf), "-e", str(logs / "t.log")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_render_writes_one_server_line_per_app_server(tmp_path):
    conf = render(tmp_path, 8080, "10.0.0.11:8000,10.0.0.12:8000", tmp_path / "c", tmp_path)
    assert "server 10.0.0.11:8000 max_fails=3 fail_timeout=10s;" in conf
    assert "server 10.0.0.12:8000 max_fails=3 fail_timeout=10s;" in conf
    assert "listen 127.0.0.1:8080;" in conf
    assert f"root {tmp_path}/var;" in conf
    assert "/srv/kopbal/var;" not in conf


def test_render_adds_the_retry_backup_for_a_single_app_server_only(tmp_path):
    one = render(tmp_path, 8080, "127.0.0.1:9000", tmp_path / "c", tmp_path)
    assert "server 127.0.0.1:9000 backup;" in one
    several = render(tmp_path, 8080, "10.0.0.11:8000,10.0.0.12:8000", tmp_path / "c", tmp_path)
    assert "backup;" not in several


def test_render_refuses_a_relative_root(tmp_path):
    result = subprocess.run(
        ["/bin/sh", str(RENDER), "srv/kopbal", "80", "127.0.0.1:8000"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "absolute" in result.stderr


# --- The micro-cache -----------------------------------------------------------------------


def test_anonymous_page_is_served_from_the_cache(site):
    first = site.get("/nieuws/1/kopbal/")
    second = site.get("/nieuws/1/kopbal/")
    assert first.status == second.status == 200
    assert first.getheader("X-Cache-Status") == "MISS"
    assert second.getheader("X-Cache-Status") == "HIT"
    assert second.content == first.content
    assert site.app.count("GET", "/nieuws/1/kopbal/") == 1
    # The app's header reaches the reader unchanged, so a CDN in front sees s-maxage too.
    assert second.getheader("Cache-Control") == ANONYMOUS


def test_head_shares_the_get_entry(site):
    assert site.get("/nieuws/2/head/").getheader("X-Cache-Status") == "MISS"
    head = site.request("HEAD", "/nieuws/2/head/")
    assert head.getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", "/nieuws/2/head/") == 1


def test_query_string_is_part_of_the_key(site):
    assert site.get("/nieuws/?pagina=2").getheader("X-Cache-Status") == "MISS"
    assert site.get("/nieuws/?pagina=3").getheader("X-Cache-Status") == "MISS"
    assert site.get("/nieuws/?pagina=2").getheader("X-Cache-Status") == "HIT"
    assert site.app.total("/nieuws/?pagina=") == 2


def test_host_is_part_of_the_key(site):
    site.get("/rss/", Host="kopbal.example")
    other = site.get("/rss/", Host="kopbal.example:8443")
    assert other.getheader("X-Cache-Status") == "MISS"
    assert site.app.count("GET", "/rss/") == 2


def test_session_cookie_always_reaches_the_app(site):
    path = "/nieuws/3/ingelogd/"
    for _ in range(2):
        response = site.get(path, Cookie="csrftoken=abc; sessionid=s3cr3t")
        assert response.getheader("X-Cache-Status") == "BYPASS"
    assert site.app.count("GET", path) == 2
    # A logged-in reader's answer is never stored for anonymous readers...
    assert site.get(path).getheader("X-Cache-Status") == "MISS"
    # ...and a stored anonymous page is never served to a logged-in reader.
    assert site.get(path, Cookie="sessionid=s3cr3t").getheader("X-Cache-Status") == "BYPASS"
    assert site.app.count("GET", path) == 4


def test_other_cookies_share_the_anonymous_entry(site):
    path = "/nieuws/4/anoniem/"
    assert site.get(path).getheader("X-Cache-Status") == "MISS"
    response = site.get(path, Cookie="csrftoken=abc; kopbal_voter=v1")
    assert response.getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", path) == 1


def test_vary_cookie_keeps_a_copy_per_cookie_header(site):
    # Honoured, not ignored: why anonymous pages should not send "Vary: Cookie".
    path = "/nieuws/12/vary/?vary=Cookie"
    assert site.get(path).getheader("X-Cache-Status") == "MISS"
    assert site.get(path).getheader("X-Cache-Status") == "HIT"
    assert site.get(path, Cookie="kopbal_voter=v1").getheader("X-Cache-Status") == "MISS"
    assert site.app.count("GET", path) == 2


def test_post_is_never_cached(site):
    path = "/nieuws/5/post/"
    site.get(path)  # a cached GET of the same URL must not answer the POST
    for _ in range(2):
        response = site.request(
            "POST",
            path,
            {"Content-Type": "application/x-www-form-urlencoded"},
            body=b"keuze=1",
        )
        assert response.status == 200
        assert response.getheader("X-Cache-Status") != "HIT"
        assert json.loads(response.content)["method"] == "POST"
    assert site.app.count("POST", path) == 2
    assert site.get(path).getheader("X-Cache-Status") == "HIT"  # the GET entry is untouched


def test_a_get_that_meets_a_failing_worker_is_retried_once(site):
    # One app server: nginx retries on the backup entry, the same server's next worker.
    path = "/nieuws/retry/?fail=1&cc=none"
    response = site.get(path)
    assert response.status == 200
    assert site.app.count("GET", path) == 2


def test_a_post_is_never_sent_twice(site):
    path = "/reacties/retry/plaatsen/?fail=1"
    response = site.request(
        "POST", path, {"Content-Type": "application/x-www-form-urlencoded"}, body=b"body=hoi"
    )
    assert response.status == 502
    assert site.app.count("POST", path) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/admin/pages/",
        "/django-admin/",
        "/accounts/login/",
        "/account/",
        "/account/gegevens.json",
        "/api/me/",
        "/api/polls/7/",
        "/api/volgen/",
        "/poll/7/",
        "/reacties/7/",
        "/reactie/7/like/",
        "/%61dmin/",
    ],
)
def test_personal_paths_are_never_cached(site, path):
    # The stub answers these with the public anonymous header: nginx must not trust it here.
    for _ in range(2):
        assert site.get(path).getheader("X-Cache-Status") == "BYPASS"
    assert site.app.total(path) == 2


@pytest.mark.parametrize(
    "cache_control", ["private", "private, no-store", "no-cache", "no-store", "max-age=0"]
)
def test_answers_the_app_marks_uncacheable_are_not_stored(site, cache_control):
    path = f"/api/polls-like/?cc={quote(cache_control)}"
    first = site.get(path)
    second = site.get(path)
    assert first.getheader("X-Cache-Status") == second.getheader("X-Cache-Status") == "MISS"
    assert second.getheader("Cache-Control") == cache_control
    assert site.app.count("GET", path) == 2


def test_answer_with_set_cookie_is_not_stored(site):
    path = "/nieuws/6/cookie/?cookie=1"
    site.get(path)
    assert site.get(path).getheader("X-Cache-Status") == "MISS"
    assert site.app.count("GET", path) == 2


def test_public_json_is_micro_cached(site):
    path = "/api/comment-counts/?ids=1,2,3&cc=public,%20max-age=5"
    site.get(path)
    response = site.get(path)
    assert response.getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", path) == 1


def test_public_read_api_is_cached_by_its_own_headers(site):
    """/api/v1/ answers with public s-maxage (kopbal/api/cache.py): nginx keeps it, unlike
    the personal /api/me/ and /api/polls/ that it bypasses whatever they say."""
    path = "/api/v1/articles/?cc=public,%20max-age=60,%20s-maxage=10"
    site.get(path)
    response = site.get(path)
    assert response.getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", path) == 1


def test_answer_without_caching_headers_is_kept_one_second(site):
    path = "/sitemap.xml?cc=none"
    assert site.get(path).getheader("X-Cache-Status") == "MISS"
    assert site.get(path).getheader("X-Cache-Status") == "HIT"
    # nginx counts validity in whole seconds: "1s" ends between one and two seconds later.
    time.sleep(2.1)
    # Expired: the reader still gets the old copy at once; nginx refreshes in the background.
    assert site.get(path).getheader("X-Cache-Status") in {"STALE", "UPDATING", "EXPIRED"}
    assert wait_for(lambda: site.app.count("GET", path) == 2)


def test_expired_page_is_served_stale_while_refreshing(site):
    path = "/nieuws/8/snel/?cc=public,%20max-age=0,%20s-maxage=1,%20stale-while-revalidate=30"
    site.get(path)
    time.sleep(2.1)
    stale = site.get(path)
    assert stale.getheader("X-Cache-Status") == "STALE"
    assert json.loads(stale.content)["hit"] == 1  # the old copy, without waiting
    assert wait_for(lambda: site.app.count("GET", path) == 2)
    assert wait_for(lambda: json.loads(site.get(path).content)["hit"] == 2)


def test_simultaneous_misses_reach_the_app_once(site):
    path = "/nieuws/9/breaking/?sleep=0.5"
    statuses = []

    def fetch():
        statuses.append(site.get(path).status)

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 6
    assert site.app.count("GET", path) == 1


def test_conditional_request_gets_304_from_the_cache(site):
    path = "/nieuws/10/etag/?etag=v1"
    first = site.get(path)
    assert first.getheader("ETag") == '"v1"'
    again = site.get(path, If_None_Match='"v1"')
    assert again.status == 304
    assert again.getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", path) == 1


def test_cached_pages_on_a_keep_alive_connection_are_not_held_back(site):
    # With tcp_nopush on (as Debian's nginx.conf sets it), nginx held back the end of every
    # cached page until the client's delayed ACK: 40 ms a request on a reused connection,
    # once Linux leaves its quick-ACK start (the first few requests were fast).
    path = "/nieuws/13/groot/?size=90000"
    site.get(path)
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    times = []
    try:
        for _ in range(20):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            assert len(response.read()) == 90000
            assert response.getheader("X-Cache-Status") == "HIT"
            times.append(time.perf_counter() - started)
    finally:
        connection.close()
    later = sorted(times[5:])
    assert later[len(later) // 2] < 0.02, [round(t * 1000, 1) for t in times]


# --- Forwarding ----------------------------------------------------------------------------


def test_forwarding_headers_reach_the_app(site):
    path = "/api/me/?forwarding"
    site.get(
        path,
        Host=f"kopbal.example:{site.port}",
        X_Forwarded_For="203.0.113.9",
        Accept_Encoding="gzip",
    )
    seen = {k.lower(): v for k, v in site.app.seen_headers[path].items()}
    assert seen["host"] == f"kopbal.example:{site.port}"
    # nginx appends the address it saw; KOPBAL_TRUSTED_PROXIES=1 reads the rightmost one.
    assert seen["x-forwarded-for"] == "203.0.113.9, 127.0.0.1"
    assert seen["x-forwarded-proto"] == "http"
    assert "accept-encoding" not in seen  # the cached copy is always uncompressed


def test_pages_are_compressed_for_readers_who_ask(site):
    path = "/nieuws/11/gzip/?" + "x" * 1500  # over gzip_min_length
    plain = site.get(path)
    gzipped = site.get(path, Accept_Encoding="gzip")
    assert plain.getheader("Content-Encoding") is None
    assert gzipped.getheader("Content-Encoding") == "gzip"
    assert gzipped.getheader("X-Cache-Status") == "HIT"


def test_large_upload_is_accepted_in_the_admin_only(site):
    body = b"x" * (2 * 1024 * 1024)
    headers = {"Content-Type": "application/octet-stream"}
    assert site.request("POST", "/admin/images/multiple/add/", headers, body).status == 200
    assert site.request("POST", "/reacties/1/plaatsen/", headers, body).status == 413


# --- Files from disk -----------------------------------------------------------------------


def test_hashed_static_file_is_immutable_and_never_reaches_the_app(site):
    response = site.get(f"/static/{HASHED_CSS}")
    assert response.status == 200
    assert response.content == b"body{color:#123}\n"
    assert response.getheader("Content-Type") == "text/css"
    cache_control = ", ".join(response.headers.get_all("Cache-Control"))
    assert "public, immutable" in cache_control
    assert "max-age=315360000" in cache_control
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("X-Cache-Status") is None
    assert site.get("/static/nope.css").status == 404
    assert site.app.total("/static/") == 0


def test_unhashed_static_file_is_cached_briefly(site):
    response = site.get("/static/plain.css")
    assert response.status == 200
    assert response.getheader("Cache-Control") == "max-age=3600"
    assert site.app.total("/static/") == 0


def test_media_is_served_from_disk_but_documents_are_not(site):
    response = site.get("/media/images/foto.jpg")
    assert response.status == 200
    assert response.content == b"\xff\xd8 not really a jpeg"
    assert "sandbox" in response.getheader("Content-Security-Policy")
    assert site.get("/media/documents/secret.pdf").status == 404
    assert site.app.total("/media/") == 0


def test_renditions_are_kept_a_year_and_originals_a_day(site):
    rendition = site.get(f"/media/images/{RENDITION}")
    assert rendition.status == 200
    assert rendition.content == b"\x89PNG rendition"
    assert rendition.headers.get_all("Cache-Control") == ["public, max-age=31536000, immutable"]
    answers = [rendition]
    for path in ("/media/original_images/stadion.png", "/media/images/foto.jpg"):
        answers.append(site.get(path))
        assert answers[-1].status == 200, path
        assert answers[-1].headers.get_all("Cache-Control") == ["public, max-age=86400"], path
    # Every media answer keeps the headers that make an uploaded file harmless.
    for response in answers:
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert "sandbox" in response.getheader("Content-Security-Policy")
    assert site.app.total("/media/") == 0


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/nieuws/12/gzip/", "text/html; charset=utf-8"),
        ("/static/big.0123456789ab.css", None),
        ("/static/big.0123456789ab.js", None),
        ("/static/big.svg", None),
        ("/api/v1/articles/", "application/json"),
        ("/sitemap.xml", "application/xml"),
        ("/rss/", "application/rss+xml; charset=utf-8"),
    ],
)
def test_text_of_every_kind_is_gzipped_with_vary(site, path, content_type):
    if content_type:
        path += f"?size=4000&type={quote(content_type)}"
    else:  # a file from disk, over gzip_min_length
        name = path.rsplit("/", 1)[1]
        static = site.root / "var" / "static"
        (static / name).write_text("/* kopbal */\n" * 400)
    plain = site.get(path)
    gzipped = site.get(path, Accept_Encoding="gzip")
    assert plain.status == gzipped.status == 200
    assert gzipped.getheader("Content-Encoding") == "gzip", path
    assert "Accept-Encoding" in gzipped.getheader("Vary"), path
    assert gzip.decompress(gzipped.content) == plain.content
    assert plain.getheader("Content-Encoding") is None


def test_small_answers_and_images_are_not_gzipped(site):
    small = site.get("/nieuws/13/klein/?size=200", Accept_Encoding="gzip")
    assert small.getheader("Content-Encoding") is None
    image = site.get(f"/media/images/{RENDITION}", Accept_Encoding="gzip")
    assert image.getheader("Content-Encoding") is None


def test_the_live_scores_are_micro_cached_for_everyone(site):
    """/api/live/ (football.live) is one URL for every open page: nginx answers the crowd
    from its copy for the second the app allows, and only then asks the app again."""
    path = "/api/live/?cc=public,%20max-age=1"
    site.get(path)
    assert site.get(path).getheader("X-Cache-Status") == "HIT"
    assert site.app.count("GET", path) == 1


def _view_log_lines(site) -> list[dict]:
    path = site.base / "logs" / "kopbal.views.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_beacon_is_answered_by_nginx_and_logged_for_the_flush_job(site):
    from kopbal.analytics.viewlog import FIELDS

    view = "nginx-answers-beacon-01"
    response = site.request(
        "POST",
        f"/api/view/?page=7&view={view}",
        {"Sec-Fetch-Site": "same-origin", "User-Agent": 'Mozilla/5.0 "quoted" \\ agent'},
    )
    assert response.status == 204
    assert response.getheader("Cache-Control") == "no-store"
    assert response.getheader("Set-Cookie") is None
    assert site.app.total("/api/view/") == 0  # never reached the app
    # The log is buffered (flush=1s); each line is JSON with the fields viewlog.py reads.
    assert wait_for(lambda: any(r["view"] == view for r in _view_log_lines(site)), timeout=5)
    record = next(r for r in _view_log_lines(site) if r["view"] == view)
    assert set(record) == set(FIELDS)
    assert (record["m"], record["site"], record["ip"]) == ("POST", "same-origin", "127.0.0.1")
    assert record["ua"] == 'Mozilla/5.0 "quoted" \\ agent'
    assert record["page"] == "7"


def test_a_get_of_the_beacon_url_is_405_and_not_logged(site):
    response = site.get("/api/view/?page=7&view=get-is-not-a-beacon")
    assert response.status == 405
    assert response.getheader("Allow") == "POST"
    assert response.getheader("Cache-Control") == "no-store"
    time.sleep(1.2)  # past the log's flush interval
    assert not any(r["view"] == "get-is-not-a-beacon" for r in _view_log_lines(site))
    assert site.app.total("/api/view/") == 0
