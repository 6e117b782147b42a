"""The digest opt-in in "Mijn account", and the one-click unsubscribe from the mail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kopbal.accounts.views import private

from .digest import unsubscribe_user
from .models import DigestSubscription
from .services import digest_subscribe


@login_required
@require_POST
def digest_settings(request):
    subscribed = request.POST.get("dagmail") == "aan"
    digest_subscribe(user=request.user, subscribed=subscribed)
    if subscribed:
        messages.success(request, _("You will get a daily e-mail with the news you follow."))
    else:
        messages.success(request, _("You will no longer get the daily e-mail."))
    return redirect("accounts:settings")


# No CSRF token: mail programs POST here themselves (RFC 8058 one-click). The signed token
# in the URL is the proof, and all it can do is switch the mail off.
@csrf_exempt
def unsubscribe(request, token):
    """GET: a button to confirm (link scanners follow links); POST: unsubscribed."""
    user = unsubscribe_user(token)
    if user is None:
        response = TemplateResponse(request, "follows/unsubscribe.html", {"bad_token": True})
        response.status_code = 400
        return private(response)
    if request.method == "POST":
        digest_subscribe(user=user, subscribed=False)
        return private(TemplateResponse(request, "follows/unsubscribe.html", {"done": True}))
    subscribed = DigestSubscription.objects.filter(user=user).exists()
    context = {"token": token, "subscribed": subscribed}
    return private(TemplateResponse(request, "follows/unsubscribe.html", context))
