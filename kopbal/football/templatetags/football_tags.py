from django import template

from kopbal.football import display

register = template.Library()

register.filter("score_text", display.score_text)
register.filter("state_text", display.state_text)
