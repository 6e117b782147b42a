"""Only the request in a request's environ, whatever the app server puts there.

granian (deploy/serve) builds each request's environ on a copy of the worker's process
environment, as wsgiref does: DJANGO_SECRET_KEY, DATABASE_URL with its password, REDIS_URL
and every other variable of the service would sit in request.META beside the request's own
headers. Django's error reports show META, hiding only names that look secret: a
DATABASE_URL would be mailed with its password. And a variable such as HTTP_PROXY would
read as a header the client sent.
"""

import os

# What a server puts in an environ from the request itself (PEP 3333, CGI): never dropped,
# whatever the process environment holds. HTTP_* names are headers, handled apart.
REQUEST_KEYS = frozenset(
    {
        "REQUEST_METHOD",
        "SCRIPT_NAME",
        "PATH_INFO",
        "QUERY_STRING",
        "CONTENT_TYPE",
        "CONTENT_LENGTH",
        "SERVER_NAME",
        "SERVER_PORT",
        "SERVER_PROTOCOL",
        "SERVER_SOFTWARE",
        "GATEWAY_INTERFACE",
        "REMOTE_ADDR",
        "REMOTE_HOST",
        "REMOTE_PORT",
    }
)


def process_environment_stripped(app, environment=None):
    """`app` with the process's variables (`environment`, default os.environ as it is now,
    when the server loads the app) taken out of every environ before it sees it."""
    environment = dict(os.environ if environment is None else environment)
    # Never from the request: dropped whatever their value.
    process_only = frozenset(
        name for name in environment if name not in REQUEST_KEYS and not name.startswith("HTTP_")
    )
    # Named like a header (HTTP_PROXY): dropped when it holds the process's value, so a
    # header the client did send, with its own value, stays.
    header_like = {name: value for name, value in environment.items() if name.startswith("HTTP_")}

    def stripped(environ, start_response):
        for name in process_only.intersection(environ):
            del environ[name]
        for name, value in header_like.items():
            if environ.get(name) == value:
                del environ[name]
        return app(environ, start_response)

    return stripped
