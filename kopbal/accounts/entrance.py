"""allauth's log-in and sign-up behind Kopbal's limits (atomic counters, shared by workers).

Mounted under allauth's own paths, ahead of allauth's URLs, so every form post goes
through here. A reader over a limit gets a 429 page and the form is not processed.
"""

from allauth.account import views as allauth_views
from django.db import IntegrityError
from django.utils.translation import gettext as _

from kopbal.core import ratelimit
from kopbal.core.net import ip_hash
from kopbal.core.retry import window_remaining

from .limits import login_wait, too_many_requests

SIGNUPS_PER_IP, SIGNUP_WINDOW = 5, 3600


def login(request, *args, **kwargs):
    """Every log-in attempt counts, per IP address and per account (see limits)."""
    if request.method == "POST":
        wait = login_wait(request, request.POST.get("login", ""))
        if wait is not None:
            return too_many_requests(request, seconds=wait)
    return allauth_views.login(request, *args, **kwargs)


class SignupView(allauth_views.SignupView):
    """Counts sign-ups that would go through (a form with a typo does not count), so a
    household can correct mistakes while a script cannot open accounts by the dozen."""

    def form_valid(self, form):
        if not ratelimit.hit(
            "signup-ip", ip_hash(self.request), limit=SIGNUPS_PER_IP, window=SIGNUP_WINDOW
        ):
            return too_many_requests(self.request, seconds=window_remaining(SIGNUP_WINDOW))
        try:
            return super().form_valid(form)
        except IntegrityError:
            # The same display name, taken by a sign-up in the same instant.
            form.add_error(
                "display_name", _("This display name is already taken. Choose another one.")
            )
            return self.form_invalid(form)


signup = SignupView.as_view()
