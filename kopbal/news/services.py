"""Multi-step writes for the news tree."""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

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
        root = Page.get_first_root_node()
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
