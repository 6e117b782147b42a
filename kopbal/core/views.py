"""Error views in the site's language and style."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _


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
