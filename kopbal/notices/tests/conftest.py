import pytest

from kopbal.comments.tests.conftest import reader_create
from kopbal.comments.tests.factories import comment_create


@pytest.fixture
def article(news_index):
    from kopbal.news.tests.factories import article_create

    return article_create(news_index, title="Derby met vuurwerk")


@pytest.fixture
def anna(db):
    return reader_create("Anna", display_name="Anna")


@pytest.fixture
def bert(db):
    return reader_create("Bert", display_name="Bert")


@pytest.fixture
def annas_comment(article, anna):
    return comment_create(article=article, author=anna, body="Club speelt vandaag sterk.")


@pytest.fixture(autouse=True)
def no_moderation_hold(settings):
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
