"""Votes per second over HTTP, with a check that every accepted vote was counted."""

import json
import random
import secrets

from . import wrk


def _voter_headers(ip: str) -> dict:
    """What a browser sends once it has read the poll: its signed voter cookie and CSRF
    token (the same the app would have set), and the address nginx saw."""
    from django.core.signing import get_cookie_signer

    from kopbal.polls.voters import COOKIE_NAME, COOKIE_SALT

    voter = get_cookie_signer(salt=COOKIE_NAME + COOKIE_SALT).sign(secrets.token_urlsafe(16))
    csrf = secrets.token_hex(16)  # a 32-character CSRF secret, as cookie and header
    return {
        "Content-Type": "application/json",
        "Cookie": f"{COOKIE_NAME}={voter}; csrftoken={csrf}",
        "X-CSRFToken": csrf,
        "X-Forwarded-For": ip,
    }


def run(base: str, poll_id: int, choice_ids: list[int], *, voters: int, concurrency: int):
    """`voters` different readers vote once each, `concurrency` at a time (wrk)."""
    rng = random.Random(7)
    requests = []
    for i in range(voters):
        ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        body = json.dumps({"choice": choice_ids[i % len(choice_ids)]})
        requests.append(("POST", f"/api/polls/{poll_id}/vote/", _voter_headers(ip), body))
    return wrk.replay(base, requests, connections=concurrency)
