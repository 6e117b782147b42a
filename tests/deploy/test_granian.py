"""The shipped app server (deploy/serve: granian), run for real: a worker that dies is
replaced while the other serves, a reload brings fresh workers without a refused request,
and a stop finishes the request in flight.

Each test starts its own server on a free port, under the test settings. The requests ask
for a static file (WhiteNoise, inside the Django app), so no database is needed; the slow
request is a WSGI app of the test's own, served by the same script (KOPBAL_WSGI_APP).
"""

import http.client
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support import free_port, wait_for

REPO = Path(__file__).resolve().parents[2]
SERVE = REPO / "deploy" / "serve"
ASSET = "/static/css/kopbal.css"

# Answers /slow after SLOW_SECONDS, /environ with the names in its environ, everything
# else at once with its pid; wrapped as kopbal/wsgi.py wraps Kopbal's app.
SLOW_APP = """
import os, time

from kopbal.core.serving import process_environment_stripped

SLOW_SECONDS = 2

def app(environ, start_response):
    if environ["PATH_INFO"] == "/slow":
        time.sleep(SLOW_SECONDS)
    if environ["PATH_INFO"] == "/environ":
        body = " ".join(sorted(environ)).encode()
    else:
        body = str(os.getpid()).encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]

application = process_environment_stripped(app)
"""


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            # pid (comm) state ppid ...: comm may hold spaces, so split after its ")".
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def get(port: int, path: str = ASSET, timeout: float = 10) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def listening_sockets(port: int) -> int:
    from bench.server import listening_sockets

    return listening_sockets(port)


def start(tmp_path, **env) -> tuple[subprocess.Popen, int]:
    port = free_port()
    log = tmp_path / "serve.log"
    process = subprocess.Popen(
        [str(SERVE), "--log-level=info"],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kopbal.settings.test",
            "KOPBAL_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": "2",
            "KOPBAL_THREADS": "2",
            "KOPBAL_GRANIAN": str(Path(sys.executable).parent / "granian"),
            **env,
        },
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    # Generous: each worker imports Wagtail, which took over a minute on the busy machine.
    # A worker binds its socket once it has loaded the app.
    if not wait_for(lambda: listening_sockets(port) == 2, 180):
        process.kill()
        pytest.fail("the app server did not start:\n" + log.read_text())
    return process, port


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def server(tmp_path):
    process, port = start(tmp_path)
    try:
        yield process, port
    finally:
        stop(process)


@pytest.fixture
def slow_server(tmp_path):
    (tmp_path / "slowapp.py").write_text(SLOW_APP)
    process, port = start(
        tmp_path,
        KOPBAL_WSGI_APP="slowapp:application",
        PYTHONPATH=str(tmp_path),
        DATABASE_URL="postgres://kopbal:hunter2@db.internal/kopbal",
    )
    try:
        yield process, port
    finally:
        stop(process)


def test_each_worker_listens_and_answers(server):
    _, port = server
    assert listening_sockets(port) == 2  # the kernel spreads connections over both
    status, body = get(port)
    assert status == 200
    assert b"--" in body  # the stylesheet itself


def test_a_killed_worker_is_replaced_and_readers_keep_getting_pages(server):
    main, port = server
    original = children(main.pid)
    assert len(original) == 2
    for victim in sorted(original):
        os.kill(victim, signal.SIGKILL)
        # Until the kernel has closed the dead worker's socket, a connection it had queued
        # there is reset (unless net.ipv4.tcp_migrate_req moves it: deploy/sysctl; nginx
        # retries a GET on it). Once it is gone, the other worker takes every connection,
        # while the replacement is still loading the app: nobody waits for it.
        assert wait_for(lambda victim=victim: victim not in children(main.pid), 10)
        assert [get(port)[0] for _ in range(10)] == [200] * 10
        assert wait_for(
            lambda victim=victim: (
                victim not in children(main.pid)
                and len(children(main.pid)) == 2
                and listening_sockets(port) == 2
            ),
            120,
        ), "the killed worker was not replaced"
    assert children(main.pid).isdisjoint(original)
    assert [get(port)[0] for _ in range(10)] == [200] * 10


def test_a_reload_brings_fresh_workers_without_refusing_a_request(slow_server):
    main, port = slow_server
    original = children(main.pid)
    answers = []

    def ask_all_the_time(until):
        while time.monotonic() < until:
            try:
                answers.append(get(port, "/", timeout=5)[0])
            except OSError as error:
                answers.append(repr(error))
            time.sleep(0.02)

    asking = threading.Thread(target=ask_all_the_time, args=(time.monotonic() + 60,))
    asking.start()
    try:
        main.send_signal(signal.SIGHUP)
        assert wait_for(
            lambda: (
                children(main.pid).isdisjoint(original)
                and len(children(main.pid)) == 2
                and listening_sockets(port) == 2
            ),
            50,
        ), "the workers were not replaced"
    finally:
        asking.join()
    assert answers and set(answers) == {200}, [a for a in answers if a != 200][:5]
    assert main.poll() is None


def test_a_stop_finishes_the_request_in_flight(slow_server):
    main, port = slow_server
    result = {}

    def slow():
        try:
            result["answer"] = get(port, "/slow")
        except OSError as error:
            result["error"] = error

    asking = threading.Thread(target=slow)
    asking.start()
    time.sleep(0.5)  # the request is in the app now (it sleeps 2 s)
    main.send_signal(signal.SIGTERM)
    assert main.wait(timeout=40) == 0
    asking.join()
    assert result.get("answer", result)[0] == 200
    with pytest.raises(OSError):
        get(port, "/", timeout=2)  # and it takes no new ones


def test_the_app_sees_the_request_not_the_servers_environment(slow_server):
    # granian copies the worker's environment into every environ; the secrets must not
    # reach request.META (Django's error reports show it).
    _, port = slow_server
    status, body = get(port, "/environ")
    names = body.decode().split()
    assert status == 200
    assert {"REQUEST_METHOD", "PATH_INFO", "HTTP_HOST", "wsgi.input"} <= set(names)
    assert "DATABASE_URL" not in names
    assert "DJANGO_SETTINGS_MODULE" not in names
    assert "PATH" not in names
