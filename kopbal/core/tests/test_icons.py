"""The site's icons, web app manifest and theme colour, all from the site's own origin."""

import json
import re
from io import BytesIO

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db

HEADER_GREEN = "#0d4b34"  # --pitch, the header's background in static/css/kopbal.css


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_favicon_ico_answers_with_an_icon_in_the_usual_sizes(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = Image.open(BytesIO(body(response)))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= icon.info["sizes"]


def test_pages_link_icons_manifest_and_theme_colour_on_the_same_origin(client, home):
    html = client.get("/").content.decode()
    assert f'<meta name="theme-color" content="{HEADER_GREEN}">' in html
    links = dict(re.findall(r'<link rel="(icon|apple-touch-icon|manifest)" href="([^"]+)"', html))
    assert set(links) == {"icon", "apple-touch-icon", "manifest"}
    for href in links.values():
        assert href.startswith("/"), href  # the CSP allows only 'self'
        assert client.get(href).status_code == 200, href


def test_manifest_names_the_site_in_dutch_with_the_header_colour_and_icons(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Kopbal: voetbalnieuws"
    assert manifest["lang"] == "nl-BE"
    assert manifest["theme_color"] == HEADER_GREEN
    assert manifest["start_url"] == "/"
    sizes = set()
    for entry in manifest["icons"]:
        icon = client.get(entry["src"])
        assert icon.status_code == 200, entry["src"]
        if entry["type"] == "image/png":
            width, height = Image.open(BytesIO(body(icon))).size
            assert entry["sizes"] == f"{width}x{height}"
            sizes.add(width)
    assert {192, 512} <= sizes  # what installability asks for


def test_icon_addresses_refuse_writes(client):
    assert client.post("/manifest.webmanifest").status_code == 405
    assert client.post("/favicon.ico").status_code == 405
