"""The base of Kopbal's snippet choosers: Wagtail's labels, in the editor's language.

Wagtail 7.4 fills in "Choose", "Search" and "Create" (ChooserViewSet) and "Choose author",
"Edit this author" (AdminSnippetChooser) once, at start-up, in English: every chooser said
so to a Dutch editor. Lazy strings with Wagtail's own msgids are translated per request by
Wagtail's catalogue.
"""

from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser


def _lazy_label(msgid: str, model):
    """`msgid` % {"object": the model's name}, translated when it is shown."""
    return lazy(lambda: gettext(msgid) % {"object": model._meta.verbose_name}, str)()


class KopbalSnippetChooser(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        self.choose_one_text = _lazy_label("Choose %(object)s", model)
        self.choose_another_text = _lazy_label("Choose another %(object)s", model)
        self.link_to_chosen_text = _lazy_label("Edit this %(object)s", model)


class KopbalChooserViewSet(SnippetChooserViewSet):
    choose_one_text = _("Choose")
    page_title = _("Choose")
    choose_another_text = _("Choose another")
    edit_item_text = _("Edit")
    search_tab_label = _("Search")
    create_action_label = _("Create")

    @cached_property
    def widget_class(self):
        return KopbalSnippetChooser(model=self.model, icon=self.icon)
