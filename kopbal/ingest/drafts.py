"""An entry written onto a draft ArticlePage: text, source, author and accepted tags."""

import re

from wagtail.rich_text import RichText

from kopbal.football.models import Club, Competition, Person
from kopbal.news.models import ArticleAuthor, ArticlePage, ArticlePerson, Author
from kopbal.tagging.matcher import suggest

from .entries import Entry, text_paragraphs
from .models import Source

_FIRST_PARAGRAPH = re.compile(r"^\s*<p>(.*?)</p>", re.DOTALL)


def tags_for(entry: Entry) -> tuple[list[Club], list[Person], list[Competition]]:
    """The clubs, persons and competitions the tagger finds that exist in the newsroom."""
    found = suggest(entry.text)
    clubs = list(Club.objects.filter(short_name__in=found.clubs).order_by("short_name"))
    persons = list(Person.objects.filter(name__in=found.persons).order_by("name"))
    competitions = list(Competition.objects.filter(name__in=found.competitions).order_by("name"))
    return clubs, persons, competitions


def author_for(entry: Entry, source: Source) -> Author | None:
    """The byline's author when the newsroom knows the name, else the source's author."""
    if entry.byline:
        known = Author.objects.filter(name__iexact=entry.byline).first()
        if known is not None:
            return known
    return source.default_author


def fill(page: ArticlePage, *, entry: Entry, source: Source, tags) -> None:
    """Write the entry on the page (not saved). An agency item without a description gets
    its first paragraph as the intro, which the intro field requires."""
    intro, body = entry.intro, entry.body
    if not intro:
        first = _FIRST_PARAGRAPH.match(body)
        if first:
            intro, body = f"<p>{first.group(1)}</p>", body[first.end() :].strip()
        else:
            intro = text_paragraphs(entry.headline)
    page.title = entry.headline
    page.intro = intro
    page.body = [("paragraph", RichText(body))] if body else []
    page.source_medium = source.medium_name[:100]
    clubs, persons, competitions = tags
    page.clubs = clubs
    page.competitions = competitions
    page.article_persons = [ArticlePerson(person=p, sort_order=i) for i, p in enumerate(persons)]
    author = author_for(entry, source)
    page.article_authors = [ArticleAuthor(author=author, sort_order=0)] if author else []


def tag_names(tags) -> list[str]:
    clubs, persons, competitions = tags
    return [
        *(c.short_name for c in clubs),
        *(p.name for p in persons),
        *(c.name for c in competitions),
    ]
