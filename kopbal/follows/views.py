"""Follow and unfollow (a form without JavaScript, JSON for follow.js), and "Mijn nieuws"."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from kopbal.accounts.views import private
from kopbal.core import generations
from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.pagination import paginate
from kopbal.football.models import Club

from .models import Follow
from .services import follow_add, follow_remove, follows_merge
from .subjects import KINDS, key, subject_get

RETURN_PARAM = "terug"
# A browser's choices merged at log-in: more than any reader follows by hand.
MERGE_MAX = 100


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _return_to(request, fallback: str) -> str:
    target = request.POST.get(RETURN_PARAM) or request.GET.get(RETURN_PARAM) or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and target.startswith("/") else fallback


@login_required
def follow(request, kind, slug):
    """GET: "Volg je X?" with a button (cached pages hold no CSRF token, so their button
    leads here). POST `actie=volgen|ontvolgen`: done, then back, or JSON for follow.js."""
    subject = subject_get(kind, slug)
    if subject is None:
        raise Http404(_("There is nothing to follow at this address."))
    following = Follow.objects.of(request.user).filter(**{subject.tag_route: subject}).exists()
    back = _return_to(request, subject.get_absolute_url())
    if request.method == "POST":
        action = request.POST.get("actie")
        if action not in ("volgen", "ontvolgen"):
            message = _("Choose whether to follow or unfollow.")
            if _wants_json(request):
                return json_error(400, "bad_action", message)
            return private(HttpResponseBadRequest(message))
        if action == "volgen":
            follow_add(user=request.user, subject=subject)
            text = _("You now follow %(name)s.")
        else:
            follow_remove(user=request.user, subject=subject)
            text = _("You no longer follow %(name)s.")
        if _wants_json(request):
            return private(JsonResponse({"key": key(subject), "following": action == "volgen"}))
        messages.success(request, text % {"name": subject.name})
        return redirect(back)
    if request.method not in ("GET", "HEAD"):
        return private(HttpResponseBadRequest(_("Use the button on the page.")))
    context = {"subject": subject, "following": following, "back": back}
    return private(TemplateResponse(request, "follows/follow_confirm.html", context))


@login_required
def merge(request):
    """POST: keep the subjects chosen in this browser before logging in (follow.js)."""
    if request.method != "POST":
        return json_not_allowed(["POST"], _("Use POST."))
    keys = request.POST.getlist("onderwerp")
    if not keys or len(keys) > MERGE_MAX:
        return json_error(400, "bad_subjects", _("Choose between 1 and 100 subjects."))
    subjects = []
    for value in keys:
        kind_name, _sep, slug = value.partition(":")
        kind = KINDS.get(kind_name)
        subject = kind.model.objects.filter(slug=slug).first() if kind else None
        if subject is not None:  # gone since it was chosen: nothing to keep
            subjects.append(subject)
    added = follows_merge(user=request.user, subjects=subjects)
    follows = Follow.objects.of(request.user).keys()
    return private(JsonResponse({"added": added, "follows": follows}))


def my_news(request):
    """'Mijn nieuws'. Logged in: the followed subjects' articles (personal, never cached).
    Logged out: one page for everyone, which follow.js fills from the browser's choices."""
    # The shared page lists the league's clubs: a club's edit renews it.
    generations.depends_on(generations.tags("club"))
    league_clubs = Club.objects.filter(competition__slug=settings.KOPBAL_LEAGUE).order_by("name")
    context = {"suggested_clubs": league_clubs}
    if not request.user.is_authenticated:
        return TemplateResponse(request, "follows/my_news.html", {**context, "mode": "browser"})
    follows = list(Follow.objects.of(request.user).with_subjects())
    page_obj = paginate(
        request,
        Follow.objects.of(request.user).articles().for_listing().with_hero_images(),
        settings.KOPBAL_PAGE_SIZE,
    )
    context.update(
        mode="account",
        follows=follows,
        followed_keys=[key(f.subject) for f in follows],
        page_obj=page_obj,
    )
    return private(TemplateResponse(request, "follows/my_news.html", context))
