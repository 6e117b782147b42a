"""Draw Kopbal's app icons with Pillow: the white ball of the header on its pitch green.

Run once after changing the design: `.venv/bin/python scripts/draw_icons.py`. Writes
static/img/icon-{192,512}.png, apple-touch-icon.png and favicon.ico (16, 32, 48 px).
"""

from pathlib import Path

from PIL import Image, ImageDraw

PITCH = "#0d4b34"  # --pitch in static/css/kopbal.css: the header's background
PITCH_DARK = "#083524"
OUT = Path(__file__).resolve().parent.parent / "static" / "img"


def icon(size: int, *, padding: float = 0.1) -> Image.Image:
    """A square icon; `padding` keeps the ball inside a maskable icon's safe zone."""
    scale = 8  # draw large, then shrink: smooth edges without anti-aliasing support
    big = size * scale
    image = Image.new("RGB", (big, big), PITCH)
    draw = ImageDraw.Draw(image)
    inset = big * padding
    draw.ellipse((inset, inset, big - inset, big - inset), fill="white")
    # The pentagon of the header's ball (viewBox 32: centre 16, points below), scaled.
    unit = (big - 2 * inset) / 29
    points = [(16, 9.5), (21.7, 13.6), (19.5, 20.3), (12.5, 20.3), (10.3, 13.6)]
    draw.polygon(
        [(inset + (x - 1.5) * unit, inset + (y - 1.5) * unit) for x, y in points],
        fill=PITCH_DARK,
    )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    icon(192, padding=0.14).save(OUT / "icon-192.png", optimize=True)
    icon(512, padding=0.14).save(OUT / "icon-512.png", optimize=True)
    icon(180, padding=0.1).save(OUT / "apple-touch-icon.png", optimize=True)
    icon(48, padding=0.04).save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()
