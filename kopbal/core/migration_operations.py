"""Migration operations the apps share."""

from django.db import migrations


class PostgresSQL(migrations.RunSQL):
    """RunSQL on PostgreSQL only: SQLite has no stored functions (and needs none)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
