"""What finds a reader: notices of replies and likes, their settings, readers they ignore."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NoticeQuerySet(models.QuerySet):
    def shown(self):
        """The read rule: a notice shows while its comment is visible (a reply removed by a
        moderator or deleted by its author takes its notice along)."""
        return self.filter(comment__status="visible")

    def unread(self):
        return self.filter(read_at__isnull=True)

    def unmailed_replies(self):
        return self.shown().filter(kind=Notice.Kind.REPLY, mailed_at__isnull=True)


class Notice(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply")
        LIKE = "like", _("Like")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=5, choices=Kind.choices)
    # The reply itself, or the comment that was liked.
    comment = models.ForeignKey(
        "comments.Comment",
        verbose_name=_("comment"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    mailed_at = models.DateTimeField(_("mailed at"), null=True, blank=True)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notice_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notice_latest"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "comment", "actor"], name="one_notice_per_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.recipient_id} on {self.comment_id}"


class NoticePreference(models.Model):
    """A reader's choices; a reader without a row has the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="notice_preference",
    )
    in_page = models.BooleanField(_("notices on the site"), default=True)
    email_on_reply = models.BooleanField(_("e-mail on reply"), default=False)
    last_mailed_at = models.DateTimeField(_("last mailed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice settings")
        verbose_name_plural = _("notice settings")

    def __str__(self) -> str:
        return f"notice settings of {self.user_id}"


class IgnoredReader(models.Model):
    """`user` does not want to see the comments of `ignored` (collapsed, not hidden)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="ignoring",
    )
    ignored = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ignored reader"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ignored reader")
        verbose_name_plural = _("ignored readers")
        constraints = [
            models.UniqueConstraint(fields=["user", "ignored"], name="ignore_once"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} ignores {self.ignored_id}"
