"""allauth's log-in and sign-up behind per-IP limits (atomic counters, shared by workers).

Mounted under allauth's own paths, ahead of allauth's URLs, so every form post goes
through here. A reader over the limit gets a 429 page and the form is not processed.
"""

import time

from allauth.account import views as allauth_views
from django.db import IntegrityError
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from kopbal.core import ratelimit
from kopbal.core.net import ip_hash

SIGNUPS_PER_IP, SIGNUP_WINDOW = 5, 3600
LOGINS_PER_IP, LOGIN_WINDOW = 20, 600


def too_many_requests(request, *, window: int):
    retry_after = window - int(time.time()) % window  # the counters use fixed windows
    response = TemplateResponse(
        request,
        "accounts/too_many_requests.html",
        {"minutes": max(1, round(retry_after / 60))},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "private, no-store"
    return response


def login(request, *args, **kwargs):
    """Every log-in attempt counts, right or wrong: that is what slows password guessing."""
    if request.method == "POST" and not ratelimit.hit(
        "login-ip", ip_hash(request), limit=LOGINS_PER_IP, window=LOGIN_WINDOW
    ):
        return too_many_requests(request, window=LOGIN_WINDOW)
    return allauth_views.login(request, *args, **kwargs)


class SignupView(allauth_views.SignupView):
    """Counts sign-ups that would go through (a form with a typo does not count), so a
    household can correct mistakes while a script cannot open accounts by the dozen."""

    def form_valid(self, form):
        if not ratelimit.hit(
            "signup-ip", ip_hash(self.request), limit=SIGNUPS_PER_IP, window=SIGNUP_WINDOW
        ):
            return too_many_requests(self.request, window=SIGNUP_WINDOW)
        try:
            return super().form_valid(form)
        except IntegrityError:
            # The same display name, taken by a sign-up in the same instant.
            form.add_error(
                "display_name", _("This display name is already taken. Choose another one.")
            )
            return self.form_invalid(form)


signup = SignupView.as_view()
