"""The addresses of the football pages, in one place for the routes and the links.

The home page serves them (kopbal.football.routes.FootballRoutes) and is the site root,
so the paths are built here without asking it: football knows no page model.
"""

from .models import Competition, Match, Phase, Season
from .naming import phase_slug

# Every club with its crest (the main menu links it).
CLUBS_PATH = "/clubs/"


def competition_base(competition: Competition) -> str:
    return f"/competitie/{competition.slug}/"


def table_path(competition: Competition, season: Season | None = None) -> str:
    """The current season's table, or that of `season`."""
    path = f"{competition_base(competition)}stand/"
    return f"{path}{season.name}/" if season is not None else path


def rounds_path(competition: Competition, season: Season | None = None) -> str:
    """The current round of the current (or of `season`'s last) phase."""
    path = f"{competition_base(competition)}speeldagen/"
    return f"{path}{season.name}/" if season is not None else path


def round_path(competition: Competition, season: Season, phase: Phase, number: int) -> str:
    return f"{rounds_path(competition, season)}{phase_slug(phase)}/{int(number)}/"


def race_path(competition: Competition) -> str:
    """The what-if page (a plain view of its own, kopbal.football urls)."""
    return f"{competition_base(competition)}race/"


def match_slug(match: Match) -> str:
    return f"{match.home.slug}-{match.away.slug}"


def match_path(match: Match) -> str:
    return f"/wedstrijd/{match.pk}/{match_slug(match)}/"
