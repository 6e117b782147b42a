"""JSON for follow.js: what a logged-in reader follows (private), and the articles of any
set of subjects (public, the same for everyone who follows the same set)."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

from kopbal.accounts.views import private
from kopbal.api.cache import public_read
from kopbal.api.serializers import moment
from kopbal.api.views import TAG_KEYS
from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.ids import positive_int
from kopbal.core.pagination import PAGE_PARAM

from .models import Follow
from .querysets import articles_about
from .subjects import BY_PARAM, key

# Per kind, and in all: enough for any reader, and a bound on what one answer looks up.
MAX_PER_KIND = 30
MAX_SUBJECTS = 50
API_PAGE_SIZE = 20


def following(request):
    """GET: the keys ('club:anderlecht') of what this reader follows; [] when logged out."""
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    user = request.user
    data = {
        "authenticated": user.is_authenticated,
        "follows": Follow.objects.of(user).keys() if user.is_authenticated else [],
    }
    return private(JsonResponse(data))


class BadSubjects(ValueError):
    def __init__(self, code: str, message: str, **extra):
        super().__init__(message)
        self.code, self.message, self.extra = code, message, extra


def _subjects(request) -> dict:
    """param -> the subjects it names. Slugs must come sorted, without repeats, so that
    one set of subjects has one URL (and one cache entry)."""
    found, total = {}, 0
    for param, kind in BY_PARAM.items():
        value = request.GET.get(param)
        if value is None:
            continue
        slugs = value.split(",")
        if any(not slug for slug in slugs):
            raise BadSubjects("bad_subjects", _("A name in %(param)s is empty.") % {"param": param})
        if slugs != sorted(set(slugs)):
            message = _("Give the names in %(param)s once each, in alphabetical order.")
            raise BadSubjects("not_canonical", message % {"param": param})
        if len(slugs) > MAX_PER_KIND:
            message = _("At most %(max)d names per kind.") % {"max": MAX_PER_KIND}
            raise BadSubjects("too_many", message)
        total += len(slugs)
        subjects = list(kind.model.objects.filter(slug__in=slugs))
        unknown = sorted(set(slugs) - {s.slug for s in subjects})
        if unknown:
            message = _("We do not know these names: %(names)s.") % {"names": ", ".join(unknown)}
            keys = [f"{kind.name}:{slug}" for slug in unknown]
            raise BadSubjects("unknown_subjects", message, unknown=keys)
        found[kind.name] = subjects
    if not total:
        raise BadSubjects("no_subjects", _("Choose at least one club, person or competition."))
    if total > MAX_SUBJECTS:
        message = _("At most %(max)d subjects at once.") % {"max": MAX_SUBJECTS}
        raise BadSubjects("too_many", message)
    return found


def _article(article, request) -> dict:
    return {
        "id": article.pk,
        "headline": article.display_title,
        "url": article.get_url_parts(request)[2],
        "teaser": article.teaser,
        "first_published_at": moment(article.first_published_at),
        "comment_count": article.comment_total,
    }


@public_read(params=[*BY_PARAM, PAGE_PARAM], depends_on=lambda: TAG_KEYS)
def my_news(request):
    """The articles of the subjects in the query, newest first, a page at a time."""
    try:
        subjects = _subjects(request)
    except BadSubjects as problem:
        # The usual error shape, plus the unknown names: follow.js forgets those.
        data = {"error": problem.code, "message": problem.message, **problem.extra}
        return private(JsonResponse(data, status=400))
    number = positive_int(request.GET.get(PAGE_PARAM, "1"), maximum=1000)
    if number is None:
        return json_error(400, "bad_page", _("This page number does not exist."))
    articles = articles_about(
        clubs=[s.pk for s in subjects.get("club", [])],
        persons=[s.pk for s in subjects.get("person", [])],
        competitions=[s.pk for s in subjects.get("competition", [])],
    ).for_listing()
    # One row more than a page says whether there is a next one, without a COUNT(*).
    start = (number - 1) * API_PAGE_SIZE
    rows = list(articles[start : start + API_PAGE_SIZE + 1])
    if number > 1 and not rows:
        return json_error(400, "bad_page", _("This page number does not exist."))
    data = {
        "subjects": [
            {"key": key(s), "name": s.name, "url": s.get_absolute_url()}
            for kind in subjects.values()
            for s in kind
        ],
        "articles": [_article(a, request) for a in rows[:API_PAGE_SIZE]],
        "page": number,
        "has_next": len(rows) > API_PAGE_SIZE,
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
