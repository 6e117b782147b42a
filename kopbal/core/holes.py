"""Holes in cached pages: parts that follow their own generation and are filled per hit.

"Meest recent" stands beside every article. Rendered into each stored page, it made every
publish a change of every article page: the whole site was rendered again, several times
a minute on match day. Instead an article page is stored with a hole where the list
goes; a hit fills it with the list of the current news generation (one shared fragment,
rendered once per publish, kept in each worker), so publishing changes the pages that
show the article (its own, the lists, its tags' pages), not every cached page.

While a page renders, a hole's content is rendered as usual and wrapped in markers; the
page cache strips them from the answer and stores the page as its parts between holes.
The markers carry a secret derived from SECRET_KEY, so no text in a page (an editor's
HTML, a reader's comment) can open a hole.
"""

import hashlib
import hmac
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.utils.safestring import mark_safe

from . import generations


@dataclass(frozen=True)
class Kind:
    fill: Callable[..., str]  # (request, **params) -> the hole's HTML now
    keys: tuple[str, ...]  # the generations its content follows


_kinds: dict[str, Kind] = {}


def register(name: str, fill: Callable[..., str], *, keys: tuple[str, ...]) -> None:
    """Pages may leave a hole `name`, filled by `fill(request, **params)` (apps call this
    in AppConfig.ready())."""
    _kinds[name] = Kind(fill, keys)


def _token() -> str:
    return hmac.new(settings.SECRET_KEY.encode(), b"kopbal-hole", hashlib.sha256).hexdigest()[:20]


def _open(spec: str) -> str:
    return f"<!--hole:{_token()}:{spec}-->"


def _close() -> str:
    return f"<!--/hole:{_token()}-->"


def _pattern() -> re.Pattern:
    token = re.escape(_token())
    return re.compile(rf"<!--hole:{token}:([^>]*?)-->(.*?)<!--/hole:{token}-->", re.S)


def wrap(name: str, html: str, **params) -> str:
    """`html` as the hole `name` (with `params` for its fill) when the page being rendered
    may be stored, else `html` as it is."""
    if not generations.recording():
        return html
    if name not in _kinds:
        raise LookupError(f"hole {name!r} is not registered")
    spec = urlencode(sorted((k, str(v)) for k, v in params.items()))
    return mark_safe(f"{_open(name + '?' + spec)}{html}{_close()}")  # noqa: S308 (our markers)


@dataclass(frozen=True)
class Split:
    answer: bytes  # the page as sent now: markers removed, holes filled
    parts: tuple[bytes, ...]  # the page around its holes, as stored
    specs: tuple[str, ...]  # what fills each hole
    digests: tuple[str, ...]  # of each hole's content now (see etag)


def split(content: bytes) -> Split:
    """A rendered page taken apart at its holes (none: one part, no specs)."""
    text = content.decode()
    if _token() not in text:
        return Split(content, (content,), (), ())
    parts, specs, answer, digests, last = [], [], [], [], 0
    for match in _pattern().finditer(text):
        parts.append(text[last : match.start()])
        answer += [text[last : match.start()], match[2]]
        specs.append(match[1])
        digests.append(_digest(match[2].encode()))
        last = match.end()
    parts.append(text[last:])
    answer.append(text[last:])
    return Split(
        "".join(answer).encode(), tuple(p.encode() for p in parts), tuple(specs), tuple(digests)
    )


def _digest(html: bytes) -> str:
    return hashlib.md5(html, usedforsecurity=False).hexdigest()


def parts_etag(parts) -> str:
    """The ETag stored with a page's parts (the holes left out)."""
    digest = _digest(b"\0".join(parts))
    return f'"{digest}"'


def etag(parts_etag: str, digests) -> str:
    """The ETag of a page with holes: of its parts (as stored) and its holes' content now,
    the same whether the page was just rendered or put together from the cache."""
    seed = parts_etag + "".join(digests)
    return f'"{_digest(seed.encode())}"'


def keys_of(specs: tuple[str, ...]) -> tuple[str, ...]:
    """The generations the holes of a stored page follow."""
    found = []
    for spec in specs:
        for key in _kinds[spec.partition("?")[0]].keys:
            if key not in found:
                found.append(key)
    return tuple(found)


# (spec, generations, language) -> (html bytes, digest, expiry): the same few holes fill
# every hit of a worker, so each is rendered (or fetched from the cache) once per change.
_filled: OrderedDict = OrderedDict()
_FILLED_MAX = 256


def fill(request, spec: str) -> tuple[bytes, str]:
    """The HTML of hole `spec` now, and a digest of it (for the page's ETag)."""
    from django.utils.translation import get_language

    name, _, query = spec.partition("?")
    kind = _kinds[name]
    values = generations.read(*kind.keys, shown=False)
    memo_key = (spec, values, get_language())
    now = time.monotonic()
    seconds = settings.KOPBAL_FRAGMENT_CACHE_SECONDS
    found = _filled.get(memo_key) if seconds > 0 else None
    if found is not None and found[2] > now:
        _filled.move_to_end(memo_key)
        return found[0], found[1]
    html = str(kind.fill(request, **dict(parse_qsl(query)))).encode()
    digest = _digest(html)
    if seconds > 0:
        _filled[memo_key] = (html, digest, now + seconds)
        while len(_filled) > _FILLED_MAX:
            _filled.popitem(last=False)
    return html, digest


def forget() -> None:
    """Drop what this worker remembers (tests: their generations start again at 0)."""
    _filled.clear()
