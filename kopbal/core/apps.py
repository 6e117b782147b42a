from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kopbal.core"
    label = "core"

    def ready(self):
        from django.core import checks
        from django.core.signals import setting_changed

        from .headers import forget_built_headers

        setting_changed.connect(forget_built_headers, dispatch_uid="kopbal.core.headers")

        from . import ids
        from .address import check_site_url

        checks.register(check_site_url)
        from .pagecache import register_param
        from .pagination import PAGE_PARAM, canonical_page_number

        # Before any URLconf is imported: the apps' patterns use `<id:...>`.
        ids.register()
        register_param(PAGE_PARAM, canonical_page_number)
        # The sitemap's own page number (Django's sitemap view, past 50,000 URLs).
        register_param("p", canonical_page_number)
