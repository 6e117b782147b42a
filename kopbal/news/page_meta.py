"""The PageMeta of each news page: home, archive, article and the tag pages.

Built from what the page has loaded already (its authors, tags and hero image), so the
head costs no queries of its own; the hero's renditions come from Wagtail's rendition
cache once made.
"""

from django.utils.translation import gettext as _
from wagtail.images.models import Filter, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from kopbal.core.address import absolute_url
from kopbal.core.meta import PageMeta, ShareImage, default_share_image, site_description
from kopbal.core.pagination import PAGE_PARAM
from kopbal.core.text import plain_text, shorten, summary
from kopbal.football.models import Club, Competition, Person

from . import structured_data as sd

# The hero image as share previews want it (1200x630), and as Google wants a
# NewsArticle's images: 16:9, 4:3 and 1:1, at least 1,200 px wide. Wagtail never
# enlarges an image, so a smaller original gives smaller renditions.
SHARE_FILTER = "fill-1200x630|format-jpeg"
STRUCTURED_FILTERS = (
    "fill-1200x675|format-jpeg",
    "fill-1200x900|format-jpeg",
    "fill-1200x1200|format-jpeg",
)
# The hero on the article page itself (.hero in kopbal.css): three WebP widths.
PICTURE_SPEC = "fill-{480x270,800x450,1200x675}|format-webp"
PICTURE_SPECS = tuple(Filter.expand_spec(PICTURE_SPEC))
PICTURE_ATTRS = {"sizes": "(min-width: 64em) 46rem, 100vw", "fetchpriority": "high"}


def _page_suffix(page_obj) -> str:
    """A " Pagina 2 van 4." from the second page of a list on: every page of a list has a
    description of its own."""
    if page_obj is None or page_obj.number == 1:
        return ""
    numbers = {"number": page_obj.number, "total": page_obj.paginator.num_pages}
    return " " + _("Page %(number)s of %(total)s") % numbers + "."


def _list_path(request, page_obj) -> str:
    """A list's own address: page 2 and on are pages of their own, with their ?pagina=."""
    if page_obj is None or page_obj.number == 1:
        return request.path
    return f"{request.path}?{PAGE_PARAM}={page_obj.number}"


def home(request) -> PageMeta:
    return PageMeta(
        title="Kopbal \u00b7 " + _("Football news from Belgium"),
        description=site_description(),
        path="/",
        structured_data=sd.home_graph(),
    )


def archive(request, page_obj) -> PageMeta:
    title = _("More sports news")
    return PageMeta(
        title=title,
        description=_(
            "All football news on Kopbal, newest first: matches, transfers and "
            "background from Belgian football."
        )
        + _page_suffix(page_obj),
        path=_list_path(request, page_obj),
        structured_data=[sd.breadcrumbs([(_("Home"), "/"), (title, request.path)])],
    )


HERO_SPECS = (*PICTURE_SPECS, SHARE_FILTER, *STRUCTURED_FILTERS)
# Made once per process: a Filter parses its spec into operations (with inspect) on first
# use, 14 signature bindings a page when made anew for every render.
_HERO_FILTERS = {spec: Filter(spec=spec) for spec in HERO_SPECS}


def _from_rendition_cache(image, filters: dict) -> dict | None:
    """Every one of `filters`' renditions (spec -> Filter) from Wagtail's rendition cache,
    keyed by spec, or None when any is missing. As Wagtail's own cache lookup, without the
    write-back get_renditions() does of what it has just read (every render: a second
    Redis round trip and the pickling of seven renditions)."""
    rendition_model = image.get_rendition_model()
    keys = {
        rendition_model.construct_cache_key(image, f.get_cache_key(image), f.spec): spec
        for spec, f in filters.items()
    }
    found = rendition_model.cache_backend.get_many(list(keys))
    if len(found) < len(keys):
        return None
    for rendition in found.values():
        rendition.image = image  # as Wagtail does: the page's own image instance
    return {keys[key]: rendition for key, rendition in found.items()}


def hero_renditions(article) -> dict[str, object]:
    """Every rendition of the hero the article page shows or announces (the picture's
    widths, the share image, the structured data's three), keyed by the specs above, in
    one lookup of Wagtail's rendition cache; what is not there yet is made (or found in
    the database) and cached by Wagtail. {} without a hero."""
    image = article.hero_image
    if image is None:
        return {}
    cached = _from_rendition_cache(
        image, {spec: image.clean_filter_for_svg(f) for spec, f in _HERO_FILTERS.items()}
    )
    if cached is not None:
        return cached
    specs = list(HERO_SPECS)
    found = get_renditions_or_not_found(image, specs)
    # An SVG's specs lose their format (Wagtail's clean_filter_for_svg) and are keyed so;
    # the not-found stand-ins for a missing file keep the specs as given.
    cleaned = {spec: image.clean_filter_for_svg(Filter(spec=spec)).spec for spec in specs}
    return {spec: found.get(cleaned[spec]) or found[spec] for spec in specs}


