"""The zones of a table: which places lead where (football-facts.md, the 2025-26 format).

Regular season: places 1-6 go to Play-off I, 7-12 to Play-off II, 13-16 to the Relegation
Play-offs. Play-off I: the winner is champion, places 1-3 earn a European ticket, the fourth
plays the winner of Play-off II for the last one. Relegation Play-offs: the last club plays
a barrage against a Challenger Pro League club.

Until 2024-25 the Relegation Play-offs sent two clubs down: the third and fourth were
relegated and the second played a barrage against the winner of the Challenger Pro League's
Promotion Play-offs (as the press reported it in May 2025: Beerschot and Kortrijk went down).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Phase
from .standings import PLAYOFF_GROUPS


@dataclass(frozen=True)
class Zone:
    key: str  # the CSS modifier: table__row--<key>
    label: str


TITLE = Zone("title", _("Champion"))
EUROPE = Zone("europe", _("European ticket"))
ECL = Zone("ecl", _("Play-off for a European ticket"))
PO1 = Zone("po1", _("Play-off I"))
PO2 = Zone("po2", _("Play-off II"))
RELEGATION = Zone("relegation", _("Relegation Play-offs"))
BARRAGE = Zone("barrage", _("Barrage against relegation"))
RELEGATED = Zone("relegated", _("Relegated"))
# The first season of the format above; seasons are named "2025-26", so they sort as text.
FORMAT_SINCE = "2025-26"

_REGULAR = [
    (PLAYOFF_GROUPS["champions"][0], PO1),
    (PLAYOFF_GROUPS["europe"][0], PO2),
    (PLAYOFF_GROUPS["relegation"][0], RELEGATION),
]


def zone(kind: str, position: int, size: int, season: str = FORMAT_SINCE) -> Zone | None:
    """The zone of `position` in a table of `size` rows of a phase of `kind` in `season`."""
    if kind == Phase.Kind.REGULAR:
        if size != 16:  # another format: no zones rather than wrong ones
            return None
        return next((z for places, z in _REGULAR if position in places), None)
    if kind == Phase.Kind.CHAMPIONS:
        return {1: TITLE, 2: EUROPE, 3: EUROPE, 4: ECL}.get(position)
    if kind == Phase.Kind.EUROPE:
        return ECL if position == 1 else None
    if kind == Phase.Kind.RELEGATION:
        if season < FORMAT_SINCE:
            return BARRAGE if position == 2 else RELEGATED if position >= 3 else None
        return BARRAGE if position == size else None
    return None


def legend(kind: str, size: int, season: str = FORMAT_SINCE) -> list[Zone]:
    """The zones a table shows, in table order, each once."""
    found: list[Zone] = []
    for position in range(1, size + 1):
        z = zone(kind, position, size, season)
        if z is not None and z not in found:
            found.append(z)
    return found
