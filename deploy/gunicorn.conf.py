"""gunicorn's settings for Kopbal: `gunicorn -c deploy/gunicorn.conf.py` (deploy/systemd and
`make run` both use it). The environment chooses the address and the number of workers.

- preload_app: the master imports Django and Wagtail once and forks ready workers, so a
  worker that is killed (OOM, a crash) or recycled (max_requests) is replaced by a fork in
  milliseconds instead of a second or more of imports per worker. The price: new code
  needs a restart of the master (`systemctl restart kopbal-web`), a HUP only forks the
  old code again. Nothing may be left open in the master for the forks to share: see
  pre_fork below.
- graceful_timeout: on SIGTERM (and for a recycled worker) the master stops accepting, and
  each worker finishes the requests it holds for up to this long. nginx retries idempotent
  requests that find the door closed on another app server, or the same one again (see
  deploy/nginx/kopbal.conf, proxy_next_upstream).
"""

import os

wsgi_app = "kopbal.wsgi:application"
bind = os.environ.get("KOPBAL_BIND", "127.0.0.1:8000").split(",")
# One per core to start with (deploy/README.md); WEB_CONCURRENCY is gunicorn's own variable.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# gthread: each worker serves 4 requests at once, so a slow database query or an image
# upload does not block the worker's other readers.
worker_class = "gthread"
threads = int(os.environ.get("KOPBAL_THREADS", "4"))
# One listening socket per worker: gunicorn 27 (uv.lock) binds one in each worker when
# reuse_port is set, and the master holds none, so the kernel hands each new connection to
# one worker's socket by its address hash. With one shared socket a gthread worker accepts
# greedily in its event loop, free threads or not: the 16 keep-alive connections of wrk,
# or nginx's pooled upstream connections, can all land on one worker (one at 100 % CPU, the
# other idle, req/s swinging 2x between runs). Measured on the 2-core machine (issue 14,
# wrk -t1 -c16 against a cached article, 4 interleaved rounds, per-worker CPU from /proc;
# deploy/README.md): with keepalive 75 one worker idled in 1 round of 4 and got 11 % against
# 27 % in another; keepalive 2 idled one in 3 of 4; reuse_port, keepalive 0, sync workers and
# worker_connections=8 kept both busy in every round. Of those reuse_port alone keeps
# keep-alive: without it every request is a TCP handshake and nginx's upstream keepalive is
# wasted, sync workers serve one request at a time, and a cap on connections per worker
# leaves the connections beyond it waiting in the backlog until a kept-alive one closes.
# The price: a worker that exits (recycled by max_requests, killed) takes the connections
# still queued on its socket with it; nginx retries those GETs (proxy_next_upstream), and
# Linux 5.14+ hands them to a sibling instead with net.ipv4.tcp_migrate_req=1.
reuse_port = True
preload_app = True
# Longer than nginx's upstream keepalive_timeout (60 s): gunicorn never closes an idle
# connection that nginx is about to reuse.
keepalive = 75
# A hung request is killed here, with a traceback (nginx waits 35 s).
timeout = 30
graceful_timeout = 30
# Workers are replaced now and then, which caps any slow memory growth; cheap with preload.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file off disk (systemd's ProtectSystem makes / read-only); gunicorn creates
# it with a random name and unlinks it at once, so a shared directory is safe.
SHM = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHM if os.path.isdir(SHM) else None
accesslog = "-"
errorlog = "-"


def pre_fork(server, worker):
    """Close what loading the app may have opened in the master: a database connection
    shared by forked workers would mix their queries on one socket."""
    from django.db import connections

    connections.close_all()
