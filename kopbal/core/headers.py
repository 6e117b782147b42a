"""Headers the browser enforces: Content-Security-Policy and Permissions-Policy.

django-csp writes the reader policy (settings.CONTENT_SECURITY_POLICY) on every answer.
The Wagtail admin runs inline scripts of its own (date pickers, inline panels), so under
its prefixes the admin policy (settings.KOPBAL_ADMIN_CONTENT_SECURITY_POLICY) takes over:
relaxed for inline code, still nothing from another origin.

The middleware sits outside the page cache, so a cached page gets the current headers
when it is served and the stored entry never holds a stale policy. The policies use no
nonces: a cached page is one body for every reader and a nonce in it would be shared.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


def permissions_policy() -> str:
    """The Permissions-Policy value: every listed browser feature switched off."""
    return ", ".join(f"{feature}=()" for feature in settings.KOPBAL_PERMISSIONS_POLICY_DISABLED)


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # A view's own @csp decorator (parts.config) still wins over the admin default.
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(tuple(settings.KOPBAL_ADMIN_PATH_PREFIXES))
        ):
            admin_policy = settings.KOPBAL_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.config = default_config(admin_policy)
        return parts

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            # Wagtail's preview runs a page's URL through the middleware inside an admin
            # request: the admin request's pass decides the headers, not the page's path.
            return response
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = permissions_policy()
        return response
