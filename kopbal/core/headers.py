"""Headers the browser enforces: Content-Security-Policy and Permissions-Policy.

django-csp writes the reader policy (settings.CONTENT_SECURITY_POLICY) on every answer.
The Wagtail admin runs inline scripts of its own (date pickers, inline panels), so under
its prefixes the admin policy (settings.KOPBAL_ADMIN_CONTENT_SECURITY_POLICY) takes over:
relaxed for inline code, still nothing from another origin.

The middleware sits outside the page cache, so a cached page gets the current headers
when it is served and the stored entry never holds a stale policy. The policies use no
nonces: a cached page is one body for every reader and a nonce in it would be shared.

Without a nonce and without a view's own @csp decorator, the headers depend on nothing but
the settings and whether the path is the admin's: they are built once per process (and again
when a test changes those settings), not for every answer. django-csp built them with two
asdict() copies of the policy and a join per answer, 12 % of a vote's CPU time.
"""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy, default_config
from django.conf import settings

POLICY_SETTINGS = {
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_REPORT_ONLY",
    "KOPBAL_ADMIN_CONTENT_SECURITY_POLICY",
    "KOPBAL_ADMIN_PATH_PREFIXES",
    "KOPBAL_PERMISSIONS_POLICY_DISABLED",
}
# A view's own policy (csp.decorators) marks its response with one of these.
_VIEW_POLICY = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt",
    "_csp_exempt_ro",
)
_built: dict[bool, tuple[str, str, str]] = {}


def _excludes_prefixes(name: str) -> bool:
    return bool((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES"))


def forget_built_headers(*, setting: str, **kwargs) -> None:
    """setting_changed receiver (kopbal.core.apps): a policy setting changed."""
    if setting in POLICY_SETTINGS:
        _built.clear()


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
        if (
            settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _VIEW_POLICY)
            or _excludes_prefixes("CONTENT_SECURITY_POLICY")
            or _excludes_prefixes("CONTENT_SECURITY_POLICY_REPORT_ONLY")
        ):
            response = super().process_response(request, response)
        else:
            self._plain_headers(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self._built(request)[2]
        return response

    def _built(self, request) -> tuple[str, str, str]:
        admin = request.path_info.startswith(tuple(settings.KOPBAL_ADMIN_PATH_PREFIXES))
        built = _built.get(admin)
        if built is None:
            parts = self.get_policy_parts(request, None)
            parts_ro = self.get_policy_parts(request, None, report_only=True)
            built = (
                build_policy(parts.config, parts.update, parts.replace, parts.nonce),
                build_policy(
                    parts_ro.config, parts_ro.update, parts_ro.replace, parts_ro.nonce, True
                ),
                permissions_policy(),
            )
            _built[admin] = built
        return built

    def _plain_headers(self, request, response) -> None:
        """CSPMiddleware.process_response for an answer with no nonce and no view policy."""
        csp, csp_ro, _ = self._built(request)
        if csp and HEADER not in response:
            response[HEADER] = csp
        if csp_ro and HEADER_REPORT_ONLY not in response:
            response[HEADER_REPORT_ONLY] = csp_ro
        # As django-csp: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
