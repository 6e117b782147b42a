from django import template

from kopbal.football import display, paths
from kopbal.football.naming import round_label

register = template.Library()

register.filter("score_text", display.score_text)
register.filter("state_text", display.state_text)


@register.simple_tag
def table_url(competition, season=None) -> str:
    return paths.table_path(competition, season)


@register.simple_tag
def rounds_url(competition, season=None) -> str:
    return paths.rounds_path(competition, season)


@register.inclusion_tag("football/includes/compact_table.html")
def compact_table(competition=None, heading_level: int = 2):
    """The current table of `competition` (default: the league of settings.KOPBAL_LEAGUE),
    short: position, club, played, points. Nothing when there is no table. With
    heading_level 0 no heading: the page around it has named the competition."""
    from kopbal.football.compact import current_table  # models load before template tags

    found = current_table(competition)
    return {"found": found, "heading_level": heading_level}


@register.filter
def round_name(match) -> str:
    """ "Speeldag 12", or the play-off's name: how a match's round reads."""
    return round_label(match.phase, match.round_number)
