"""Media in the embedded profile: renditions are named after their bytes and kept a year,
originals a day; documents are never served as plain files."""

import uuid
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from wagtail.images.models import Image

from kopbal.core.media import HASHED_RENDITION

pytestmark = pytest.mark.django_db


def png(colour: str) -> BytesIO:
    data = BytesIO()
    PILImage.new("RGB", (1600, 900), colour).save(data, "PNG")
    return data


def image_create(colour: str = "#2F7A34", name: str = "stadion.png") -> Image:
    image = Image(title="Stadion")
    image.file = ImageFile(png(colour), name=name)
    image.save()
    return image


def image_file_replace(image: Image, colour: str) -> None:
    """As the admin's image form does: the new file is stored, then the old file and every
    rendition are deleted."""
    old = image.file.name
    image.file = ImageFile(png(colour), name=image.title)
    image.save()
    image.file.storage.delete(old)
    image.renditions.all().delete()


def test_rendition_is_kept_for_a_year_and_its_original_for_a_day(client):
    image = image_create()
    rendition = image.get_rendition("fill-1200x675")
    assert HASHED_RENDITION.match(rendition.file.name), rendition.file.name

    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    for part in ("public", "max-age=31536000", "immutable"):
        assert part in response["Cache-Control"]

    original = client.get(image.file.url)
    assert original.status_code == 200
    assert original["Cache-Control"] == "public, max-age=86400"


def test_a_replaced_image_gets_renditions_of_another_name_even_when_its_name_comes_back():
    name = f"tribune-{uuid.uuid4().hex[:8]}.png"  # the test media folder is shared
    image = image_create("#2F7A34", name=name)
    image.title = name
    first = image.get_rendition("fill-1200x675").file.name
    image_file_replace(image, "#B22222")  # stored as tribune-..._<random>.png: the old one is there
    image_file_replace(image, "#1D5C9B")  # tribune-....png again: that name is free once more
    assert image.file.name == f"original_images/{name}"

    third = Image.objects.get(pk=image.pk).get_rendition("fill-1200x675").file.name
    # Wagtail's part of the name is the same as the first version's; the bytes' hash is not,
    # so no browser shows the first picture from its year-long cache.
    assert third.rsplit(".", 2)[0] == first.rsplit(".", 2)[0]
    assert third != first


def test_documents_are_not_served_as_files(client):
    name = default_storage.save("documents/verslag.pdf", ContentFile(b"%PDF prive"))
    assert client.get(f"/media/{name}").status_code == 404


def test_a_missing_media_file_is_a_404(client):
    assert client.get("/media/images/bestaat-niet.0123456789ab.png").status_code == 404
