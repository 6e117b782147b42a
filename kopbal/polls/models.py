"""Reader polls: a question with 2 to 10 choices, and one vote per reader."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from kopbal.core.precompiled import Precompiled, held_in_memory

from .querysets import VoteQuerySet

MIN_CHOICES, MAX_CHOICES = 2, 10


class Poll(index.Indexed, ClusterableModel):
    class ResultsVisibility(models.TextChoices):
        AFTER_VOTE = "after_vote", _("After voting")
        ALWAYS = "always", _("Always")
        WHEN_CLOSED = "when_closed", _("Only once closed")

    question = models.CharField(_("question"), max_length=200)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    is_closed = models.BooleanField(
        _("closed"), default=False, help_text=_("Closed by an editor, whatever the closing time.")
    )
    results_visibility = models.CharField(
        _("show results"),
        max_length=12,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.AFTER_VOTE,
    )
    ip_limit_per_hour = models.PositiveIntegerField(
        _("votes per IP address per hour"),
        null=True,
        blank=True,
        help_text=_("Empty: the site default. Households and offices share one address."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    search_fields = [index.SearchField("question"), index.AutocompleteField("question")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("poll")
        verbose_name_plural = _("polls")

    def __str__(self) -> str:
        return self.question

    @property
    def is_open(self) -> bool:
        if self.is_closed:
            return False
        return self.closes_at is None or timezone.now() < self.closes_at

    @property
    def ip_limit(self) -> int:
        return self.ip_limit_per_hour or settings.KOPBAL_POLL_VOTES_PER_IP_PER_HOUR

    def choices_in_order(self) -> list["Choice"]:
        """The answers in the editor's order: the same query for every poll, so compiled
        once per process (kopbal.core.precompiled); a preview's are held in memory."""
        if held_in_memory(self):
            return list(self.choices.all())
        return _CHOICES(values=(self.pk,))

    def results_visible_to(self, *, has_voted: bool) -> bool:
        """Whether a reader (who has or has not voted) may see the counts."""
        if self.results_visibility == self.ResultsVisibility.ALWAYS:
            return True
        if self.results_visibility == self.ResultsVisibility.WHEN_CLOSED:
            return not self.is_open
        return has_voted or not self.is_open


class Choice(Orderable):
    poll = ParentalKey(
        Poll, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="choices"
    )
    label = models.CharField(_("answer"), max_length=120)

    class Meta(Orderable.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return self.label


_CHOICES = Precompiled(lambda pk: Poll(pk=pk).choices.all())


class Vote(models.Model):
    """One reader's vote. Counts are always counted from these rows, never kept aside,
    so no concurrent write can lose or double a vote."""

    # No index of its own: the three below start with the poll, and each vote is one more
    # entry in every index of this table.
    poll = models.ForeignKey(
        Poll,
        verbose_name=_("poll"),
        on_delete=models.CASCADE,
        related_name="votes",
        db_index=False,
    )
    choice = models.ForeignKey(
        Choice, verbose_name=_("answer"), on_delete=models.PROTECT, related_name="votes"
    )
    # "c:<id>" for a cookie voter, "u:<id>" for an account: one vote per key per poll.
    voter = models.CharField(_("voter"), max_length=80)
    # HMAC of the IP address with the site's secret: the address itself is never stored.
    ip_hash = models.CharField(_("IP address hash"), max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("cast at"), default=timezone.now, db_index=True)

    objects = VoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["poll", "voter"], name="one_vote_per_voter_per_poll")
        ]
        indexes = [
            models.Index(fields=["poll", "choice"], name="vote_poll_choice"),
            models.Index(fields=["poll", "ip_hash", "created_at"], name="vote_poll_ip_time"),
        ]

    def __str__(self) -> str:
        return f"{self.poll_id}: {self.choice_id}"
