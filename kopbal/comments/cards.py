"""Comment cards: the one place their HTML is written.

The discussion, the live fragment, the reader's held comments and the card sent back
after posting all draw cards here. A discussion page shows up to a hundred of them;
through Django templates each cost two or three includes with their context pushes
(12.7 of the 300-comment article's 41.9 ms), so they are plain Python. Every value
that is not SafeString (comments.text) goes through `escape`, as autoescape would do.
What a card needs besides the comment (who reads, the form token, what they liked) is
worked out once per render in a `Viewer`.
"""

from dataclasses import dataclass, field
from functools import cached_property, partial
from urllib.parse import quote

from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language, gettext, gettext_noop

from kopbal.core.templatetags.kopbal_tags import html_datetime, relative_time
from kopbal.core.text import escape
from kopbal.pages.links import trust_links

from .models import Comment
from .text import to_html

VISIBLE, PENDING = Comment.Status.VISIBLE.value, Comment.Status.PENDING.value
_PK = 987654321  # stands in for an id when an address is reversed once per render
_NAME = "kopbal-reader-name-placeholder"

LIKE_ICON = (
    '<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M2 '
    "9h3v9H2zM7 18h7.6a2 2 0 0 0 2-1.6l1.3-6A2 2 0 0 0 16 8h-4.3l.7-3.4A1.8 1.8 0 0 0 10.6 "
    '2L7 8.5z" fill="currentColor"/></svg>'
)
# Marked for makemessages; translated (and escaped) once per render, in the reader's language.
TEXTS = {
    "editors": gettext_noop("Editors"),
    "featured": gettext_noop("Featured"),
    "edited": gettext_noop("edited"),
    "pending": gettext_noop("Waiting for a moderator: only you see this comment."),
    "likes": gettext_noop("likes"),
    "deleted": gettext_noop("This comment was deleted."),
    "reply": gettext_noop("Reply"),
    "report": gettext_noop("Report"),
    "report_why": gettext_noop("Why should a moderator look at this?"),
    "report_send": gettext_noop("Send report"),
    "edit": gettext_noop("Edit"),
    "your_comment": gettext_noop("Your comment"),
    "your_reply": gettext_noop("Your reply"),
    "save": gettext_noop("Save"),
    "ignore": gettext_noop("Ignore this reader"),
    "delete": gettext_noop("Delete"),
    "delete_confirm": gettext_noop("Delete this comment? This cannot be undone."),
    "trap": gettext_noop("Leave this field empty"),
    "hint": gettext_noop("Plain text, up to 2,000 characters. Be civil."),
    "house_rules": gettext_noop("Read the house rules"),
    "post": gettext_noop("Post comment"),
}


# language -> the cards' texts, translated and escaped: built once per language, not per
# viewer (every post's answer and every discussion render made a viewer). Read only.
_translated: dict[str | None, dict[str, str]] = {}


def _translations() -> dict[str, str]:
    language = get_language()
    texts = _translated.get(language)
    if texts is None:
        texts = {key: escape(gettext(msgid)) for key, msgid in TEXTS.items()}
        _translated[language] = texts
    return texts


def _pk_url(name: str) -> tuple[str, str]:
    """(before, after) the id in the address of `name`, escaped: reversed once."""
    before, after = reverse(name, args=[_PK]).split(str(_PK))
    return escape(before), escape(after)


def _profile_path(display_name: str, around: tuple[str, str]) -> str:
    """reverse("accounts:profile", args=[display_name]) from the parts `around` the name,
    reversed once per render: a discussion page links tens of different readers, and each
    reverse() walks the URLconf. The name is quoted as reverse() quotes it; a name the route
    would refuse ("/" in it, or empty) goes through reverse() itself."""
    if not display_name or "/" in display_name:
        return reverse("accounts:profile", args=[display_name])
    before, after = around
    return f"{before}{quote(display_name, safe=RFC3986_SUBDELIMS + '/~:@')}{after}"


def author_name(user) -> str:
    if user is None:
        return ""
    return getattr(user, "display_name", None) or user.get_username()


@dataclass
class Viewer:
    """Who looks at the cards, and what of theirs the cards show."""

    user: object = None  # None: anonymous (and every shared rendering)
    user_id: int | None = None
    # The form token, or a callable giving it: read only when a form is drawn, since
    # reading it sets the CSRF cookie, and a page with a cookie is never cached for all.
    csrf_token: object = None
    next_path: str = ""  # escaped: where "ignore this reader" returns
    liked: frozenset = frozenset()
    can_reply: bool = False
    article_id: int | None = None
    draft: str = ""
    draft_parent: str = ""
    t: dict = field(default_factory=_translations)
    _urls: dict = field(default_factory=dict)
    _profiles: dict = field(default_factory=dict)

    @cached_property
    def csrf(self) -> str:
        """The form token's hidden input ("" without a token), as {% csrf_token %}."""
        token = self.csrf_token() if callable(self.csrf_token) else self.csrf_token
        if not token or str(token) == "NOTPROVIDED":
            return ""
        return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(str(token))}">'

    def url(self, name: str, pk) -> str:
        if name not in self._urls:
            self._urls[name] = _pk_url(name)
        before, after = self._urls[name]
        return f"{before}{pk}{after}"

    def profile_url(self, display_name: str) -> str:
        url = self._profiles.get(display_name)
        if url is None:
            if "profile" not in self._urls:
                self._urls["profile"] = tuple(
                    reverse("accounts:profile", args=[_NAME]).split(_NAME)
                )
            url = escape(_profile_path(display_name, self._urls["profile"]))
            self._profiles[display_name] = url
        return url


