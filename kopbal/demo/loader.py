"""Builds the demo site from the data modules: snippets, images, articles, an editor."""

import hashlib
import html
import importlib
import random
import re
import secrets
from datetime import timedelta
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.rich_text import RichText

from kopbal.analytics.demo import views_demo_create
from kopbal.comments import counts
from kopbal.comments.models import Comment, Like
from kopbal.football import openfootball
from kopbal.football.importing import matches_import
from kopbal.football.models import Club, Competition, Match, MatchEvent, Person
from kopbal.football.services import match_update
from kopbal.news.models import ArticleAuthor, ArticlePage, ArticlePerson, Author
from kopbal.news.services import site_tree_ensure
from kopbal.pages.models import InfoPage
from kopbal.polls.models import Choice, Poll, Vote
from kopbal.search.services import documents_rebuild

from . import images
from .data import articles_football as football_articles
from .data import comments as comment_data
from .data import football, trust

ARTICLE_MODULES = [
    "kopbal.demo.data.articles_a",
    "kopbal.demo.data.articles_b",
    "kopbal.demo.data.articles_football",
]
ADMIN_LOGIN_FILE = Path(settings.BASE_DIR) / "var" / "admin-login.txt"
_ALLOWED_TAGS = re.compile(r"&lt;(/?)(b|i|strong|em)&gt;")


def demo_articles() -> list[dict]:
    """Every demo article, oldest first."""
    articles = []
    for name in ARTICLE_MODULES:
        articles.extend(importlib.import_module(name).ARTICLES)
    return sorted(articles, key=lambda a: -a["hours_ago"])


def rich(text: str) -> str:
    """A paragraph of demo text as Wagtail rich text: escaped, with <b>/<i> kept."""
    return "<p>" + _ALLOWED_TAGS.sub(r"<\1\2>", html.escape(text, quote=False)) + "</p>"


def _image(title: str, data: bytes, filename: str) -> Image:
    image = Image(title=title)
    image.file = ImageFile(BytesIO(data), name=filename)
    image.save()
    return image


def _competitions() -> dict[str, Competition]:
    found = {}
    for key, name, short, kind in football.COMPETITIONS:
        found[key] = Competition.objects.create(
            name=name,
            short_name=short,
            slug=key,
            kind=kind,
            description=football.COMPETITION_DESCRIPTIONS.get(key, ""),
        )
    return found


def _clubs(league: Competition, second_tier: Competition) -> dict[str, Club]:
    found = {}
    rows = [(row, league) for row in football.CLUBS]
    rows += [(row, second_tier) for row in football.FORMER_CLUBS]
    for (key, name, short, city, nicknames, primary, secondary), competition in rows:
        code = football.CLUB_CODES[key]
        crest = _image(f"Logo {short}", images.crest(code, (primary, secondary)), f"{key}.png")
        found[key] = Club.objects.create(
            name=name,
            short_name=short,
            slug=key,
            city=city,
            nicknames="\n".join(nicknames),
            adjectives="\n".join(football.CLUB_ADJECTIVES.get(key, [])),
            primary_colour=primary,
            secondary_colour=secondary,
            crest=crest,
            competition=competition,
        )
    return found


def _matches(league: Competition) -> int:
    """Both seasons of the league from the shipped open data, as the newsroom would import them."""
    total = 0
    for name in football.LEAGUE_FILES:
        parsed = openfootball.parse_file(openfootball.DATA_DIR / name)
        result = matches_import(league=parsed, competition=league)
        total += result.created
    return total


def _match_in_progress(league: Competition) -> None:
    """The first open match of the 2025-26 regular season, in play at 1-0 in the 67th
    minute: on `make run` readers see a live score (and the newsroom the match-day screen
    at that round). Always the same match and score; its kick-off moves to 70 minutes
    before the load, like the articles' publication times, so that when an editor ends it
    it stays in the live document (which keeps matches for the hours after kick-off)."""
    match = (
        Match.objects.filter(
            phase__competition=league, phase__season__name="2025-26", phase__kind="regular"
        )
        .upcoming()
        .first()
    )
    if match is not None:
        match_update(
            match=match,
            status=Match.Status.LIVE,
            home_goals=1,
            away_goals=0,
            minute=67,
            kickoff=timezone.now() - timedelta(minutes=70),
        )


