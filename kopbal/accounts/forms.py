"""Reader account forms: sign-up with a display name, renaming, and deleting the account."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from kopbal.core import ratelimit

from .models import User
from .services import username_for
from .validators import MAX_LENGTH, display_name_clean, length_message

DISPLAY_NAME_HELP = _(
    "Shown with your comments. 3 to 30 characters: letters, digits, spaces and - _ ."
)


def _display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Display name"),
        help_text=DISPLAY_NAME_HELP,
        # Room for stray spaces, which are trimmed before the length is checked; past that
        # the reader hears the rule itself, not the size of the room.
        max_length=MAX_LENGTH * 2,
        error_messages={"max_length": length_message()},
        widget=forms.TextInput(
            attrs={"autocomplete": "nickname", "maxlength": MAX_LENGTH, "spellcheck": "false"}
        ),
    )


class SignupForm(AllauthSignupForm):
    """allauth's sign-up (e-mail, password twice) plus a display name and a honeypot."""

    honeypot_field = "website"
    field_order = ["email", "display_name", "password1", "password2", "website"]

    display_name = _display_name_field()
    # A trap for robots: hidden from people (CSS and aria-hidden), so filled in only by
    # scripts that complete every field.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_display_name(self) -> str:
        return display_name_clean(self.cleaned_data["display_name"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(self.honeypot_field):
            raise ValidationError(
                _("Your sign-up looks automated and was not accepted."), code="honeypot"
            )
        return cleaned

    def save(self, request):
        # One transaction: a display name taken in the meantime undoes the whole account.
        with transaction.atomic():
            self.cleaned_data["username"] = username_for(self.cleaned_data["display_name"])
            return super().save(request)

    def signup(self, request, user) -> None:
        """Called by allauth right after the user row is saved."""
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class DisplayNameForm(forms.ModelForm):
    display_name = _display_name_field()

    class Meta:
        model = User
        fields = ["display_name"]

    def clean_display_name(self) -> str:
        return display_name_clean(self.cleaned_data["display_name"], user=self.instance)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        # Guessing the password of a session left open: a few tries an hour.
        if not ratelimit.hit("account-delete", f"user:{self.user.pk}", limit=10, window=3600):
            raise ValidationError(
                _("Too many attempts. Try again in an hour."), code="rate_limited"
            )
        if not self.user.check_password(password):
            raise ValidationError(_("That is not your password."), code="wrong_password")
        return password
