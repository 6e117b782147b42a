"""RSS 2.0 and Atom 1.0 with what Django's generators leave out: every author of an item
(not just one name), and the hero image as Media RSS `media:content` with its size."""

from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

DC_NS = "http://purl.org/dc/elements/1.1/"
MEDIA_NS = "http://search.yahoo.com/mrss/"


def _media_content(handler, image) -> None:
    if image is None:
        return
    handler.addQuickElement(
        "media:content",
        "",
        {
            "url": image.url,
            "medium": "image",
            "type": image.mime_type,
            "fileSize": str(image.length),
            "width": str(image.width),
            "height": str(image.height),
        },
    )


class KopbalRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NS, "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # RSS's own <author> wants an e-mail address; Dublin Core's creator takes a name,
        # once per author.
        for author in item["authors"]:
            handler.addQuickElement("dc:creator", author.name)
        _media_content(handler, item["image"])


class KopbalAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for author in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", author.name)
            handler.addQuickElement("uri", author.url)
            handler.endElement("author")
        _media_content(handler, item["image"])
