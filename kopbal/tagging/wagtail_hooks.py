"""The tag suggestions in the page editor: a JSON endpoint and the script that shows them."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def urls():
    # Under /admin/: Wagtail's admin login is required before the view runs.
    return [path("tags/suggest/", views.suggest, name="tagging_suggest")]


@hooks.register("insert_editor_js")
def editor_js():
    return format_html(
        '<script src="{}" data-tag-suggest-url="{}" data-label="{}" data-empty="{}" '
        'data-error="{}" defer></script>',
        static("js/tag-suggestions.js"),
        reverse("tagging_suggest"),
        _("Suggest tags"),
        _("No tags found in the headline, intro or text."),
        _("Suggestions could not be fetched. Try again."),
    )
