"""Voting endpoints: a JSON API for the page script and apps, and plain forms without JS."""

from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.vary import vary_on_cookie

from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.ids import positive_int
from kopbal.core.meta import PageMeta
from kopbal.core.requestdata import BadInput, body_fields
from kopbal.core.retry import set_retry_after

from .live import results_document, results_public
from .models import Poll, Vote
from .results import poll_results
from .services import VoteRefused, vote_cast
from .snapshot import PollSnapshot, poll_snapshot
from .voters import VoterUnknown, ensure_voter_cookie, voter_for, voter_key_or_none

# ?resultaten: the poll page shows the results to a reader who has not voted.
RESULTS_PARAM = "resultaten"


def _my_vote(poll_id, request) -> tuple[int, int] | None:
    """(vote id, choice id) of this reader's vote, if any."""
    key = voter_key_or_none(request)
    if key is None:
        return None
    return Vote.objects.filter(poll_id=poll_id, voter=key).values_list("id", "choice_id").first()


def poll_state(snapshot: PollSnapshot, *, my_vote: tuple[int, int] | None) -> dict:
    """The poll as this reader may see it: the body of every API answer."""
    poll = snapshot.poll
    vote_id, my_choice = my_vote or (None, None)
    results = poll_results(
        poll,
        snapshot.choices,
        snapshot.counts_with(vote_id=vote_id, choice_id=my_choice),
        visible=poll.results_visible_to(has_voted=my_vote is not None),
    )
    return {
        "id": poll.pk,
        "question": poll.question,
        "open": poll.is_open,
        "closes_at": poll.closes_at.isoformat() if poll.closes_at else None,
        "total": results.total,
        "results_visible": results.visible,
        "choices": [
            {"id": c.id, "label": c.label, "votes": c.votes, "percent": c.percent}
            for c in results.choices
        ],
        "my_vote": my_choice,
    }


def _private(response):
    # Personal ("my_vote") and changing by the second: never kept by a shared cache.
    patch_cache_control(response, private=True, no_store=True)
    return response


@ensure_csrf_cookie
def poll_api(request, poll_id):
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET to read a poll."))
    snapshot = poll_snapshot(poll_id)
    if snapshot is None:
        return json_error(404, "not_found", _("This poll does not exist."))
    response = _private(JsonResponse(poll_state(snapshot, my_vote=_my_vote(poll_id, request))))
    ensure_voter_cookie(request, response)
    return response


# Every answer depends on the reader's cookies (voter and CSRF). Said by the view itself, not
# left to the session middleware, which the fast path for votes does not run (fastpath.py).
@vary_on_cookie
def vote_api(request, poll_id):
    """POST a form or JSON with `choice`: the id of one of the poll's answers."""
    if request.method != "POST":
        return json_not_allowed(["POST"], _("Votes are cast with POST."))
    snapshot = poll_snapshot(poll_id)
    if snapshot is None:
        return json_error(404, "not_found", _("This poll does not exist."))
    try:
        fields = body_fields(request)
    except BadInput as exc:
        return json_error(400, exc.code, exc.message)
    # Not an answer's id (junk, or past any id): vote_cast refuses None as no answer.
    choice_id = positive_int(fields.get("choice"))
    try:
        vote = vote_cast(poll=snapshot, choice_id=choice_id, voter=voter_for(request))
    except VoterUnknown as exc:
        return json_error(400, "no_voter", exc.message)
    except VoteRefused as exc:
        return set_retry_after(json_error(exc.status, exc.code, exc.message), exc.retry_after)
    state = poll_state(snapshot, my_vote=(vote.id, vote.choice_id))
    return _private(JsonResponse(state, status=201))


def _back_url(request, poll) -> str | None:
    """Where the reader came from (an article), if it is a URL of this site."""
    url = request.POST.get("terug") or request.GET.get("terug")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    article = poll.articles.live().first()
    return article.url if article else None


def poll_page(request, poll_id, *, error=None, status=200):
    """The poll on a page of its own: the voting form for readers without JavaScript."""
    snapshot = poll_snapshot(poll_id)
    if snapshot is None:
        raise Http404
    poll = snapshot.poll
    state = poll_state(snapshot, my_vote=_my_vote(poll_id, request))
    if RESULTS_PARAM in request.GET and not state["results_visible"]:
        state = _with_public_results(state, snapshot)
    chosen = request.POST.get("choice") or request.GET.get("keuze")
    response = TemplateResponse(
        request,
        "polls/poll_page.html",
        {
            "poll": poll,
            "state": state,
            "chosen": chosen,
            "results_asked": RESULTS_PARAM in request.GET,
            "back_url": _back_url(request, poll),
            "error": error,
            # Shareable, but not for search engines: the question is the article's.
            "meta": PageMeta(
                title=poll.question,
                description=_(
                    "A reader poll on Kopbal: %(question)s Vote and see what other readers think."
                )
                % {"question": poll.question},
                path=reverse("polls:page", args=[poll.pk]),
                indexable=False,
            ),
        },
        status=status,
    )
    ensure_voter_cookie(request, response)
    return _private(response)


def _with_public_results(state: dict, snapshot: PollSnapshot) -> dict:
    """`state` with the counts anyone may see ("Bekijk de resultaten"): looking is not
    voting, so the form stays and nothing is stored."""
    if not results_public(snapshot):
        return state
    public = results_document(snapshot)
    shown = {"results_visible": True, "total": public["total"], "choices": public["choices"]}
    return {**state, **shown}


def vote_form(request, poll_id):
    """POST from the plain form: vote, then back to the poll on the article page."""
    if request.method != "POST":
        return poll_page(request, poll_id, error=_("Votes are cast with POST."), status=405)
    poll = Poll.objects.filter(pk=poll_id).first()
    if poll is None:
        raise Http404
    try:
        # Not an answer's id (junk, or past any id): vote_cast refuses None as no answer.
        choice_id = positive_int(request.POST.get("choice", ""))
        vote_cast(poll=poll, choice_id=choice_id, voter=voter_for(request))
    except VoterUnknown as exc:
        return poll_page(request, poll_id, error=exc.message, status=400)
    except VoteRefused as exc:
        response = poll_page(request, poll_id, error=exc.message, status=exc.status)
        return set_retry_after(response, exc.retry_after)
    back = _back_url(request, poll)
    if back is None:
        return redirect("polls:page", poll_id=poll.pk)
    return redirect(f"{back.split('#')[0]}#poll")
