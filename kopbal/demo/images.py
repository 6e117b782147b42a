"""Demo images drawn locally with Pillow: article heroes, club crests and portraits."""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import random
import re
import unicodedata
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

RGB = tuple[int, int, int]
Vec3 = tuple[float, float, float]

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
_GRASS = (("#2F7A34", "#3A8A3E"), ("#2B6E3A", "#357F45"), ("#37803A", "#43913F"))
_CROWD_RGB = ((216, 216, 216), (145, 152, 161), (74, 79, 87), (201, 162, 126), (42, 46, 53))
_PALETTE = ("#3D5A80", "#2A9D8F", "#E76F51", "#8E6C8A", "#6A994E", "#BC6C25", "#457B9D")
_LENGTH, _WIDTH = 105.0, 68.0  # pitch size in metres; the pitch lies on z = 0
_NEAR = 1.0  # metres; geometry closer to the camera than this is clipped away
_LIGHT, _INK = (245, 245, 245), (20, 22, 26)


def parse_hex(colour: str) -> RGB:
    """Return the RGB triple of a "#RRGGBB" string, raising ValueError otherwise."""
    if not isinstance(colour, str) or not _HEX.fullmatch(colour):
        raise ValueError(f"invalid hex colour {colour!r}; expected '#RRGGBB'")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def colour_luminance(colour: str) -> float:
    """Return the WCAG relative luminance of a hex colour, from 0 (black) to 1 (white)."""
    srgb = (v / 255 for v in parse_hex(colour))
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_text_colour(background: str) -> str:
    """Return near-black text for light backgrounds and white text for dark ones."""
    # 0.179 is the luminance at which black and white text have equal WCAG contrast.
    return "#111111" if colour_luminance(background) > 0.179 else "#FFFFFF"


def initials(name: str, max_letters: int = 3) -> str:
    """Return up to max_letters initials; a single word gives its first letters."""
    # The bundled font has no accented glyphs, so fold "É" to "E" and drop the rest.
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z]+", folded)
    if len(words) == 1:
        word = words[0]
        return (word if word.isupper() and len(word) <= 4 else word[:max_letters]).upper()
    # Acronym words such as "KV" or "OH" keep all their letters: "KV Mechelen" -> "KVM".
    return "".join(w if w.isupper() else w[0] for w in words)[:max_letters].upper() or "?"


def _mix(colour: RGB, target: RGB, t: float) -> RGB:
    """Blend colour towards target by fraction t."""
    r, g, b = (round(x + (y - x) * t) for x, y in zip(colour, target, strict=True))
    return r, g, b


def _encode(image: Image.Image, fmt: str, **options: int) -> bytes:
    """Serialise an image; Pillow writes no timestamps, so the bytes are reproducible."""
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def _check_sizes(*sizes: int) -> None:
    """Reject sizes too small to draw anything sensible."""
    if any(not isinstance(s, int) or s < 16 for s in sizes):
        raise ValueError(f"image sizes must be integers >= 16, got {sizes}")


def _shaped(mask: Image.Image, curve: Callable[[float], float]) -> Image.Image:
    """Map a 0-255 gradient mask through curve(t), an alpha from 0 to 1."""
    return mask.point([round(255 * min(1.0, max(0.0, curve(i / 255)))) for i in range(256)])


def _draw_text(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill: str, bold: float
) -> None:
    """Draw text with its ink centred on xy, shrunk so that it is at most 3.2 sizes wide."""
    width = draw.textlength(text, ImageFont.load_default(size=size))
    size = int(size * min(1.0, 3.2 * size / width))
    font = ImageFont.load_default(size=size)
    # Centre the glyph ink rather than the line box, so capitals sit optically in the middle.
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    xy = (xy[0] - (left + right) / 2, xy[1] - (top + bottom) / 2)
    # The bundled font is a regular weight; a stroke in the text colour makes it bold.
    draw.text(xy, text, font=font, fill=fill, stroke_width=round(size * bold), stroke_fill=fill)


def _clip(points: Sequence[Vec3], closed: bool = True) -> list[Vec3]:
    """Cut away the part of a camera-space polygon or polyline behind the near plane."""
    out: list[Vec3] = []
    for a, b in itertools.pairwise([*points, points[0]] if closed else points):
        if a[2] >= _NEAR:
            out.append(a)
        if (a[2] >= _NEAR) != (b[2] >= _NEAR):
            t = (_NEAR - a[2]) / (b[2] - a[2])
            out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), _NEAR))
    return [*out, points[-1]] if not closed and points[-1][2] >= _NEAR else out


