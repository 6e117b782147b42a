"""Every reader page type passes axe-core (0 violations) and the Nu Html Checker (0 errors).

One live server, each page fetched once: axe runs in the page as the reader gets it (the
page script has filled in the account box and the counts), the Nu Html Checker (vnu.jar,
from `make audit-tools`) reads the HTML the server sent, all pages in one run of Java.
A new page type is one more line in PAGE_TYPES.
"""

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from kopbal.accounts.tests.factories import user_create
from kopbal.comments.tests.factories import comment_create
from kopbal.demo.loader import trust_pages_create
from kopbal.football.models import MatchEvent
from kopbal.football.tests.factories import (
    ClubFactory,
    CompetitionFactory,
    PersonFactory,
    season_create,
)
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import AuthorFactory, article_create
from kopbal.polls.tests.factories import poll_create

from . import race_content
from .conftest import DESKTOP, PHONE
from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VNU_JAR = (
    Path(__file__).resolve().parents[2] / "tools/audit/node_modules/vnu-jar/build/dist/vnu.jar"
)


TEMPLATE_SYNTAX = re.compile(r"\{[#%{].{0,40}")


@dataclass(frozen=True)
class PageType:
    name: str
    url: object  # content -> the page's path
    status: int = 200


PAGE_TYPES = [
    PageType("home", lambda c: "/"),
    PageType("article", lambda c: c.article.url),
    PageType("poll-article", lambda c: c.poll_article.url),
    PageType("archive", lambda c: "/nieuws/"),
    PageType("archive-page-2", lambda c: "/nieuws/?pagina=2"),
    PageType("club", lambda c: c.club.get_absolute_url()),
    PageType("person", lambda c: c.person.get_absolute_url()),
    PageType("competition", lambda c: c.competition.get_absolute_url()),
    PageType("author", lambda c: c.author.get_absolute_url()),
    PageType("poll", lambda c: f"/poll/{c.poll.pk}/"),
    PageType("reader-profile", lambda c: c.reader_profile_url),
    PageType("search", lambda c: "/zoeken/?q=genk"),
    PageType("search-empty", lambda c: "/zoeken/"),
    PageType("search-typo", lambda c: "/zoeken/?q=gnek"),
    PageType("login", lambda c: "/accounts/login/"),
    PageType("signup", lambda c: "/accounts/signup/"),
    PageType("not-found", lambda c: "/bestaat-niet/", status=404),
    PageType("race", lambda c: race_content.race_url(c.competition)),
    PageType("race-whatif", lambda c: race_content.race_url(c.competition, whatif=True)),
    PageType("football-table", lambda c: f"{c.competition.get_absolute_url()}stand/"),
    PageType("football-matchday", lambda c: f"{c.competition.get_absolute_url()}speeldagen/"),
    PageType("football-match", lambda c: c.match.get_absolute_url()),
    PageType("clubs", lambda c: "/clubs/"),
    PageType("info", lambda c: "/privacy/"),
]


def image_create(title: str, colour: str) -> Image:
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(data, "PNG")
    image = Image(title=title)
    image.file = ImageFile(data, name=f"{title.lower()}.png")
    image.save()
    return image


