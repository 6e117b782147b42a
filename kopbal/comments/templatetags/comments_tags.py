"""The discussion under an article, and the helpers its templates use."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from kopbal.core.fragments import shared_fragment

from .. import cards
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
def author_name(user) -> str:
    return cards.author_name(user)


def _viewer(context) -> cards.Viewer:
    """The discussion's viewer, worked out once per render of the template."""
    viewer = context.render_context.get("comment_viewer")
    if viewer is None:
        viewer = cards.viewer_for(
            context.get("request"),
            user=context.get("user"),
            csrf_token=context.get("csrf_token"),
            discussion=context.get("discussion"),
            article=context.get("article"),
            draft=context.get("draft", ""),
            draft_parent=context.get("draft_parent", ""),
        )
        context.render_context["comment_viewer"] = viewer
    return viewer


@register.simple_tag(takes_context=True)
def comment_form(context):
    """The form for a new comment under the discussion's article."""
    return mark_safe(cards.comment_form(_viewer(context)))  # noqa: S308 - escaped in cards


@register.simple_tag(takes_context=True)
def featured_cards(context, comments):
    return mark_safe(cards.featured_cards(comments, _viewer(context)))  # noqa: S308


@register.simple_tag(takes_context=True)
def thread_cards(context, comments):
    """The discussion's top-level comments with their replies, as list items."""
    return mark_safe(cards.thread_cards(comments, _viewer(context)))  # noqa: S308
