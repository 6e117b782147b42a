"""What a page tells search engines and share previews: its description, canonical
address, OpenGraph and Twitter card, and its structured data (JSON-LD).

The apps build a PageMeta for their pages (kopbal/news/page_meta.py); base.html prints it
through `{% head_meta %}` (kopbal/core/templatetags/meta_tags.py). Every URL in it is
absolute on the configured site address, never the request's Host.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from .address import absolute_url

# The site's share image (scripts/draw_share_images.py) and its size: what OpenGraph
# and Twitter show for a page without a picture of its own.
SHARE_IMAGE = ("img/share.png", 1200, 630)
# The publisher's logo in NewsArticle and NewsMediaOrganization.
LOGO = ("img/logo.png", 600, 600)
SITE_NAME = "Kopbal"
# Escaped so that no "</script>" or "<!--" in a headline can end the data block early,
# as Django's json_script does; JSON parsers read \u003C as "<".
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class ShareImage:
    url: str  # absolute
    width: int
    height: int
    alt: str


@dataclass
class PageMeta:
    """A page as search engines and share previews see it.

    `title` is the page's own title (no " | Kopbal"); without one, no OpenGraph or
    Twitter tags are printed (pages nobody shares: the log-in form, errors).
    """

    description: str
    path: str = ""  # site-relative canonical path, with the query a page reads
    title: str = ""
    kind: str = "website"  # og:type: website, article or profile
    image: ShareImage | None = None
    indexable: bool = True
    published: datetime | None = None
    modified: datetime | None = None
    section: str = ""
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # absolute URLs of author pages
    structured_data: list[dict] = field(default_factory=list)

    @property
    def canonical(self) -> str:
        return absolute_url(self.path) if self.path else ""

    @property
    def share_image(self) -> ShareImage:
        return self.image or default_share_image()


def static_url(path: str) -> str:
    """The absolute URL of a static file (with its hashed name in production)."""
    return absolute_url(static(path))


def default_share_image() -> ShareImage:
    path, width, height = SHARE_IMAGE
    return ShareImage(static_url(path), width, height, _("Kopbal: football news from Belgium"))


def site_description() -> str:
    """What Kopbal is: the home page's description, and that of pages without their own."""
    return _(
        "Football news from Belgium every day: the Jupiler Pro League, transfers, "
        "the Red Devils and your club, with readers' comments and polls."
    )


def iso_datetime(moment: datetime | None) -> str:
    """ISO 8601 in the site's time zone, whole seconds, with the offset."""
    if moment is None:
        return ""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def json_ld(data: dict) -> SafeString:
    """`data` as a JSON-LD block, safe inside HTML whatever its strings hold."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    # A data block is not script: the CSP's script-src does not apply to it.
    return mark_safe(  # noqa: S308 (escaped above: no <, > or & is left in the text)
        '<script type="application/ld+json">' + text.translate(_JSON_SCRIPT_ESCAPES) + "</script>"
    )


def breadcrumbs(trail: list[tuple[str, str]]) -> dict:
    """A BreadcrumbList (JSON-LD) of (name, site-relative path) from the home page down."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute_url(path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }
