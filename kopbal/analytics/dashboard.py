"""What the newsroom's dashboard shows, computed from the hourly and daily rows.

Periods, in UTC clock hours: "last hour" is the current hour and the one before it (so it
is never a nearly empty bucket just after the hour), "last day" the last 24 hours, "last
week" the last 7 days of daily rows. An article is trending when its views of the last hour
are well above its usual rate of the 12 hours before, from a minimum number of views up
(KOPBAL_ANALYTICS_TRENDING_MIN), so that 3 views after 0 do not top the list.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from .models import ArticleDay, ArticleHour

LIMIT = 10
CHART_HOURS = 48
TRENDING_BEFORE_HOURS = 12


@dataclass
class Row:
    article_id: int
    figure: int
    title: str = ""
    edit_url: str = ""
    live_url: str | None = None
    note: str = ""


@dataclass
class Bar:
    hour: datetime  # local time
    views: int
    x: float = 0
    y: float = 0
    height: float = 0


@dataclass
class Chart:
    bars: list[Bar]
    peak: int
    total: int
    width: int = CHART_HOURS * 10
    height: int = 120
    ticks: list = field(default_factory=list)


def _hour(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _rows(aggregates, key: str = "total") -> list[Row]:
    return [Row(article_id=a["article"], figure=a[key] or 0) for a in aggregates]


def _fill(rows: list[Row], request=None) -> list[Row]:
    """Titles and links of the rows' articles, in one query."""
    from kopbal.news.models import ArticlePage

    pages = ArticlePage.objects.filter(pk__in={r.article_id for r in rows}).only(
        "title", "slug", "url_path", "live", "depth", "path"
    )
    pages = {page.pk: page for page in pages}
    kept = []
    for row in rows:
        page = pages.get(row.article_id)
        if page is None:
            continue
        row.title = page.title
        row.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        row.live_url = page.get_url(request=request) if page.live else None
        kept.append(row)
    return kept


def trending(now: datetime) -> list[Row]:
    this_hour = _hour(now)
    recent_start = this_hour - timedelta(hours=1)
    candidates = ArticleHour.objects.rising(
        recent_start=recent_start,
        before_start=recent_start - timedelta(hours=TRENDING_BEFORE_HOURS),
        minimum=settings.KOPBAL_ANALYTICS_TRENDING_MIN,
    )
    scored = []
    for c in candidates:
        # The usual views per two hours before, at least 1: a first appearance rises by its
        # own number of views.
        usual = max(c["before"] / (TRENDING_BEFORE_HOURS / 2), 1.0)
        scored.append((c["recent"] / usual, c["recent"], c["article"]))
    scored.sort(reverse=True)
    return [
        Row(article_id=article, figure=recent, note=f"x{ratio:.1f}")
        for ratio, recent, article in scored[:LIMIT]
    ]


def most_commented(now: datetime) -> list[Row]:
    from kopbal.comments.models import Comment
    from kopbal.news.models import ArticleStats

    counts = (
        Comment.objects.visible()
        .filter(created_at__gte=now - timedelta(days=1))
        .values("article")
        .annotate(total=Count("pk"))
        .order_by("-total", "-article")[:LIMIT]
    )
    rows = _rows(counts)
    totals = dict(
        ArticleStats.objects.filter(article_id__in=[r.article_id for r in rows]).values_list(
            "article_id", "comment_count"
        )
    )
    for row in rows:
        row.note = str(totals.get(row.article_id, 0))
    return rows


def most_voted(now: datetime) -> list[Row]:
    """Articles by the votes cast in the last day on their poll (a poll shown in two
    articles counts for each)."""
    from kopbal.news.models import ArticlePage
    from kopbal.polls.models import Vote

    votes = dict(
        Vote.objects.filter(created_at__gte=now - timedelta(days=1))
        .values("poll")
        .annotate(total=Count("pk"))
        .order_by("-total", "-poll")
        .values_list("poll", "total")[:LIMIT]
    )
    articles = ArticlePage.objects.filter(poll_id__in=votes).values_list("pk", "poll_id")
    rows = [Row(article_id=pk, figure=votes[poll]) for pk, poll in articles]
    rows.sort(key=lambda r: (-r.figure, -r.article_id))
    return rows[:LIMIT]


def clubs(today) -> list[dict]:
    from kopbal.football.models import Club

    totals = list(ArticleDay.objects.since(today - timedelta(days=6)).per_club()[:20])
    names = dict(Club.objects.filter(pk__in=[t["club"] for t in totals]).values_list("pk", "name"))
    peak = max((t["total"] for t in totals), default=0) or 1
    return [
        {"name": names.get(t["club"], "?"), "views": t["total"], "share": 100 * t["total"] // peak}
        for t in totals
    ]


def chart(now: datetime) -> Chart:
    first = _hour(now) - timedelta(hours=CHART_HOURS - 1)
    per_hour = ArticleHour.objects.since(first).per_hour()
    hours = [first + timedelta(hours=i) for i in range(CHART_HOURS)]
    bars = [Bar(hour=timezone.localtime(h), views=per_hour.get(h, 0)) for h in hours]
    result = Chart(bars=bars, peak=max(b.views for b in bars), total=sum(b.views for b in bars))
    scale = (result.height - 4) / (result.peak or 1)
    for i, bar in enumerate(bars):
        bar.x = i * 10 + 1
        bar.height = round(bar.views * scale, 1)
        bar.y = round(result.height - bar.height, 1)
        if bar.hour.hour % 6 == 0:
            result.ticks.append({"x": i * 10 + 5, "label": f"{bar.hour:%H}u"})
    return result


def dashboard_data(*, now: datetime | None = None, request=None) -> dict:
    now = now or datetime.now(tz=UTC)
    this_hour = _hour(now)
    read = {
        "hour": _rows(
            ArticleHour.objects.since(this_hour - timedelta(hours=1)).top_articles(LIMIT)
        ),
        "day": _rows(
            ArticleHour.objects.since(this_hour - timedelta(hours=23)).top_articles(LIMIT)
        ),
        "week": _rows(ArticleDay.objects.since(now.date() - timedelta(days=6)).top_articles(LIMIT)),
    }
    lists = {
        **{f"read_{period}": rows for period, rows in read.items()},
        "trending": trending(now),
        "commented": most_commented(now),
        "voted": most_voted(now),
    }
    for name, rows in lists.items():
        lists[name] = _fill(rows, request)
    return {**lists, "clubs": clubs(now.date()), "chart": chart(now)}
