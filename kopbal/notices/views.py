"""'Mijn reacties', notice settings, ignoring a reader and the unsubscribe link.

Every page here is personal: private, no-store (kopbal.accounts.views.private)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from kopbal.accounts.views import private
from kopbal.comments.models import Comment
from kopbal.core.api import json_error, json_not_allowed
from kopbal.core.pagination import paginate
from kopbal.core.requestdata import BadInput, body_fields, text_field

from . import services
from .api import me_part
from .mail import unsubscribe_user
from .models import NoticePreference

PAGE_SIZE = 20


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_safe
def my_replies(request):
    """Replies to my comments (newest first) and my own comments, held ones included.
    Opening the page reads every notice."""
    user = request.user
    replies = (
        Comment.objects.visible()
        .filter(parent__author=user, article__live=True)
        .exclude(author=user)
        .select_related("article", "author", "parent")
        .order_by("-created_at", "-pk")
    )
    own = (
        Comment.objects.filter(
            author=user,
            article__live=True,
            status__in=[Comment.Status.VISIBLE, Comment.Status.PENDING, Comment.Status.REJECTED],
        )
        .select_related("article")
        .order_by("-created_at", "-pk")
    )
    context = {
        "replies": paginate(request, replies, PAGE_SIZE),
        "own": paginate(request, own, PAGE_SIZE, param="eigen"),
    }
    if request.method == "GET":  # a HEAD (a link checker, say) reads nothing
        services.notices_mark_read(user=user)
    return private(TemplateResponse(request, "notices/my_replies.html", context))


def notices_api(request):
    """GET: the notice part of /api/me/ alone, for the header's poll (which must not eat
    the one-time messages that /api/me/ hands out)."""
    if request.method not in ("GET", "HEAD"):
        return json_not_allowed(["GET", "HEAD"], _("Use GET."))
    if not request.user.is_authenticated:
        return json_error(401, "login_required", _("Log in to see your notices."))
    return private(JsonResponse({"authenticated": True, **me_part(request.user)}))


@require_POST
def notices_read(request):
    """The header's notice list was opened: every notice is read."""
    if not request.user.is_authenticated:
        if _wants_json(request):
            return json_error(401, "login_required", _("Log in to see your notices."))
        return redirect_to_login(reverse("notices:my_replies"))
    count = services.notices_mark_read(user=request.user)
    if _wants_json(request):
        return private(JsonResponse({"read": count, "unread": 0}))
    return redirect("notices:my_replies")


@login_required
@require_POST
def preferences(request):
    """'Mijn account': notices on the site, e-mail on reply (an unticked box is not sent)."""
    fields = request.POST
    services.preference_update(
        user=request.user,
        in_page=fields.get("in_page") == "on",
        email_on_reply=fields.get("email_on_reply") == "on",
    )
    messages.success(request, _("Your notice settings are saved."))
    return redirect("accounts:settings")


def _back(request, fallback: str):
    url = request.POST.get("next", "")
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(url)
    return redirect(fallback)


@require_POST
def ignore(request, user_id):
    """Ignore a reader (or stop ignoring: action=unignore). JSON for the page script,
    a redirect back for a plain form."""
    if not request.user.is_authenticated and not _wants_json(request):
        return redirect_to_login(request.POST.get("next") or "/")
    try:
        fields = body_fields(request)
        undo = text_field(fields, "action") == "unignore"
        if undo:
            services.reader_unignore(user=request.user, ignored_id=user_id)
        else:
            services.reader_ignore(user=request.user, ignored_id=user_id)
    except BadInput as exc:
        return json_error(400, exc.code, exc.message)
    except services.NoticeRefused as exc:
        if _wants_json(request):
            return json_error(exc.status, exc.code, exc.message)
        return private(
            TemplateResponse(
                request, "notices/refused.html", {"message": exc.message}, status=exc.status
            )
        )
    if _wants_json(request):
        return private(JsonResponse({"id": user_id, "ignored": not undo}))
    if undo:
        messages.success(request, _("You see this reader's comments again."))
    else:
        messages.success(
            request,
            _("You ignore this reader now: their comments are folded away for you."),
        )
    return _back(request, "accounts:settings")


@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """The link in every reply mail: no log-in needed, the signed token says who.
    GET asks (mail scanners open links), POST switches the mails off."""
    reader = unsubscribe_user(token)
    if reader is None:
        response = TemplateResponse(request, "notices/unsubscribe.html", {"bad_token": True})
        response.status_code = 400
        return private(response)
    done = False
    if request.method == "POST":
        NoticePreference.objects.update_or_create(user=reader, defaults={"email_on_reply": False})
        done = True
    context = {"reader": reader, "done": done}
    return private(TemplateResponse(request, "notices/unsubscribe.html", context))