class _Camera:
    """A pinhole camera looking down at the pitch from a seeded position."""

    def __init__(self, rng: random.Random, width: int, height: int) -> None:
        tx, ty = rng.choice((52.5, 22.0, 83.0)) + rng.uniform(-5, 5), 34 + rng.uniform(-10, 10)
        yaw, tilt = rng.uniform(0, math.tau), math.radians(rng.uniform(36, 56))
        cy, sy, ct, st = math.cos(yaw), math.sin(yaw), math.cos(tilt), math.sin(tilt)
        # Unit vectors pointing right, up and forward (into the picture) from the camera.
        self.axes = ((sy, -cy, 0.0), (st * cy, st * sy, ct), (ct * cy, ct * sy, -st))
        distance = rng.uniform(55, 75)
        self.pos = (tx - distance * ct * cy, ty - distance * ct * sy, distance * st)
        self.focal = width * rng.uniform(0.8, 0.95)
        self.centre, self.target = (width / 2, height * 0.55), (tx, ty)

    def to_cam(self, p: Vec3) -> Vec3:
        """Express a world point in camera coordinates (x right, y up, z depth)."""
        v = [a - b for a, b in zip(p, self.pos, strict=True)]
        x, y, z = (sum(c * d for c, d in zip(v, axis, strict=True)) for axis in self.axes)
        return x, y, z

    def to_screen(self, c: Vec3) -> tuple[float, float]:
        """Project a camera-space point onto the image."""
        return self.centre[0] + self.focal * c[0] / c[2], self.centre[1] - self.focal * c[1] / c[2]

    def polygon(
        self, draw: ImageDraw.ImageDraw, points: Sequence[Vec3], fill: tuple[int, ...]
    ) -> None:
        """Fill a world-space polygon."""
        if len(cam := _clip([self.to_cam(p) for p in points])) >= 3:
            draw.polygon([self.to_screen(c) for c in cam], fill=fill)

    def line(
        self, draw: ImageDraw.ImageDraw, points: Sequence[Vec3], width: float, fill: tuple[int, ...]
    ) -> None:
        """Draw a world-space polyline whose width, in metres, shrinks with distance."""
        for a, b in itertools.pairwise([self.to_cam(p) for p in points]):
            if len(seg := _clip((a, b), closed=False)) == 2:
                pixels = max(1, round(self.focal * width * 2 / (seg[0][2] + seg[1][2])))
                draw.line([self.to_screen(c) for c in seg], fill=fill, width=pixels)


def _arc(cx: float, cy: float, r: float, start: float = 0, end: float = 360) -> list[Vec3]:
    """Return points along a ground-level arc; angles in degrees."""
    n = max(4, int(abs(end - start) / 4))
    angles = (math.radians(start + (end - start) * i / n) for i in range(n + 1))
    return [(cx + r * math.cos(a), cy + r * math.sin(a), 0.0) for a in angles]


def _rect(x0: float, y0: float, x1: float, y1: float) -> list[Vec3]:
    """Return a closed ground-level rectangle."""
    return [(x0, y0, 0), (x1, y0, 0), (x1, y1, 0), (x0, y1, 0), (x0, y0, 0)]


def _markings() -> list[list[Vec3]]:
    """Return the white pitch lines as ground-level polylines."""
    mid = _WIDTH / 2
    halfway: list[Vec3] = [(52.5, 0.0, 0.0), (52.5, _WIDTH, 0.0)]
    lines = [_rect(0, 0, _LENGTH, _WIDTH), halfway, _arc(52.5, mid, 9.15)]
    for x0, side in ((0.0, 1), (_LENGTH, -1)):
        lines += [_rect(x0, mid - 20.16, x0 + side * 16.5, mid + 20.16)]
        lines += [_rect(x0, mid - 9.16, x0 + side * 5.5, mid + 9.16)]
        # Only the part of the penalty arc outside the box is marked (cos 53.1° = 5.5 / 9.15).
        facing = 0 if side == 1 else 180
        lines += [_arc(x0 + side * 11, mid, 9.15, facing - 53.1, facing + 53.1)]
    corners = ((0, 0), (_LENGTH, 0), (_LENGTH, _WIDTH), (0, _WIDTH))
    return lines + [_arc(x, y, 1.0, 90 * i, 90 * i + 90) for i, (x, y) in enumerate(corners)]


