"""Forms of the moderation admin: a reason (picked or typed), bulk actions, bans, closing."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser

from kopbal.news.models import ArticlePage

from .models import Ban, ClosedDiscussion

# The reasons moderators give most; one click in the queue. The reader sees the reason.
PRESET_REASONS = {
    "abusive": _("Insulting or abusive"),
    "discrimination": _("Racist or discriminatory"),
    "personal": _("Personal attack on another reader"),
    "spam": _("Spam or advertising"),
    "off_topic": _("Off-topic"),
}


def preset_reason(key: str) -> str:
    """A preset reason in the site's language: readers see it, whatever the admin's."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(PRESET_REASONS[key])


class ReasonForm(forms.Form):
    """Why a comment is rejected or removed: a preset, or the moderator's own words."""

    use_required_attribute = False  # a preset button submits it without the text

    preset = forms.ChoiceField(
        label=_("Reason"), required=False, widget=forms.RadioSelect, choices=()
    )
    reason = forms.CharField(
        label=_("Or in your own words"),
        required=False,
        max_length=300,
        help_text=_("The reader sees this reason under their comment."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here, not at import, so the labels are in the moderator's language.
        self.fields["preset"].choices = [(key, label) for key, label in PRESET_REASONS.items()]

    def clean(self):
        cleaned_data = super().clean()
        text = (cleaned_data.get("reason") or "").strip()
        if not text and cleaned_data.get("preset"):
            text = preset_reason(cleaned_data["preset"])
        if not text and not self.errors:
            raise ValidationError(_("Give a reason: the reader sees it."), code="required")
        cleaned_data["reason_text"] = text
        return cleaned_data


class IdsField(forms.Field):
    """The ids of the ticked rows."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        try:
            return sorted({int(v) for v in value or []})
        except (TypeError, ValueError):
            raise ValidationError(_("Select comments from the list."), code="invalid") from None

    def validate(self, value):
        if not value:
            raise ValidationError(_("Select at least one comment."), code="required")


class BulkForm(ReasonForm):
    """One action on the ticked comments; a reason for rejecting or removing them."""

    APPROVE, REJECT, REMOVE = "approve", "reject", "remove"
    MAX = 200  # four pages of the queue: enough, and no request that runs for minutes

    action = forms.ChoiceField(
        choices=[(APPROVE, _("Approve")), (REJECT, _("Reject")), (REMOVE, _("Remove"))]
    )
    ids = IdsField()

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "bulk")
        super().__init__(*args, **kwargs)
        preset = self.fields["preset"]
        preset.widget = forms.Select()
        preset.choices = [("", _("Choose a reason")), *preset.choices]

    def clean_ids(self):
        ids = self.cleaned_data["ids"]
        if len(ids) > self.MAX:
            raise ValidationError(
                _("Select at most %(max)d comments at a time."), params={"max": self.MAX}
            )
        return ids

    def clean(self):
        if self.cleaned_data.get("action") == self.APPROVE:
            return self.cleaned_data  # approving needs no reason
        return super().clean()


class BanForm(forms.Form):
    card = forms.ChoiceField(
        label=_("Card"), choices=Ban.Card.choices, initial=Ban.Card.YELLOW, widget=forms.RadioSelect
    )
    days = forms.IntegerField(
        label=_("Days (yellow card)"), required=False, min_value=1, max_value=365, initial=7
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        help_text=_("The reader sees this reason when they try to comment."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("card") == Ban.Card.YELLOW and not cleaned_data.get("days"):
            self.add_error("days", _("A yellow card needs a number of days."))
        return cleaned_data


class UserLookupForm(forms.Form):
    user = forms.CharField(label=_("Username or e-mail address"), max_length=254)

    def clean_user(self):
        value = self.cleaned_data["user"].strip()
        users = get_user_model().objects.all()
        user = users.filter(username__iexact=value).first() or (
            users.filter(email__iexact=value).order_by("pk").first() if "@" in value else None
        )
        if user is None:
            raise ValidationError(_("No reader with this username or e-mail address."))
        return user


def _article_chooser() -> AdminPageChooser:
    widget = AdminPageChooser(target_models=[ArticlePage])
    # Wagtail builds "Choose a page (Article)" in English when the widget is made; these
    # are translated when shown.
    widget.choose_one_text = _("Choose an article")
    widget.choose_another_text = _("Choose another article")
    widget.link_to_chosen_text = _("Edit this article")
    return widget


class CloseDiscussionForm(forms.Form):
    article = forms.ModelChoiceField(
        label=_("Article"),
        queryset=ArticlePage.objects.all(),
        widget=_article_chooser(),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=ClosedDiscussion._meta.get_field("reason").max_length,
        required=False,
    )
