"""Parser for the openfootball Football.TXT match files (https://github.com/openfootball).

Pure Python, no database: the importer maps what this returns onto the models.

What the format looks like (the shipped Belgian files, kopbal/football/data/):

    = Belgium First Division A 2024/25        league name and season
    # Teams      16                           comment
    » Matchday 1                              round of the regular season ("» 1. Round" too)
    » Championship, Matchday 1                stage, round (play-offs)
    » Quarterfinals                           cup round: the stage and the round
      Fri Jul/26 2024                         date; the year carries over until given again
        20.45  Club Brugge KV   v KV Mechelen   1-1 (0-0)        kick-off, score (half time)
               KRC Genk         v KAA Gent                        same kick-off, not played yet
        19.30  A  v B  2-3 a.e.t. (2-2, 1-0)                       after extra time (90', half time)
        20.00  A  v B  4-5 pen. 1-1 a.e.t. (1-1, 0-0)              on penalties

A kick-off without a clock time (a line with no time after a date line) has `kickoff=None`
but keeps its `date`. The files carry no postponed/awarded notes; an unreadable line raises
ParseError with its line number rather than being skipped, so no match is silently lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")

DATA_DIR = Path(__file__).resolve().parent / "data" / "openfootball-belgium"

# The clock times of a file are written in one zone, which the format does not state.
# 2024-25 uses the Belgian kick-off slots (Fri 20.45, Sat 16.00/18.15/20.45, Sun 13.30/
# 16.00/18.30/19.15). The 2025-26 file lists every match exactly one hour earlier, summer and
# winter alike (Fri 19.45, Sun 12.30/15.00/17.30/18.15): UK time, so it is read as
# Europe/London and converted. Keys are "<season dir>/<file name>".
SOURCE_TIMEZONES = {
    "2024-25/be1.txt": "Europe/Brussels",
    "2024-25/becup.txt": "Europe/Brussels",
    "2025-26/be1.txt": "Europe/London",
}

REGULAR_SEASON = "Regular Season"

MONTHS = {
    m: i
    for i, m in enumerate(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        start=1,
    )
}
WEEKDAYS = {d: i for i, d in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])}

HEADER_RE = re.compile(r"^=\s*(?P<name>.+?)\s+(?P<start>\d{4})(?:[/-](?P<end>\d{2}|\d{4}))?\s*$")
ROUND_RE = re.compile(r"^»\s*(?P<heading>.+?)\s*$")
MATCHDAY_RE = re.compile(r"^(?:Matchday\s+(?P<a>\d+)|(?P<b>\d+)\.\s*Round)$", re.IGNORECASE)
DATE_RE = re.compile(
    r"^\[?(?P<wd>[A-Z][a-z]{2})\s+(?P<mon>[A-Z][a-z]{2})/(?P<day>\d{1,2})(?:\s+(?P<year>\d{4}))?\]?$"
)
MATCH_RE = re.compile(
    r"^(?:(?P<hh>\d{1,2})[.:](?P<mm>\d{2})\s+)?(?P<home>\S.*?)\s+v\s+(?P<rest>\S.*)$"
)
SCORE = r"(?P<{0}h>\d+)-(?P<{0}a>\d+)"
REST_RE = re.compile(
    r"^(?P<away>.*?)(?:\s+(?:"
    + SCORE.format("pen")
    + r"\s+pen\.\s+)?"
    + SCORE.format("ft")
    + r"(?P<aet>\s+a\.e\.t\.)?"
    + r"(?:\s+\((?:"
    + SCORE.format("b1")
    + r")(?:,\s*"
    + SCORE.format("b2")
    + r")?\))?)?$"
)
STRAY_SCORE_RE = re.compile(r"\d+-\d+|[()\[\]]")


class ParseError(ValueError):
    """A line of a Football.TXT file that cannot be read."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


@dataclass(frozen=True)
class ParsedMatch:
    stage: str
    round: str
    kickoff: datetime | None
    home: str
    away: str
    home_goals: int | None
    away_goals: int | None
    ht_home: int | None
    ht_away: int | None
    line: int
    # Beyond the agreed contract, all optional: the calendar day even when the clock time is
    # unknown, and how a cup tie was decided (home_goals/away_goals are then after extra time).
    date: date | None = None
    aet: bool = False
    pen_home: int | None = None
    pen_away: int | None = None

    @property
    def played(self) -> bool:
        return self.home_goals is not None


@dataclass
class ParsedLeague:
    name: str
    season: str
    matches: list[ParsedMatch] = field(default_factory=list)


