"""How long a refused reader waits: one wording and one Retry-After for every 429.

A 429 that only says "wait a moment" leaves a reader retrying a 40-minute block every
few seconds; the answer names the wait ("probeer het over 40 minuten opnieuw") and
sends it as Retry-After for scripts and browsers.
"""

import math
import time

from django.utils.translation import ngettext


def window_remaining(window: int) -> int:
    """Seconds until the fixed window of kopbal.core.ratelimit that holds now ends."""
    return max(1, math.ceil(window - time.time() % window))


def duration_text(seconds: float) -> str:
    """'40 minuten', '2 uur', '30 seconden': the wait, rounded up, in the reader's words."""
    seconds = max(1, math.ceil(seconds))
    if seconds < 60:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = math.ceil(seconds / 60)
    if minutes <= 90:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours = math.ceil(minutes / 60)
    return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}


def set_retry_after(response, seconds: float | None):
    """Add Retry-After (whole seconds, at least 1) to a refusal; returns the response."""
    if seconds is not None:
        response["Retry-After"] = str(max(1, math.ceil(seconds)))
    return response