def viewer_for(
    request=None,
    *,
    user=None,
    csrf_token=None,
    discussion=None,
    article=None,
    draft="",
    draft_parent="",
) -> Viewer:
    """The viewer of a render: `request`'s reader, or anonymous without one."""
    if user is None and request is not None:
        user = request.user
    if csrf_token is None and request is not None:
        csrf_token = partial(get_token, request)
    signed_in = user is not None and user.is_authenticated
    return Viewer(
        user=user if signed_in else None,
        user_id=user.pk if signed_in else None,
        csrf_token=csrf_token,
        next_path=escape(request.get_full_path()) if request is not None else "",
        liked=frozenset(discussion.liked) if discussion else frozenset(),
        can_reply=bool(signed_in and discussion and not discussion.refusal and discussion.is_open),
        article_id=article.pk if article is not None else None,
        draft=draft or "",
        draft_parent=str(draft_parent or ""),
    )


def card(comment, viewer: Viewer, *, compact=False, is_reply=False) -> str:
    """One comment as a reader sees it; `compact` in the editors' featured list."""
    t, pk, status = viewer.t, comment.pk, comment.status
    classes = "comment"
    if comment.is_featured:
        classes += " comment--featured"
    if status == PENDING:
        classes += " comment--pending"
    anchor = "uitgelicht" if compact else "reactie"
    html = f'<article class="{classes}" id="{anchor}-{pk}" data-comment="{pk}"'
    if comment.author_id:
        html += f' data-author="{comment.author_id}"'
    html += ">"
    if status != VISIBLE and status != PENDING:
        return f'{html}<p class="comment__deleted">{t["deleted"]}</p></article>'
    author = comment.author
    name = escape(author_name(author))
    if author is not None and author.display_name:
        url = viewer.profile_url(author.display_name)
        head = [f'<a class="comment__author" href="{url}">{name}</a>']
    else:
        head = [f'<span class="comment__author">{name}</span>']
    if author is not None and author.is_staff:
        head.append(f'<span class="badge badge--staff">{t["editors"]}</span>')
    if comment.is_featured:
        head.append(f'<span class="badge badge--featured">{t["featured"]}</span>')
    created = comment.created_at
    head.append(
        f'<time class="comment__time" datetime="{escape(html_datetime(created))}" '
        f"data-relative>{escape(relative_time(created))}</time>"
    )
    if comment.edited_at:
        head.append(f'<span class="comment__edited">({t["edited"]})</span>')
    html += f'<header class="comment__header">{" ".join(head)}</header>'
    if status == PENDING:
        html += f'<p class="comment__pending">{t["pending"]}</p>'
    html += f'<div class="comment__body">{to_html(comment.body)}</div>'
    if compact:
        pass
    elif viewer.user_id is not None:
        # Only its author ever sees a held comment: edit and delete, while held.
        html += actions(comment, viewer, is_reply=is_reply)
    elif status == VISIBLE:
        # Anonymous readers (every cached page) only see the likes: the cheap path. A like
        # renews no cached page, so the page script fills the current counts.
        html += (
            f'<footer class="comment__actions"><span class="comment__likes" data-likes="{pk}">'
            f"{LIKE_ICON} <span data-like-number>{comment.like_count}</span> "
            f'<span class="visually-hidden">{t["likes"]}</span></span></footer>'
        )
    return html + "</article>"


def _form(attributes: str, *children: str) -> str:
    inner = " ".join(child for child in children if child)
    return f"<form {attributes}>{inner}</form>"


def _post_to(viewer: Viewer, name: str, pk, more: str) -> str:
    return f'method="post" action="{viewer.url(name, pk)}" {more}'


