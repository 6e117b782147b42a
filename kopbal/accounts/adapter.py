"""allauth's adapter: its lock-out message says how long the lock lasts, and every link in
its mails is on the site's configured address."""

from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.utils.translation import gettext as _

from kopbal.core.address import absolute_url
from kopbal.core.retry import duration_text


def on_site_address(url: str) -> str:
    """`url`, built by allauth from the request's Host, moved onto the configured address.

    The Host is whatever the client sent (ALLOWED_HOSTS may name several, and a proxy may
    pass on another): a reset link must never lead to an address the site does not own.
    """
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc):
        return url
    return absolute_url(urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))


class AccountAdapter(DefaultAccountAdapter):
    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        return on_site_address(super().get_email_confirmation_url(request, emailconfirmation))

    def get_reset_password_from_key_url(self, key: str) -> str:
        return on_site_address(super().get_reset_password_from_key_url(key))

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # The links allauth builds without asking the adapter (signup_url and
        # password_reset_url in the "unknown account" and "already exists" mails), and the
        # site the mail names (allauth's RequestSite is the request's Host).
        context = {
            name: on_site_address(value)
            if name.endswith("_url") and isinstance(value, str)
            else value
            for name, value in context.items()
        }
        context["current_site"] = SimpleNamespace(
            name="Kopbal", domain=urlsplit(settings.KOPBAL_SITE_URL).netloc
        )
        super().send_mail(template_prefix, email, context)

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except forms.ValidationError:
            from .limits import allauth_wait

            key = self._get_login_attempts_cache_key(request, **credentials)
            seconds = allauth_wait(request, actions=["login_failed"], key=key) or 60
            raise forms.ValidationError(
                _("Too many failed log-in attempts for this account. Try again in %(wait)s.")
                % {"wait": duration_text(seconds)},
                code="too_many_login_attempts",
            ) from None
