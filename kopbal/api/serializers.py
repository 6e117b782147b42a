"""Articles and clubs as JSON: plain dicts, every URL absolute on the configured address,
every time with its offset. Reads only what the views fetched up front (no query per item,
once the renditions exist)."""

from django.utils import timezone
from wagtail.rich_text import expand_db_html

from kopbal.core.address import absolute_links, absolute_url

# The hero image in the sizes the article page uses (so they exist already), 16:9.
HERO_SPECS = ("fill-480x270|format-webp", "fill-800x450|format-webp", "fill-1200x675|format-webp")
BODY_IMAGE_SPEC = "width-1200|format-webp"
CREST_SPEC = "max-200x200|format-png"


def moment(value) -> str | None:
    """An ISO 8601 time in the site's time zone, with its offset, to the second."""
    if value is None:
        return None
    return timezone.localtime(value).replace(microsecond=0).isoformat()


def html(markup: str) -> str:
    """Rich text as the page shows it (internal links resolved), links made absolute."""
    return absolute_links(expand_db_html(markup or ""))


def renditions(image, *specs: str) -> list[dict]:
    """`image` in each size, once per distinct size (a small original is never enlarged,
    so its sizes repeat); none when the original is gone from storage, which must cost the
    image, not the whole answer (Wagtail's SourceImageIOError is an OSError)."""
    if image is None:
        return []
    try:
        found = image.get_renditions(*specs).values()
    except OSError:
        return []
    sizes = {(r.width, r.height): r for r in found}
    return [
        {"url": absolute_url(r.url), "width": r.width, "height": r.height} for r in sizes.values()
    ]


def rendition(image, spec: str) -> dict | None:
    found = renditions(image, spec)
    return found[0] if found else None


def tag(item, **extra) -> dict:
    return {
        "name": item.name,
        "slug": item.slug,
        "url": absolute_url(item.get_absolute_url()),
        **extra,
    }


def article_summary(article, request=None) -> dict:
    from .views import article_api_url  # the views import this module

    persons = [link.person for link in article.article_persons.all()]
    hero = None
    hero_renditions = renditions(article.hero_image, *HERO_SPECS)
    if hero_renditions:
        hero = {
            "caption": article.hero_caption,
            "credit": article.hero_credit,
            "renditions": hero_renditions,
        }
    return {
        "id": article.pk,
        "headline": article.display_title,
        # With the request, Wagtail works out the site's root paths once for the whole list.
        "url": absolute_url(article.get_url_parts(request)[2]),
        "api_url": article_api_url(article.pk),
        "intro": html(article.intro),
        "first_published_at": moment(article.first_published_at),
        "last_published_at": moment(article.last_published_at),
        "is_rumour": article.is_rumour,
        "source_medium": article.source_medium,
        "authors": [tag(link.author) for link in article.article_authors.all()],
        "clubs": [tag(c, short_name=c.short_name) for c in article.clubs.all()],
        "persons": [tag(p) for p in persons],
        "competitions": [tag(c) for c in article.competitions.all()],
        "hero_image": hero,
    }


def body_block(block) -> dict | None:
    kind, value = block.block_type, block.value
    if kind == "paragraph":
        return {"type": kind, "html": html(value.source)}
    if kind == "subheading":
        return {"type": kind, "text": value}
    if kind == "quote":
        return {
            "type": kind,
            "text": value["text"],
            "speaker": value["speaker"],
            "source": value["source"],
        }
    if kind == "read_also":
        target = value["article"]
        if target is None or not target.live:
            return None
        return {"type": kind, "headline": target.title, "url": absolute_url(target.url)}
    if kind == "image":
        image = rendition(value["image"], BODY_IMAGE_SPEC)
        if image is None:
            return None
        return {
            "type": kind,
            "caption": value["caption"],
            "credit": value["credit"],
            **image,
        }
    if kind == "embed":
        return {
            "type": kind,
            "url": value["url"],
            "title": value["title"],
            "description": value["description"],
        }
    return None


def article_detail(article, request=None) -> dict:
    data = article_summary(article, request)
    data["body"] = [b for b in map(body_block, article.body) if b is not None]
    data["comment_count"] = article.comment_count
    return data


def club(item) -> dict:
    return {
        **tag(item),
        "short_name": item.short_name,
        "nicknames": item.nickname_list,
        "city": item.city,
        "primary_colour": item.primary_colour,
        "secondary_colour": item.secondary_colour,
        "competition": item.competition.slug if item.competition else None,
        "crest": rendition(item.crest, CREST_SPEC),
        "api_articles_url": absolute_url(f"/api/v1/articles/?club={item.slug}"),
    }
