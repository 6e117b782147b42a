"""Periodic jobs run by `manage.py run_scheduler` (started by `make run` beside the server).

Apps register their jobs in AppConfig.ready(); the scheduler runs each one every
`every_seconds`. A job that raises is logged and retried at its next turn: one failing job
(an unreachable agency feed, say) never stops the others.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import close_old_connections

logger = logging.getLogger("kopbal.core.scheduler")


@dataclass
class Job:
    name: str
    run: Callable[[], object]
    every_seconds: int
    next_at: float = field(default=0.0)


_jobs: dict[str, Job] = {}


def register(name: str, run: Callable[[], object], *, every_seconds: int) -> None:
    """Run `run()` every `every_seconds` (a second registration under `name` replaces it)."""
    _jobs[name] = Job(name=name, run=run, every_seconds=every_seconds)


def jobs() -> list[Job]:
    return list(_jobs.values())


def run_due(now: float | None = None) -> list[str]:
    """Run every job whose turn has come; returns the names of the jobs that ran."""
    now = time.monotonic() if now is None else now
    ran = []
    for job in list(_jobs.values()):
        if job.next_at > now:
            continue
        job.next_at = now + job.every_seconds
        try:
            job.run()
        except Exception:
            logger.exception("Scheduled job %s failed", job.name)
        finally:
            close_old_connections()
        ran.append(job.name)
    return ran
