"""The article editor's headline: Wagtail's headline-to-slug sync, and once the article is
live (Wagtail stops syncing then), an offer to update the address instead."""

from wagtail.admin.panels import TitleFieldPanel


class HeadlinePanel(TitleFieldPanel):
    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_attrs(self):
            attrs = super().get_attrs()
            if not self.get_should_apply():
                # Read by static/js/slug-offer.js: a live address never changes by itself,
                # the editor is asked (and the old address redirects once published).
                attrs["data-slug-offer"] = "true"
            return attrs
