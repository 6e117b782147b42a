"""Writes of the ingest: one item into a draft (item_ingest), one source fetched
(source_fetch), every due source fetched (sources_fetch_due)."""

import logging
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from kopbal.news.models import ArticlePage, NewsIndexPage

from . import drafts
from .entries import Entry
from .models import Item, Source
from .readers import SourceError, feeds, http, ninjs

logger = logging.getLogger("kopbal.ingest")

CREATED, UPDATED, KEPT, UNCHANGED, GONE = "created", "updated", "kept", "unchanged", "gone"


def _is_newer(entry: Entry, item: Item) -> bool:
    """A changed version (a higher one: feeds repeat old items) or changed content."""
    if entry.version and item.version and entry.version != item.version:
        return entry.version > item.version  # both sortable as text (see Entry.version)
    return entry.content_hash != item.content_hash


def _touched(page: ArticlePage, item: Item) -> bool:
    """Has the newsroom worked on the draft since the ingest wrote it?"""
    if page.live or page.first_published_at or page.go_live_at:
        return True
    if page.latest_revision_id != item.revision_id:
        return True
    return page.revisions.filter(
        Q(user__isnull=False) | Q(approved_go_live_at__isnull=False)
    ).exists()


@transaction.atomic
def item_ingest(
    *, source: Source, entry: Entry, index: NewsIndexPage | None = None
) -> tuple[Item, str]:
    """Bring one entry in: a new draft, an updated draft, or a newer version recorded.

    Returns the item and what happened (CREATED, UPDATED, KEPT, UNCHANGED, GONE).
    """
    now = timezone.now()
    item = Item.objects.select_for_update().filter(source=source, guid=entry.guid).first()
    if item is not None:
        item.last_seen_at = now
        if not _is_newer(entry, item) or item.newer_hash == entry.content_hash:
            item.save(update_fields=["last_seen_at"])
            return item, UNCHANGED
        page = ArticlePage.objects.filter(pk=item.article_id).first()
        if page is None:
            # The newsroom deleted the draft: a new version does not bring it back.
            item.save(update_fields=["last_seen_at"])
            return item, GONE
        if _touched(page, item):
            item.newer_version, item.newer_hash = entry.version, entry.content_hash
            item.newer_link, item.newer_seen_at = entry.link or item.link, now
            item.save()
            return item, KEPT
        outcome = UPDATED
    else:
        index = index or NewsIndexPage.objects.first()
        if index is None:
            raise SourceError(_("There is no news archive to put drafts under."))
        item = Item(source=source, guid=entry.guid, first_seen_at=now, last_seen_at=now)
        page = ArticlePage(live=False)
        outcome = CREATED

    tags = drafts.tags_for(entry)
    drafts.fill(page, entry=entry, source=source, tags=tags)
    if outcome == CREATED:
        index.add_child(instance=page)
    else:
        page.save()  # a draft that was never published: its row is the draft
    item.revision = page.save_revision(log_action=True)
    item.article = page
    item.version, item.content_hash, item.link = entry.version, entry.content_hash, entry.link
    item.suggested_tags = drafts.tag_names(tags)
    item.newer_version = item.newer_hash = item.newer_link = ""
    item.newer_seen_at = None
    item.save()
    if outcome == CREATED:
        Source.objects.filter(pk=source.pk).update(item_count=F("item_count") + 1)
    return item, outcome


@dataclass
class FetchResult:
    outcomes: dict[str, int] = field(default_factory=dict)
    error: str = ""


def _entries(source: Source) -> tuple[list[Entry] | None, list[str], dict]:
    """The source's entries (None: not modified), problems with single files, new state."""
    if source.kind == Source.Kind.NINJS:
        entries, problems = ninjs.read_folder(source.folder)
        return entries, problems, {}
    answer = http.get(source.url, etag=source.etag, last_modified=source.last_modified)
    state = {"etag": answer.etag, "last_modified": answer.last_modified}
    if answer.content is None:
        return None, [], state
    return feeds.parse(answer.content), [], state


def _item_ingest_once(*, source: Source, entry: Entry) -> str:
    try:
        return item_ingest(source=source, entry=entry)[1]
    except IntegrityError:
        # `ingest_fetch` and the scheduler brought the same new item in at once: the
        # other one stored it (the unique guid) and this one rolled back.
        if Item.objects.filter(source=source, guid=entry.guid).exists():
            return UNCHANGED
        raise


def source_fetch(*, source: Source) -> FetchResult:
    """Read one source and ingest its items, each in a transaction of its own.

    Whatever goes wrong is written on the source (last_error) and returned, never raised:
    the next source is fetched all the same.
    """
    result = FetchResult()
    now = timezone.now()
    status = {"last_fetched_at": now}
    try:
        entries, problems, state = _entries(source)
    except SourceError as error:
        result.error = str(error)
    except Exception as error:  # a reader bug must not stop the other sources
        logger.exception("Ingest source %s could not be read", source.pk)
        result.error = _("Unexpected error while reading: %(error)s") % {"error": error}
    else:
        status.update(state, last_success_at=now)
        for entry in entries or []:
            try:
                outcome = _item_ingest_once(source=source, entry=entry)
            except Exception as error:
                logger.exception("Ingest item %s of source %s failed", entry.guid, source.pk)
                problems.append(
                    _("Item %(item)s: %(error)s") % {"item": entry.guid[:80], "error": error}
                )
            else:
                result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
        result.error = "\n".join(problems[:20])
    status["last_error"] = result.error
    Source.objects.filter(pk=source.pk).update(**status)
    return result


def sources_fetch_due() -> dict[int, FetchResult]:
    """Fetch every active source whose interval has passed (the scheduler's job)."""
    now = timezone.now()
    return {
        source.pk: source_fetch(source=source)
        for source in Source.objects.active()
        if source.is_due(now)
    }
