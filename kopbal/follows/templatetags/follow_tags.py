from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from kopbal.core.text import escape

from ..models import DigestSubscription
from ..subjects import KINDS, key, kind_of

register = template.Library()


@register.simple_tag
def follow_url(subject) -> str:
    """Where the follow and unfollow forms for `subject` post to."""
    return reverse("follows:follow", args=[kind_of(subject).param, subject.slug])


@register.simple_tag(takes_context=True)
def follow_button(context, subject, compact=False):
    """A neutral "Volgen" button (the same for every reader, so pages stay cacheable);
    follow.js shows whether this reader follows `subject`. Without JavaScript the GET
    leads to a page that asks, after logging in.

    Written in Python, not an included template: an article shows up to four of them,
    and the include cost more than the rest of the tag list."""
    if getattr(subject, "tag_route", None) not in KINDS:
        return ""  # authors are not followed
    request = context.get("request")
    action = reverse("follows:follow", args=[kind_of(subject).param, subject.slug])
    following, follow = escape(_("Following")), escape(_("Follow"))
    name = f'<span class="visually-hidden"> {escape(subject.name)}</span>' if compact else ""
    return mark_safe(  # noqa: S308 (every value escaped above)
        f'<form class="follow{" follow--compact" if compact else ""}" method="get" '
        f'action="{escape(action)}" data-follow="{escape(key(subject))}">'
        f'<input type="hidden" name="terug" value="{escape(request.path if request else "")}">'
        f'<button class="follow__button" type="submit" aria-pressed="false" '
        f'data-label-on="{following}" data-label-off="{follow}">'
        f'<span class="follow__label">{follow}</span>{name}</button></form>'
    )


@register.inclusion_tag("follows/includes/digest_settings.html", takes_context=True)
def digest_settings(context):
    user = context["request"].user
    subscribed = DigestSubscription.objects.filter(user=user).exists()
    return {"subscribed": subscribed, "csrf_token": context.get("csrf_token")}
