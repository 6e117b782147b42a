"""The article editor's form: a slug that never blocks a save, and the editor's own byline."""

from django.conf import settings
from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm

from .slugs import slug_free

# Room for "-99" within Page.slug's 255 characters.
_SLUG_LENGTH = 240


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        if self.is_bound:
            # The browser fills the slug from the headline (TitleFieldPanel); without it (no
            # script, or a save before the headline lost focus) the first "Bewaar concept"
            # must not fail with an error on the "Promoten" tab.
            self.fields["slug"].required = False
            self._fill_slug_from_title()
        elif self.instance.pk is None:
            self._prefill_author()

    def _fill_slug_from_title(self):
        slug_key, title_key = self.add_prefix("slug"), self.add_prefix("title")
        title = (self.data.get(title_key) or "").strip()
        if (self.data.get(slug_key) or "").strip() or not title:
            return
        allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
        base = slugify(title, allow_unicode=allow_unicode)[:_SLUG_LENGTH].strip("-") or "artikel"
        slug = slug_free(base, parent=self.parent_page, page=self.instance)
        self.data = self.data.copy()
        self.data[slug_key] = slug

    def _prefill_author(self):
        # A new article is credited to the editor writing it, when they are an Author.
        from .models import Author

        user = self.for_user
        if user is None or not user.is_authenticated:
            return
        author = Author.objects.filter(user=user).only("pk").first()
        formset = self.formsets.get("article_authors")
        if author is None or formset is None:
            return
        formset.initial_extra = [{"author": author.pk}]
