"""Multi-step writes for the news tree."""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from kopbal.core import pagecache
from kopbal.core.address import site_address

from .models import HomePage, NewsIndexPage


@transaction.atomic
def site_tree_ensure() -> tuple[HomePage, NewsIndexPage]:
    """The home page at the site root and the archive under it, created when missing,
    on the configured address (KOPBAL_SITE_URL).

    Replaces the placeholder page that Wagtail's first migration creates.
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _root_create()
        home = root.add_child(instance=HomePage(title="Kopbal", slug="kopbal-home"))
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.site_name = "Kopbal"
        site.root_page = home
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" placeholder.
        Page.objects.filter(depth=2).exclude(pk=home.pk).exact_type(Page).delete()
    site_address_ensure()
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=NewsIndexPage(title=_("News"), slug="nieuws"))
    return home, index


def site_address_ensure(*, using: str = DEFAULT_DB_ALIAS) -> bool:
    """Give the default Wagtail Site the configured address; True when it changed.

    Wagtail builds every absolute page URL (canonical links, feed items, sitemap entries)
    from the Site record, so the record follows the setting rather than the other way
    round: one environment variable decides, and an editor's edit in Settings > Sites is
    put back on the next `migrate` (see NewsConfig.ready).
    """
    address = site_address()
    changed = (
        Site.objects.using(using)
        .filter(is_default_site=True)
        .exclude(hostname=address.hostname, port=address.port)
        .update(hostname=address.hostname, port=address.port)
    )
    if changed:
        Site.clear_site_root_paths_cache()
        # update() sends no signal: cached pages and what workers remember of the sites
        # (kopbal.news.routing) follow the site generation.
        if using == DEFAULT_DB_ALIAS:
            pagecache.site_changed()
    return bool(changed)


def _root_create() -> Page:
    """The tree's root (and the root image collection), for a database emptied after
    Wagtail's migrations created them: a flushed test database, an import."""
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _created = Locale.objects.get_or_create(language_code=language)
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
