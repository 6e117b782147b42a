"""Anonymous votes answered before Django's request handler (kopbal/wsgi.py wraps the app).

On match day thousands of readers vote in the same minute, and a vote is a small write: one
PostgreSQL function call (services.py) and a few hundred bytes of JSON. Through Django's
handler it also paid for everything a page needs: the request signals, fifteen middleware
layers (sessions, messages, the page cache, allauth, static files, 304s), their exception
wrappers and a walk through the URLconf. Measured in process (CPU per vote, median of
interleaved batches): 0.54-0.57 ms through the full stack, 0.40-0.41 ms through this path,
0.19 ms for the vote itself (snapshot, function call, JSON); see bench/notes.md.

Here a vote runs through the same middleware classes as on the full path, in the same order,
minus those that can do nothing to it (SKIPPED, each with its reason), and then Django's own
view with CSRF's process_view before it. So it gets every check and header the full path
gives: hostile input refused, the CSRF rules, JSON errors, security headers, CSP.

Only what can be answered that way comes here: a POST to the vote URL (as the URLconf
resolves it) without a session cookie. A logged-in reader votes as an account, which needs
the session and the user; that vote takes the full path, as does everything else.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIRequest, get_script_name
from django.db import close_old_connections, reset_queries
from django.urls import Resolver404, get_resolver, set_script_prefix, set_urlconf
from django.utils.log import log_response
from django.utils.module_loading import import_string

from kopbal.core.fastpath import has_session_cookie, status_and_headers

from . import views

PREFIX, SUFFIX = "/api/polls/", "/vote/"

# The middleware of settings.MIDDLEWARE that cannot change the answer to an anonymous vote.
SKIPPED = {
    "whitenoise.middleware.WhiteNoiseMiddleware": "serves static and media files only",
    "django.middleware.http.ConditionalGetMiddleware": "answers GET and HEAD only",
    "kopbal.core.pagecache.AnonymousPageCacheMiddleware": "never stores the answer to a POST",
    "django.contrib.sessions.middleware.SessionMiddleware": (
        "no session cookie: there is no session to read, and a vote writes none"
    ),
    "django.contrib.auth.middleware.AuthenticationMiddleware": (
        "without a session the reader is anonymous: request.user is set here"
    ),
    "django.contrib.messages.middleware.MessageMiddleware": "the vote adds and shows no messages",
    "allauth.account.middleware.AccountMiddleware": "acts on a 404 of /accounts/ only",
}


def _view_runner(view_middleware):
    """The innermost layer: the view middleware (CSRF), then the vote view."""

    def run(request):
        match = request.resolver_match
        for process_view in view_middleware:
            response = process_view(request, match.func, match.args, match.kwargs)
            if response is not None:
                return response
        return match.func(request, *match.args, **match.kwargs)

    return run


def _build_chain():
    """What Django's BaseHandler.load_middleware builds, from the middleware a vote needs."""
    view_middleware = []
    chain = convert_exception_to_response(_view_runner(view_middleware))
    for name in reversed(settings.MIDDLEWARE):
        if name in SKIPPED:
            continue
        middleware = import_string(name)(chain)
        # The view runner knows process_view only: a middleware relying on any other hook
        # would silently lose it here.
        for hook in ("process_exception", "process_template_response"):
            if hasattr(middleware, hook):
                raise ImproperlyConfigured(f"{name}.{hook} is not run by the vote fast path")
        if hasattr(middleware, "process_view"):
            view_middleware.insert(0, middleware.process_view)
        chain = convert_exception_to_response(middleware)
    return chain


# path -> (the URLconf's resolver, its match): resolving walked the URLconf's patterns in
# order, 8 % of a worker's busy time under a vote load (py-spy). The resolver is part of the
# entry, so a changed URLconf (ROOT_URLCONF in tests) is resolved afresh. Ids that no poll
# has resolve too: past this many entries they are all dropped.
_routes: dict[str, tuple] = {}
ROUTES_MAX = 256


def _resolve(path: str):
    resolver = get_resolver()
    found = _routes.get(path)
    if found is not None and found[0] is resolver:
        return found[1]
    match = resolver.resolve(path)  # Resolver404 for a path it does not know
    if len(_routes) >= ROUTES_MAX:
        _routes.clear()
    _routes[path] = (resolver, match)
    return match


def _vote_route(environ):
    """The URLconf's match for an anonymous vote, or None for anything else."""
    path = environ.get("PATH_INFO", "")
    if (
        environ.get("REQUEST_METHOD") != "POST"
        or not path.startswith(PREFIX)
        or not path.endswith(SUFFIX)
        or has_session_cookie(environ)
    ):
        return None
    try:
        match = _resolve(path)
    except Resolver404:
        return None
    return match if match.func is views.vote_api else None


class VoteFastPath:
    def __init__(self, application):
        self.application = application
        self.chain = _build_chain()

    def __call__(self, environ, start_response):
        match = _vote_route(environ)
        if match is None:
            return self.application(environ, start_response)
        # What Django's WSGIHandler and BaseHandler do around the chain, with the receivers
        # of request_started called directly (the database connections' check: CONN_MAX_AGE,
        # health checks, connections left broken). The response's close() sends
        # request_finished, as on the full path.
        set_script_prefix(get_script_name(environ))
        set_urlconf(settings.ROOT_URLCONF)
        reset_queries()
        close_old_connections()
        request = WSGIRequest(environ)
        request.resolver_match = match
        request.user = AnonymousUser()
        response = self.chain(request)
        response._resource_closers.append(request.close)
        if response.status_code >= 400:
            log_response(
                "%s: %s", response.reason_phrase, request.path,
                response=response, request=request,
            )  # fmt: skip
        start_response(*status_and_headers(response))
        return response
