"""Issue 5b: the uncached render time of an article page under a long discussion.

Two articles get a realistic discussion (threads with replies, likes, a featured comment,
sixteen different readers): 300 comments, the issue's target case, and 1,000, the long
tail. The app server runs with the whole-page cache off, so every request renders the page;
the rest of the production profile (shared fragments, WhiteNoise) stays as it is.
"""

import http.client
import statistics
import time
from urllib.parse import urlsplit

SIZES = (300, 1000)
# Issue 14's targets for the 300-comment article, by case: nothing cached, and a cached page
# right after a publish elsewhere. The republished case has none of its own.
TARGETS_MS = {"cold": 20, "after-publish": 8}


def discussion_seed(article, comments: int, readers: list) -> None:
    """`comments` comments under `article`: about one in four a reply, some liked."""
    from django.utils import timezone

    from kopbal.comments.counts import recount
    from kopbal.comments.models import Comment, Like

    now = timezone.now()
    tops = Comment.objects.bulk_create(
        Comment(
            article=article,
            author=readers[i % len(readers)],
            body=f"Reactie {i}: wat een wedstrijd was dat, de tweede helft vooral. "
            f"Zie https://voorbeeld.invalid/verslag/{i} voor de samenvatting.",
            created_at=now - timezone.timedelta(minutes=comments - i),
            like_count=i % 7,
            is_featured=(i == 3),
        )
        for i in range(comments - comments // 4)
    )
    Comment.objects.bulk_create(
        Comment(
            article=article,
            parent=tops[(i * 3) % len(tops)],
            author=readers[(i + 5) % len(readers)],
            body=f"Antwoord {i}: helemaal mee eens.",
            created_at=now - timezone.timedelta(minutes=comments // 4 - i),
        )
        for i in range(comments // 4)
    )
    Like.objects.bulk_create(
        Like(comment=tops[i], user=readers[(i + 1) % len(readers)]) for i in range(0, len(tops), 3)
    )
    recount([article.pk])


def seed(readers: list) -> dict[int, str]:
    """{comments: URL} of one article per size, tagged like real news (LEES OOK runs)."""
    from kopbal.football.tests.factories import ClubFactory
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create

    _home, index = site_tree_ensure()
    clubs = [ClubFactory(), ClubFactory()]
    urls = {}
    for size in SIZES:
        article = article_create(
            index, title=f"Benchmark: {size} reacties onder de derby", clubs=clubs
        )
        discussion_seed(article, size, readers)
        urls[size] = article.url
    return urls


def elsewhere_create():
    """An article about other clubs, published again before each GET of publish_times."""
    from kopbal.football.tests.factories import ClubFactory
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create

    _home, index = site_tree_ensure()
    return article_create(index, title="Benchmark: nieuws elders", clubs=[ClubFactory()])


def render_times(base: str, path: str, *, requests: int, publish=None) -> dict:
    """Sequential GETs of one page: milliseconds, median and p99, after a warm-up.

    `publish`: an article published again (not timed) before each GET, with the page
    cache on: what a reader waits for right after a publish elsewhere."""
    host = urlsplit(base).netloc
    conn = http.client.HTTPConnection(host, timeout=60)
    times = []
    for _ in range(requests + 10):
        if publish is not None:
            publish.save_revision().publish()
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        if publish is None and response.getheader("X-Page-Cache") == "hit":
            raise RuntimeError(f"{path} came from the page cache: not a render")
        times.append((time.perf_counter() - started) * 1000)
    times = sorted(times[10:])  # the first requests warm up the worker
    return {
        "median": statistics.median(times),
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "requests": requests,
    }
