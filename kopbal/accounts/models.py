from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .validators import validate_display_name


class User(AbstractUser):
    """Kopbal's user: editors and readers (custom from day one)."""

    # Readers appear under this name; editors may have none and show their username.
    # NULL, not "": any number of accounts may have no name under the unique constraint.
    display_name = models.CharField(  # noqa: DJ001
        _("display name"),
        max_length=30,
        null=True,
        blank=True,
        validators=[validate_display_name],
        help_text=_("Shown with the reader's comments and on their profile page."),
    )

    class Meta(AbstractUser.Meta):
        constraints = [
            models.UniqueConstraint(
                Lower("display_name"),
                name="unique_display_name_ci",
                violation_error_message=_("This display name is already taken."),
            )
        ]

    @property
    def public_name(self) -> str:
        return self.display_name or self.get_username()
