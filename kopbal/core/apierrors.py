"""Every error under /api/ as JSON with a Dutch message, whoever produced it.

The views explain their own refusals; this catches the rest (a 405 from a decorator,
allauth's 429, a 404 of the URLconf) so the page script can always show `message`.
"""

from .api import is_api, json_error, status_message

# A 429 that does not say how long (allauth's own): a minute, after which a client that
# retries is at worst told again.
DEFAULT_RETRY_AFTER = "60"


def _is_json(response) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


class ApiErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or not is_api(request):
            return response
        if not _is_json(response):
            converted = json_error(response.status_code, *status_message(response.status_code))
            for header in ("Allow", "Retry-After"):
                if header in response:
                    converted[header] = response[header]
            response = converted
        if response.status_code == 429 and "Retry-After" not in response:
            response["Retry-After"] = DEFAULT_RETRY_AFTER
        return response
