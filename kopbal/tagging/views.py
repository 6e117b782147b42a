"""The editor's tag suggestions: the matcher over the article being written."""

import json

from django.http import HttpResponseForbidden, JsonResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.permission_policies.pages import PagePermissionPolicy

from kopbal.football.models import Club, Competition, Person

from .matcher import matcher

TEXT_FIELDS = ("title", "intro")
MAX_CHARS = 200_000  # a long article is 20,000: more is not an article


def _plain(value: str) -> str:
    """A posted field as text: Draftail posts its content state as JSON, others HTML."""
    try:
        state = json.loads(value)
    except ValueError:
        return strip_tags(value)
    if isinstance(state, dict) and isinstance(state.get("blocks"), list):
        return "\n".join(str(b.get("text", "")) for b in state["blocks"] if isinstance(b, dict))
    return strip_tags(value) if isinstance(state, str) else ""


def posted_text(post) -> str:
    """The headline, the intro and every body field of the editor's form, as one text."""
    names = [n for n in post if n in TEXT_FIELDS or n.startswith("body")]
    parts = [_plain(value) for name in names for value in post.getlist(name)]
    return "\n".join(p for p in parts if p.strip())


@require_POST
def suggest(request):
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change"]):
        return HttpResponseForbidden(_("You may not edit pages."))
    text = posted_text(request.POST)
    if len(text) > MAX_CHARS:
        return JsonResponse({"error": _("The text is too long for suggestions.")}, status=400)
    found = matcher().suggest(text)
    clubs = Club.objects.filter(short_name__in=found.clubs).values("pk", "name", "short_name")
    persons = Person.objects.filter(name__in=found.persons).values("pk", "name")
    competitions = Competition.objects.filter(name__in=found.competitions).values("pk", "name")
    return JsonResponse(
        {
            "clubs": [{"id": c["pk"], "name": c["short_name"]} for c in clubs],
            "persons": [{"id": p["pk"], "name": p["name"]} for p in persons],
            "competitions": [{"id": c["pk"], "name": c["name"]} for c in competitions],
        }
    )
