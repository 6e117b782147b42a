"""Yellow and red cards: the active bans, a reader's page to issue one, and lifting it."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View
from wagtail.admin import messages
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, UserColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from .. import services
from ..admin_forms import BanForm, UserLookupForm
from ..models import Ban, Comment
from ..services import CommentRefused
from ..text import to_html
from .common import HOME, BanPermissionMixin, author_name, next_url

RECENT_COMMENTS = 10


def active_bans():
    now = timezone.now()
    return Ban.objects.filter(lifted_at__isnull=True).filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    )


class CardColumn(Column):
    cell_template_name = "comments/admin/cells/card.html"


class UntilColumn(Column):
    cell_template_name = "comments/admin/cells/until.html"


class BannedUserColumn(Column):
    cell_template_name = "comments/admin/cells/banned_user.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["name"] = author_name(instance.user)
        context["url"] = reverse("comments_bans:user", args=[instance.user_id])
        return context


class LiftColumn(BaseColumn):
    cell_template_name = "comments/admin/cells/lift.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["lift_url"] = reverse("comments_bans:lift", args=[instance.pk])
        context["csrf_token"] = get_token(parent_context["request"])
        context["return_url"] = reverse("comments_bans:index")
        return context


class BanIndexView(BanPermissionMixin, BaseListingView):
    page_title = gettext_lazy("Bans")
    header_icon = "circle-xmark"
    template_name = "comments/admin/listing.html"
    breadcrumbs_items = [HOME]
    index_url_name = "comments_bans:index"
    index_results_url_name = "comments_bans:index_results"
    paginate_by = 50
    default_ordering = "-created_at"
    is_searchable = True
    search_fields = ["user__username", "user__email", "reason"]
    search_backend_name = None
    verbose_name_plural = gettext_lazy("active bans")
    columns = [
        CardColumn("card", label=gettext_lazy("Card")),
        BannedUserColumn("user", label=gettext_lazy("Reader")),
        Column("reason", label=gettext_lazy("Reason")),
        UntilColumn("expires_at", label=gettext_lazy("Until"), sort_key="expires_at"),
        UserColumn("created_by", label=gettext_lazy("By")),
        DateColumn("created_at", label=gettext_lazy("Issued"), sort_key="created_at"),
        LiftColumn("lift", label=gettext_lazy("Actions")),
    ]

    def get_base_queryset(self):
        return active_bans().select_related("user", "created_by")

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(_("Issue a ban"), url=reverse("comments_bans:lookup"), icon_name="plus")
        ]


class BanLookupView(BanPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """Find the reader to ban by username or e-mail address."""

    form_class = UserLookupForm
    template_name = "comments/admin/ban_lookup.html"
    page_title = gettext_lazy("Issue a ban")
    header_icon = "circle-xmark"

    def get_breadcrumbs_items(self):
        bans = {"url": reverse("comments_bans:index"), "label": _("Bans")}
        return [HOME, bans, {"url": "", "label": self.get_page_title()}]

    def form_valid(self, form):
        return redirect("comments_bans:user", form.cleaned_data["user"].pk)


class UserBansView(BanPermissionMixin, WagtailAdminTemplateMixin, FormView):
    """A reader's cards, old and current, their latest comments, and a form for a new card."""

    form_class = BanForm
    template_name = "comments/admin/user_bans.html"
    header_icon = "user"

    @cached_property
    def reader(self):
        return get_object_or_404(get_user_model(), pk=self.kwargs["user_id"])

    def get_page_title(self):
        return _("Bans of %(name)s") % {"name": author_name(self.reader)}

    def get_breadcrumbs_items(self):
        bans = {"url": reverse("comments_bans:index"), "label": _("Bans")}
        return [HOME, bans, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reader = self.reader
        bans = list(Ban.objects.filter(user=reader).select_related("created_by"))
        comments = Comment.objects.filter(author=reader).select_related("article")
        context.update(
            reader=reader,
            name=author_name(reader),
            active_ban=next((ban for ban in bans if ban.is_active), None),
            bans=bans,
            status_counts=self.status_counts(comments),
            recent_comments=[
                {"comment": c, "html": to_html(c.body)}
                for c in comments.defer("article__body")[:RECENT_COMMENTS]
            ],
            all_comments_url=reverse("comments_admin:index") + f"?author={reader.pk}",
            return_url=next_url(self.request, ""),
        )
        return context

    @staticmethod
    def status_counts(comments):
        counts = dict(comments.values_list("status").annotate(n=Count("pk")).order_by())
        return [(label, counts.get(value, 0)) for value, label in Comment.Status.choices]

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            ban = services.ban_issue(
                user=self.reader,
                card=data["card"],
                reason=data["reason"],
                days=data["days"] if data["card"] == Ban.Card.YELLOW else None,
                by=self.request.user,
            )
        except CommentRefused as exc:
            form.add_error(None, exc.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(card)s for %(name)s.")
            % {"card": ban.get_card_display(), "name": author_name(self.reader)},
        )
        return redirect(next_url(self.request, self.request.path))


class BanLiftView(BanPermissionMixin, View):
    http_method_names = ["post"]

    def post(self, request, pk):
        ban = get_object_or_404(Ban.objects.select_related("user"), pk=pk)
        back = next_url(request, reverse("comments_bans:user", args=[ban.user_id]))
        if not ban.is_active:
            messages.warning(request, _("This ban had already ended."))
            return redirect(back)
        services.ban_lift(ban=ban, by=request.user)
        messages.success(request, _("Ban of %(name)s lifted.") % {"name": author_name(ban.user)})
        return redirect(back)
