"""Plausible reader numbers for the demo site, so that the dashboard has something to show."""

import math
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from .models import ArticleDay, ArticleHour

WEEK_HOURS = 7 * 24


def views_demo_create(*, articles, now: datetime | None = None, seed: str = "kopbal") -> int:
    """A week of hourly views for `articles`: each story peaks in the hours after it was
    published and then fades, readers sleep at night, and the newest one is taking off.
    Does nothing when any views are counted already; returns the number of hourly rows."""
    if ArticleHour.objects.exists():
        return 0
    now = (now or datetime.now(tz=UTC)).astimezone(UTC)
    this_hour = now.replace(minute=0, second=0, microsecond=0)
    rng = random.Random(seed)  # noqa: S311 (made-up numbers, not a secret)
    newest = max(articles, key=lambda a: a.first_published_at, default=None)
    hours, days = [], defaultdict(lambda: [0, 0])
    for article in articles:
        published = article.first_published_at.astimezone(UTC).replace(
            minute=0, second=0, microsecond=0
        )
        start = max(published, this_hour - timedelta(hours=WEEK_HOURS - 1))
        popularity = rng.lognormvariate(5, 0.8)
        age = int((this_hour - start).total_seconds() // 3600)
        for h in range(age + 1):
            hour = start + timedelta(hours=h)
            since = (hour - published).total_seconds() / 3600
            local = (hour.hour + 1) % 24  # Brussels, near enough for a demo
            awake = 0.15 if local < 7 else 1.0
            if article is newest:
                # Taking off: few views at first, then many in the last two hours.
                views = popularity * (0.3 if h < age - 1 else 3.5)
            else:
                views = popularity * math.exp(-since / 14) + popularity * 0.02
            views = int(views * awake * rng.uniform(0.8, 1.2))
            if views <= 0:
                continue
            uniques = max(1, int(views * rng.uniform(0.6, 0.8)))
            hours.append(ArticleHour(article=article, hour=hour, views=views, uniques=uniques))
            day = days[article.pk, hour.date()]
            day[0] += views
            day[1] += uniques
    ArticleHour.objects.bulk_create(hours, batch_size=2000)
    ArticleDay.objects.bulk_create(
        [
            ArticleDay(article_id=article, day=day, views=views, uniques=uniques)
            for (article, day), (views, uniques) in days.items()
        ],
        batch_size=2000,
    )
    return len(hours)
