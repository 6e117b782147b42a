"""The site's one public address (settings.KOPBAL_SITE_URL): every absolute URL on it."""

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error


class Address(NamedTuple):
    scheme: str
    hostname: str
    port: int


def site_address() -> Address:
    """The configured address, split into the parts Wagtail's Site record holds."""
    parts = urlsplit(settings.KOPBAL_SITE_URL)
    default_port = 443 if parts.scheme == "https" else 80
    return Address(parts.scheme, parts.hostname or "", parts.port or default_port)


def absolute_url(path: str) -> str:
    """`path` (site-relative, e.g. "/sitemap.xml") on the configured address."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.KOPBAL_SITE_URL + "/" + path.lstrip("/")


# href="/..." or src="/..." (a site-relative URL, not a protocol-relative "//host").
_RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')


def absolute_links(html: str) -> str:
    """`html` with its site-relative links and images on the configured address: feeds and
    the API are read away from the site, where "/nieuws/..." points nowhere."""
    return _RELATIVE_LINK.sub(lambda m: f'{m[1]}{absolute_url(m[2])}"', html)


def check_site_url(app_configs, **kwargs) -> list[Error]:
    """A system check: the address must be one Wagtail's Site can express, or every link
    the site prints would point somewhere else than where it is served."""
    url = settings.KOPBAL_SITE_URL
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username
    ):
        return [
            Error(
                f"KOPBAL_SITE_URL={url!r} is not a site address.",
                hint="Scheme and host only, with a port when not the default, "
                "e.g. https://kopbal.example or http://127.0.0.1:8000.",
                id="kopbal.E001",
            )
        ]
    # Wagtail's Site.root_url says https only for port 443.
    if parts.scheme == "https" and parts.port not in (None, 443):
        return [
            Error(
                f"KOPBAL_SITE_URL={url!r}: HTTPS on a port other than 443 cannot be expressed "
                "by Wagtail's Site (it would print http:// links).",
                id="kopbal.E002",
            )
        ]
    return []