def parse(text: str, *, timezone: str | ZoneInfo = BRUSSELS) -> ParsedLeague:
    """Parse a Football.TXT file; `timezone` is the zone its clock times are written in.

    Kick-offs are returned aware, in Europe/Brussels.
    """
    source_tz = ZoneInfo(timezone) if isinstance(timezone, str) else timezone
    name = season = None
    stage = round_ = None
    year = None
    day: date | None = None
    clock: tuple[int, int] | None = None
    matches: list[ParsedMatch] = []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        if line.startswith("="):
            m = HEADER_RE.match(line)
            if not m:
                raise ParseError(number, f"cannot read the header {line!r}")
            name, season = m["name"], _season(m["start"], m["end"])
            continue
        if line.startswith("»"):
            m = ROUND_RE.match(line)
            if not m:
                raise ParseError(number, "empty round heading")
            stage, round_ = _stage_and_round(m["heading"])
            continue
        m = DATE_RE.match(line)
        if m:
            day, year = _date(number, m, year)
            clock = None  # a time never carries over to another day
            continue
        m = MATCH_RE.match(line)
        if not m:
            raise ParseError(number, f"cannot read {line!r}")
        if season is None:
            raise ParseError(number, "match before the '= League 2024/25' header")
        if round_ is None:
            raise ParseError(number, "match before any '» round' heading")
        if day is None:
            raise ParseError(number, "match before any date line")
        if m["hh"] is not None:
            hh, mm = int(m["hh"]), int(m["mm"])
            if hh > 23 or mm > 59:
                raise ParseError(number, f"impossible kick-off time {m['hh']}.{m['mm']}")
            clock = (hh, mm)
        matches.append(_match(number, m, stage, round_, day, clock, source_tz))

    if name is None:
        raise ParseError(1, "no '= League 2024/25' header")
    return ParsedLeague(name=name, season=season, matches=matches)


def parse_file(path: str | Path) -> ParsedLeague:
    """Parse a file, reading its clock times in the zone SOURCE_TIMEZONES gives for it."""
    path = Path(path)
    key = f"{path.parent.name}/{path.name}"
    tz = SOURCE_TIMEZONES.get(key, "Europe/Brussels")
    return parse(path.read_text(encoding="utf-8"), timezone=tz)


def _season(start: str, end: str | None) -> str:
    if end is None:
        return start
    return f"{start}-{end[-2:]}"


def _stage_and_round(heading: str) -> tuple[str, str]:
    if "," in heading:
        stage, round_ = (part.strip() for part in heading.split(",", 1))
    else:
        stage, round_ = REGULAR_SEASON, heading
        if not MATCHDAY_RE.match(heading):
            # A cup round ("Round of 16", "Final"): the round is its own stage.
            stage = heading
    m = MATCHDAY_RE.match(round_)
    if m:
        # "1. Round" (2025-26) and "Matchday 1" (2024-25) name the same thing.
        round_ = f"Matchday {int(m['a'] or m['b'])}"
    return stage, round_


def _date(number: int, m: re.Match, year: int | None) -> tuple[date, int]:
    if m["year"]:
        year = int(m["year"])
    if year is None:
        raise ParseError(number, "a date without a year before any year was given")
    month = MONTHS.get(m["mon"])
    if month is None or m["wd"] not in WEEKDAYS:
        raise ParseError(number, f"cannot read the date {m.group(0)!r}")
    try:
        day = date(year, month, int(m["day"]))
    except ValueError as exc:
        raise ParseError(number, f"impossible date {m.group(0)!r}") from exc
    # The weekday is redundant: checking it catches a year that carried over wrongly.
    if day.weekday() != WEEKDAYS[m["wd"]]:
        raise ParseError(number, f"{m.group(0)!r}: {day.isoformat()} is not a {m['wd']}")
    return day, year


def _match(number, m, stage, round_, day, clock, source_tz) -> ParsedMatch:
    rest = REST_RE.match(m["rest"].strip())
    away = rest["away"].strip() if rest else ""
    if not rest or not away or STRAY_SCORE_RE.search(away):
        raise ParseError(number, f"cannot read the away club and score in {m['rest']!r}")
    home = m["home"].strip()
    kickoff = None
    if clock is not None:
        local = datetime(day.year, day.month, day.day, *clock, tzinfo=source_tz)
        kickoff = local.astimezone(BRUSSELS)

    def num(key):
        return int(rest[key]) if rest[key] is not None else None

    ht_home, ht_away = num("b1h"), num("b1a")
    if rest["aet"] and rest["b1h"] is not None:
        # "a.e.t. (2-2, 1-0)": the bracket holds 90 minutes, then half time.
        ht_home, ht_away = num("b2h"), num("b2a")
    elif rest["b2h"] is not None:
        raise ParseError(number, "two bracketed scores without a.e.t.")
    return ParsedMatch(
        stage=stage,
        round=round_,
        kickoff=kickoff,
        home=home,
        away=away,
        home_goals=num("fth"),
        away_goals=num("fta"),
        ht_home=ht_home,
        ht_away=ht_away,
        line=number,
        date=kickoff.date() if kickoff else day,
        aet=bool(rest["aet"]),
        pen_home=num("penh"),
        pen_away=num("pena"),
    )