def _stadium(cam: _Camera, draw: ImageDraw.ImageDraw, rng: random.Random, c1: RGB, c2: RGB) -> None:
    """Draw advertising boards and four stands full of spectators around the pitch."""
    m, depth, rise = 8.0, 34.0, 20.0
    ring = ((-m, -m), (_LENGTH + m, -m), (_LENGTH + m, _WIDTH + m), (-m, _WIDTH + m))
    for a, b in itertools.pairwise((*ring, ring[0])):
        length = math.dist(a, b)
        ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length  # along; (uy, -ux) is outward

        def at(u: float, v: float, a=a, b=b, ux=ux, uy=uy) -> Vec3:
            # v runs up the stand; rows get longer so neighbouring stands meet at the corners.
            grow = (2 * u - 1) * depth * v
            x = a[0] + (b[0] - a[0]) * u + ux * grow + uy * depth * v
            return (x, a[1] + (b[1] - a[1]) * u + uy * grow - ux * depth * v, rise * v)

        cam.polygon(draw, [at(0, 0), at(1, 0), at(1, 1), at(0, 1)], fill=(18, 21, 27))
        for row in range(1, 16):
            cam.line(draw, [at(0, row / 16), at(1, row / 16)], 0.3, fill=(30, 34, 42))
        for _ in range(3000):
            if (p := cam.to_cam(at(rng.random(), rng.uniform(0.02, 1))))[2] > _NEAR:
                (x, y), r = cam.to_screen(p), cam.focal * 0.22 / p[2]
                # Some fans wear the club colours; the rest a muted mix.
                shirt = rng.choice((c1, c2) if rng.random() < 0.4 else _CROWD_RGB)
                draw.ellipse((x - r, y - r, x + r, y + r), fill=_mix(shirt, (14, 16, 20), 0.45))
        board = [(a[0] - uy * 1.5, a[1] + ux * 1.5, z) for z in (0.0, 0.9)]
        board += [(b[0] - uy * 1.5, b[1] + ux * 1.5, z) for z in (0.9, 0.0)]
        cam.polygon(draw, board, fill=_mix(c1, (10, 10, 10), 0.2))


