"""What the newsroom writes on match day: scores, statuses, events.

Every write goes through here (the match-day screen, the API, the demo, the tests): the
values are checked, the row is locked, only what changed is stored, the change is logged
(corrections.py) and `MatchUpdated` is emitted in the same transaction, so the caches'
generation bumps commit with the score (see football.signal_handlers).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from kopbal.core import events

from . import corrections
from .models import Match, MatchEvent, Person

SCORE_FIELDS = ("home_goals", "away_goals", "home_goals_half_time", "away_goals_half_time")
EDITABLE_FIELDS = (*SCORE_FIELDS, "status", "minute", "kickoff")
MAX_GOALS = 99
MAX_MINUTE = 130  # 120 minutes and the added time of extra time
PLAYED = (Match.Status.LIVE, Match.Status.HALF_TIME, Match.Status.FINISHED)


def match_errors(values: dict) -> dict[str, str]:
    """Field -> what is wrong (in the reader's language) for a match with `values`."""
    errors: dict[str, str] = {}
    for name in SCORE_FIELDS:
        goals = values.get(name)
        if goals is None:
            continue
        if not isinstance(goals, int) or goals < 0:
            errors[name] = _("A number of goals cannot be negative.")
        elif goals > MAX_GOALS:
            errors[name] = _("At most %(max)d goals.") % {"max": MAX_GOALS}
    minute = values.get("minute")
    if minute is not None and (not isinstance(minute, int) or not 1 <= minute <= MAX_MINUTE):
        errors["minute"] = _("The minute is between 1 and %(max)d.") % {"max": MAX_MINUTE}
    status = values.get("status")
    if status not in Match.Status.values:
        errors["status"] = _("Choose a status.")
    elif status in PLAYED and None in (values.get("home_goals"), values.get("away_goals")):
        errors.setdefault(
            "home_goals", _("A match that has kicked off needs a score (0-0 is a score).")
        )
    half = (values.get("home_goals_half_time"), values.get("away_goals_half_time"))
    if (half[0] is None) != (half[1] is None):
        errors.setdefault("home_goals_half_time", _("Give both half-time scores, or neither."))
    for side in ("home", "away"):
        at_half, full = values.get(f"{side}_goals_half_time"), values.get(f"{side}_goals")
        if (
            isinstance(at_half, int)
            and isinstance(full, int)
            and at_half > full
            and f"{side}_goals_half_time" not in errors
        ):
            errors[f"{side}_goals_half_time"] = _(
                "More goals at half-time than in the match score."
            )
    return errors


@transaction.atomic
def match_update(*, match: Match, user=None, **changes) -> Match:
    """Set the given fields of `match` (see EDITABLE_FIELDS); returns the stored match.

    Raises ValidationError (field -> message) and stores nothing when the result would be
    invalid. A call that changes nothing writes nothing and emits nothing."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"match_update cannot change {sorted(unknown)}")
    # Under a row lock: two editors saving the same match never undo each other blindly.
    current = Match.objects.select_for_update().select_related("phase").get(pk=match.pk)
    values = {name: getattr(current, name) for name in EDITABLE_FIELDS} | changes
    errors = match_errors(values)
    if errors:
        raise ValidationError(errors)
    changed = [name for name, value in changes.items() if getattr(current, name) != value]
    if not changed:
        return current
    old = corrections.values_of(current)
    for name in changed:
        setattr(current, name, changes[name])
    _save_quietly(current, update_fields=[*changed, "updated_at"])
    corrections.changes_log(match=current, old=old, user=user)
    _emit(current, changed)
    return current


@transaction.atomic
def match_event_add(*, match: Match, user=None, **fields) -> MatchEvent:
    """Record a goal, card or substitution; raises ValidationError on bad values."""
    event = MatchEvent(match=match, **fields)
    event.full_clean()
    _save_quietly(event)
    _emit(match, ["events"])
    return event


@transaction.atomic
def match_event_remove(*, event: MatchEvent, user=None) -> None:
    match = event.match
    event._event_emitted = True  # the model signal stays quiet: this service tells the event
    event.delete()
    _emit(match, ["events"])


def _save_quietly(instance, **kwargs) -> None:
    """Save without the model signal's event (signal_handlers): the service emits its own,
    with the fields it changed. Only for this save: a later save of the same object
    elsewhere tells its change again."""
    instance._event_emitted = True
    try:
        instance.save(**kwargs)
    finally:
        instance._event_emitted = False


def _emit(match: Match, changed) -> None:
    events.emit(
        events.MatchUpdated(
            match_id=match.pk,
            competition_id=match.phase.competition_id,
            season_id=match.phase.season_id,
            changed=frozenset(changed),
        )
    )


@transaction.atomic
def person_create(*, name: str, role: str, club=None, user=None) -> Person:
    """A new person with a free slug made from the name ("jan-peeters-2" when taken), logged
    as created by `user`: what the article editor's person chooser makes."""
    base = slugify(name)[: Person._meta.get_field("slug").max_length - 4].strip("-") or "persoon"
    slug, n = base, 1
    while Person.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    person = Person.objects.create(name=name, slug=slug, role=role, club=club)
    log(instance=person, action="wagtail.create", user=user)
    return person
