"""The brakes on every log-in form: per IP address and per account, shared by all forms.

The reader's log-in (allauth) and the newsroom's (Wagtail admin) count into the same
counters, so switching forms buys an attacker nothing. Every attempt counts, right or
wrong: that is what slows password guessing, and a right password after forty wrong ones
is refused like the wrong ones. allauth's own lock-out (five wrong passwords per address
per five minutes) stays on top of these, on both forms.
"""

import time

from allauth.account import app_settings as account_settings
from allauth.account.models import EmailAddress
from allauth.core.internal import ratelimit as allauth_ratelimit
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.template.response import TemplateResponse

from kopbal.core import ratelimit
from kopbal.core.hashing import keyed_hash
from kopbal.core.net import ip_hash
from kopbal.core.retry import duration_text, set_retry_after, window_remaining

LOGINS_PER_IP, LOGIN_WINDOW = 20, 600
LOGINS_PER_ACCOUNT = 10  # per LOGIN_WINDOW, whatever the form and the IP address


def account_key(identifier: str) -> str:
    """One key per account, whether it is named by an address (any case) or a username;
    a name that matches no account is counted under its keyed hash."""
    identifier = (identifier or "").strip().lower()[:254]
    users = get_user_model().objects
    addresses = EmailAddress.objects.filter(email__iexact=identifier)
    user_id = (
        addresses.values_list("user_id", flat=True).first()
        or users.filter(email__iexact=identifier).values_list("pk", flat=True).first()
        or users.filter(username__iexact=identifier).values_list("pk", flat=True).first()
    )
    if user_id:
        return f"user:{user_id}"
    return "name:" + keyed_hash(identifier, purpose="login")


def login_wait(request, identifier: str) -> int | None:
    """Count one log-in attempt; the seconds to wait when it is over a limit, else None."""
    if not ratelimit.hit("login-ip", ip_hash(request), limit=LOGINS_PER_IP, window=LOGIN_WINDOW):
        return window_remaining(LOGIN_WINDOW)
    if not ratelimit.hit(
        "login-account", account_key(identifier), limit=LOGINS_PER_ACCOUNT, window=LOGIN_WINDOW
    ):
        return window_remaining(LOGIN_WINDOW)
    return None


def too_many_requests(request, *, seconds: float):
    """The Dutch 429 page: how long to wait, with Retry-After; nothing was processed."""
    response = TemplateResponse(
        request, "accounts/too_many_requests.html", {"wait": duration_text(seconds)}, status=429
    )
    response["Cache-Control"] = "private, no-store"
    return set_retry_after(response, seconds)


# allauth's own limits by the view that answers 429 (its URL name); others: all of them.
ALLAUTH_ACTIONS = {
    "account_login": ["login"],
    "account_signup": ["signup"],
    "account_email": ["manage_email"],
    "account_change_password": ["change_password"],
    "account_set_password": ["change_password"],
    "account_reset_password": ["reset_password"],
    "account_reset_password_from_key": ["reset_password_from_key"],
    "account_reauthenticate": ["reauthenticate"],
}


def allauth_wait(request, *, actions=None, key=None) -> float | None:
    """Seconds until allauth's limits on `actions` let this request through again, read
    from allauth's own counters (its histories of hit times, newest first)."""
    now, waits = time.time(), []
    for action in actions or list(account_settings.RATE_LIMITS):
        for rate in allauth_ratelimit.get_rates(app="allauth.account", action=action):
            try:
                cache_key = allauth_ratelimit.get_cache_key(
                    request, app="allauth.account", action=action, rate=rate, key=key
                )
            except (ImproperlyConfigured, ValueError):
                continue  # keyed by something this request does not name
            history = [t for t in cache.get(cache_key, []) if t > now - rate.duration]
            if len(history) >= rate.amount:
                waits.append(history[rate.amount - 1] + rate.duration - now)
    return max(waits) if waits else None


def allauth_429(request):
    """allauth's 429 (it looks for ROOT_URLCONF.handler429), in Dutch and with the wait."""
    match = getattr(request, "resolver_match", None)
    actions = ALLAUTH_ACTIONS.get(match.url_name if match else None)
    seconds = allauth_wait(request, actions=actions) or 60
    return too_many_requests(request, seconds=seconds)