def _lighting(image: Image.Image, rng: random.Random, c1: RGB, c2: RGB) -> Image.Image:
    """Add a club-colour wash, a soft beam in the second colour, floodlight glow and a vignette."""
    w, h = image.size
    angle = rng.uniform(-50, 50) + rng.choice((0, 180))
    # The ramp is smooth, so computing it at an eighth of the size and scaling up is invisible.
    ramp = _linear_mask((w // 8, h // 8), angle).resize((w, h), Image.Resampling.BILINEAR)
    # The club colour floods in from one side and is gone before the middle of the frame.
    wash = _shaped(ramp, lambda t: 0.8 * min(1.0, max(0.0, (0.5 - t) / 0.42)) ** 1.5)
    image = Image.composite(Image.new("RGB", (w, h), c1), image, wash)
    # The beam runs parallel to the wash's edge: light for white, a roof shadow for black. It is
    # a blurred polygon because an 8-bit gradient this narrow would show banding.
    a = math.radians(angle)
    dx, dy, extent = math.sin(a), math.cos(a), abs(w * math.sin(a)) + abs(h * math.cos(a))
    offset, half = extent * rng.uniform(0.1, 0.22), extent * rng.uniform(0.02, 0.04)
    cx, cy = w / 2 + dx * offset, h / 2 + dy * offset
    beam, far = Image.new("L", (w, h)), w + h  # far: long enough to cross the whole frame
    ends = [(cx - dy * far, cy + dx * far), (cx + dy * far, cy - dx * far)]
    ImageDraw.Draw(beam).line(ends, fill=80, width=round(2 * half))
    beam = beam.filter(ImageFilter.GaussianBlur(half * 0.6))
    image = Image.composite(Image.new("RGB", (w, h), c2), image, beam)
    for _ in range(rng.choice((1, 2))):
        size = int(w * rng.uniform(0.5, 0.8))
        disc = Image.radial_gradient("L").resize((size, size))
        glow = _shaped(disc, lambda t: 0.5 * max(0.0, 1 - 1.41 * t) ** 2)
        x = int(w * rng.uniform(0.1, 0.9)) - size // 2
        y = int(h * rng.uniform(-0.1, 0.15)) - size // 2
        layer = Image.new("RGB", (w, h))
        layer.paste((255, 240, 214), (x, y, x + size, y + size), glow)
        image = ImageChops.screen(image, layer)
    radial = Image.radial_gradient("L").resize((w, h))
    vignette = _shaped(radial, lambda t: 0.7 * max(0.0, (t - 0.45) / 0.55) ** 1.5)
    return Image.composite(Image.new("RGB", (w, h)), image, vignette)


def _linear_mask(size: tuple[int, int], angle: float) -> Image.Image:
    """Return a gradient from 0 to 255 between opposite corners, rotated by angle degrees."""
    w, h = size
    side = math.ceil(math.hypot(w, h))
    gradient = Image.linear_gradient("L").resize((side, side))
    rotated = gradient.rotate(angle, Image.Resampling.BICUBIC)
    left, top = (side - w) // 2, (side - h) // 2
    # Stretch so that 0 and 255 fall exactly on the image's extreme corners.
    return ImageOps.autocontrast(rotated.crop((left, top, left + w, top + h)))


def hero_image(
    seed: str, colours: tuple[str, str], *, width: int = 1600, height: int = 900
) -> bytes:
    """Return a JPEG of an abstract floodlit football pitch in the club colours."""
    _check_sizes(width, height)
    c1, c2 = parse_hex(colours[0]), parse_hex(colours[1])
    rng = random.Random(f"hero:{seed}")
    w, h = width * 2, height * 2  # drawn at twice the size and scaled down, for anti-aliasing
    cam = _Camera(rng, w, h)
    image = Image.new("RGB", (w, h), _mix(c1, (8, 10, 14), 0.85))
    draw = ImageDraw.Draw(image)
    dark, light = (parse_hex(c) for c in rng.choice(_GRASS))
    lo, hi, stripes = -8.0, _WIDTH + 8.0, rng.choice((18, 20, 22))
    cam.polygon(draw, _rect(lo, lo, _LENGTH - lo, hi), fill=dark)
    for x0 in (_LENGTH * i / stripes for i in range(0, stripes, 2)):
        cam.polygon(draw, _rect(x0, lo, x0 + _LENGTH / stripes, hi), fill=light)

    # Lines, goals and the ball go on their own layer so they can be translucent.
    marks = Image.new("RGBA", (w, h))
    mark_draw = ImageDraw.Draw(marks)
    for polyline in _markings():
        cam.line(mark_draw, polyline, 0.12, fill=(245, 245, 240, 225))
    for spot in (11.0, _LENGTH / 2, _LENGTH - 11.0):
        cam.polygon(mark_draw, _arc(spot, _WIDTH / 2, 0.22), fill=(245, 245, 240, 225))
    for x0, back in ((0.0, -2.0), (_LENGTH, 2.0)):
        posts = [(x0, 30.34, 0.0), (x0, 30.34, 2.44), (x0, 37.66, 2.44), (x0, 37.66, 0.0)]
        net = [posts[1], (x0 + back, 30.34, 0.0), (x0 + back, 37.66, 0.0), posts[2]]
        cam.line(mark_draw, net, 0.06, fill=(230, 230, 230, 120))
        cam.line(mark_draw, posts, 0.14, fill=(255, 255, 255, 255))
    # A ball (oversized, so it reads at this distance) with its shadow, near the image centre.
    bx, by = cam.target[0] + rng.uniform(-8, 8), cam.target[1] + rng.uniform(-8, 8)
    cam.polygon(mark_draw, _arc(bx + 0.35, by + 0.25, 0.4), fill=(0, 0, 0, 110))
    ball = cam.to_cam((bx, by, 0.35))
    (x, y), r = cam.to_screen(ball), cam.focal * 0.35 / ball[2]
    mark_draw.ellipse((x - r, y - r, x + r, y + r), fill=(250, 250, 250, 255))
    image.paste(marks, (0, 0), marks)

    # Stands go on top: they can only hide the pitch when they stand between it and the camera.
    stands = Image.new("RGBA", (w, h))
    _stadium(cam, ImageDraw.Draw(stands), rng, c1, c2)
    # A blur suggests depth of field, so the crowd reads as texture rather than noise.
    stands = stands.filter(ImageFilter.GaussianBlur(4.4))
    image.paste(stands, (0, 0), stands)
    image = _lighting(image, rng, c1, c2).resize((width, height), Image.Resampling.LANCZOS)
    return _encode(image, "JPEG", quality=85)


def _shield(scale: float, inset: float = 0.0) -> list[tuple[float, float]]:
    """Return the outline of a heater shield in a unit square, shrunk by inset."""
    # A gently dipped top, straight sides down to y = 0.46, then a quarter cosine to the point.
    right = [(0.5 + 0.36 * math.cos(s / 40 * math.pi / 2), 0.46 + 0.47 * s / 40) for s in range(41)]
    left = [(1 - x, y) for x, y in reversed(right[:-1])]
    top = [(0.14 + 0.072 * i, 0.1 + 0.03 * math.sin(math.pi * i / 10)) for i in range(11)]
    outline = [*top, *right, *left]
    # Scale towards the middle by different x and y factors so the inset is roughly even.
    sx, sy = 1 - 2 * inset / 0.72, 1 - 2 * inset / 0.84
    return [((0.5 + (x - 0.5) * sx) * scale, (0.51 + (y - 0.51) * sy) * scale) for x, y in outline]


def crest(short_name: str, colours: tuple[str, str], *, size: int = 400) -> bytes:
    """Return a PNG club crest: a two-colour shield with the club's initials on a band.

    A code in capitals of up to four letters ("GNK") is drawn as it is."""
    _check_sizes(size)
    c1, c2 = parse_hex(colours[0]), parse_hex(colours[1])
    big = size * 4  # drawn at four times the size and scaled down, for smooth curves
    field = Image.new("RGB", (big, big), c1)
    draw = ImageDraw.Draw(field)
    style = hashlib.sha256(short_name.encode()).digest()[0] % 4  # stable across runs, unlike hash()
    if style == 0:  # halves
        draw.rectangle((big // 2, 0, big, big), fill=c2)
    elif style == 1:  # three vertical stripes of the second colour between four of the first
        for x in (big * (0.14 + 0.72 * i / 7) for i in (1, 3, 5)):
            draw.rectangle((x, 0, x + big * 0.72 / 7, big), fill=c2)
    elif style == 2:  # diagonal split
        draw.polygon([(0, big), (big, 0), (big, big)], fill=c2)
    else:  # a broad chief at the top
        draw.rectangle((0, 0, big, big * 0.36), fill=c2)
    # The initials sit on a band of the main colour, so they stay legible on any pattern.
    draw.rectangle((0, big * 0.39, big, big * 0.63), fill=_LIGHT)
    draw.rectangle((0, big * 0.4, big, big * 0.62), fill=c1)
    outer, inner, border = _shield(big), _shield(big, 0.035), round(big * 0.045)
    # Going round past the start point gives that corner a joint too, instead of a butt end.
    outer_loop, inner_loop = [*outer, *outer[:2]], [*inner, *inner[:2]]
    draw.line(outer_loop, fill=_INK, width=border, joint="curve")
    draw.line(inner_loop, fill=_LIGHT, width=round(border * 0.35), joint="curve")
    text, text_colour = initials(short_name), contrast_text_colour(colours[0])
    _draw_text(draw, (big * 0.5, big * 0.51), text, round(big * 0.17), text_colour, 0.03)
    mask = Image.new("L", (big, big))
    ImageDraw.Draw(mask).polygon(outer, fill=255)
    ImageDraw.Draw(mask).line(outer_loop, fill=255, width=border, joint="curve")
    image = field.resize((size, size), Image.Resampling.LANCZOS)
    image.putalpha(mask.resize((size, size), Image.Resampling.LANCZOS))
    return _encode(image, "PNG")


def portrait(name: str, *, size: int = 400) -> bytes:
    """Return a PNG round avatar: a head-and-shoulders silhouette behind the initials."""
    _check_sizes(size)
    big = size * 4  # drawn at four times the size and scaled down, for smooth curves
    base = parse_hex(_PALETTE[hashlib.sha256(name.encode()).digest()[0] % len(_PALETTE)])
    top = Image.new("RGB", (big, big), _mix(base, (255, 255, 255), 0.18))
    bottom = Image.new("RGB", (big, big), _mix(base, (0, 0, 0), 0.2))
    image = Image.composite(bottom, top, Image.linear_gradient("L").resize((big, big)))
    draw = ImageDraw.Draw(image)
    figure = _mix(base, (0, 0, 0), 0.16)
    draw.ellipse((big * 0.33, big * 0.2, big * 0.67, big * 0.58), fill=figure)
    draw.ellipse((big * 0.14, big * 0.62, big * 0.86, big * 1.3), fill=figure)
    # First and last name, so "Pieter Van Acker" becomes "PA".
    words = name.split()
    letters = initials(f"{words[0]} {words[-1]}" if len(words) > 1 else name, 2)
    _draw_text(draw, (big * 0.5, big * 0.52), letters, round(big * 0.34), "#FFFFFF", 0.02)
    mask = Image.new("L", (big, big))
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    image.putalpha(mask.resize((size, size), Image.Resampling.LANCZOS))
    return _encode(image, "PNG")
