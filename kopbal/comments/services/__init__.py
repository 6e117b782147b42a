"""Every write to comments goes through these services (views, admin and commands alike)."""

from .errors import CommentRefused
from .moderation import (
    ban_issue,
    ban_lift,
    comment_approve,
    comment_feature,
    comment_reject,
    comment_remove,
    discussion_close,
    discussion_open,
)
from .post import comment_post
from .posting import (
    author_erase,
    comment_delete,
    comment_edit,
    comment_like,
    comment_report,
)

__all__ = [
    "CommentRefused",
    "author_erase",
    "ban_issue",
    "ban_lift",
    "comment_approve",
    "comment_delete",
    "comment_edit",
    "comment_feature",
    "comment_like",
    "comment_post",
    "comment_reject",
    "comment_remove",
    "comment_report",
    "discussion_close",
    "discussion_open",
]
