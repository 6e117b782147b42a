"""The comment moderation queues at 1366 px (issue 12): every button stays clear of the
viewport's edge, and a reply shows the parent comment's author and the start of its text."""

import pytest
from django.urls import reverse

from kopbal.comments.tests.factories import comment_create, report_create
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "moderator-wachtwoord-2026"
LONG = (
    "Wat een schandalige beslissing van de scheidsrechter in de tweede helft, dit kan echt "
    "niet meer in de Pro League en de VAR keek gewoon de andere kant op toen het gebeurde. "
) * 3
# The room a button must keep from the viewport's edge, in CSS pixels.
MARGIN = 4


@pytest.fixture
def queues(django_user_model):
    _home, index = site_tree_ensure()
    # Long unbroken words are what pushes a table past the viewport: a URL, a long name.
    article = article_create(
        index,
        title="Een heel lange kop over de topper tussen Club Brugge en Anderlecht: "
        "Supercalifragilisticexpialidociousvoetbalkampioenschapswedstrijd",
    )
    readers = [
        django_user_model.objects.create_user(name, f"l{i}@example.com", "pw")
        for i, name in enumerate(["lezer0", "blauwzwartsupporterassebroekvakO_sinds1975", "lezer2"])
    ]
    parent = comment_create(article=article, author=readers[0], body="Brugge speelde " + LONG)
    for _ in range(3):
        comment_create(
            article=article,
            author=readers[1],
            body=LONG + "https://voorbeeld.be/" + "heel-lang-adres-" * 12,
            status="pending",
        )
        comment_create(
            article=article,
            author=readers[2],
            body="Akkoord! " + LONG,
            parent=parent,
            status="pending",
        )
        reported = comment_create(article=article, author=readers[1], body=LONG)
        report_create(comment=reported, user=readers[0], reason="Beledigend " * 6)
        report_create(comment=reported, user=readers[2], reason="Spam:https://spam.example/" * 3)
    return parent


def buttons_off_the_edge(page, width):
    """The buttons (and button-like links) that touch or cross the viewport's edge."""
    return page.evaluate(
        """([width, margin]) => Array.from(
            document.querySelectorAll('main button, main a.button, main .w-dropdown__toggle')
        ).filter((el) => el.offsetParent !== null).map((el) => {
            const box = el.getBoundingClientRect();
            return {text: el.textContent.trim(), left: box.left, right: box.right};
        }).filter((box) => box.left < margin || box.right > width - margin)""",
        [width, MARGIN],
    )


@pytest.mark.parametrize(
    "queue", ["comments_pending:index", "comments_reported:index", "comments_admin:index"]
)
def test_moderation_buttons_stay_inside_1366_px(
    browser, live_server, django_user_model, screenshot, queues, queue
):
    django_user_model.objects.create_superuser("moderator", "m@example.com", PASSWORD)
    name = queue.split(":")[0]
    for width, height, label in ((1366, 768, "desktop"), (390, 844, "phone")):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-BE")
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("input[name=username]", "moderator")
        page.fill("input[name=password]", PASSWORD)
        page.locator("form button[type=submit]").click()
        page.wait_for_url(live_server.url + "/admin/")
        page.goto(live_server.url + reverse(queue))
        page.screenshot(path=screenshot.directory / f"admin-{name}-{label}.png", full_page=True)
        if width == 1366:
            assert buttons_off_the_edge(page, width) == []
        context.close()


def test_reply_shows_the_parent_authors_name_and_text(
    browser, live_server, django_user_model, queues
):
    django_user_model.objects.create_superuser("moderator", "m@example.com", PASSWORD)
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "moderator")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(live_server.url + reverse("comments_pending:index"))
    reply = page.locator(".moderation-parent").first
    assert "lezer0" in reply.inner_text()
    assert "Brugge speelde" in reply.inner_text()
    context.close()
