"""Comments as JSON for the page script and apps: public fields only."""

from django.urls import reverse

from .models import Comment
from .text import to_html


def author_json(user) -> dict | None:
    if user is None:
        return None
    name = getattr(user, "display_name", None) or user.get_username()
    profile = reverse("accounts:profile", args=[name]) if user.display_name else None
    return {"name": name, "profile_url": profile, "staff": user.is_staff}


def comment_json(comment: Comment, *, replies: bool = False) -> dict:
    visible = comment.is_visible
    data = {
        "id": comment.pk,
        "parent": comment.parent_id,
        "status": comment.status if comment.status in ("visible", "pending") else "deleted",
        "author": author_json(comment.author) if visible or comment.status == "pending" else None,
        "html": str(to_html(comment.body)) if visible or comment.status == "pending" else "",
        "created_at": comment.created_at.isoformat(),
        "edited": comment.edited_at is not None,
        "likes": comment.like_count,
        "featured": comment.is_featured,
    }
    if replies:
        data["replies"] = [comment_json(r) for r in getattr(comment, "visible_replies", [])]
    return data
