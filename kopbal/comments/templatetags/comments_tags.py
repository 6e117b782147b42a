"""The discussion under an article, and the helpers its templates use."""

from django import template

from ..discussion import discussion_for
from ..text import to_html

register = template.Library()


@register.inclusion_tag("comments/discussion.html", takes_context=True)
def discussion(context, article):
    request = context["request"]
    if article.pk is None:  # the preview of an article not saved yet: no discussion
        return {"discussion": None}
    return {
        "request": request,
        "user": request.user,
        "csrf_token": context.get("csrf_token"),
        "article": article,
        "discussion": discussion_for(request, article),
        "draft": "",
        "draft_parent": "",
        "error": context.get("error", ""),
    }


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
