"""Comments and reports made directly, with the article's comment count kept right."""

from django.db import transaction
from django.db.models import F

from kopbal.comments.models import Comment, Report
from kopbal.core import events


def comment_create(
    *, article, author, body="Wat een wedstrijd!", status="visible", parent=None, **fields
) -> Comment:
    """A comment as if posted and moderated; the article's count follows its status."""
    with transaction.atomic():
        comment = Comment.objects.create(
            article=article, author=author, body=body, status=status, parent=parent, **fields
        )
        events.emit(
            events.CommentPosted(
                article_id=article.pk,
                comment_id=comment.pk,
                visible=comment.is_visible,
                parent_id=comment.parent_id,
            )
        )
    return comment


def report_create(*, comment, user, reason="Beledigend") -> Report:
    """An open report, counted on the comment as the reader's report is."""
    report = Report.objects.create(comment=comment, user=user, reason=reason)
    Comment.objects.filter(pk=comment.pk).update(report_count=F("report_count") + 1)
    comment.refresh_from_db(fields=["report_count"])
    return report
