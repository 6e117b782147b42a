"""Keep cached football pages in step with the matches they show."""

from kopbal.core import generations


def match_changed(match) -> None:
    """`match` changed (score, status, events, ...): the pages that show it and everything
    computed from its season (tables, fixtures, the race) are out of date.

    Called inside the transaction that stores the change, like every generation bump."""
    generations.bump(generations.match(match.pk))
    generations.bump(generations.football_season(match.phase.competition_id, match.phase.season_id))


def match_saved_or_deleted(sender, instance, **kwargs):
    match_changed(instance)


def match_event_saved_or_deleted(sender, instance, **kwargs):
    match_changed(instance.match)
