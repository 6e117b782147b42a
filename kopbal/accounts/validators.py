"""What a public display name may be: readable, unique, not official-looking, not offensive."""

import re
import unicodedata

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext as _

from kopbal.comments import wordfilter

MIN_LENGTH, MAX_LENGTH = 3, 30
# Latin letters with their accents, digits, space, "-", "_" and ".". Other scripts are
# left out on purpose: a Cyrillic "a" or "K" looks just like a Latin one, and "Kopbal"
# spelt with one of them would pass as the site itself.
_ALLOWED = re.compile(r"^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F0-9 ._-]+$")
_LETTER = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]")
_SEPARATORS = re.compile(r"[ ._-]+")
_CAMEL = re.compile(r"(?<=[a-z\u00DF-\u00F6\u00F8-\u00FF])(?=[A-Z\u00C0-\u00D6\u00D8-\u00DE])")

# Names that would pass for the newsroom or the site itself, as whole words.
RESERVED = frozenset(
    {
        "kopbal", "redactie", "redacteur", "eindredactie", "admin", "administrator",
        "beheer", "beheerder", "moderator", "moderators", "moderatie", "staff", "support",
        "helpdesk", "webmaster", "root", "systeem", "system", "anoniem", "anonymous",
        "verwijderd", "deleted", "official", "officieel",
    }
)  # fmt: skip
# Reserved even inside another word: "KopbalFan", "Redactieteam".
RESERVED_ANYWHERE = ("kopbal", "redactie", "moderat")


def normalise_display_name(value: str) -> str:
    """As typed, minus look-alike trickery: composed accents, single spaces, no edges."""
    value = unicodedata.normalize("NFC", value or "")
    return " ".join(value.split())


def _is_reserved(value: str) -> bool:
    plain = wordfilter.normalise(value)
    words = [w for w in _SEPARATORS.split(plain) if w]
    joined = "".join(words)
    return (
        joined in RESERVED
        or any(word in RESERVED for word in words)
        or any(part in joined for part in RESERVED_ANYWHERE)
    )


def _is_offensive(value: str) -> bool:
    # Whole words, as for comments, and also the words of "CamelCase" names.
    for text in (value, _CAMEL.sub(" ", value)):
        verdict = wordfilter.check(text)
        if verdict.is_banned or verdict.is_suspect:
            return True
    return False


def _length_message() -> str:
    return _("A display name is %(min)d to %(max)d characters long.") % {
        "min": MIN_LENGTH,
        "max": MAX_LENGTH,
    }


# Lazy: form fields are built at import time, before a language is active.
length_message = lazy(_length_message, str)


def validate_display_name(value: str) -> None:
    """Raise ValidationError with a message for the reader when `value` is not allowed."""
    if not MIN_LENGTH <= len(value) <= MAX_LENGTH:
        raise ValidationError(_length_message(), code="length")
    # Offensive and reserved first: "K@nker" should hear why, not that "@" is not allowed.
    if _is_offensive(value):
        raise ValidationError(
            _("This display name is not allowed here. Choose another one."), code="offensive"
        )
    if _is_reserved(value):
        raise ValidationError(
            _("This display name is reserved for the newsroom. Choose another one."),
            code="reserved",
        )
    if not _ALLOWED.match(value):
        raise ValidationError(
            _("Use only letters, digits, spaces and the signs - _ . in a display name."),
            code="characters",
        )
    if not _LETTER.search(value):
        raise ValidationError(_("A display name needs at least one letter."), code="no_letter")


def display_name_clean(value: str, *, user=None) -> str:
    """The display name as it will be stored, checked, and not taken by another reader."""
    value = normalise_display_name(value)
    validate_display_name(value)
    others = get_user_model().objects.filter(display_name__iexact=value)
    if user is not None and user.pk:
        others = others.exclude(pk=user.pk)
    if others.exists():
        raise ValidationError(
            _("This display name is already taken. Choose another one."), code="taken"
        )
    return value
