"""The newsroom's log-in (/admin/login/): editors only, under the readers' limits.

Wagtail's own log-in logs in any account with a right password, readers included, and a
reader who comes in that way skips the reader form's limits, allauth's lock-out and the
e-mail confirmation. Here a password is checked through allauth (its lock-out counts), the
attempt through Kopbal's counters (limits), and only an account that may use the admin
is logged in: anyone else is refused before a session exists.
"""

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import LoginView

from .limits import login_wait, too_many_requests


def is_unconfirmed(user) -> bool:
    """Signed up with an address and never confirmed one. Accounts made in the admin have
    no address on record: the administrator who made them vouches for them."""
    addresses = EmailAddress.objects.filter(user=user)
    return addresses.exists() and not addresses.filter(verified=True).exists()


class NewsroomLoginForm(LoginForm):
    error_messages = {
        **LoginForm.error_messages,
        "not_newsroom": _(
            "This log-in is for the newsroom only. Readers log in at /accounts/login/."
        ),
        "unconfirmed": _("Confirm your e-mail address first: we sent you a link."),
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            # allauth's adapter: its lock-out applies, and raises a form error when it bites.
            self.user_cache = get_adapter(self.request).authenticate(
                self.request, username=username, password=password
            )
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)  # an inactive account
        if not user.has_perm("wagtailadmin.access_admin"):
            raise ValidationError(self.error_messages["not_newsroom"], code="not_newsroom")
        if is_unconfirmed(user):
            raise ValidationError(self.error_messages["unconfirmed"], code="unconfirmed")


class NewsroomLoginView(LoginView):
    def get_form_class(self):
        return NewsroomLoginForm

    def post(self, request, *args, **kwargs):
        wait = login_wait(request, request.POST.get("username", ""))
        if wait is not None:
            return too_many_requests(request, seconds=wait)
        return super().post(request, *args, **kwargs)


login = NewsroomLoginView.as_view()


def site_login(request):
    """Wagtail's front-end log-in (/_util/login/, for private pages) is Django's bare
    log-in view: no limits, no confirmation. Readers are sent to theirs instead."""
    target = reverse("account_login")
    next_url = request.GET.get("next")
    if next_url:
        target = f"{target}?{urlencode({'next': next_url})}"
    return redirect(target)
