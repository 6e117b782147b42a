"""Reader accounts for tests: a display name, an e-mail address, verified unless told."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from kopbal.accounts.services import username_for

PASSWORD = "een-lang-wachtwoord"


def user_create(
    *,
    display_name: str | None = "Supporter",
    email: str | None = None,
    verified: bool = True,
    password: str = PASSWORD,
    **fields,
):
    """A reader as sign-up makes one; `display_name=None` gives an editor-style account."""
    base = slugify(display_name or fields.get("username") or "redacteur")
    email = email or f"{base}@example.com"
    user = get_user_model().objects.create_user(
        username=fields.pop("username", None) or username_for(display_name or base),
        email=email,
        password=password,
        display_name=display_name,
        **fields,
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user
