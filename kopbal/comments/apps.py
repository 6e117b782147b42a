from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "kopbal.comments"
    label = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        register_page_params()


def register_page_params() -> None:
    """The article page's discussion reads ?reacties= and ?rpagina=: each gets a cache entry
    of its own, in one spelling (see kopbal.core.pagecache)."""
    from kopbal.core.pagecache import register_param
    from kopbal.core.pagination import canonical_page_number

    from .discussion import DEFAULT_SORT, SORTS

    def canonical_sort(value: str) -> str | None:
        # An unknown sort shows the default one, so its URL is the bare one.
        return value if SORTS.get(value, DEFAULT_SORT) != DEFAULT_SORT else None

    register_param("reacties", canonical_sort)
    register_param("rpagina", canonical_page_number)
