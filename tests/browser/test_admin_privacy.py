"""The newsroom in a real browser: the admin works under its own CSP, and nothing an
editor opens sends a request off this machine (no Gravatar, no update check, no CDN)."""

import pytest

from kopbal.accounts.tests.factories import user_create
from kopbal.comments.tests.factories import comment_create, report_create
from kopbal.football.tests.factories import ClubFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create
from kopbal.polls.tests.factories import poll_create

from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "redactie-wachtwoord-2026"


@pytest.fixture
def newsroom(live_server, django_user_model):
    _home, index = site_tree_ensure()
    club = ClubFactory(name="KRC Genk")
    article = article_create(
        index, title="Genk wint de topper", clubs=[club], poll=poll_create(question="Terecht?")
    )
    reader = user_create(display_name="Lezer Een")
    comment_create(article=article, author=reader, body="Wacht op een moderator", status="pending")
    reported = comment_create(article=article, author=reader, body="Dit werd gemeld")
    report_create(comment=reported, user=user_create(display_name="Melder"))
    # An e-mail address, so Wagtail would ask Gravatar for this editor's avatar.
    django_user_model.objects.create_superuser("redactie", "hoofdredactie@example.com", PASSWORD)
    return {"index": index, "article": article, "club": club}


@pytest.fixture
def editor(browser, live_server, newsroom):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "redactie")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    yield page, watch
    context.close()


def visit(page, url):
    response = page.goto(url)
    assert response.ok, f"{url}: {response.status}"
    page.wait_for_load_state("networkidle")
    # The sidebar is drawn by the admin's JavaScript: blocked scripts would leave it empty.
    page.locator("#wagtail-sidebar .sidebar-main-menu").first.wait_for()


def test_editor_works_through_the_admin_without_violations_or_third_party_requests(
    live_server, newsroom, editor
):
    page, watch = editor
    base = live_server.url + "/admin"
    article, club, index = newsroom["article"], newsroom["club"], newsroom["index"]

    visit(page, base + "/")
    avatar = page.locator("#wagtail-sidebar img.avatar, #wagtail-sidebar .avatar img").first
    assert "gravatar" not in (avatar.get_attribute("src") or "")

    visit(page, base + "/pages/")
    visit(page, f"{base}/pages/{index.pk}/")
    assert page.get_by_role("link", name="Genk wint de topper").first.is_visible()

    visit(page, f"{base}/pages/{article.pk}/edit/")
    # The rich-text editor and the inline panels are set up by (inline) admin scripts.
    page.locator(".Draftail-Editor").first.wait_for()
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("iframe[data-w-preview-target=iframe]").last
    preview.locator("h1", has_text="Genk wint de topper").wait_for()

    visit(page, base + "/snippets/")
    visit(page, base + "/snippets/football/club/")
    visit(page, f"{base}/snippets/football/club/edit/{club.pk}/")

    visit(page, base + "/comments/pending/")
    assert page.get_by_text("Wacht op een moderator").is_visible()
    visit(page, base + "/comments/reported/")
    assert page.get_by_text("Dit werd gemeld").is_visible()
    visit(page, base + "/comments/")
    visit(page, base + "/comments/bans/")

    assert len(watch.requests) > 50  # the watch saw the admin's own files load
    watch.assert_clean()


def test_editor_on_the_site_sees_the_userbar_under_the_strict_policy(live_server, newsroom, editor):
    page, watch = editor
    page.goto(live_server.url + newsroom["article"].url)
    page.wait_for_load_state("networkidle")
    page.locator("wagtail-userbar .w-userbar-trigger").click()
    page.locator("wagtail-userbar .w-userbar-items").get_by_role("menuitem").first.wait_for()
    watch.assert_clean()
