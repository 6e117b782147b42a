"""Votes: the poll's own index dropped.

Every vote is one more entry in each index of polls_vote, and the poll's single-column
index only repeated the first column of three others: the one-vote-per-voter constraint,
(poll, answer) and (poll, address, time).

Only the index goes. Django's AlterField would also drop and re-add the foreign key,
which checks every vote again while it locks the table against new ones.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("polls", "0004_vote_cast_generic_plans")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="vote",
                    name="poll",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="votes",
                        to="polls.poll",
                        verbose_name="poll",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    'DROP INDEX IF EXISTS "polls_vote_poll_id_482e29e3"',
                    'CREATE INDEX "polls_vote_poll_id_482e29e3" ON "polls_vote" ("poll_id")',
                ),
            ],
        ),
    ]
