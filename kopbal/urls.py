from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from kopbal.accounts import newsroom
from kopbal.core import icons
from kopbal.core.robots import robots_txt
from kopbal.news import feeds, routing, sitemaps

# allauth answers its own 429s through this view: Dutch, with the wait and Retry-After.
handler429 = "kopbal.accounts.limits.allauth_429"

urlpatterns = [
    # No Django admin: the newsroom works in Wagtail's, and a second log-in form is one
    # more way around the limits. The newsroom's log-in shadows Wagtail's at its path.
    path("admin/login/", newsroom.login, name="newsroom_login"),
    path("_util/login/", newsroom.site_login, name="site_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news, name="sitemap_news"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    # RSS and Atom of the site and of every tag page (/club/<slug>/rss/, ...).
    *feeds.urlpatterns(),
    path("favicon.ico", icons.favicon, name="favicon"),
    path("manifest.webmanifest", icons.manifest, name="manifest"),
    # Kopbal's rate-limited login and sign-up views shadow allauth's at the same paths.
    path("", include("kopbal.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("kopbal.polls.urls")),
    path("", include("kopbal.comments.urls")),
    path("", include("kopbal.notices.urls")),
    path("", include("kopbal.search.urls")),
    path("", include("kopbal.follows.urls")),
    path("", include("kopbal.api.urls")),
    path("", include("kopbal.live.urls")),
    path("", include("kopbal.football.urls")),
    path("", include("kopbal.analytics.urls")),
    path("", include("kopbal.ingest.urls")),
]

if settings.SERVE_MEDIA:
    from kopbal.core import media

    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media.serve)]

urlpatterns += [
    # An article's canonical URL, resolved with one query before Wagtail's catch-all walks
    # the tree (kopbal.news.routing); the same characters as Wagtail's own pattern.
    re_path(
        r"^(?P<section>[\w\-]+)/(?P<article_id>[0-9]+)/(?P<slug>[\w\-]+)/$",
        routing.serve,
        name="article_serve",
    ),
    path("", include(wagtail_urls)),
]

handler400 = "kopbal.core.views.bad_request"
handler403 = "kopbal.core.views.permission_denied"
handler404 = "kopbal.core.views.page_not_found"
handler500 = "kopbal.core.views.server_error"
