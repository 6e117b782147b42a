"""Draw Kopbal's publisher logo and its share image with Pillow, in the icons' design.

Run once after changing the design: `.venv/bin/python scripts/draw_share_images.py`.
Writes static/img/logo.png (600x600: the publisher logo in NewsArticle and
NewsMediaOrganization) and static/img/share.png (1200x630: the OpenGraph and Twitter image
of pages without a picture of their own). Sizes are in kopbal/core/meta.py.
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_icons import OUT, PITCH, icon

# A bold sans with Dutch accents (the tagline has an ë); Debian's DejaVu, else Pillow's own.
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
LEAF = "#cfe8dc"  # a pale green for the tagline, readable on the pitch
STRIPE = "#0b4130"  # between PITCH and PITCH_DARK: stripes that stay behind the text


def font(size: int) -> ImageFont.FreeTypeFont:
    if FONT.exists():
        return ImageFont.truetype(str(FONT), size)
    return ImageFont.load_default(size=size)


def stripes(image: Image.Image, count: int) -> None:
    """Mowed-grass stripes, as on the demo's pitches, faint enough to sit behind text."""
    draw = ImageDraw.Draw(image)
    width = image.width / count
    for i in range(0, count, 2):
        draw.rectangle((i * width, 0, (i + 1) * width, image.height), fill=STRIPE)


def ball(size: int) -> Image.Image:
    """The header's white ball without the icon's green square, on a transparent ground."""
    square = icon(size, padding=0.0).convert("RGBA")
    mask = Image.new("L", (size * 4, size * 4), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size * 4 - 1, size * 4 - 1), fill=255)
    square.putalpha(mask.resize((size, size), Image.Resampling.LANCZOS))
    return square


def logo(size: int = 600) -> Image.Image:
    image = Image.new("RGB", (size, size), PITCH)
    mark = ball(size * 9 // 20)
    image.paste(mark, ((size - mark.width) // 2, size * 3 // 20), mark)
    draw = ImageDraw.Draw(image)
    draw.text((size / 2, size * 0.76), "Kopbal", font=font(size // 6), fill="white", anchor="mm")
    return image


def share(width: int = 1200, height: int = 630) -> Image.Image:
    image = Image.new("RGB", (width, height), PITCH)
    stripes(image, 12)
    mark = ball(280)
    image.paste(mark, (90, (height - mark.height) // 2), mark)
    draw = ImageDraw.Draw(image)
    left = 90 + mark.width + 60
    draw.text((left, height / 2 - 20), "Kopbal", font=font(150), fill="white", anchor="ls")
    tagline = "Voetbalnieuws uit België"
    draw.text((left + 6, height / 2 + 70), tagline, font=font(46), fill=LEAF, anchor="ls")
    return image


def main() -> None:
    logo().save(OUT / "logo.png", optimize=True)
    share().save(OUT / "share.png", optimize=True)


if __name__ == "__main__":
    main()
