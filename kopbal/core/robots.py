"""robots.txt: the site is open to crawlers, the forms and the newsroom are not."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from .address import absolute_url

# Paths with nothing to index: the newsroom, reader accounts, the JSON API and the
# form endpoints behind polls and comments (their pages are reached through articles).
DISALLOWED = [
    "/admin/",
    "/account/",
    "/accounts/",
    "/api/",
    "/poll/",
    "/reacties/",
    "/reactie/",
]


# Cached like every anonymous page (core.pagecache): in the page cache, with an ETag, and
# briefly in shared caches in front.
@require_safe
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    lines += [f"Sitemap: {absolute_url(reverse('sitemap_news'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
