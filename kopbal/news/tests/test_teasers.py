"""Teasers drawn in Python are the HTML the templates drew, escaping included."""

import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from kopbal.news import teasers
from kopbal.news.models import ArticlePage, ArticleStats
from kopbal.news.tests.factories import article_create
from kopbal.news.tests.test_query_budgets import image_create

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "reference" / "article_item.html"


def normalised(html: str) -> str:
    return re.sub(r"\s+", " ", html).strip()


def reference(article, request, **options) -> str:
    template = Template(REFERENCE.read_text())
    return template.render(Context({"article": article, "request": request, **options}))


def listed(article_id: int) -> ArticlePage:
    return ArticlePage.objects.for_listing().with_hero_images().get(pk=article_id)


@pytest.fixture
def request_():
    return RequestFactory().get("/")


@pytest.fixture
def articles(news_index):
    plain = article_create(news_index, title="Club wint derby met 2-1")
    hostile = article_create(
        news_index,
        title='<script>alert("x")</script> & "quotes"',
        custom_teaser="Teaser met <b>tags</b> & 'enkele' quotes",
        is_rumour=True,
    )
    poll = article_create(news_index, title="Wie wordt kampioen?", is_poll_article=True)
    pictured = article_create(
        news_index, title="Met een foto", hero_image=image_create("Stadion", "#2F7A34")
    )
    older = article_create(
        news_index,
        title="Van vorige week",
        published_at=timezone.now() - timezone.timedelta(days=8),
    )
    ArticleStats.objects.update_or_create(article=hostile, defaults={"comment_count": 1})
    ArticleStats.objects.update_or_create(article=poll, defaults={"comment_count": 17})
    return [plain, hostile, poll, pictured, older]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "options",
    [
        {"heading_level": 3, "show_image": False, "lead": False},
        {"heading_level": 2, "show_image": True, "lead": False},
        {"heading_level": 3, "show_image": True, "lead": True},
        {"heading_level": None, "show_image": False, "lead": False},
    ],
    ids=["compact", "with-image", "lead", "default-level"],
)
def test_a_teaser_is_the_html_the_template_drew(articles, request_, options, language):
    with translation.override(language):
        for article in articles:
            article = listed(article.pk)
            drawn = teasers.teaser(article, request=request_, **options)
            assert normalised(drawn) == normalised(reference(article, request_, **options))


def test_a_headline_and_teaser_with_markup_are_escaped(articles, request_):
    drawn = teasers.teaser(listed(articles[1].pk), request=request_)
    assert "<script>" not in drawn
    assert "&lt;script&gt;" in drawn
    assert "<b>" not in drawn


def test_the_comment_count_speaks_dutch(articles, request_):
    with translation.override("nl"):
        drawn = teasers.teaser(listed(articles[2].pk), request=request_)
    assert '<span class="comment-count__number">17</span>' in drawn
    assert "reacties" in drawn
