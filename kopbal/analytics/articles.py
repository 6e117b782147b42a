"""Which article ids a beacon may name: the live ones, known in each process without a
query per beacon (the set is renewed every REFRESH_SECONDS; an id not in it is looked up
once, so an article published a second ago counts at once)."""

import threading
import time

REFRESH_SECONDS = 30
_MISSES_KEPT = 10_000

_state = {"ids": frozenset(), "at": float("-inf")}
_misses: dict[int, float] = {}
_lock = threading.Lock()


def _live_ids() -> frozenset[int]:
    from kopbal.news.models import ArticlePage

    return frozenset(ArticlePage.objects.live_news().order_by().values_list("pk", flat=True))


def is_live(article_id: int) -> bool:
    now = time.monotonic()
    if now - _state["at"] > REFRESH_SECONDS:
        with _lock:
            if now - _state["at"] > REFRESH_SECONDS:
                _state["ids"] = _live_ids()
                _state["at"] = now
                _misses.clear()
    if article_id in _state["ids"]:
        return True
    # Unknown: asked for once per refresh, so a flood of invented ids costs one query each.
    if article_id in _misses:
        return False
    from kopbal.news.models import ArticlePage

    if ArticlePage.objects.live_news().filter(pk=article_id).exists():
        with _lock:
            _state["ids"] = _state["ids"] | {article_id}
        return True
    if len(_misses) < _MISSES_KEPT:
        _misses[article_id] = now
    return False


def forget() -> None:
    """Ask the database again at the next beacon (tests)."""
    _state["at"] = float("-inf")
    _misses.clear()