def _authors() -> dict[str, Author]:
    found = {}
    for name, job_title, bio in football.AUTHORS:
        photo = _image(name, images.portrait(name), f"{slugify(name)}.png")
        found[name] = Author.objects.create(
            name=name, slug=slugify(name), job_title=job_title, bio=bio, photo=photo
        )
    return found


def _person(data: dict, clubs: dict[str, Club], cache: dict[str, Person]) -> Person:
    if data["name"] not in cache:
        cache[data["name"]] = Person.objects.create(
            name=data["name"],
            slug=slugify(data["name"]),
            role=data.get("role") or Person.Role.OTHER,
            club=clubs.get(data.get("club") or ""),
        )
    return cache[data["name"]]


def _match(ref: tuple | None) -> Match | None:
    """A match named (season, home key, away key, round number), as in articles_football."""
    if ref is None:
        return None
    season, home, away, number = ref
    return Match.objects.get(
        phase__season__name=season, home__slug=home, away__slug=away, round_number=number
    )


def _match_events(clubs: dict[str, Club]) -> None:
    """What the newsroom entered for the demo's matches (articles_football.MATCH_EVENTS)."""
    for ref, events in football_articles.MATCH_EVENTS.items():
        match = _match(ref)
        for kind, minute, added, club, player, other in events:
            MatchEvent.objects.create(
                match=match,
                kind=kind,
                minute=minute,
                added_time=added,
                club=clubs[club],
                player=player,
                other_player=other,
            )


def _football_block(kind: str, value, refs: dict) -> tuple:
    if kind == "match":
        return ("match", {"match": _match(value)})
    return (
        "table",
        {
            "competition": refs["competitions"][value["competition"]],
            "season": None,
            "phase": value.get("phase", "regular"),
            "compact": value.get("compact", False),
            "highlight": refs["clubs"].get(value.get("highlight") or ""),
        },
    )


def _body(blocks: list, pages: dict[str, ArticlePage], refs: dict) -> list:
    body = []
    for kind, value in blocks:
        if kind in ("table", "match"):
            body.append(_football_block(kind, value, refs))
        elif kind == "paragraph":
            body.append(("paragraph", RichText(rich(value))))
        elif kind == "subheading":
            body.append(("subheading", value))
        elif kind == "quote":
            body.append(("quote", value))
        elif kind == "lees_ook" and value in pages:
            body.append(("read_also", {"article": pages[value]}))
    return body


def _poll(item: dict, now) -> Poll:
    """The article's reader question, with a believable number of votes already cast."""
    poll = Poll.objects.create(question=item["poll"]["question"])
    choices = Choice.objects.bulk_create(
        Choice(poll=poll, label=label, sort_order=i)
        for i, label in enumerate(item["poll"]["options"])
    )
    rng = random.Random(item["key"])
    if rng.random() < 0.15:  # a few polls nobody answered yet
        return poll
    weights = [rng.uniform(0.2, 1.0) for _ in choices]
    hours = max(item["hours_ago"], 0.2)
    votes = []
    for n in range(rng.randint(15, 900)):
        votes.append(
            Vote(
                poll=poll,
                choice=rng.choices(choices, weights)[0],
                voter=f"c:demo-{item['key']}-{n}",
                ip_hash=hashlib.sha256(
                    f"{item['key']}-{rng.randint(0, 10**6)}".encode()
                ).hexdigest(),
                created_at=now - timedelta(hours=rng.uniform(0, hours)),
            )
        )
    Vote.objects.bulk_create(votes, batch_size=500)
    return poll


