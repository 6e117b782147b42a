import pytest

from kopbal.core import scheduler


@pytest.fixture
def clean_jobs(monkeypatch, db):
    # db: run_due() closes stale database connections after each job, which touches the
    # connection a database test earlier in the same worker left open.
    monkeypatch.setattr(scheduler, "_jobs", {})


def test_a_failing_job_does_not_stop_the_others(clean_jobs):
    ran = []

    def broken():
        raise OSError("feed unreachable")

    scheduler.register("broken", broken, every_seconds=60)
    scheduler.register("fine", lambda: ran.append("fine"), every_seconds=60)

    assert scheduler.run_due(now=1000.0) == ["broken", "fine"]
    assert ran == ["fine"]


def test_a_job_runs_again_only_when_its_interval_has_passed(clean_jobs):
    ran = []
    scheduler.register("tick", lambda: ran.append(1), every_seconds=30)

    scheduler.run_due(now=1000.0)
    scheduler.run_due(now=1029.0)
    assert len(ran) == 1
    scheduler.run_due(now=1030.0)
    assert len(ran) == 2


def test_scheduled_publishing_is_registered():
    assert "publish_scheduled" in {job.name for job in scheduler.jobs()}
