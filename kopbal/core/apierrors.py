"""Every error under /api/ as JSON with a Dutch message, whoever produced it.

The views explain their own refusals; this catches the rest (a 405 from a decorator,
allauth's 429, a 404 of the URLconf) so the page script can always show `message`.
"""

from django.utils.translation import gettext as _

from .api import is_api, json_error, status_message
from .ids import positive_int
from .retry import duration_text

# A 429 that does not say how long (allauth's own): a minute, after which a client that
# retries is at worst told again.
DEFAULT_RETRY_AFTER = 60


def _is_json(response) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


class ApiErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or not is_api(request):
            return response
        if response.status_code == 429:
            return _rate_limited(response)
        if not _is_json(response):
            converted = json_error(response.status_code, *status_message(response.status_code))
            if "Allow" in response:
                converted["Allow"] = response["Allow"]
            response = converted
        return response


def _rate_limited(response):
    """A 429 always says how long, in words and in Retry-After (the views' own already do)."""
    wait = positive_int(response.get("Retry-After", "")) or DEFAULT_RETRY_AFTER
    if not _is_json(response):
        message = _("Too many requests. Try again in %(wait)s.") % {"wait": duration_text(wait)}
        response = json_error(429, "rate_limited", message)
    response["Retry-After"] = str(wait)
    return response
