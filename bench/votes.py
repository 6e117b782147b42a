"""Votes per second over HTTP, with a check that every accepted vote was counted."""

import http.client
import json
import random
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass
class VoteRun:
    voters: int
    concurrency: int
    accepted: int
    refused: dict
    seconds: float
    counted: int

    @property
    def per_second(self) -> float:
        return self.accepted / self.seconds


def _voter_session(base: str, poll_id: int, ip: str) -> dict:
    """What a browser holds after reading the poll: its cookies and CSRF token."""
    host = urlsplit(base).netloc
    conn = http.client.HTTPConnection(host, timeout=30)
    conn.request("GET", f"/api/polls/{poll_id}/", headers={"X-Forwarded-For": ip})
    response = conn.getresponse()
    response.read()
    cookies = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            cookies[name] = rest.split(";", 1)[0]
    conn.close()
    return {"ip": ip, "cookies": cookies}


def run(base: str, poll_id: int, choice_ids: list[int], *, voters: int, concurrency: int):
    """Prepare `voters` browsers, then let them all vote as fast as the server allows."""
    rng = random.Random(7)
    ips = [
        f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        for _ in range(voters)
    ]
    sessions = [_voter_session(base, poll_id, ip) for ip in ips]
    host = urlsplit(base).netloc
    queue = list(enumerate(sessions))
    lock = threading.Lock()
    accepted = 0
    refused: dict[int, int] = {}

    def worker():
        nonlocal accepted
        conn = http.client.HTTPConnection(host, timeout=60)
        while True:
            with lock:
                if not queue:
                    break
                i, session = queue.pop()
            cookie = "; ".join(f"{k}={v}" for k, v in session["cookies"].items())
            body = json.dumps({"choice": choice_ids[i % len(choice_ids)]})
            conn.request(
                "POST",
                f"/api/polls/{poll_id}/vote/",
                body=body,
                headers={
                    "Content-Type": "application/json",
                    "Cookie": cookie,
                    "X-CSRFToken": session["cookies"]["csrftoken"],
                    "X-Forwarded-For": session["ip"],
                    "Referer": base + "/",
                },
            )
            response = conn.getresponse()
            response.read()
            with lock:
                if response.status == 201:
                    accepted += 1
                else:
                    refused[response.status] = refused.get(response.status, 0) + 1
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return VoteRun(voters, concurrency, accepted, refused, seconds, counted=-1)
