"""Agency and partner sources, and the items they brought in as draft articles."""

import os
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import folders
from .querysets import ItemQuerySet, SourceQuerySet


class Source(models.Model):
    """An RSS/Atom feed or a drop folder of IPTC ninjs files that the scheduler reads."""

    class Kind(models.TextChoices):
        FEED = "feed", _("Feed (RSS/Atom)")
        NINJS = "ninjs", _("Folder (ninjs)")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.FEED)
    url = models.CharField(
        _("feed URL"),
        max_length=500,
        blank=True,
        help_text=_("For a feed: its address, starting with http:// or https://."),
    )
    folder = models.CharField(
        _("folder"),
        max_length=500,
        blank=True,
        help_text=_("For a drop folder: its full path on the server."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    interval_minutes = models.PositiveIntegerField(
        _("fetch every (minutes)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 60)],
    )
    default_author = models.ForeignKey(
        "news.Author",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Credited on the drafts when the item's byline names no known author."),
    )
    medium = models.CharField(
        _("source medium"),
        max_length=100,
        blank=True,
        help_text=_("Shown as the draft's source medium; empty: the source's name."),
    )
    # Written by the fetcher only.
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    item_count = models.PositiveIntegerField(_("items brought in"), default=0)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.name

    @property
    def medium_name(self) -> str:
        return self.medium or self.name

    def is_due(self, now=None) -> bool:
        now = now or timezone.now()
        if self.last_fetched_at is None:
            return True
        return now - self.last_fetched_at >= timedelta(minutes=self.interval_minutes)

    def clean(self):
        super().clean()
        if self.kind == self.Kind.FEED:
            parts = urlsplit(self.url.strip())
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValidationError(
                    {"url": _("Enter a feed address that starts with http:// or https://.")}
                )
            self.url = self.url.strip()
        elif self.kind == self.Kind.NINJS:
            folder = self.folder.strip()
            if not folder or not os.path.isabs(folder):
                raise ValidationError({"folder": _("Enter the full path of the folder.")})
            if not folders.allowed(folder):
                raise ValidationError(
                    {
                        "folder": _("Drop folders must lie under %(roots)s.")
                        % {"roots": ", ".join(settings.KOPBAL_INGEST_FOLDERS)}
                    }
                )
            if not os.path.isdir(folder):
                raise ValidationError({"folder": _("This folder does not exist on the server.")})
            if not os.access(folder, os.R_OK | os.X_OK):
                raise ValidationError({"folder": _("The site may not read this folder.")})
            self.folder = folder


class Item(models.Model):
    """One agency item and the draft article it became (de-duplicated on source + guid)."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="items"
    )
    # The item's id in its source: the RSS guid, the Atom id, the ninjs uri, else its link.
    guid = models.CharField(_("item id"), max_length=500)
    version = models.CharField(_("version"), max_length=60, blank=True)
    content_hash = models.CharField(max_length=64)
    link = models.URLField(_("original link"), max_length=1000, blank=True)
    # SET_NULL: a deleted draft leaves the queue, and the item stays known so the same
    # story coming in again does not bring the draft back.
    article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The revision the ingest wrote last: any later revision by a person means "touched".
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    suggested_tags = models.JSONField(_("suggested tags"), default=list, blank=True)
    first_seen_at = models.DateTimeField(_("first seen"), default=timezone.now)
    last_seen_at = models.DateTimeField(_("last seen"), default=timezone.now)
    # A newer version that was not applied because an editor had touched the draft.
    newer_version = models.CharField(max_length=60, blank=True)
    newer_hash = models.CharField(max_length=64, blank=True)
    newer_link = models.URLField(max_length=1000, blank=True)
    newer_seen_at = models.DateTimeField(null=True, blank=True)

    objects = ItemQuerySet.as_manager()

    class Meta:
        ordering = ["-first_seen_at", "-pk"]
        verbose_name = _("incoming item")
        verbose_name_plural = _("incoming items")
        constraints = [
            models.UniqueConstraint(fields=["source", "guid"], name="ingest_item_unique_guid")
        ]

    def __str__(self) -> str:
        return f"{self.source_id}: {self.guid}"

    @property
    def has_newer_version(self) -> bool:
        return bool(self.newer_hash)
