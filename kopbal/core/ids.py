"""Numbers from readers (ids, page numbers, answers): plain ASCII digits within range, or None.

Python's int() accepts "²", "١٢", " 12 " and "1_000", and any length; the database does not
take a number past a signed 64-bit integer (SQLite raises OverflowError, a page offset that
large is a "datatype mismatch"). Every number a reader sends goes through here first, so a
bad one is a 400 or 404, never a 500.
"""

import re

from django.urls import register_converter

# The largest value of a bigint column (BigAutoField and friends) on every database.
MAX_ID = 2**63 - 1
_DIGITS = re.compile(r"[0-9]{1,19}")


def positive_int(value, *, maximum: int = MAX_ID) -> int | None:
    """`value` (text of ASCII digits, or a JSON integer) as an int in 1..maximum, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        number = int(value)
    else:
        return None
    return number if 1 <= number <= maximum else None


class IdConverter:
    """`<id:name>` in URL patterns: like `<int:...>`, but only ids a database can hold.

    A longer number does not match the pattern at all, so it is a plain 404.
    """

    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = positive_int(value)
        if number is None:
            raise ValueError(value)  # Django's "no match": the next pattern, or a 404
        return number

    def to_url(self, value) -> str:
        return str(int(value))


def register() -> None:
    register_converter(IdConverter, "id")
