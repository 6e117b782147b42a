from django import template
from django.urls import reverse

from ..models import DigestSubscription
from ..subjects import KINDS, key, kind_of

register = template.Library()


@register.simple_tag
def follow_url(subject) -> str:
    """Where the follow and unfollow forms for `subject` post to."""
    return reverse("follows:follow", args=[kind_of(subject).param, subject.slug])


@register.inclusion_tag("includes/follow_button.html", takes_context=True)
def follow_button(context, subject, compact=False):
    """A neutral "Volgen" button (the same for every reader, so pages stay cacheable);
    follow.js shows whether this reader follows `subject`."""
    request = context.get("request")
    if getattr(subject, "tag_route", None) not in KINDS:
        return {}  # authors are not followed
    return {
        "subject": subject,
        "key": key(subject),
        "kind_param": kind_of(subject).param,
        "back": request.path if request else "",
        "compact": compact,
    }


@register.inclusion_tag("follows/includes/digest_settings.html", takes_context=True)
def digest_settings(context):
    user = context["request"].user
    subscribed = DigestSubscription.objects.filter(user=user).exists()
    return {"subscribed": subscribed, "csrf_token": context.get("csrf_token")}
