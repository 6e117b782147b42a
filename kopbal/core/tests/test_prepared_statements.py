"""On PostgreSQL a query a connection runs again and again is planned once (base.py:
server-side binding with psycopg's automatic prepared statements), and
DATABASE_PREPARE_THRESHOLD=off turns that off for PgBouncer in transaction mode."""

import json

import pytest
from django.conf import settings
from django.db import connection

from kopbal.core.tests.test_production_settings import PRODUCTION_ENV, manage
from kopbal.polls.models import Poll

POSTGRES_URL = "postgres://kopbal:secret@127.0.0.1:5432/kopbal"


def database_options(**env) -> dict:
    """OPTIONS of the default database as the settings build them (no connection made)."""
    result = manage(
        "shell",
        "-c",
        "import json; from django.conf import settings; "
        "print(json.dumps(settings.DATABASES['default']['OPTIONS']))",
        env={**PRODUCTION_ENV, "DATABASE_URL": POSTGRES_URL, **env},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_postgresql_prepares_repeated_queries_unless_turned_off():
    prepared = database_options()
    assert prepared["server_side_binding"] is True
    assert prepared["prepare_threshold"] == 5
    assert database_options(DATABASE_PREPARE_THRESHOLD="2")["prepare_threshold"] == 2

    plain = database_options(DATABASE_PREPARE_THRESHOLD="off")
    assert "server_side_binding" not in plain
    assert "prepare_threshold" not in plain
    assert plain["options"] == "-c jit=off"  # the rest stays


@pytest.mark.django_db
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="prepared statements are PostgreSQL's",
)
def test_a_query_run_again_and_again_is_planned_once():
    poll = Poll.objects.create(question="Wie wint de derby?")
    threshold = connection.settings_dict["OPTIONS"]["prepare_threshold"]

    # A query of this test's own (no other test on this connection has prepared it).
    def ask(pk):
        return Poll.objects.only("question").filter(pk=pk, question__startswith="Wie").first()

    def prepared() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_prepared_statements "
                "WHERE statement LIKE %s AND statement LIKE %s",
                ['%"polls_poll"."id" = $1%', "%LIKE $2%"],
            )
            return cursor.fetchone()[0]

    assert prepared() == 0
    for _ in range(threshold + 1):
        # Each time with other values, as readers ask for other polls.
        assert ask(poll.pk) == poll
        assert ask(poll.pk + 1000) is None
    assert prepared() == 1
