"""Structured data (schema.org, as JSON-LD) for the news pages, built as plain dicts.

Google's documentation for NewsArticle, BreadcrumbList, ProfilePage and the site's
search box is the reference. Every URL is absolute on the configured site address.
"""

from django.utils.translation import gettext as _

from kopbal.core.address import absolute_url
from kopbal.core.meta import LOGO, SITE_NAME, iso_datetime, static_url
from kopbal.core.meta import breadcrumbs as breadcrumbs  # the football pages share it
from kopbal.football.models import Club, Competition, Person

CONTEXT = "https://schema.org"
# The search page's address; the search app serves it (issue 10, part 1).
SEARCH_PATH = "/zoeken/"
HEADLINE_LENGTH = 110  # Google shows no more of a NewsArticle headline


def organization() -> dict:
    """Kopbal as the publisher of every article."""
    path, width, height = LOGO
    return {
        "@type": "NewsMediaOrganization",
        "@id": absolute_url("/#organization"),
        "name": SITE_NAME,
        "url": absolute_url("/"),
        "logo": {"@type": "ImageObject", "url": static_url(path), "width": width, "height": height},
    }


def home_graph() -> list[dict]:
    """The home page: the publisher, and the site with its search box."""
    website = {
        "@context": CONTEXT,
        "@type": "WebSite",
        "@id": absolute_url("/#website"),
        "name": SITE_NAME,
        "url": absolute_url("/"),
        "inLanguage": "nl-BE",
        "publisher": {"@id": absolute_url("/#organization")},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(SEARCH_PATH) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return [{"@context": CONTEXT, **organization()}, website]


def image_object(url: str, width: int, height: int) -> dict:
    return {"@type": "ImageObject", "url": url, "width": width, "height": height}


def tag_reference(tag) -> dict:
    """A club, person or competition an article is about: its type, name and page."""
    kind = {Club: "SportsTeam", Person: "Person", Competition: "SportsOrganization"}
    return {
        "@type": kind.get(type(tag), "Thing"),
        "name": tag.name,
        "url": absolute_url(tag.get_absolute_url()),
    }


def news_article(
    article, *, canonical, headline, description, images, authors, tags, section
) -> dict:
    """A NewsArticle: `images` are ImageObject dicts (16:9, 4:3 and 1:1), `authors` the
    newsroom's Author rows, `tags` its clubs, persons and competitions."""
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "headline": headline,
        "description": description,
        "image": images,
        "author": [
            {"@type": "Person", "name": a.name, "url": absolute_url(a.get_absolute_url())}
            for a in authors
        ],
        "publisher": organization(),
        "isAccessibleForFree": True,
        "inLanguage": "nl-BE",
        "articleSection": section,
    }
    if article.first_published_at:  # a preview of a new article has no dates yet
        data["datePublished"] = iso_datetime(article.first_published_at)
        data["dateModified"] = iso_datetime(article.last_published_at)
    if tags:
        data["about"] = [tag_reference(t) for t in tags]
        data["keywords"] = ", ".join(t.name for t in tags)
    return data


def tag_entity(tag, *, canonical: str) -> dict:
    """What a tag page is about: a club (SportsTeam), a person, a competition or one of
    the newsroom's authors (a ProfilePage, as Google documents for author pages)."""
    entity = {"name": tag.name, "url": canonical}
    if isinstance(tag, Club):
        entity["@type"] = "SportsTeam"
        entity["sport"] = _("Football")
        if tag.nickname_list:
            entity["alternateName"] = tag.nickname_list
        if tag.city:
            entity["location"] = {"@type": "Place", "name": tag.city}
        if tag.crest:
            entity["logo"] = absolute_url(tag.crest.file.url)
        if tag.competition:
            entity["memberOf"] = tag_reference(tag.competition)
    elif isinstance(tag, Competition):
        entity["@type"] = "SportsOrganization"
        entity["sport"] = _("Football")
        if tag.description:
            entity["description"] = tag.description
    else:  # a Person, or an Author of the newsroom
        entity["@type"] = "Person"
        if getattr(tag, "photo", None):
            entity["image"] = absolute_url(tag.photo.file.url)
        if isinstance(tag, Person):
            if tag.role != Person.Role.OTHER:
                entity["jobTitle"] = str(tag.get_role_display())
            if tag.club:
                entity["affiliation"] = tag_reference(tag.club)
        else:
            if tag.job_title:
                entity["jobTitle"] = tag.job_title
            if tag.bio:
                entity["description"] = tag.bio
            entity["worksFor"] = organization()
            return {"@context": CONTEXT, "@type": "ProfilePage", "mainEntity": entity}
    return {"@context": CONTEXT, **entity}
