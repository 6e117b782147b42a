"""Django's PostgreSQL backend, without a health check on a connection that just worked.

With CONN_HEALTH_CHECKS (persistent connections that survive a PostgreSQL restart), Django
asks every request's first query to wait for a `SELECT 1` round trip. A connection that
finished a request without errors less than HEALTHY_SECONDS ago is not checked again: a
restarted server takes longer than that to come back, so such a connection cannot have
been cut by one. On match day that is every request of a busy worker: one round trip less
per vote, comment post and uncached page. A connection left idle longer is checked as
before, and one that saw an error is handled by Django as before (closed unless usable).
"""

import time

from django.db.backends.postgresql import base

HEALTHY_SECONDS = 1.0
_clock = time.monotonic  # tests move it on


class DatabaseWrapper(base.DatabaseWrapper):
    _finished_cleanly_at: float | None = None

    def close_if_health_check_failed(self):
        finished = self._finished_cleanly_at
        if (
            self.connection is not None
            and finished is not None
            and _clock() - finished < HEALTHY_SECONDS
        ):
            self.health_check_done = True
            return
        super().close_if_health_check_failed()

    def close_if_unusable_or_obsolete(self):
        # Django calls this when a request starts and when it ends. Only a request that
        # used the connection (a cursor: the check ran or was skipped) renews the mark.
        used = self.health_check_done
        super().close_if_unusable_or_obsolete()
        if self.connection is None or self.errors_occurred:
            self._finished_cleanly_at = None
        elif used:
            self._finished_cleanly_at = _clock()

    def close(self):
        self._finished_cleanly_at = None
        super().close()
