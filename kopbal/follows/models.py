"""What a reader follows, and the daily e-mail digest of it."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .querysets import FollowQuerySet


class Follow(models.Model):
    """A reader follows one club, person or competition (exactly one of the three)."""

    class Kind(models.TextChoices):
        CLUB = "club", _("Club")
        PERSON = "person", _("Person")
        COMPETITION = "competition", _("Competition")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    club = models.ForeignKey(
        "football.Club", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    person = models.ForeignKey(
        "football.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    competition = models.ForeignKey(
        "football.Competition", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["kind", "pk"]
        constraints = [
            models.CheckConstraint(
                name="follow_one_subject",
                condition=(
                    Q(kind="club", club__isnull=False, person=None, competition=None)
                    | Q(kind="person", person__isnull=False, club=None, competition=None)
                    | Q(kind="competition", competition__isnull=False, club=None, person=None)
                ),
            ),
            models.UniqueConstraint(
                fields=["user", "club"], condition=Q(club__isnull=False), name="follow_club_once"
            ),
            models.UniqueConstraint(
                fields=["user", "person"],
                condition=Q(person__isnull=False),
                name="follow_person_once",
            ),
            models.UniqueConstraint(
                fields=["user", "competition"],
                condition=Q(competition__isnull=False),
                name="follow_competition_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.subject}"

    @property
    def subject(self):
        return getattr(self, self.kind)


class DigestSubscription(models.Model):
    """A reader who asked for the daily e-mail of their subjects' new articles."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="digest_subscription",
    )
    created_at = models.DateTimeField(_("subscribed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("digest subscription")
        verbose_name_plural = _("digest subscriptions")

    def __str__(self) -> str:
        return f"digest for {self.user_id}"


class Digest(models.Model):
    """One reader's digest of one day: claimed before it is sent, so never sent twice.

    `until` is where the next digest starts; `article_count` 0 means nothing was new and
    no mail went out."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="digests",
    )
    day = models.DateField(_("day"))
    until = models.DateTimeField(_("articles until"))
    article_count = models.PositiveIntegerField(_("articles"), default=0)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("digest")
        verbose_name_plural = _("digests")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="digest_once_a_day")]

    def __str__(self) -> str:
        return f"digest {self.day} for {self.user_id}"
