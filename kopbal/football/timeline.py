"""A match's events as the match page lists them: in order, each on its club's side, goals
with the score they made."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Match, MatchEvent


@dataclass(frozen=True)
class Moment:
    event: MatchEvent
    side: str  # "home" or "away": the column the event stands in
    score: str  # after a goal, "2-1"; else ""

    @property
    def is_goal(self) -> bool:
        return self.event.kind in MatchEvent.GOALS


def timeline(match: Match) -> list[Moment]:
    """`match.event_list` (fixtures.for_match_page) in order. A goal stands on the side it
    counts for (an own goal too, marked as one); cards and substitutions on the player's."""
    home, away = 0, 0
    moments = []
    for event in getattr(match, "event_list", []):
        score = ""
        if event.kind in MatchEvent.GOALS:
            club_id = event.scoring_club_id
            if club_id == match.home_id:
                home += 1
            else:
                away += 1
            score = f"{home}-{away}"
        else:
            club_id = event.club_id
        side = "home" if club_id == match.home_id else "away"
        moments.append(Moment(event=event, side=side, score=score))
    return moments
