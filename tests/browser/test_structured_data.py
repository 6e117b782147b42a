"""JSON-LD is data, not script: the strict CSP lets the browser keep it without a violation,
and a headline that tries to close the block stays text."""

import json

import pytest

from kopbal.football.tests.factories import ClubFactory
from kopbal.news.services import site_tree_ensure
from kopbal.news.tests.factories import article_create

from .watch import Watch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HEADLINE = "Genk wint </script><script>document.title='gehackt'</script> de topper"


def test_article_with_json_ld_raises_no_csp_violation(live_server, browser, settings):
    settings.KOPBAL_SITE_URL = live_server.url
    _home, index = site_tree_ensure()
    article = article_create(index, title=HEADLINE, clubs=[ClubFactory(name="KRC Genk")])
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-BE")
    watch = Watch(context)
    page = context.new_page()
    page.goto(live_server.url + article.url)
    page.wait_for_load_state("networkidle")

    blocks = page.eval_on_selector_all(
        'script[type="application/ld+json"]', "nodes => nodes.map(n => n.textContent)"
    )
    types = [json.loads(text)["@type"] for text in blocks]
    assert types == ["NewsArticle", "BreadcrumbList"]
    assert json.loads(blocks[0])["headline"] == HEADLINE
    # The injected script never ran: it stayed inside the data block as text.
    assert page.title().startswith("Genk wint")
    assert page.locator("h1").inner_text() == HEADLINE
    watch.assert_clean()
    context.close()
