"""Writes of following: follow, unfollow, keep a browser's choices, the digest opt-in."""

from django.db import IntegrityError, transaction

from .models import DigestSubscription, Follow
from .subjects import kind_of


@transaction.atomic
def follow_add(*, user, subject) -> Follow:
    """`user` follows `subject` (a Club, Person or Competition); following twice is once."""
    kind = kind_of(subject).name
    existing = Follow.objects.filter(user=user, **{kind: subject}).first()
    if existing is not None:
        return existing
    try:
        # A savepoint: a double click racing itself ends here, not in a 500.
        with transaction.atomic():
            return Follow.objects.create(user=user, kind=kind, **{kind: subject})
    except IntegrityError:
        return Follow.objects.get(user=user, **{kind: subject})


@transaction.atomic
def follow_remove(*, user, subject) -> bool:
    """`user` no longer follows `subject`; True when they did."""
    deleted, _ = Follow.objects.filter(user=user, **{kind_of(subject).name: subject}).delete()
    return bool(deleted)


@transaction.atomic
def follows_merge(*, user, subjects) -> int:
    """Add the subjects a reader chose in the browser before logging in; how many were new."""
    known = set(Follow.objects.of(user).keys())
    added = 0
    for subject in subjects:
        if f"{subject.tag_route}:{subject.slug}" not in known:
            follow_add(user=user, subject=subject)
            added += 1
    return added


@transaction.atomic
def digest_subscribe(*, user, subscribed: bool) -> None:
    """Switch the daily e-mail of the followed subjects' new articles on or off."""
    if subscribed:
        DigestSubscription.objects.get_or_create(user=user)
    else:
        DigestSubscription.objects.filter(user=user).delete()
