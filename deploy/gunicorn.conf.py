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
preload_app = True
# Keep-alive for 2 s of silence, but no connection lives past its first answer after one
# second (KOPBAL_CONNECTION_SECONDS, kopbal.core.serving): a gthread worker accepts greedily
# in its event loop, free threads or not, so connections kept for good (a load generator's,
# a busy client's) could all stay on one worker, one at 100 % CPU, the other idle. Renewed
# every second, they are taken up by whichever worker is idle. Measured on the 2-core
# machine, wrk -t2 -c64 against a cached article, each worker's CPU from /proc: plain
# keep-alive left one worker idle in every run (1,700 req/s); a close after every answer
# kept both busy (5,200-5,300 req/s) but paid a TCP handshake and a close per request;
# renewed every second, both busy at 6,900-8,100 req/s. Earlier rounds also tried sync
# workers (one request at a time per worker), worker_connections=8 (the connections beyond
# the cap wait in the backlog for a kept-alive one to close) and reuse_port (a socket per
# worker in gunicorn 27 resets the connections queued on a worker that dies or is recycled:
# tests/deploy/test_gunicorn.py caught it). nginx keeps no connections to the app open
# (deploy/nginx/kopbal.conf), so behind it every request is a new connection anyway. Each
# close is gunicorn's graceful one, which kopbal/wsgi.py moves off the worker's accept loop
# (kopbal.core.serving): on it, every close stopped the worker accepting.
keepalive = 2
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
