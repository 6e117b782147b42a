"""/zoeken/: reader search, one page for the empty box, the results and the filters."""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.core.pagination import paginate

from . import params
from .backends import Filters, backend
from .query import parse
from .results import SearchResults
from .search import corrected
from .synonyms import synonyms


def search(request):
    text = params.normalise_query(request.GET.get("q", ""))
    newest = params.canonical_sort(request.GET.get("sort", "")) == params.NEWEST
    period = params.canonical_period(request.GET.get("periode", ""))
    club_slug = params.canonical_club(request.GET.get("club", ""))
    table = synonyms()
    context = {
        "q": text[: params.MAX_QUERY_LENGTH],
        "newest": newest,
        "period": period,
        "periods": [(key, label) for key, (_delta, label) in params.PERIODS.items()],
        "clubs": table.clubs,
        "club": None,
        "notes": [],
        "max_length": params.MAX_QUERY_LENGTH,
    }
    status = 200
    if club_slug:
        context["club"] = table.club(club_slug)
        if context["club"] is None:
            status = 400
            context["notes"].append(_("We do not know that club: all clubs were searched."))
    query = parse(text, table)
    if query.cut:
        context["notes"].append(
            _("Your search was longer than %(max)s characters: only its start was searched.")
            % {"max": params.MAX_QUERY_LENGTH}
        )
    if query.dropped_words:
        context["notes"].append(
            _("Only the first %(max)s words were searched.") % {"max": params.MAX_WORDS}
        )
    context["query"] = query
    if text and not query:
        context["notes"].append(
            _(
                "Search with words: signs such as quotes or brackets, and little words "
                "such as 'de' or 'het', do not count."
            )
        )
    if query:
        context.update(_results(request, query, table, newest, period, context["club"]))
    return render(request, "search/search_page.html", context, status=status)


def _results(request, query, table, newest, period, club) -> dict:
    since = timezone.now() - params.PERIODS[period][0] if period else None
    filters = Filters(since=since, club_id=club.pk if club else None)
    engine = backend()
    count = engine.count(query, filters, limit=params.MAX_RESULTS + 1)
    found = {"corrected_from": None, "searched": True}
    if count == 0:
        # Nothing found: perhaps a word was mistyped ("Anderleht"). Correct it from the
        # clubs' names or the indexed words, and show what the corrected search finds.
        fixed = corrected(query, table, engine, filters)
        if fixed is not None:
            count = engine.count(fixed, filters, limit=params.MAX_RESULTS + 1)
            found["corrected_from"], query = query, fixed
    # Past MAX_RESULTS the reader is asked to narrow the search rather than page on.
    found["more"] = count > params.MAX_RESULTS
    count = min(count, params.MAX_RESULTS)
    results = SearchResults(engine, query, filters, newest=newest, count=count)
    found["page_obj"] = paginate(request, results, settings.KOPBAL_PAGE_SIZE)
    # The pages of the results keep the search (canonical values only: no redirect).
    found["page_query_params"] = {
        name: value
        for name, value in (
            ("q", params.normalise_query(query.text[: params.MAX_QUERY_LENGTH])),
            ("sort", params.canonical_sort(request.GET.get("sort", ""))),
            ("periode", params.canonical_period(request.GET.get("periode", ""))),
            ("club", params.canonical_club(request.GET.get("club", ""))),
        )
        if value
    }
    found["query"] = query
    found["stems"] = query.highlight_stems()
    return found
