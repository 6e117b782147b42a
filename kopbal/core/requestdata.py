"""The fields of a POST, from a form or from a JSON object alike, checked for type.

The page script sends forms, apps send `application/json`; a view reads both the same way
and a wrong body (not JSON, a nested object, a number too large, text where a number
belongs) is a BadInput with a Dutch message, answered as a 400.
"""

import json
from collections.abc import Mapping

from django.utils.translation import gettext as _

from .ids import positive_int
from .text import has_control_characters

_SCALARS = (str, int, bool, type(None))


class BadInput(ValueError):
    """A request body or field a reader's own browser never sends."""

    code = "bad_input"

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _no_float(value: str):
    # 1e400 would be float("inf"), and no field of ours is a fraction.
    raise ValueError(value)


def _small_int(value: str) -> int:
    if len(value.lstrip("-")) > 19:
        raise ValueError(value)
    return int(value)


def json_object(raw: bytes) -> dict:
    """A flat JSON object of text, whole numbers, true/false and null, else BadInput."""
    try:
        data = json.loads(
            raw.decode("utf-8") if raw else "{}",
            parse_float=_no_float,
            parse_int=_small_int,
            parse_constant=_no_float,
        )
    except (ValueError, RecursionError):
        raise BadInput(_("The request body is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise BadInput(_("Send the fields as one JSON object."))
    for value in data.values():
        if not isinstance(value, _SCALARS):
            raise BadInput(_("Send every field as text or a whole number, not a list or object."))
        if isinstance(value, str) and has_control_characters(value):
            raise BadInput(_("The request contains control characters. Remove them and try again."))
    return data


def body_fields(request) -> Mapping:
    """The POSTed fields: the form, or the JSON object when the body is JSON."""
    if request.content_type == "application/json":
        return json_object(request.body)
    return request.POST


def text_field(fields: Mapping, name: str, default: str = "") -> str:
    value = fields.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise BadInput(_("The field “%(name)s” must be text.") % {"name": name})
    return value


def id_field(fields: Mapping, name: str) -> int | None:
    """An id (a number or digits as text), None when left out, else BadInput."""
    value = fields.get(name)
    if value in (None, ""):
        return None
    number = positive_int(value)
    if number is None:
        raise BadInput(
            _("The field “%(name)s” must be an id (a positive whole number).") % {"name": name}
        )
    return number


def flag_field(fields: Mapping, name: str, default: bool) -> bool:
    """true/false, or the form's "1"/"0"."""
    value = fields.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    if value in ("1", "true", 1):
        return True
    if value in ("0", "false", 0):
        return False
    raise BadInput(_("The field “%(name)s” must be true or false.") % {"name": name})
