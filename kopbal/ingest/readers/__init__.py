"""Readers turn a source into entries: feeds over HTTP (feeds.py), drop folders (ninjs.py).

A reader raises SourceError with a sentence for the newsroom when the source cannot be
read; the fetcher stores it on the source and goes on with the next one.
"""


class SourceError(Exception):
    """The source could not be read; str() is a Dutch sentence for the admin."""