def actions(comment, viewer: Viewer, *, is_reply=False) -> str:
    """What a logged-in reader can do with a comment: like, reply, report, edit, delete."""
    t, pk, csrf, user_id = viewer.t, comment.pk, viewer.csrf, viewer.user_id
    own = user_id == comment.author_id
    parts = []
    if not own:
        liked = pk in viewer.liked
        button = (
            f'<button type="submit" class="link-button" aria-pressed="'
            f'{"true" if liked else "false"}">{LIKE_ICON} <span data-like-count>'
            f'{comment.like_count}</span> <span class="visually-hidden">{t["likes"]}</span>'
            "</button>"
        )
        like = f'<input type="hidden" name="like" value="{"0" if liked else "1"}">'
        parts.append(_form(_post_to(viewer, "comments:like", pk, "data-like"), csrf, like, button))
    elif comment.status == VISIBLE:
        parts.append(
            f'<span class="comment__likes">{LIKE_ICON} {comment.like_count} '
            f'<span class="visually-hidden">{t["likes"]}</span></span>'
        )
    if viewer.can_reply and not is_reply:
        reply_form = comment_form(viewer, parent=pk)
        parts.append(
            f'<details class="comment__more"><summary>{t["reply"]}</summary>{reply_form}</details>'
        )
    if not own:
        report = _form(
            _post_to(viewer, "comments:report", pk, 'class="comment-report" data-report'),
            csrf,
            f'<label for="report-{pk}">{t["report_why"]}</label>',
            f'<input id="report-{pk}" type="text" name="reason" maxlength="500" required>',
            f'<button type="submit" class="button button--small">{t["report_send"]}</button>',
        )
        parts.append(
            f'<details class="comment__more"><summary>{t["report"]}</summary>{report}</details>'
        )
    if own and comment.editable_by(viewer.user):
        edit = _form(
            _post_to(viewer, "comments:edit", pk, 'class="comment-form" data-edit'),
            csrf,
            f'<label class="visually-hidden" for="edit-{pk}">{t["your_comment"]}</label>',
            f'<textarea id="edit-{pk}" name="body" rows="3" maxlength="2000" required>'
            f"{escape(comment.body)}</textarea>",
            f'<button type="submit" class="button button--small">{t["save"]}</button>',
        )
        parts.append(
            f'<details class="comment__more"><summary>{t["edit"]}</summary>{edit}</details>'
        )
    if not own and comment.author_id and not comment.author.is_staff:
        next_path = f"{viewer.next_path}#reactie-{pk}"
        parts.append(
            _form(
                _post_to(viewer, "notices:ignore", comment.author_id, "data-ignore"),
                csrf,
                f'<input type="hidden" name="next" value="{next_path}">',
                f'<button type="submit" class="link-button">{t["ignore"]}</button>',
            )
        )
    if own:
        # Without JavaScript the delete form lands on a page that asks first.
        parts.append(
            _form(
                _post_to(
                    viewer,
                    "comments:delete",
                    pk,
                    f'data-delete data-confirm="{t["delete_confirm"]}"',
                ),
                csrf,
                f'<button type="submit" class="link-button">{t["delete"]}</button>',
            )
        )
    return f'<footer class="comment__actions">{"".join(parts)}</footer>'


def comment_form(viewer: Viewer, *, parent=None) -> str:
    """The form for a new comment, or for a reply to comment `parent`."""
    t = viewer.t
    key = str(parent) if parent else "new"
    draft = escape(viewer.draft) if viewer.draft_parent == (str(parent) if parent else "") else ""
    hint = t["hint"]
    if not parent and (house_rules := trust_links().get("house_rules")):
        hint += f' <a href="{escape(house_rules["url"])}">{t["house_rules"]}</a>'
    action = viewer.url("comments:post", viewer.article_id)
    return _form(
        f'class="comment-form" method="post" action="{action}" data-comment-form',
        viewer.csrf,
        f'<input type="hidden" name="parent" value="{parent}">' if parent else "",
        f'<label class="comment-form__label" for="comment-body-{key}">'
        f"{t['your_reply'] if parent else t['your_comment']}</label>",
        f'<textarea id="comment-body-{key}" name="body" rows="{3 if parent else 4}" '
        f'maxlength="2000" required>{draft}</textarea>',
        '<div class="comment-form__trap" aria-hidden="true">'
        f'<label>{t["trap"]} <input type="text" name="website" tabindex="-1" '
        'autocomplete="off"></label></div>',
        f'<div class="comment-form__footer"><span class="comment-form__hint">{hint}</span> '
        f'<button type="submit" class="button">{t["reply"] if parent else t["post"]}</button>'
        "</div>",
        '<p class="comment-form__status" role="status" aria-live="polite"></p>',
    )


def featured_cards(comments, viewer: Viewer) -> str:
    return "".join(f"<li>{card(c, viewer, compact=True)}</li>" for c in comments)


def thread_cards(comments, viewer: Viewer) -> str:
    """The list items of top-level comments, each with its visible replies."""
    html = []
    for comment in comments:
        html.append(f"<li>{card(comment, viewer)}")
        if comment.visible_replies:
            replies = "".join(
                f"<li>{card(reply, viewer, is_reply=True)}</li>"
                for reply in comment.visible_replies
            )
            html.append(f'<ol class="comment-list comment-list--replies">{replies}</ol>')
        html.append("</li>")
    return "".join(html)
