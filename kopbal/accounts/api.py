"""/api/me/: who is reading, for the header of pages that are cached for everyone."""

from django.contrib import messages
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext as _

from kopbal.comments.rules import has_verified_email
from kopbal.notices.api import me_part

from .views import private


def me(request):
    if request.method not in ("GET", "HEAD"):
        response = JsonResponse(
            {"error": "method_not_allowed", "message": _("Use GET.")}, status=405
        )
        response["Allow"] = "GET, HEAD"
        return private(response)
    user = request.user
    signed_in = user.is_authenticated
    display_name = user.display_name if signed_in else None
    data = {
        "authenticated": signed_in,
        "display_name": (user.public_name if signed_in else None),
        "profile_url": reverse("accounts:profile", args=[display_name]) if display_name else None,
        "settings_url": reverse("accounts:settings"),
        "login_url": reverse("account_login"),
        "signup_url": reverse("account_signup"),
        "logout_url": reverse("account_logout"),
        "verified": signed_in and has_verified_email(user),
        "is_staff": signed_in and user.is_staff,
        # Pages are cached without them, so the page script shows pending messages
        # ("your account has been deleted") once, from here.
        "messages": [
            {"level": m.level_tag, "text": str(m)} for m in messages.get_messages(request)
        ],
    }
    if signed_in:
        # Notices, and the readers whose comments the page script folds away.
        data.update(me_part(user))
        get_token(request)  # the header's log-out form takes the token from the cookie
    return private(JsonResponse(data))
