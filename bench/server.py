"""Start and stop the production profile (gunicorn + WhiteNoise) on this machine."""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def bench_env(database_url: str, **extra) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kopbal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE": "false",
        "DATABASE_URL": database_url,
        **extra,
    }


def worker_options(*, threads: int = 4) -> tuple[str, ...]:
    """gunicorn's worker settings as deploy/gunicorn.conf.py has them (a test holds the two
    together): kept-alive connections are renewed every second (kopbal.core.serving), so
    the load generator's reach every worker."""
    return ("--worker-class=gthread", f"--threads={threads}", "--keep-alive=2")


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def worker_processes(master: int) -> list[int]:
    """The pids of a gunicorn master's workers (its children), from /proc."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == master:
            pids.append(int(stat.parent.name))
    return sorted(pids)


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU seconds each process has used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return seconds


@contextmanager
def gunicorn(
    env: dict,
    *,
    port: int,
    workers: int,
    threads: int = 4,
    app: str = "kopbal.wsgi",
    venv_bin: Path = VENV_BIN,
    cwd: Path = ROOT,
    ready_path: str = "/api/polls/0/",
    options: tuple[str, ...] | None = None,
):
    """The app server as `make run` starts it (the worker settings of
    deploy/gunicorn.conf.py, WORKER_OPTIONS), until the block ends; `venv_bin` and `cwd`
    start another project's app the same way (bench/peer.py). The block gets the base URL;
    `server.pid` is the master's pid."""
    with socket.socket() as probe:
        # SO_REUSEADDR as gunicorn sets it: connections of a previous run in TIME_WAIT are fine.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            # Another server there would answer for ours, and be measured instead.
            raise RuntimeError(f"port {port} is in use: choose another with --port") from None
    if options is None:
        options = worker_options(threads=threads)
    process = subprocess.Popen(
        [
            str(venv_bin / "gunicorn"),
            app,
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            *options,
            "--log-level=warning",
        ],
        cwd=cwd,
        env=env,
    )
    try:
        # Generous: on a busy 2-core machine two workers importing Wagtail took over 2 minutes.
        deadline = time.monotonic() + 300
        while True:
            try:
                # The first answer of a worker may take long on a busy machine: still an answer.
                urllib.request.urlopen(f"http://127.0.0.1:{port}{ready_path}", timeout=60)
                break
            except urllib.error.HTTPError:
                break  # the app answered (a 404 will do): it is up
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            # A worker still booting on a busy machine holds up the graceful stop; what was
            # measured must not be lost for it.
            process.kill()
            process.wait()


class Server(str):
    """A base URL (a str, as callers used it before) that also knows its master's pid."""

    pid: int

    def __new__(cls, url: str, pid: int):
        server = super().__new__(cls, url)
        server.pid = pid
        return server
