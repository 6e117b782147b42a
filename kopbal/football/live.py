"""GET /api/live/: the scores of the matches readers may be watching, for every page.

Pages are cached whole, so the score in a stored page is the one of when it was rendered;
kopbal.js asks this one URL every few seconds and updates the score includes
(templates/football/includes/score.html) in place. One URL for everyone: nginx's
micro-cache answers the crowd (Cache-Control public, max-age of a second or two), and
the app builds the document once per change of any match (the "football:live"
generation, bumped with every MatchUpdated) and per minute (the window moves with time).
The path is under /api/, which the page cache never stores (pagecache.NEVER).
"""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import Q
from django.http import JsonResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kopbal.core import generations
from kopbal.core.api import json_not_allowed

from .display import score_text, state_text
from .models import Match
from .signal_handlers import LIVE

RECENT = timedelta(hours=3)  # finished or changed this long ago: a page may still show it
SOON = timedelta(hours=2)  # kicking off within: its page shows the kick-off time
# A correction reaches open pages if the match is this recent; an older one is on no page
# readers keep open, and an import (which touches every match of a season) must not put
# a whole season into the document.
CORRECTED_WITHIN = timedelta(days=7)
MAX_AGE = 1  # seconds nginx (and the browser) may keep the document
CACHE_SECONDS = 120  # the generation and the minute in the key retire an entry


def live_matches(now):
    """The read rule of the live document: in play, kicked off recently or kicking off
    soon, or a recent match whose result changed in the last hours (a correction)."""
    return (
        Match.objects.filter(
            Q(status__in=[Match.Status.LIVE, Match.Status.HALF_TIME])
            | Q(kickoff__range=(now - RECENT, now + SOON))
            | (
                Q(updated_at__gte=now - RECENT, kickoff__gte=now - CORRECTED_WITHIN)
                & ~Q(status=Match.Status.SCHEDULED)
            )
        )
        .only("pk", "status", "home_goals", "away_goals", "minute", "kickoff", "updated_at")
        .order_by("pk")
    )


def document(now=None) -> dict:
    now = now or timezone.now()
    (generation,) = generations.read(LIVE)
    key = f"football:live:{generation}:{int(now.timestamp() // 60)}:{get_language()}"
    doc = cache.get(key)
    if doc is None:
        doc = {
            "matches": {
                str(m.pk): {
                    "score": score_text(m),
                    "state": state_text(m),
                    "status": m.status,
                    "updated": m.updated_at.isoformat(),
                }
                for m in live_matches(now)
            }
        }
        cache.set(key, doc, CACHE_SECONDS)
    return doc


def live_api(request):
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    response = JsonResponse(document())
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response
