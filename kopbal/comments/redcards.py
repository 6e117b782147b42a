"""A red card follows the reader's e-mail addresses, not only the account.

When a reader gets a red card, and again when a red-carded account is deleted, a keyed
hash (HMAC with the site's secret) of each of its confirmed addresses is kept. The moment
an address with a kept hash is confirmed on an account (a new sign-up, an address added
later), that account gets the red card again. Confirming is the only way to comment, so
the card is back before the first comment, and only the owner of the address can learn it
was carded (a refused sign-up would tell anyone who typed the address).
"""

import logging

from allauth.account.models import EmailAddress
from django.db import transaction

from kopbal.core.hashing import keyed_hash

from .models import Ban, RedCardAddress

logger = logging.getLogger(__name__)


def normalise(email: str) -> str:
    """One form per mailbox: lower case, no "+tag", and no dots in a Gmail name."""
    local, _at, domain = email.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in ("gmail.com", "googlemail.com"):
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def address_digest(email: str) -> str:
    return keyed_hash(normalise(email), purpose="red-card-address")


def _active_red_card(user) -> Ban | None:
    return next((b for b in Ban.objects.filter(user=user, card=Ban.Card.RED) if b.is_active), None)


def red_card_remember(*, user, reason: str) -> None:
    """Keep the keyed hashes of `user`'s confirmed addresses under a red card."""
    emails = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    for email in emails:
        RedCardAddress.objects.update_or_create(
            digest=address_digest(email), defaults={"user": user, "reason": reason}
        )


def red_card_forget(*, user) -> None:
    """The card is lifted: the account's kept addresses go with it."""
    RedCardAddress.objects.filter(user=user).delete()


def account_deleting(user) -> None:
    """Before an account goes: a red card stays with its addresses (as keyed hashes)."""
    ban = _active_red_card(user)
    if ban is not None:
        red_card_remember(user=user, reason=ban.reason)


@transaction.atomic
def address_confirmed(email_address: EmailAddress) -> Ban | None:
    """An address was confirmed on an account: give back a red card it carried."""
    kept = RedCardAddress.objects.filter(digest=address_digest(email_address.email)).first()
    if kept is None:
        return None
    user = email_address.user
    RedCardAddress.objects.filter(pk=kept.pk).update(user=user)
    ban = _active_red_card(user)
    if ban is None:
        ban = Ban.objects.create(user=user, card=Ban.Card.RED, reason=kept.reason)
        logger.info("red card given back to account %s: a carded address was confirmed", user.pk)
    return ban