@pytest.fixture
def content(live_server, settings):
    """One of each page type, the article with everything an article can show."""
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    home, index = site_tree_ensure()
    trust_pages_create(home)  # house rules, privacy, cookies, contact: in every footer
    club = ClubFactory(name="KRC Genk", short_name="Genk", slug="krc-genk")
    person = PersonFactory(name="Bryan Heynen", slug="bryan-heynen")
    competition = CompetitionFactory(name="Jupiler Pro League", slug="jupiler-pro-league")
    author = AuthorFactory(name="Els Peeters", slug="els-peeters")
    # A small season: the club page's summary, the table, matchday and match pages.
    club.competition = competition
    club.save()
    others = [ClubFactory(name=n, short_name=n, competition=competition) for n in ("Gent", "Eupen")]
    rounds = season_create(competition, [club, *others, ClubFactory(competition=competition)])
    match = rounds[0][0]
    MatchEvent.objects.create(
        match=match, kind="goal", minute=12, club=match.home, player="A. Speler"
    )
    MatchEvent.objects.create(
        match=match, kind="yellow", minute=40, club=match.away, player="B. Speler"
    )
    now = timezone.now()
    # 26 older stories: the archive has a page 2, and LEES OOK has candidates.
    older = [
        article_create(
            index,
            title=f"Genk speelt wedstrijd nummer {i}",
            clubs=[club],
            competitions=[competition],
            published_at=now - timedelta(hours=2 + i),
            hero_image=image_create(f"Beeld{i}", "#1D5C9B") if i < 3 else None,
        )
        for i in range(26)
    ]
    poll = poll_create(question="Haalt Genk Europees voetbal?", labels=("Ja", "Nee", "Misschien"))
    article = article_create(
        index,
        title="Genk wint de topper tegen Anderlecht",
        authors=[author],
        clubs=[club],
        persons=[person],
        competitions=[competition],
        hero_image=image_create("Stadion", "#2F7A34"),
        hero_caption="De Cegeka Arena liep vol.",
        hero_credit="Kopbal",
        poll=poll,
        body=[
            {"type": "paragraph", "value": "<p>Genk won verdiend met 2-0.</p>"},
            {"type": "subheading", "value": "De tweede helft"},
            {
                "type": "quote",
                "value": {"text": "We waren de betere ploeg.", "speaker": "Bryan Heynen"},
            },
            {"type": "read_also", "value": {"article": older[0].pk}},
            {"type": "paragraph", "value": "<p>Volgende week wacht Club Brugge.</p>"},
            {
                "type": "table",
                "value": {
                    "competition": competition.pk,
                    "season": None,
                    "phase": "regular",
                    "compact": False,
                    "highlight": club.pk,
                },
            },
            {"type": "match", "value": {"match": match.pk}},
        ],
        match=match,
        published_at=now - timedelta(minutes=30),
    )
    reader = user_create(display_name="Veteraan")
    first = comment_create(article=article, author=reader, body="Wat een ploeg dit jaar!")
    comment_create(
        article=article, author=user_create(display_name="Buur"), body="Eens!", parent=first
    )
    poll_article = article_create(
        index,
        title="Wie wordt kampioen?",
        is_poll_article=True,
        poll=poll_create(question="Wie wordt kampioen?", labels=("Genk", "Club Brugge")),
        clubs=[club],
        published_at=now - timedelta(minutes=10),
    )
    return SimpleNamespace(
        article=article,
        poll_article=poll_article,
        club=club,
        person=person,
        competition=competition,
        author=author,
        poll=poll,
        reader_profile_url=f"/lezer/{reader.display_name}/",
        match=match,
    )


def vnu_errors(files: dict[str, Path]) -> list[str]:
    """The Nu Html Checker's errors, as 'page line N: message'. One run for all files:
    Java's start-up costs more than checking a page."""
    java = shutil.which("java")
    assert java, "No java: run 'make audit-tools' (Debian's default-jre-headless)."
    assert VNU_JAR.exists(), "No vnu.jar: run 'make audit-tools'."
    result = subprocess.run(
        [
            java,
            "-jar",
            str(VNU_JAR),
            "--errors-only",
            "--format",
            "json",
            *map(str, files.values()),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    errors = []
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        if message.get("type") != "error":
            continue
        page = Path(message.get("url", "?")).stem  # the file is named after its page type
        errors.append(f"{page} line {message.get('lastLine')}: {message['message']}")
    return errors


def axe_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in results.response["violations"]
    ]


def test_every_page_type_passes_axe_and_the_nu_html_checker(
    live_server, content, browser, tmp_path
):
    context = browser.new_context(viewport=PHONE, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    files, violations = {}, {}
    for page_type in PAGE_TYPES:
        response = page.goto(live_server.url + page_type.url(content))
        assert response.status == page_type.status, page_type.name
        page.wait_for_load_state("networkidle")
        files[page_type.name] = tmp_path / f"{page_type.name}.html"
        files[page_type.name].write_bytes(response.body())
        # Both layouts: the header and the lists change between phone and desktop.
        for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            page.set_viewport_size(viewport)
            if found := axe_violations(page):
                violations[f"{page_type.name} ({label})"] = found
    context.close()

    assert violations == {}
    assert vnu_errors(files) == []
    # A template comment or tag that reached the reader (a {# #} over two lines is text).
    leaks = {name: TEMPLATE_SYNTAX.findall(f.read_text()) for name, f in files.items()}
    assert {name: found for name, found in leaks.items() if found} == {}
    watch.assert_clean()
