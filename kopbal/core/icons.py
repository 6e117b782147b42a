"""The browser's fixed addresses for a site's icon and app manifest, same-origin for the CSP."""

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, JsonResponse
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

# The header's background (--pitch in static/css/kopbal.css); also base.html's theme-color.
THEME_COLOUR = "#0d4b34"
DAY = 24 * 60 * 60


@require_safe
def favicon(request):
    """/favicon.ico, which browsers and crawlers ask for whatever the page links."""
    # The checkout's static/ folder, present in every profile (collectstatic copies it).
    path = finders.find("img/favicon.ico")
    if not path:
        raise Http404
    # FileResponse closes the file once sent.
    response = FileResponse(open(path, "rb"), content_type="image/x-icon")  # noqa: SIM115
    patch_cache_control(response, public=True, max_age=DAY)
    return response


@require_safe
def manifest(request):
    """The web app manifest: the Dutch name, the header's colour and the icons."""
    data = {
        "name": _("Kopbal: football news"),
        "short_name": "Kopbal",
        "lang": "nl-BE",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    patch_cache_control(response, public=True, max_age=DAY)
    return response
