"""The discussion under an article, and the helpers its templates use."""

from django import template
from django.template.loader import render_to_string

from kopbal.core.fragments import shared_fragment

from ..discussion import DEFAULT_SORT, SORTS, discussion_for
from ..text import to_html

register = template.Library()


@register.simple_tag(takes_context=True)
def discussion(context, article):
    """The discussion under `article`. Anonymous readers all see the same one, so theirs is
    a shared fragment that follows the article's own generation (see core.fragments)."""
    request = context["request"]
    if article.pk is None:  # the preview of an article not saved yet: no discussion
        return ""
    error = context.get("error", "")

    def render():
        return render_to_string(
            "comments/discussion.html",
            {
                "request": request,
                "user": request.user,
                "csrf_token": context.get("csrf_token"),
                "article": article,
                "discussion": discussion_for(request, article),
                "draft": "",
                "draft_parent": "",
                "error": error,
            },
        )

    page = request.GET.get("rpagina", "1")
    if request.user.is_authenticated or error or not (page.isascii() and page.isdigit()):
        return render()  # personal, or an error page: never shared
    sort = SORTS.get(request.GET.get("reacties", ""), DEFAULT_SORT)
    return shared_fragment(f"discussion:{sort}:{int(page)}", render, article_id=article.pk)


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
