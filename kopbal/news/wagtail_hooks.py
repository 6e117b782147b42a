"""The newsroom's authors, edited as snippets, and the article editor's address offer."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from kopbal.core.choosers import KopbalChooserViewSet

from .models import Author


class AuthorViewSet(SnippetViewSet):
    model = Author
    chooser_viewset_class = KopbalChooserViewSet
    icon = "user"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "job_title"]
    search_fields = ["name"]


register_snippet(AuthorViewSet)


@hooks.register("insert_editor_js")
def slug_offer_js():
    return format_html(
        '<script src="{}" data-label="{}" data-done="{}" defer></script>',
        static("js/slug-offer.js"),
        _("Update the address to the new headline?"),
        _("New address: %(slug)s. Once published, the old address redirects to the new one."),
    )


@hooks.register("insert_global_admin_css")
def slug_offer_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/news-admin.css"))
