"""Headlines from rows (kopbal.news.headlines) write the same teaser as the page objects."""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, Site

from kopbal.news import teasers
from kopbal.news.headlines import headlines
from kopbal.news.models import ArticlePage, HomePage, NewsIndexPage

from .factories import article_create

pytestmark = pytest.mark.django_db


def both_ways(request):
    """Each live article's teaser from a page object and from its headline, newest first."""
    live = ArticlePage.objects.live_news()
    pages = list(live.for_listing())
    rows = headlines(live.for_headlines())
    assert [h.pk for h in rows] == [p.pk for p in pages]
    return [
        (teasers.teaser(p, request=request), teasers.teaser(h, request=request))
        for p, h in zip(pages, rows, strict=True)
    ]


def test_every_kind_of_headline_reads_the_same(news_index):
    article_create(news_index, title='Geruchten over "de Buffalo\'s" & <co>', is_rumour=True)
    article_create(news_index, title="Wie wint de beker?", is_poll_article=True)
    article_create(news_index, title="Eigen teaser", custom_teaser="Kort & <krachtig>")
    article_create(news_index, title="Gewoon nieuws", intro="<p>Een <b>intro</b> &amp; meer.</p>")
    request = RequestFactory().get("/")
    for page_html, headline_html in both_ways(request) + both_ways(None):
        assert headline_html == page_html
    assert "&#x27;Geruchten over &quot;de Buffalo&#x27;s&quot; &amp; &lt;co&gt;&#x27;" in (
        "".join(html for html, _ in both_ways(request))
    )


def test_an_article_of_another_site_links_to_that_site(news_index):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Andere site", slug="andere"))
    other_index = other_home.add_child(instance=NewsIndexPage(title="Nieuws", slug="berichten"))
    Site.objects.create(hostname="andere.example", port=80, root_page=other_home)
    here = article_create(news_index, title="Hier")
    there = article_create(other_index, title="Daar")
    default = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/", HTTP_HOST=f"{default.hostname}:{default.port}")
    pairs = both_ways(request)
    for page_html, headline_html in pairs:
        assert headline_html == page_html
    html = "".join(html for html, _ in pairs)
    assert f'href="http://andere.example/berichten/{there.pk}/daar/"' in html
    assert f'href="/nieuws/{here.pk}/hier/"' in html  # this site's: relative
