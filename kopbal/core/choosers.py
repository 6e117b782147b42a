"""The base of Kopbal's snippet choosers: Wagtail's labels, in the editor's language.

Wagtail 7.4's ChooserViewSet sets "Choose", "Search" and "Create" with an eager gettext when
it is imported, so every chooser modal said "Choose" and "Search" in English to a Dutch
editor. Lazy strings with the same msgids are translated per request by Wagtail's own
catalogue.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import SnippetChooserViewSet


class KopbalChooserViewSet(SnippetChooserViewSet):
    choose_one_text = _("Choose")
    page_title = _("Choose")
    choose_another_text = _("Choose another")
    edit_item_text = _("Edit")
    search_tab_label = _("Search")
    create_action_label = _("Create")
