"""allauth's adapter, with its lock-out message saying how long the lock lasts."""

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.utils.translation import gettext as _

from kopbal.core.retry import duration_text


class AccountAdapter(DefaultAccountAdapter):
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
