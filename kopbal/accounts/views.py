"""Reader profile pages and account self-service."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from kopbal.comments.models import Comment
from kopbal.core.pagination import paginate
from kopbal.notices.models import IgnoredReader
from kopbal.notices.services import preference_for

from .export import account_data
from .forms import AccountDeleteForm, DisplayNameForm
from .services import account_delete

PROFILE_PAGE_SIZE = 20


def private(response):
    """Personal: never kept by a shared cache, nor by the browser's back-forward cache."""
    patch_cache_control(response, private=True, no_store=True)
    return response


def profile(request, display_name):
    """A reader's public page: name, member since, visible comments. The same for everyone."""
    readers = get_user_model().objects.filter(is_active=True)
    reader = readers.filter(display_name=display_name).first()
    if reader is None:
        reader = readers.filter(display_name__iexact=display_name).first()
        if reader is None:
            raise Http404(_("There is no reader with this name."))
        return redirect("accounts:profile", reader.display_name, permanent=True)
    comments = (
        Comment.objects.visible()
        .filter(author=reader, article__live=True)
        .select_related("article")
        .order_by("-created_at", "-pk")
    )
    page_obj = paginate(request, comments, PROFILE_PAGE_SIZE)
    return TemplateResponse(
        request,
        "accounts/profile.html",
        {"reader": reader, "page_obj": page_obj, "comments": page_obj.object_list},
    )


@login_required
def account_settings(request):
    """'Mijn account': the display name, links to e-mail and password, data and deletion."""
    # A copy to edit, so that a refused name never shows as the reader's own on the page.
    editable = get_user_model().objects.get(pk=request.user.pk)
    form = DisplayNameForm(request.POST or None, instance=editable)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request, _("Your display name is now %(name)s.") % {"name": editable.display_name}
        )
        return redirect("accounts:settings")
    emails = list(EmailAddress.objects.filter(user=request.user).order_by("-primary", "email"))
    context = {
        "form": form,
        "emails": emails,
        "verified": any(a.verified for a in emails),
        "notice_preference": preference_for(request.user),
        "ignored": IgnoredReader.objects.filter(user=request.user).select_related("ignored"),
    }
    return private(TemplateResponse(request, "accounts/settings.html", context))


@login_required
@require_GET
def data_download(request):
    response = JsonResponse(
        account_data(request.user, request), json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="kopbal-gegevens.json"'
    return private(response)


@login_required
def delete(request):
    """Delete one's own account after typing the password. Editors are handled in the admin."""
    user = request.user
    if user.is_staff:
        return private(TemplateResponse(request, "accounts/delete.html", {"staff": True}))
    form = AccountDeleteForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        account_delete(user=user)
        logout(request)
        messages.success(
            request,
            _("Your account has been deleted and your comments have been removed. Goodbye!"),
        )
        return redirect("/")
    return private(TemplateResponse(request, "accounts/delete.html", {"form": form}))
