"""Links to the trust pages (house rules, privacy, contact, cookies) in any template."""

from django import template

from kopbal.core.address import absolute_url
from kopbal.pages.links import trust_links
from kopbal.pages.models import Role

register = template.Library()


@register.simple_tag
def trust_pages():
    """{role: {"url", "title"}}: `{% trust_pages as trust %}` then `trust.contact.url`."""
    return trust_links()


FOOTER_ORDER = (Role.HOUSE_RULES, Role.PRIVACY, Role.COOKIES, Role.CONTACT)


@register.simple_tag
def trust_footer_links():
    """The trust pages that exist, in the footer's order."""
    links = trust_links()
    return [links[role] for role in FOOTER_ORDER if role in links]


@register.simple_tag
def trust_page_url(role: str, absolute: bool = False) -> str:
    """The address of the trust page `role` ("contact", ...), absolute for mails; "" when
    there is no such live page."""
    url = trust_links().get(role, {}).get("url", "")
    return absolute_url(url) if url and absolute else url
