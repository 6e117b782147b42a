"""Error views in the site's language and style."""

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views import defaults

from .api import is_api, json_error, status_message


def csrf_failure(request, reason=""):
    """A refused state change: JSON for the API, a page with a way forward for forms."""
    message = _(
        "Your request could not be verified (the security token is missing or expired). "
        "Reload the page and try again."
    )
    if request.path.startswith("/api/"):
        return JsonResponse({"error": "csrf", "message": message}, status=403)
    response = TemplateResponse(request, "403_csrf.html", {"message": message}, status=403)
    return response.render()


# The URLconf's error handlers (kopbal/urls.py): JSON under /api/, Dutch pages elsewhere.


def bad_request(request, exception=None):
    too_large = isinstance(exception, RequestDataTooBig)
    status = 413 if too_large else 400
    code, message = status_message(status)
    if is_api(request):
        return json_error(status, code, message)
    context = {"status": status, "message": message if too_large else ""}
    response = TemplateResponse(request, "400.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response.render()


def permission_denied(request, exception=None):
    if is_api(request):
        return json_error(403, *status_message(403))
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception=None):
    if is_api(request):
        return json_error(404, *status_message(404))
    return defaults.page_not_found(request, exception)


def server_error(request):
    if is_api(request):
        return json_error(500, *status_message(500))
    return defaults.server_error(request)
