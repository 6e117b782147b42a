"""Readable labels for the moderation entries in Wagtail's history and site history report.

The services log them (action "kopbal_comments.<status>" and so on) with the reason.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import LogFormatter


class ReasonFormatter(LogFormatter):
    """ "<message>: <reason>" when the entry has a reason."""

    with_reason = ""

    def format_message(self, log_entry):
        reason = (log_entry.data or {}).get("reason")
        if reason and self.with_reason:
            return self.with_reason % {"reason": reason}
        return self.message


def reason_formatter(label, message, with_reason):
    attrs = {"label": label, "message": message, "with_reason": with_reason}
    return type("CommentReasonFormatter", (ReasonFormatter,), attrs)


class BanFormatter(LogFormatter):
    label = gettext_lazy("Ban reader")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        reason = data.get("reason", "")
        if data.get("card") == "red":
            return _("Red card: %(reason)s") % {"reason": reason}
        return _("Yellow card: %(reason)s") % {"reason": reason}


def register_comment_log_actions(actions):
    register = actions.register_action
    register(
        "kopbal_comments.visible", gettext_lazy("Approve comment"), gettext_lazy("Comment approved")
    )
    register("kopbal_comments.rejected")(
        reason_formatter(
            gettext_lazy("Reject comment"),
            gettext_lazy("Comment rejected"),
            gettext_lazy("Comment rejected: %(reason)s"),
        )
    )
    register("kopbal_comments.removed")(
        reason_formatter(
            gettext_lazy("Remove comment"),
            gettext_lazy("Comment removed"),
            gettext_lazy("Comment removed: %(reason)s"),
        )
    )
    register(
        "kopbal_comments.feature", gettext_lazy("Feature comment"), gettext_lazy("Comment featured")
    )
    register(
        "kopbal_comments.unfeature",
        gettext_lazy("Unfeature comment"),
        gettext_lazy("Comment no longer featured"),
    )
    register("kopbal_comments.ban")(BanFormatter)
    register("kopbal_comments.unban", gettext_lazy("Lift ban"), gettext_lazy("Ban lifted"))
    register("kopbal_comments.close")(
        reason_formatter(
            gettext_lazy("Close comments"),
            gettext_lazy("Comments closed"),
            gettext_lazy("Comments closed: %(reason)s"),
        )
    )
    register(
        "kopbal_comments.open", gettext_lazy("Reopen comments"), gettext_lazy("Comments reopened")
    )