def _readers(now) -> list:
    """Demo reader accounts: verified, without a usable password (nobody logs in as them)."""
    from allauth.account.models import EmailAddress

    rng = random.Random("readers")
    user_model = get_user_model()
    readers = []
    for name in comment_data.READERS:
        user = user_model(
            username=slugify(name),
            email=f"{slugify(name)}@lezers.kopbal.invalid",
            display_name=name,
            date_joined=now - timedelta(days=rng.randint(30, 900)),
        )
        user.set_unusable_password()
        readers.append(user)
    readers = user_model.objects.bulk_create(readers)
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in readers
    )
    return readers


def _discussion(page: ArticlePage, item: dict, readers: list, size: int, now, club: str) -> None:
    """`size` comments (a fifth of them replies) with likes, spread since publication."""
    rng = random.Random(f"comments-{item['key']}")
    persons = [p["name"] for p in item["persons"]] or ["de trainer"]
    start = page.first_published_at
    span = max((now - start).total_seconds(), 60)

    def text(lines):
        return rng.choice(lines).format(club=club, person=rng.choice(persons))

    def moment():
        return start + timedelta(seconds=span * rng.random() ** 2)

    tops = Comment.objects.bulk_create(
        Comment(
            article=page,
            author=rng.choice(readers),
            body=text(comment_data.COMMENTS),
            created_at=moment(),
        )
        for _ in range(size - size // 5)
    )
    if tops:
        parents = [rng.choice(tops) for _ in range(size // 5)]
        Comment.objects.bulk_create(
            Comment(
                article=page,
                author=rng.choice(readers),
                parent=parent,
                body=text(comment_data.REPLIES),
                created_at=min(now, parent.created_at + timedelta(minutes=rng.randint(1, 300))),
            )
            for parent in parents
        )
    likes = []
    for comment in Comment.objects.filter(article=page).only("pk", "author_id"):
        fans = rng.sample(readers, k=min(len(readers), int(rng.paretovariate(1.5)) - 1))
        likes += [Like(comment=comment, user=u) for u in fans if u.pk != comment.author_id]
    Like.objects.bulk_create(likes, batch_size=1000)
    for comment_id, n in _like_totals(page):
        Comment.objects.filter(pk=comment_id).update(like_count=n)
    best = Comment.objects.filter(article=page, parent=None).order_by("-like_count").first()
    if best and size > 100:
        Comment.objects.filter(pk=best.pk).update(is_featured=True)


def _like_totals(page):
    from django.db.models import Count

    return (
        Comment.objects.filter(article=page)
        .annotate(n=Count("likes"))
        .filter(n__gt=0)
        .values_list("pk", "n")
    )


_INTERNAL_LINK = re.compile(r'href="/([a-z-]+)/"')


def trust_pages_create(home) -> list[InfoPage]:
    """House rules, privacy, cookies and contact under the home page, linking each other."""
    today = timezone.localdate()
    pages = {}
    for item in trust.PAGES:
        page = InfoPage(
            title=item["title"], slug=item["slug"], intro=item["intro"], role=item["role"]
        )
        pages[item["slug"]] = home.add_child(instance=page)

    # Links between them as Wagtail page links, so they follow a page that is moved.
    def link(match):
        return f'linktype="page" id="{pages[match[1]].pk}"'

    for item in trust.PAGES:
        page = pages[item["slug"]]
        page.body = [
            ("subheading", text)
            if kind == "h"
            else ("paragraph", RichText(_INTERNAL_LINK.sub(link, f"<p>{text}</p>")))
            for kind, text in item["body"]
        ]
        page.last_updated = today
        page.save_revision().publish(log_action=False)
    return list(pages.values())


def _publish(page: ArticlePage, published_at) -> None:
    page.first_published_at = published_at
    page.save_revision().publish(log_action=False)
    # Publishing stamps "now"; the demo back-dates its stories to spread them over days.
    Page.objects.filter(pk=page.pk).update(
        first_published_at=published_at,
        last_published_at=published_at,
        latest_revision_created_at=published_at,
    )


# 16:9 and 1,200 px high: Wagtail never enlarges, and the 1:1 rendition that Google wants
# for a NewsArticle (1,200 px wide at least) is cut from the full height.
DEMO_HERO_WIDTH = 2134


@transaction.atomic
def demo_load(*, hero_size: tuple[int, int] = (DEMO_HERO_WIDTH, DEMO_HERO_WIDTH * 9 // 16)) -> int:
    """Load every demo article into an empty site; returns how many were published."""
    home, index = site_tree_ensure()
    trust_pages_create(home)
    competitions = _competitions()
    clubs = _clubs(competitions["jupiler-pro-league"], competitions["challenger-pro-league"])
    _matches(competitions["jupiler-pro-league"])
    _match_in_progress(competitions["jupiler-pro-league"])
    _match_events(clubs)
    authors = _authors()
    persons: dict[str, Person] = {}
    pages: dict[str, ArticlePage] = {}
    now = timezone.now()
    data = demo_articles()

    for item in data:
        main = clubs[item["clubs"][0]] if item["clubs"] else None
        colours = (main.primary_colour, main.secondary_colour) if main else ("#0D4B34", "#FFFFFF")
        hero = _image(
            item["headline"],
            images.hero_image(item["key"], colours, width=hero_size[0], height=hero_size[1]),
            "hero.jpg",
        )
        title = (
            item["headline"].removeprefix("POLL: ") if item["poll_article"] else item["headline"]
        )
        page = ArticlePage(
            title=title,
            slug=slugify(title)[:80].strip("-"),
            poll=_poll(item, now),
            is_poll_article=item["poll_article"],
            intro=rich(item["intro"]),
            hero_image=hero,
            hero_caption=item["image"]["caption"],
            hero_credit=item["image"]["credit"],
            source_medium=item["source_medium"],
            is_rumour=item["rumour"],
            match=_match(item.get("match")),
            live=False,
        )
        page.article_authors = [ArticleAuthor(author=authors[n]) for n in item["authors"]]
        page.clubs = [clubs[k] for k in item["clubs"]]
        page.competitions = [competitions[k] for k in item["competitions"]]
        page.article_persons = [
            ArticlePerson(person=_person(p, clubs, persons)) for p in item["persons"]
        ]
        index.add_child(instance=page)
        pages[item["key"]] = page

    # Bodies second: "Lees ook" blocks point at articles that must exist first.
    for item in data:
        page = pages[item["key"]]
        page.body = _body(item["body"], pages, {"competitions": competitions, "clubs": clubs})
        _publish(page, now - timedelta(hours=item["hours_ago"]))

    # Discussions: most stories get a few dozen comments, a hot one several hundred.
    readers = _readers(now)
    newest_first = sorted(data, key=lambda a: a["hours_ago"])
    for rank, item in enumerate(newest_first):
        page = pages[item["key"]]
        page.refresh_from_db(fields=["first_published_at"])
        rng = random.Random(f"size-{item['key']}")
        size = 640 if rank == 3 else int(rng.choice([0, 4, 12, 25, 40, 60, 90, 150, 260]))
        club = clubs[item["clubs"][0]].short_name if item["clubs"] else "de club"
        _discussion(page, item, readers, size, now, club)
    counts.recount()
    # Publishing indexed every story under the moment it was loaded; the index keeps the
    # publication date readers see, and the stories were back-dated after publishing.
    documents_rebuild()
    # A week of reader numbers for the newsroom's dashboard (kopbal/analytics).
    for page in pages.values():
        page.refresh_from_db(fields=["first_published_at"])
    views_demo_create(articles=list(pages.values()), now=now)
    return len(data)


def admin_ensure() -> tuple[str, str] | None:
    """An editor account for the demo; returns (username, password) when it was created."""
    user_model = get_user_model()
    if user_model.objects.filter(is_superuser=True).exists():
        return None
    username = "redactie"
    password = secrets.token_urlsafe(12)
    user_model.objects.create_superuser(username, "redactie@kopbal.invalid", password)
    ADMIN_LOGIN_FILE.parent.mkdir(parents=True, exist_ok=True)
    ADMIN_LOGIN_FILE.write_text(f"{username} / {password}\n")
    ADMIN_LOGIN_FILE.chmod(0o600)
    return username, password
