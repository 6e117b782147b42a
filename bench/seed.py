"""Bulk seeding of live articles for the benchmarks: 100,000 in minutes, not hours.

`index.add_child()` costs about 0.1 s a page (tree locks, revisions, signals, search
index). The bench needs the rows a published article has, not that history, so this writes
them directly: the wagtailcore_page rows with their treebeard paths, the news_articlepage
rows by page_ptr_id, authors, tags and comment counters. What it leaves out on purpose:
revisions, the search index and the reference index (no benchmark reads them).
Runs inside the bench process's Django (after `bench.run.prepare`).
"""

import random
import time
import uuid
from datetime import timedelta

BATCH = 5000
# One article every half hour: a busy newsroom, and always something from the last hour.
SPACING = timedelta(minutes=30)

CLUBS = [
    ("Club Brugge", "Club"),
    ("RSC Anderlecht", "Anderlecht"),
    ("KRC Genk", "Genk"),
    ("Royal Antwerp FC", "Antwerp"),
    ("KAA Gent", "Gent"),
    ("Union Saint-Gilloise", "Union"),
    ("Standard Luik", "Standard"),
    ("Cercle Brugge", "Cercle"),
    ("KV Mechelen", "Mechelen"),
    ("OH Leuven", "OHL"),
    ("Sint-Truidense VV", "STVV"),
    ("KVC Westerlo", "Westerlo"),
]
COMPETITIONS = ["Jupiler Pro League", "Beker van België", "Champions League", "Rode Duivels"]
VERBS = ["wint van", "speelt gelijk tegen", "verliest van", "kegelt", "ontsnapt tegen"]
STORIES = [
    "na een late strafschop",
    "in een kolkend stadion",
    "dankzij een invaller",
    "ondanks een rode kaart",
    "na een wervelende tweede helft",
]
INTROS = [
    "De thuisploeg begon sterk aan de partij, maar moest na de rust alle zeilen bijzetten.",
    "De trainer sprak van een verdiende uitslag en prees de mentaliteit van zijn spelers.",
    "In de slotfase ging het nog bijna mis, toen een afstandsschot op de lat uiteenspatte.",
    "De supporters zagen een open wedstrijd met kansen aan beide kanten en veel duels.",
    "Met deze uitslag blijft de ploeg in het spoor van de leiders in de stand.",
]


def tags_ensure(*, persons: int = 40, authors: int = 6) -> dict:
    """A small football world to tag articles with: clubs, competitions, persons, authors."""
    from django.utils.text import slugify

    from kopbal.football.models import Club, Competition, Person
    from kopbal.news.models import Author

    competitions = [
        Competition.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
        for name in COMPETITIONS
    ]
    clubs = [
        Club.objects.get_or_create(
            slug=slugify(name),
            defaults={"name": name, "short_name": short, "competition": competitions[0]},
        )[0]
        for name, short in CLUBS
    ]
    people = [
        Person.objects.get_or_create(
            slug=f"speler-{n}",
            defaults={"name": f"Speler {n}", "club": clubs[n % len(clubs)], "role": "player"},
        )[0]
        for n in range(persons)
    ]
    writers = [
        # Not "redacteur-N": the test factories name their authors so, and later scenarios use them.
        Author.objects.get_or_create(
            slug=f"bench-redacteur-{n}", defaults={"name": f"Bench-redacteur {n}"}
        )[0]
        for n in range(authors)
    ]
    return {"clubs": clubs, "competitions": competitions, "persons": people, "authors": writers}


def articles_seed(count: int, *, start: int = 0, now=None, batch: int = BATCH) -> float:
    """Live articles number `start` to `start + count - 1` under the archive; number n is
    published n half-hours before `now`, so a later call adds older news behind the newest.

    Returns the seconds it took. Every article has an author, one or two clubs, a
    competition, usually a person, and a comment counter.
    """
    from django.utils import timezone

    from kopbal.core.pagecache import site_changed
    from kopbal.news.services import site_tree_ensure

    started = time.perf_counter()
    now = now or timezone.now()
    _home, index = site_tree_ensure()
    tags = tags_ensure()
    from django.db import connection, transaction

    for first in range(start, start + count, batch):
        with transaction.atomic():
            _batch_insert(index.pk, range(first, min(first + batch, start + count)), now, tags)
    if connection.vendor == "postgresql":
        # What autovacuum would do after such growth, done now: otherwise it runs in the
        # middle of the next measurement (a vote run stalled for a second at p99), and the
        # plans are made from fresh statistics. VACUUM cannot run inside a transaction.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
            cursor.execute("CHECKPOINT")
    # Bulk inserts send no publish signals: tell the page cache (and cached counts).
    site_changed()
    return time.perf_counter() - started


