"""Production: every secret from the environment, HTTPS hardening switched on."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env.str("DJANGO_SECRET_KEY")  # required: fail loudly when missing
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

# Behind a TLS-terminating proxy (nginx, a load balancer); set to False for plain-HTTP demos.
SECURE = env.bool("DJANGO_SECURE", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SECURE
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=60 * 60 * 24 * 365 if SECURE else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
# Referrer-Policy, nosniff and X-Frame-Options are set in base.py, the same everywhere.

EMAIL_BACKEND = env.str(
    "DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Kopbal <redactie@kopbal.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Purge a CDN or HTTP cache in front when pages change (wagtail.contrib.frontend_cache);
# nothing is configured, and nothing purged, unless these variables are set.
WAGTAILFRONTENDCACHE = {}
if env.str("WAGTAILFRONTENDCACHE_CLOUDFLARE_ZONEID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("WAGTAILFRONTENDCACHE_CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("WAGTAILFRONTENDCACHE_CLOUDFLARE_ZONEID"),
    }
if env.str("WAGTAILFRONTENDCACHE_CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("WAGTAILFRONTENDCACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
if env.str("WAGTAILFRONTENDCACHE_HTTP_LOCATION", default=""):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("WAGTAILFRONTENDCACHE_HTTP_LOCATION"),
    }
