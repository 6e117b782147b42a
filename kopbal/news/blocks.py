"""The body of an article: text, sub-headings, credited quotes, "Lees ook", media."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

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
