"""A poll's results for everyone (read only; served by kopbal.live and the poll page).

Readers may look at the results without voting ("Bekijk de resultaten"), unless the
newsroom keeps them hidden until the poll closes; open pages refresh them from here. The
answer holds no trace of the reader (their own vote comes from the private poll API), so
it is one shared document per poll, counted at most once a second (snapshot.py).
"""

from .results import poll_results
from .snapshot import PollSnapshot


def results_public(snapshot: PollSnapshot) -> bool:
    """Whether anyone may see the counts now: as a voter would, except that a poll whose
    results wait for its closing keeps them hidden from everyone until then."""
    return snapshot.poll.results_visible_to(has_voted=True)


def results_document(snapshot: PollSnapshot) -> dict:
    poll = snapshot.poll
    visible = results_public(snapshot)
    results = poll_results(poll, snapshot.choices, snapshot.counts, visible=visible)
    return {
        "id": poll.pk,
        "open": poll.is_open,
        "results_visible": results.visible,
        "total": results.total if visible else None,
        "choices": [
            {"id": c.id, "label": c.label, "votes": c.votes, "percent": c.percent}
            for c in results.choices
        ],
    }
