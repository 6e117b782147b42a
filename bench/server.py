"""Start and stop the production profile (granian + WhiteNoise) on this machine."""

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
SERVE = ROOT / "deploy" / "serve"


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


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def worker_processes(master: int) -> list[int]:
    """The pids of an app server's workers (its children), from /proc."""
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
def app_server(
    env: dict,
    *,
    port: int,
    workers: int,
    threads: int = 4,
    app: str = "kopbal.wsgi:application",
    venv_bin: Path = VENV_BIN,
    cwd: Path = ROOT,
    ready_path: str = "/api/polls/0/",
    options: tuple[str, ...] = (),
    log: Path | None = None,
):
    """The app server as production runs it (deploy/serve: granian and its settings),
    until the block ends; `venv_bin`, `cwd` and `app` serve another project's app the same
    way (bench/peer.py), `options` are granian's own, after the shipped ones, and `log`
    takes the server's output (its access log). The block gets the base URL; `server.pid`
    is the main process's pid, whose children are the workers."""
    with socket.socket() as probe:
        # Connections of a previous run in TIME_WAIT are fine.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            # Another server there would answer for ours, and be measured instead.
            raise RuntimeError(f"port {port} is in use: choose another with --port") from None
    output = log.open("w") if log else None
    process = subprocess.Popen(
        [
            str(SERVE),
            f"--working-dir={cwd}",
            # Only what goes wrong: a benchmark's access log would cost CPU in the workers.
            "--log-level=warning",
            "--no-access-log",
            *options,
        ],
        cwd=cwd,
        env={
            **env,
            "KOPBAL_BIND": f"127.0.0.1:{port}",
            "WEB_CONCURRENCY": str(workers),
            "KOPBAL_THREADS": str(threads),
            "KOPBAL_GRANIAN": str(venv_bin / "granian"),
            "KOPBAL_WSGI_APP": app,
        },
        stdout=output,
        stderr=subprocess.STDOUT if output else None,
    )
    try:
        # Generous: on a busy 2-core machine two workers importing Wagtail took over 2
        # minutes. Every worker loads the app itself: all must answer before measuring.
        deadline = time.monotonic() + 300
        while listening_sockets(port) < workers or not _answering(port, ready_path):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the app server did not start")
            time.sleep(0.2)
        yield Server(f"http://127.0.0.1:{port}", process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            # A worker still booting on a busy machine holds up the graceful stop; what was
            # measured must not be lost for it.
            process.kill()
            process.wait()
        if output:
            output.close()


def _answering(port: int, path: str) -> bool:
    try:
        # The first answer of a worker may take long on a busy machine: still an answer.
        urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60)
    except urllib.error.HTTPError:
        return True  # the app answered (a 404 will do): it is up
    except OSError:
        return False
    return True


def listening_sockets(port: int) -> int:
    """How many sockets listen on 127.0.0.1:`port`. granian gives each worker its own
    (SO_REUSEPORT), bound once the worker has loaded the app: so, the workers ready."""
    local = f"0100007F:{port:04X}"
    with open("/proc/net/tcp") as table:
        next(table)  # the header
        return sum(1 for row in table if row.split()[1:4:2] == [local, "0A"])


class Server(str):
    """A base URL (a str, as callers used it before) that also knows its main process's pid."""

    pid: int

    def __new__(cls, url: str, pid: int):
        server = super().__new__(cls, url)
        server.pid = pid
        return server
