import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from kopbal.news.tests.factories import article_create


def reader_create(name: str, *, verified: bool = True, days_old: int = 30, **fields):
    """A reader account with a (verified) e-mail address, `days_old` days old."""
    user = get_user_model().objects.create_user(
        username=name.lower(),
        email=f"{name.lower()}@example.com",
        password="een-lang-wachtwoord",
        date_joined=timezone.now() - timezone.timedelta(days=days_old),
        **fields,
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    return user


@pytest.fixture
def reader(db):
    return reader_create("Supporter")


@pytest.fixture
def other_reader(db):
    return reader_create("Tegenstander")


@pytest.fixture
def article(news_index):
    return article_create(news_index, title="Derby met vuurwerk")


@pytest.fixture(autouse=True)
def no_moderation_hold(settings):
    """Most tests post as a trusted reader; the hold rules have tests of their own."""
    settings.KOPBAL_COMMENTS_HOLD_FIRST = 0
    settings.KOPBAL_COMMENTS_NEW_ACCOUNT_DAYS = 0
