"""Comment posts per second over HTTP, and the render time of a long discussion."""

import http.client
import secrets
import statistics
import threading
import time
from urllib.parse import urlsplit


def seed(readers: int, discussion: int):
    """An article, `readers` logged-in verified readers (their session ids), and a second
    article with a `discussion`-comment thread. Runs inside the bench process's Django."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from kopbal.comments.counts import recount
    from kopbal.comments.models import Comment
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create

    _home, index = site_tree_ensure()
    target = article_create(index, title="Benchmark: de grote discussie")
    long_read = article_create(index, title="Benchmark: 700 reacties")
    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        user_model(username=f"bench{i}", email=f"bench{i}@example.com", display_name=f"Bench {i}")
        for i in range(readers)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    )
    sessions = []
    for user in users:
        store = SessionStore()
        store["_auth_user_id"] = str(user.pk)
        store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        store["_auth_user_hash"] = user.get_session_auth_hash()
        store.create()
        sessions.append(store.session_key)
    Comment.objects.bulk_create(
        Comment(article=long_read, author=users[i % len(users)], body=f"Reactie nummer {i}")
        for i in range(discussion)
    )
    recount([long_read.pk])
    return target, long_read, sessions


def post_load(base: str, article_id: int, sessions: list[str], *, posts: int, concurrency: int):
    host = urlsplit(base).netloc
    lock = threading.Lock()
    todo = list(range(posts))
    result = {"accepted": 0, "refused": {}}

    def worker(session_key: str):
        token = secrets.token_hex(16)  # a 32-character CSRF secret, sent as cookie and header
        conn = http.client.HTTPConnection(host, timeout=60)
        while True:
            with lock:
                if not todo:
                    break
                n = todo.pop()
            body = f"body=Benchmarkreactie+nummer+{n}+van+{session_key[:6]}"
            conn.request(
                "POST",
                f"/api/articles/{article_id}/comments/",
                body=body,
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Cookie": f"sessionid={session_key}; csrftoken={token}",
                    "X-CSRFToken": token,
                    "Accept": "application/json",
                },
            )
            response = conn.getresponse()
            response.read()
            with lock:
                if response.status == 201:
                    result["accepted"] += 1
                else:
                    result["refused"][response.status] = (
                        result["refused"].get(response.status, 0) + 1
                    )
        conn.close()

    threads = [threading.Thread(target=worker, args=(sessions[i],)) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result["seconds"] = time.perf_counter() - started
    return result


def render_times(base: str, path: str, *, requests: int) -> dict:
    """Sequential GETs of one page (no cache in front): milliseconds, median and p99."""
    host = urlsplit(base).netloc
    conn = http.client.HTTPConnection(host, timeout=60)
    times = []
    for _ in range(requests + 5):
        started = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - started) * 1000)
    times = sorted(times[5:])  # the first requests warm up the worker
    return {
        "median": statistics.median(times),
        "p99": times[min(len(times) - 1, int(len(times) * 0.99))],
        "requests": requests,
    }
