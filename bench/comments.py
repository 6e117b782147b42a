"""Comment posts per second over HTTP, with a check that every accepted post was stored."""

import secrets

from . import wrk


def readers_create(count: int, *, prefix: str = "bench") -> list:
    """`count` readers with a verified address, who may comment."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    users = user_model.objects.bulk_create(
        user_model(
            username=f"{prefix}{i}",
            email=f"{prefix}{i}@example.invalid",
            display_name=f"{prefix.title()} {i}",
        )
        for i in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users
    )
    return users


def _session_for(user) -> str:
    """A logged-in session, as the log-in form would have made it."""
    from importlib import import_module

    from django.conf import settings

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    store["_auth_user_hash"] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def seed(readers: int):
    """The article to discuss and `readers` logged-in readers' session ids."""
    from kopbal.news.services import site_tree_ensure
    from kopbal.news.tests.factories import article_create

    _home, index = site_tree_ensure()
    target = article_create(index, title="Benchmark: de grote discussie")
    return target, [_session_for(user) for user in readers_create(readers)]


def post_load(base: str, article_id: int, sessions: list[str], *, posts: int, concurrency: int):
    """`posts` different comments, spread over the readers, `concurrency` at a time (wrk).

    wrk's connections take the requests in turn, so one reader's posts may travel on
    several connections at once, as with a reader with several tabs open.
    """
    tokens = {key: secrets.token_hex(16) for key in sessions}  # CSRF secret, cookie + header
    requests = []
    for n in range(posts):
        key = sessions[n % len(sessions)]
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={key}; csrftoken={tokens[key]}",
            "X-CSRFToken": tokens[key],
            "Accept": "application/json",
        }
        body = f"body=Benchmarkreactie+nummer+{n}+van+lezer+{key[:6]}"
        requests.append(("POST", f"/api/articles/{article_id}/comments/", headers, body))
    return wrk.replay(base, requests, connections=concurrency)
