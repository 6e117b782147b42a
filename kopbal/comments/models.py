"""Reader comments under articles, and what moderation needs around them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .querysets import CommentQuerySet

MAX_LENGTH = 2000
EDIT_WINDOW_SECONDS = 5 * 60


class Comment(models.Model):
    class Status(models.TextChoices):
        VISIBLE = "visible", _("Visible")
        PENDING = "pending", _("Waiting for moderation")
        REJECTED = "rejected", _("Rejected")
        REMOVED = "removed", _("Removed by moderation")
        DELETED = "deleted", _("Deleted by its author")

    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    # One level of replies: a reply's parent is always a top-level comment.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,  # an erased account leaves its place in a thread, not its name
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    body = models.TextField(_("comment"), max_length=MAX_LENGTH)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.VISIBLE, db_index=True
    )
    moderation_reason = models.CharField(_("reason"), max_length=300, blank=True)
    is_featured = models.BooleanField(_("featured by the editors"), default=False)
    like_count = models.PositiveIntegerField(_("likes"), default=0)
    report_count = models.PositiveIntegerField(_("reports"), default=0)
    ip_hash = models.CharField(_("IP address hash"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("posted at"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [
            models.Index(
                fields=["article", "status", "parent", "created_at"], name="comment_thread"
            ),
            models.Index(
                fields=["article", "status", "parent", "like_count"], name="comment_liked"
            ),
            models.Index(fields=["author", "created_at"], name="comment_author_time"),
        ]

    def __str__(self) -> str:
        return f"{self.author or '-'}: {self.body[:40]}"

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.VISIBLE

    def editable_by(self, user) -> bool:
        """Its author may edit it for five minutes after posting."""
        return (
            user.is_authenticated
            and user.pk == self.author_id
            and self.status in (self.Status.VISIBLE, self.Status.PENDING)
            and (timezone.now() - self.created_at).total_seconds() <= EDIT_WINDOW_SECONDS
        )


class Like(models.Model):
    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="likes"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("like")
        verbose_name_plural = _("likes")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_like_per_reader")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} likes {self.comment_id}"


class Report(models.Model):
    comment = models.ForeignKey(
        Comment, verbose_name=_("comment"), on_delete=models.CASCADE, related_name="reports"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=500)
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_report_per_reader")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} reports {self.comment_id}"


class WordRule(models.Model):
    """A word the comment filter refuses (banned) or holds for moderation (suspect)."""

    class Kind(models.TextChoices):
        BAN = "ban", _("Banned: refuse the comment")
        SUSPECT = "suspect", _("Suspect: hold for moderation")

    word = models.CharField(_("word"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.BAN)

    panels = [FieldPanel("word"), FieldPanel("kind")]

    class Meta:
        ordering = ["kind", "word"]
        verbose_name = _("word rule")
        verbose_name_plural = _("word rules")

    def __str__(self) -> str:
        return self.word


class Ban(models.Model):
    """A yellow card (until a date) or a red card (for good) against a reader."""

    class Card(models.TextChoices):
        YELLOW = "yellow", _("Yellow card (temporary)")
        RED = "red", _("Red card (permanent)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="comment_bans",
    )
    card = models.CharField(_("card"), max_length=6, choices=Card.choices)
    reason = models.CharField(_("reason"), max_length=300)
    expires_at = models.DateTimeField(_("until"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("given by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("given at"), default=timezone.now)
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ban")
        verbose_name_plural = _("bans")

    def __str__(self) -> str:
        return f"{self.get_card_display()}: {self.user}"

    @property
    def is_active(self) -> bool:
        if self.lifted_at is not None:
            return False
        return self.expires_at is None or self.expires_at > timezone.now()


class ClosedDiscussion(models.Model):
    """Comments closed under an article, by the newsroom (kept apart from page revisions,
    so closing is instant and no later publish reopens it)."""

    article = models.OneToOneField(
        "news.ArticlePage",
        verbose_name=_("article"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("closed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed at"), default=timezone.now)

    class Meta:
        verbose_name = _("closed discussion")
        verbose_name_plural = _("closed discussions")

    def __str__(self) -> str:
        return f"closed: {self.article_id}"


class RedCardAddress(models.Model):
    """An e-mail address of a red-carded reader, as a keyed hash (never in clear).

    A red card is on an account; deleting the account would lift it. The keyed hash of
    each confirmed address stays behind, so the card comes back when someone confirms one
    of those addresses on a new account (see kopbal.comments.redcards).
    """

    digest = models.CharField(_("address hash"), max_length=64, unique=True)
    # While the carded account exists, so lifting its card forgets its addresses.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=300)
    created_at = models.DateTimeField(_("given at"), default=timezone.now)

    class Meta:
        verbose_name = _("red-carded address")
        verbose_name_plural = _("red-carded addresses")

    def __str__(self) -> str:
        return self.digest[:12]
