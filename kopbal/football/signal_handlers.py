"""Keep cached football pages in step with the matches and tags they show.

Services emit domain events (kopbal.core.events); the subscribers here turn them into
generation bumps, inside the transaction of the change. Saves that do not go through a
service (the snippet editor, the shell) reach the same subscribers through the model
signals below, which emit the same events.
"""

from kopbal.core import events, generations

LIVE = "football:live"  # the live document (/api/live/): any match of any competition


def match_updated(event: events.MatchUpdated) -> None:
    """A match changed (score, status, events, ...): the pages that show it, everything
    computed from its season (tables, fixtures, the race) and the live document."""
    generations.bump(generations.match(event.match_id))
    generations.bump(generations.football_season(event.competition_id, event.season_id))
    generations.bump(LIVE)


def tag_changed(event: events.TagChanged) -> None:
    """A club, person or competition changed: the pages that show it, and the lists of
    all of its kind; nothing else (see generations.tag)."""
    generations.bump(generations.tag(event.kind, event.tag_id))
    generations.bump(generations.tags(event.kind))


def _match_event(match, changed) -> events.MatchUpdated:
    return events.MatchUpdated(
        match_id=match.pk,
        competition_id=match.phase.competition_id,
        season_id=match.phase.season_id,
        changed=frozenset(changed),
    )


def match_saved_or_deleted(sender, instance, **kwargs):
    if not getattr(instance, "_event_emitted", False):
        fields = kwargs.get("update_fields") or ["*"]
        events.emit(_match_event(instance, fields))


def match_event_saved_or_deleted(sender, instance, **kwargs):
    if not getattr(instance, "_event_emitted", False):
        events.emit(_match_event(instance.match, ["events"]))


def tag_saved_or_deleted(sender, instance, **kwargs):
    events.emit(events.TagChanged(kind=instance.tag_route, tag_id=instance.pk))
