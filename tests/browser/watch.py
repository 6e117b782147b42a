"""What a browser context did that the site's headers forbid, for the browser tests."""

from urllib.parse import urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost"}

# Runs in every document before the page's own scripts (injected by the browser, so the
# CSP does not apply to it) and reports each violation the page sees, in any frame.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", function (event) {
  window.kopbalCspViolation(
    event.effectiveDirective + " blocked " + (event.blockedURI || "inline") +
    " on " + event.documentURI + (event.sample ? " (" + event.sample + ")" : "")
  );
}, true);
"""


class Watch:
    """CSP violations (the `securitypolicyviolation` event and Chromium's console
    messages), header errors and requests to any host other than this machine."""

    def __init__(self, context):
        self.violations: list[str] = []
        self.console: list[str] = []
        self.offsite: list[str] = []
        self.requests: list[str] = []
        context.expose_binding(
            "kopbalCspViolation", lambda _source, text: self.violations.append(text)
        )
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._console)
        context.on("request", self._request)

    def _console(self, message) -> None:
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            self.console.append(text)

    def _request(self, request) -> None:
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob"):
            return
        if parts.hostname not in LOCAL_HOSTS:
            self.offsite.append(request.url)

    def assert_clean(self) -> None:
        assert self.violations == [], self.violations
        assert self.console == [], self.console
        assert self.offsite == [], self.offsite
