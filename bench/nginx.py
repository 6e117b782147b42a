"""Start and stop the shipped nginx configuration (deploy/nginx) in front of the app.

The site file is rendered by deploy/nginx/render.sh exactly as in production; around it
goes an nginx.conf shaped like Debian's stock one (a master process, `worker_processes
auto`, sendfile), but with every path (pid, temp files, logs, micro-cache) under one
directory of var/bench, so nothing outside the checkout is touched and no system nginx is
used.
"""

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from .server import ROOT

RENDER = ROOT / "deploy" / "nginx" / "render.sh"
DEBIAN_MIME_TYPES = Path("/etc/nginx/mime.types")


def nginx_binary() -> str:
    # Debian puts nginx in /usr/sbin, which is not on every user's PATH.
    path = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    found = shutil.which("nginx", path=path)
    if not found:
        raise RuntimeError("nginx is not installed: run `make nginx` (make bench does it)")
    return found


def _main_conf(base: Path, site_conf: Path) -> str:
    temp = base / "temp"
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (temp / name).mkdir(parents=True, exist_ok=True)
    # The current user, so the workers can read the checkout and write the cache whether
    # the bench runs as root (nginx would otherwise drop to "nobody") or not (then nginx
    # only warns that the directive has no effect).
    user = pwd.getpwuid(os.getuid()).pw_name
    group = grp.getgrgid(os.getgid()).gr_name
    types = (
        f"include {DEBIAN_MIME_TYPES};"
        if DEBIAN_MIME_TYPES.exists()
        else "types { text/html html; text/css css; application/javascript js; }"
    )
    # As Debian's stock /etc/nginx/nginx.conf, which includes the site file in production.
    return f"""
daemon off;
user {user} {group};
worker_processes auto;
pid {base}/nginx.pid;
error_log {base}/logs/error.log warn;
events {{ worker_connections 768; }}
http {{
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    {types}
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


def _wait_listening(process: subprocess.Popen, port: int, base: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx did not start:\n{error_log(base)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on port {port}:\n{error_log(base)}")


def error_log(base: Path) -> str:
    logs = [base / "logs" / n for n in ("error.log", "kopbal.error.log", "startup.log")]
    return "\n".join(p.read_text() for p in logs if p.exists())


def access_log(base: Path) -> Path:
    """The site's access log, with nginx's cache verdict on every line (cache=HIT, ...)."""
    return base / "logs" / "kopbal.access.log"


@contextmanager
def nginx(base: Path, *, port: int, upstream: str):
    """The shipped configuration on 127.0.0.1:`port` in front of `upstream` (host:port),
    serving var/static from this checkout, with an empty micro-cache and fresh logs, all
    in `base` (emptied first)."""
    shutil.rmtree(base, ignore_errors=True)
    (base / "logs").mkdir(parents=True)
    (base / "cache").mkdir()
    site_conf = base / "kopbal.conf"
    site_conf.write_text(
        subprocess.run(
            [
                "/bin/sh",
                str(RENDER),
                str(ROOT),
                f"127.0.0.1:{port}",
                upstream,
                str(base / "cache"),
                str(base / "logs"),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    conf = base / "nginx.conf"
    conf.write_text(_main_conf(base, site_conf))
    # -e: the error log before the configuration is read, so /var/log/nginx is never touched.
    command = [
        nginx_binary(),
        "-p",
        str(base),
        "-c",
        str(conf),
        "-e",
        str(base / "logs/startup.log"),
    ]
    subprocess.run([*command, "-t", "-q"], check=True)
    process = subprocess.Popen(command)
    try:
        _wait_listening(process, port, base)
        yield f"http://127.0.0.1:{port}"
    finally:
        # SIGQUIT: a graceful shutdown, the workers finish what they are sending and the
        # buffered access log is written out.
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
