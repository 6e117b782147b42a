"""The newsroom's authors, edited as snippets."""

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