def hero_picture(article, renditions: dict) -> ResponsiveImage | None:
    """The hero as the page shows it: {% srcset_image page.hero_image <PICTURE_SPEC>
    sizes=... fetchpriority="high" alt=page.hero_caption|default:page.title %}."""
    if not renditions:
        return None
    return ResponsiveImage(
        {spec: renditions[spec] for spec in PICTURE_SPECS},
        {**PICTURE_ATTRS, "alt": article.hero_caption or article.title},
    )


def _hero_images(article, renditions: dict):
    """(share image, [16:9, 4:3, 1:1 ImageObjects]) of the hero, from hero_renditions."""
    if not renditions:
        return None, []
    share = renditions[SHARE_FILTER]
    alt = article.hero_caption or article.display_title
    return (
        ShareImage(absolute_url(share.url), share.width, share.height, alt),
        [
            sd.image_object(absolute_url(r.url), r.width, r.height)
            for r in (renditions[spec] for spec in STRUCTURED_FILTERS)
        ],
    )


def article_description(article) -> str:
    """The editor's search description, else their teaser, else the intro cut at a sentence
    or a word: never with the lists' trailing "…"."""
    return (
        shorten(article.search_description, 300)
        or shorten(article.custom_teaser, 300)
        or summary(article.intro)
    )


def article(page, request, *, authors, clubs, persons, competitions, hero=None) -> PageMeta:
    """`hero`: hero_renditions(page), if the caller looked them up already."""
    path = page.get_url(request) or "/"
    canonical = absolute_url(path)
    description = article_description(page)
    tags = [*clubs, *persons, *competitions]
    # Clubs first: a club's page is the section a reader would file the story under.
    home_tag = (clubs or competitions or [None])[0]
    section = home_tag.name if home_tag else _("News")
    share, images = _hero_images(page, hero_renditions(page) if hero is None else hero)
    if not images:
        fallback = default_share_image()
        images = [sd.image_object(fallback.url, fallback.width, fallback.height)]
    parent = (
        (home_tag.name, home_tag.get_absolute_url()) if home_tag else (_("News"), _archive(path))
    )
    return PageMeta(
        title=page.seo_title or page.display_title,
        description=description,
        path=path,
        kind="article",
        image=share,
        published=page.first_published_at,
        modified=page.last_published_at,
        section=section,
        tags=[t.name for t in tags],
        authors=[absolute_url(a.get_absolute_url()) for a in authors],
        structured_data=[
            sd.news_article(
                page,
                canonical=canonical,
                headline=shorten(page.display_title, sd.HEADLINE_LENGTH),
                description=description,
                images=images,
                authors=authors,
                tags=tags,
                section=section,
            ),
            sd.breadcrumbs([(_("Home"), "/"), parent, (page.display_title, path)]),
        ],
    )


def _archive(article_path: str) -> str:
    """The archive's path: the article's without its "<id>/<slug>/" (ArticlePage.get_url_parts)."""
    return article_path.rstrip("/").rsplit("/", 2)[0] + "/"


def _tag_description(tag) -> str:
    if isinstance(tag, Club):
        return _(
            "The latest news about %(name)s: matches, transfers and background, "
            "every day on Kopbal."
        ) % {"name": tag.name}
    if isinstance(tag, Person) and tag.club and tag.role != Person.Role.OTHER:
        return _("The latest news about %(name)s, %(role)s at %(club)s, on Kopbal.") % {
            "name": tag.name,
            "role": str(tag.get_role_display()).lower(),
            "club": tag.club.name,
        }
    if isinstance(tag, Competition) and tag.description:
        return summary(tag.description)
    if tag.tag_route == "author":
        if tag.job_title:
            intro = _("All articles by %(name)s, %(job_title)s at Kopbal.") % {
                "name": tag.name,
                "job_title": tag.job_title[:1].lower() + tag.job_title[1:],
            }
        else:
            intro = _("All articles by %(name)s on Kopbal.") % {"name": tag.name}
        return summary(f"{intro} {plain_text(tag.bio)}") if tag.bio else intro
    return _("The latest news about %(name)s on Kopbal.") % {"name": tag.name}


def _tag_trail(tag) -> list[tuple[str, str]]:
    """Home, the club or competition the tag belongs to, the tag."""
    trail = [(_("Home"), "/")]
    parent = getattr(tag, "competition", None) or getattr(tag, "club", None)
    if parent is not None:
        trail.append((parent.name, parent.get_absolute_url()))
    return [*trail, (tag.name, tag.get_absolute_url())]


def tag(tag, request, page_obj) -> PageMeta:
    path = _list_path(request, page_obj)
    is_profile = tag.tag_route in ("person", "author")
    return PageMeta(
        title=tag.name,
        description=_tag_description(tag) + _page_suffix(page_obj),
        path=path,
        kind="profile" if is_profile else "website",
        structured_data=[
            sd.tag_entity(tag, canonical=absolute_url(tag.get_absolute_url())),
            sd.breadcrumbs(_tag_trail(tag)),
        ],
    )
