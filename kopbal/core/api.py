"""The shape of every JSON error: `{"error": code, "message": Dutch text}`, never stored."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

API_PREFIX = "/api/"


def is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


def json_error(status: int, code: str, message: str) -> JsonResponse:
    response = JsonResponse({"error": code, "message": str(message)}, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response


def status_message(status: int) -> tuple[str, str]:
    """(code, message) for an error that no view explained itself: a 404 from the URLconf,
    a 405 from a decorator, allauth's 429, a crash."""
    messages = {
        400: ("bad_request", _("This request is not valid.")),
        403: ("forbidden", _("You are not allowed to do this.")),
        404: ("not_found", _("This address does not exist.")),
        405: ("method_not_allowed", _("This method is not allowed here.")),
        413: ("too_large", _("This request is too large.")),
    }
    if status in messages:
        return messages[status]
    if status >= 500:
        return "server_error", _("Something went wrong on our side. Try again in a moment.")
    return "error", _("This request could not be handled.")


def json_not_allowed(allowed: list[str], message: str) -> JsonResponse:
    """A 405 that says, in the Allow header, which methods would work."""
    response = json_error(405, "method_not_allowed", message)
    response["Allow"] = ", ".join(allowed)
    return response
