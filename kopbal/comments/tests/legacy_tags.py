"""The filters the legacy comment templates loaded from comments_tags (tests only)."""

from django import template

from kopbal.comments.text import to_html

register = template.Library()


@register.filter
def comment_html(body: str):
    return to_html(body)


@register.filter
def editable_by(comment, user) -> bool:
    return comment.editable_by(user)


@register.filter
def author_name(user) -> str:
    if user is None:
        return ""
    return getattr(user, "display_name", None) or user.get_username()
