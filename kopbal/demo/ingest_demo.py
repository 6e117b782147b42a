"""The demo's agency drop folder: a few ninjs files, so "Binnengekomen" is not empty."""

from pathlib import Path

from kopbal.ingest.models import Source
from kopbal.ingest.services import source_fetch

FOLDER = Path(__file__).resolve().parent / "data" / "ingest"
NAME = "Demo-sportdesk (map)"


def ingest_demo_ensure() -> int:
    """The demo source, created and fetched once; returns the drafts it brought in.

    Idempotent: a second run finds the source and leaves it to the scheduler, which
    recognises the items it already has.
    """
    if Source.objects.filter(name=NAME).exists():
        return 0
    source = Source.objects.create(
        name=NAME, kind=Source.Kind.NINJS, folder=str(FOLDER), interval_minutes=15
    )
    result = source_fetch(source=source)
    return result.outcomes.get("created", 0)
