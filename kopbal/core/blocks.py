"""StreamField blocks that any page type may use."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", [*INLINE_FEATURES, "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        label = _("Paragraph")


class SubheadingBlock(blocks.CharBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 120)
        super().__init__(**kwargs)

    class Meta:
        icon = "title"
        template = "blocks/subheading.html"
        label = _("Sub-heading")


class QuoteBlock(blocks.StructBlock):
    """A quote, credited to its speaker and, when it was said elsewhere, to that medium."""

    text = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"), max_length=100, required=False)
    source = blocks.CharBlock(
        label=_("Source medium"),
        max_length=100,
        required=False,
        help_text=_("Where it was said, e.g. La Dernière Heure. Empty: said to Kopbal."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)
    credit = blocks.CharBlock(label=_("Credit"), max_length=100, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class EmbedLinkBlock(blocks.StructBlock):
    """A video or social post, shown as a link card: nothing third-party loads unasked.

    Wagtail's EmbedBlock fetches oEmbed data from the provider on the server and then
    makes every reader's browser load the provider's iframe. Kopbal sends no request
    off the site, so an embed is a card that opens the original on a click.
    """

    url = blocks.URLBlock(label=_("URL"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.CharBlock(label=_("Description"), max_length=250, required=False)

    class Meta:
        icon = "media"
        template = "blocks/embed_link.html"
        label = _("Embed (video, social post)")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        host = urlsplit(value["url"]).hostname or ""
        context["provider"] = host.removeprefix("www.")
        return context
