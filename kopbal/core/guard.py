"""Input no reader's browser sends, refused with a Dutch 400 before any view or cache sees it.

A declared charset other than UTF-8, bytes that are not UTF-8, and control characters
(a null byte above all: PostgreSQL refuses it in a text column with an error, so it
would be a 500 at the first query) in the path, the query string or a form. Tab and line
breaks are text. Cookies with such characters are ignored rather than refused, so a
mangled cookie can never lock a reader out.
"""

import logging
from urllib.parse import unquote_to_bytes

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .api import is_api, json_error
from .text import has_control_characters

logger = logging.getLogger("kopbal.core")

_UTF8 = {"utf-8", "utf8"}
_FORM = "application/x-www-form-urlencoded"


class Refused(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def _check_text(text: str) -> None:
    if has_control_characters(text):
        raise Refused(
            "control_characters",
            _("The request contains control characters. Remove them and try again."),
        )


def _check_urlencoded(raw: bytes) -> None:
    """Each name and value of `a=1&b=2`, percent-decoded, must be UTF-8 without controls."""
    for part in raw.split(b"&"):
        for piece in part.split(b"=", 1):
            try:
                text = unquote_to_bytes(piece.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                raise Refused(
                    "not_utf8", _("The request is not valid UTF-8 text. Send it as UTF-8.")
                ) from None
            _check_text(text)


def _check_body(request) -> None:
    charset = request.content_params.get("charset")
    if charset is not None and charset.strip().lower() not in _UTF8:
        raise Refused("charset", _("Send the text of this request as UTF-8."))
    if request.content_type == _FORM:
        _check_urlencoded(request.body)
    elif request.content_type == "application/json":
        try:
            _check_text(request.body.decode("utf-8"))
        except UnicodeDecodeError:
            raise Refused(
                "not_utf8", _("The request is not valid UTF-8 text. Send it as UTF-8.")
            ) from None
    elif request.content_type == "multipart/form-data":
        # Django decodes the fields; files are not text and are left alone.
        for name, values in request.POST.lists():
            for text in (name, *values):
                _check_text(text)


def _drop_bad_cookies(request) -> None:
    for name, value in list(request.COOKIES.items()):
        if has_control_characters(name) or has_control_characters(value):
            del request.COOKIES[name]


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            _check_text(request.path_info)
            query = request.META.get("QUERY_STRING", "")
            if query:
                _check_urlencoded(query.encode("iso-8859-1", errors="replace"))
            if request.method not in ("GET", "HEAD", "OPTIONS"):
                _check_body(request)
        except Refused as exc:
            logger.info("Refused %s %r: %s", request.method, request.path_info, exc.code)
            return _refusal(request, exc)
        _drop_bad_cookies(request)
        return self.get_response(request)


def _refusal(request, exc: Refused):
    if is_api(request) or "application/json" in request.headers.get("Accept", ""):
        return json_error(400, exc.code, exc.message)
    response = TemplateResponse(request, "400.html", {"message": exc.message}, status=400)
    response["Cache-Control"] = "private, no-store"
    return response.render()
