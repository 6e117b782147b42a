"""Multi-step writes for the news tree."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, NewsIndexPage


@transaction.atomic
def site_tree_ensure(
    *, hostname: str = "localhost", port: int = 80
) -> tuple[HomePage, NewsIndexPage]:
    """The home page at the site root and the archive under it, created when missing.

    Replaces the placeholder page that Wagtail's first migration creates.
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or _root_create()
        home = root.add_child(instance=HomePage(title="Kopbal", slug="kopbal-home"))
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port, site.site_name = hostname, port, "Kopbal"
        site.root_page = home
        site.save()
        # Wagtail's "Welcome to your new Wagtail site!" placeholder.
        Page.objects.filter(depth=2).exclude(pk=home.pk).exact_type(Page).delete()
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(instance=NewsIndexPage(title=_("News"), slug="nieuws"))
    return home, index


def _root_create() -> Page:
    """The tree's root (and the root image collection), for a database emptied after
    Wagtail's migrations created them: a flushed test database, an import."""
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale, _created = Locale.objects.get_or_create(language_code=language)
    return Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
