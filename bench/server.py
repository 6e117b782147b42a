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


def manage(env: dict, *args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


@contextmanager
def gunicorn(env: dict, *, port: int, workers: int, threads: int = 4, app: str = "kopbal.wsgi"):
    """The app server as `make run` starts it, until the block ends."""
    with socket.socket() as probe:
        # SO_REUSEADDR as gunicorn sets it: connections of a previous run in TIME_WAIT are fine.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            # Another server there would answer for ours, and be measured instead.
            raise RuntimeError(f"port {port} is in use: choose another with --port") from None
    process = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            app,
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--worker-class=gthread",
            f"--threads={threads}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        # Generous: on a busy 2-core machine two workers importing Wagtail took over 30 s.
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/polls/0/", timeout=1)
            except urllib.error.HTTPError:
                break  # the app answered (404): it is up
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
