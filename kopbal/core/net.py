"""Where a request comes from, as far as the deployment lets us know."""

import hashlib
import hmac

from django.conf import settings


def client_ip(request) -> str:
    """The reader's IP address.

    Behind KOPBAL_TRUSTED_PROXIES proxies (nginx, a load balancer) the address is the one
    the outermost trusted proxy saw, read from the right of X-Forwarded-For; entries further
    left were written by the client and can be forged.
    """
    return address_from(
        request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_X_FORWARDED_FOR", "")
    )


def address_from(remote_addr: str, forwarded_for: str) -> str:
    """client_ip() from the two values it reads (also for the lines of nginx's logs)."""
    proxies = settings.KOPBAL_TRUSTED_PROXIES
    if proxies:
        forwarded = [p.strip() for p in forwarded_for.split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return remote_addr


def ip_hash(request) -> str:
    """A keyed hash of the reader's IP address: comparable, but not reversible without the
    site's secret (a plain hash of an IPv4 address is brute-forced in minutes)."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, client_ip(request).encode(), hashlib.sha256).hexdigest()
