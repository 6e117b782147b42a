"""The body of an article: text, sub-headings, credited quotes, "Lees ook", media."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from kopbal.core import generations
from kopbal.core.blocks import (
    EmbedLinkBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
    SubheadingBlock,
)
from kopbal.football.blocks import MatchBlock, TableBlock


class ReadAlsoBlock(blocks.StructBlock):
    """The editor's pick of a related story, shown as "LEES OOK: <headline>"."""

    article = blocks.PageChooserBlock(label=_("Article"), page_type="news.ArticlePage")

    def get_context(self, value, parent_context=None):
        if value["article"] is not None:
            # Its headline and whether it is live: a stored page follows that article.
            generations.depends_on(generations.page(value["article"].pk))
        return super().get_context(value, parent_context=parent_context)

    class Meta:
        icon = "link"
        template = "blocks/read_also.html"
        label = _("Read also")


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    subheading = SubheadingBlock()
    quote = QuoteBlock()
    read_also = ReadAlsoBlock()
    image = ImageBlock()
    embed = EmbedLinkBlock()
    table = TableBlock()
    match = MatchBlock()
