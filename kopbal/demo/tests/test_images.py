"""Tests for the locally drawn demo images; plain Pillow, no Django needed."""

import io

import pytest
from PIL import Image, ImageStat

from kopbal.demo import images

PURPLE_WHITE = ("#5A2D82", "#FFFFFF")
BLUE_BLACK = ("#0A3A8C", "#111111")


def decode(data: bytes) -> Image.Image:
    """Open encoded image bytes with Pillow and load the pixels."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_hero_image_is_a_jpeg_of_the_default_16_by_9_size():
    image = decode(images.hero_image("seed", PURPLE_WHITE))
    assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (1600, 900))


def test_hero_image_honours_a_custom_size():
    assert decode(images.hero_image("seed", BLUE_BLACK, width=320, height=180)).size == (320, 180)


def test_hero_image_is_identical_for_the_same_seed():
    first = images.hero_image("genk-nieuwe-spits", PURPLE_WHITE, width=320, height=180)
    second = images.hero_image("genk-nieuwe-spits", PURPLE_WHITE, width=320, height=180)
    assert first == second


def test_hero_image_differs_between_seeds():
    first = images.hero_image("a-one", PURPLE_WHITE, width=320, height=180)
    second = images.hero_image("a-two", PURPLE_WHITE, width=320, height=180)
    assert first != second


def test_hero_image_differs_between_club_colours():
    first = images.hero_image("same", PURPLE_WHITE, width=320, height=180)
    second = images.hero_image("same", BLUE_BLACK, width=320, height=180)
    assert first != second


def test_hero_image_is_not_a_flat_fill():
    image = decode(images.hero_image("seed", BLUE_BLACK, width=320, height=180))
    assert min(ImageStat.Stat(image).stddev) > 10


def test_crest_is_a_png_with_alpha_of_the_requested_size():
    image = decode(images.crest("Club Brugge", BLUE_BLACK, size=200))
    assert (image.format, image.mode, image.size) == ("PNG", "RGBA", (200, 200))


def test_crest_has_a_transparent_corner_and_an_opaque_centre():
    image = decode(images.crest("Anderlecht", PURPLE_WHITE))
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((200, 200))[3] == 255


def test_crest_is_identical_for_the_same_club():
    assert images.crest("Genk", BLUE_BLACK) == images.crest("Genk", BLUE_BLACK)


def test_crest_differs_between_clubs_with_different_initials():
    assert images.crest("Genk", BLUE_BLACK) != images.crest("Club Brugge", BLUE_BLACK)


def test_portrait_is_a_round_png_of_the_requested_size():
    image = decode(images.portrait("Sofie Claes", size=120))
    assert (image.format, image.mode, image.size) == ("PNG", "RGBA", (120, 120))
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((60, 60))[3] == 255


def test_portrait_is_identical_for_the_same_name_and_differs_between_names():
    assert images.portrait("Ruben Maes") == images.portrait("Ruben Maes")
    assert images.portrait("Ruben Maes") != images.portrait("Lotte Wouters")


@pytest.mark.parametrize(
    ("background", "expected"),
    [
        ("#FFFFFF", "#111111"),
        ("#FFD100", "#111111"),
        ("#A8DADC", "#111111"),
        ("#000000", "#FFFFFF"),
        ("#5A2D82", "#FFFFFF"),
        ("#0A3A8C", "#FFFFFF"),
    ],
)
def test_contrast_text_colour_is_dark_on_light_and_white_on_dark(background, expected):
    assert images.contrast_text_colour(background) == expected


def test_colour_luminance_runs_from_black_to_white():
    assert images.colour_luminance("#000000") == 0
    assert images.colour_luminance("#FFFFFF") == pytest.approx(1)
    assert images.colour_luminance("#5A2D82") < images.colour_luminance("#ffd100")


@pytest.mark.parametrize("colour", ["red", "#12", "#12345G", "5A2D82", "#5A2D82FF", "", None])
def test_invalid_colour_raises_value_error(colour):
    with pytest.raises(ValueError, match="hex colour"):
        images.colour_luminance(colour)
    with pytest.raises(ValueError, match="hex colour"):
        images.crest("Genk", (colour, "#FFFFFF"))
    with pytest.raises(ValueError, match="hex colour"):
        images.hero_image("seed", ("#FFFFFF", colour), width=32, height=18)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Club Brugge", "CB"),
        ("Anderlecht", "AND"),
        ("KV Mechelen", "KVM"),
        ("STVV", "STVV"),
        ("Royale Union Saint-Gilloise", "RUS"),
        ("Élan", "ELA"),
        ("", "?"),
    ],
)
def test_initials_take_word_initials_or_the_first_letters_of_one_word(name, expected):
    assert images.initials(name) == expected


def test_too_small_sizes_raise_value_error():
    with pytest.raises(ValueError, match="sizes"):
        images.crest("Genk", BLUE_BLACK, size=0)
    with pytest.raises(ValueError, match="sizes"):
        images.hero_image("seed", BLUE_BLACK, width=1600, height=8)