def _batch_insert(index_pk: int, numbers: range, now, tags: dict) -> None:
    """One transaction's worth of articles (the caller holds the transaction)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.db.models import F
    from django.utils.text import slugify
    from wagtail.models import Page

    from kopbal.news.models import ArticleAuthor, ArticlePage, ArticlePerson, ArticleStats

    # The archive row, locked, so that its path and numchild are current.
    index = Page.objects.select_for_update().get(pk=index_pk)
    last = index.get_last_child()
    next_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    content_type = ContentType.objects.get_for_model(ArticlePage)
    pages, rows = [], []
    for offset, n in enumerate(numbers):
        rng = random.Random(n)  # the same article number always gets the same story
        club, other = rng.sample(tags["clubs"], 2)
        title = f"{club.short_name} {rng.choice(VERBS)} {other.short_name} {rng.choice(STORIES)}"
        slug = f"{slugify(title)[:60]}-{n}"
        published = now - SPACING * n
        pages.append(
            Page(
                path=Page._get_path(index.path, index.depth + 1, next_step + offset),
                depth=index.depth + 1,
                numchild=0,
                title=title,
                draft_title=title,
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                live_revision=None,
            )
        )
        intro = " ".join(rng.sample(INTROS, 2))
        rows.append((title, f"<p>{intro}</p>", rng))
    Page.objects.bulk_create(pages)
    if any(page.pk is None for page in pages):
        raise RuntimeError("this database returned no ids from a bulk insert")

    # Multi-table inheritance: bulk_create() refuses child models, so the child rows go in
    # with one executemany, each value prepared by its own field (the StreamField as JSON).
    fields = ArticlePage._meta.local_concrete_fields
    values = []
    for page, (_title, intro, rng) in zip(pages, rows, strict=True):
        article = ArticlePage(page_ptr_id=page.pk, intro=intro, is_rumour=rng.random() < 0.1)
        values.append(
            [f.get_db_prep_save(f.pre_save(article, True), connection=connection) for f in fields]
        )
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    table = quote(ArticlePage._meta.db_table)
    # Table and column names come from the model, the values go in as parameters.
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)

    clubs_through = ArticlePage.clubs.through
    competitions_through = ArticlePage.competitions.through
    authors, persons, clubs, competitions, stats = [], [], [], [], []
    for page, (title, _intro, rng) in zip(pages, rows, strict=True):
        authors.append(
            ArticleAuthor(article_id=page.pk, author=rng.choice(tags["authors"]), sort_order=0)
        )
        for order, person in enumerate(rng.sample(tags["persons"], rng.choice([0, 1, 1, 2]))):
            persons.append(ArticlePerson(article_id=page.pk, person=person, sort_order=order))
        # The two clubs of the headline (the first one, sometimes only).
        names = [c for c in tags["clubs"] if title.startswith(c.short_name + " ")]
        picked = names[:1] + [c for c in tags["clubs"] if f" {c.short_name} " in title][:1]
        for club in picked[: rng.choice([1, 2])]:
            clubs.append(clubs_through(articlepage_id=page.pk, club_id=club.pk))
        competition = tags["competitions"][0 if rng.random() < 0.7 else rng.randrange(1, 4)]
        competitions.append(
            competitions_through(articlepage_id=page.pk, competition_id=competition.pk)
        )
        stats.append(ArticleStats(article_id=page.pk, comment_count=rng.choice([0, 0, 3, 12, 48])))
    ArticleAuthor.objects.bulk_create(authors, batch_size=2000)
    ArticlePerson.objects.bulk_create(persons, batch_size=2000)
    clubs_through.objects.bulk_create(clubs, batch_size=2000)
    competitions_through.objects.bulk_create(competitions, batch_size=2000)
    ArticleStats.objects.bulk_create(stats, batch_size=2000)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))


def seed_check(expected: int, *, tree: bool = True) -> None:
    """The seeded tree is what Wagtail would have built: the counts agree and, with `tree`,
    treebeard finds no problem (as `manage.py fixtree` would)."""
    from wagtail.models import Page

    from kopbal.news.models import ArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.get()
    live = ArticlePage.objects.live_news().count()
    children = index.get_children().count()
    index.refresh_from_db()
    if not (live == children == index.numchild == expected):
        raise RuntimeError(
            f"seeded {expected}: {live} live, {children} children, numchild {index.numchild}"
        )
    problems = Page.find_problems() if tree else ()
    if any(problems):
        raise RuntimeError(f"tree problems after seeding: {problems}")
