"""JSON script elements of translated strings, built once per language.

Every page carries three of them (the page script's, the live updates' and the notices'
strings): some 40 translations and a JSON encoding per render, 0.3 ms of every article,
for an answer that only changes with the language and a few settings.
"""

import functools

from django.conf import settings
from django.utils.translation import get_language


def per_language(*setting_names: str):
    """Keep what the decorated function returns per active language and value of
    `setting_names` (the settings it reads): catalogs do not change in a running process."""

    def decorate(build):
        @functools.lru_cache(maxsize=64)
        def built(language, values):
            return build()  # under `language`, the active one

        @functools.wraps(build)
        def cached():
            return built(get_language(), tuple(getattr(settings, n) for n in setting_names))

        return cached

    return decorate
