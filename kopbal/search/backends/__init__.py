"""The search backend for the database in use: PostgreSQL's full-text search, or SQLite's
FTS5 as the embedded fallback. Both answer the same calls (see base.SearchBackend)."""

from django.db import connection

from .base import Filters, SearchBackend

__all__ = ["Filters", "SearchBackend", "backend"]


def backend() -> SearchBackend:
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
