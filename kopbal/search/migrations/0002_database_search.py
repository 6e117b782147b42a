"""The database's own search structures, per vendor.

PostgreSQL: the `unaccent` and `pg_trgm` extensions, the `kopbal_dutch` text search
configuration (Dutch with accents folded: unaccent, then dutch_stem), the weighted
document as a stored generated column with a GIN index, a trigram index on the words.
SQLite: the FTS5 table of stems, emptied with its documents by a trigger.
"""

from django.db import migrations

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'kopbal_dutch') THEN
            CREATE TEXT SEARCH CONFIGURATION kopbal_dutch (COPY = pg_catalog.dutch);
            ALTER TEXT SEARCH CONFIGURATION kopbal_dutch
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
        END IF;
    END $$
    """,
    """
    ALTER TABLE search_articledocument ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('kopbal_dutch'::regconfig, coalesce(headline, '')), 'A') ||
        setweight(to_tsvector('kopbal_dutch'::regconfig, coalesce(intro, '')), 'B') ||
        setweight(to_tsvector('kopbal_dutch'::regconfig, coalesce(body, '')), 'C') ||
        setweight(to_tsvector('kopbal_dutch'::regconfig, coalesce(names, '')), 'D')
    ) STORED
    """,
    "CREATE INDEX search_articledocument_document ON search_articledocument USING gin (document)",
    "CREATE INDEX search_searchword_trigram ON search_searchword USING gin (word gin_trgm_ops)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_searchword_trigram",
    "DROP INDEX IF EXISTS search_articledocument_document",
    "ALTER TABLE search_articledocument DROP COLUMN IF EXISTS document",
]
SQLITE = [
    "CREATE VIRTUAL TABLE search_articlefts USING fts5("
    "headline, intro, body, names, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER search_articledocument_delete AFTER DELETE ON search_articledocument "
    "BEGIN DELETE FROM search_articlefts WHERE rowid = old.article_id; END",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_articledocument_delete",
    "DROP TABLE IF EXISTS search_articlefts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
