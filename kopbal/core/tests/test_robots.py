"""robots.txt: what crawlers may read, and where the sitemaps are."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_disallows_forms_and_newsroom_and_names_both_sitemaps(client, settings):
    settings.KOPBAL_SITE_URL = "https://kopbal.example"
    response = client.get("/robots.txt", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "public" in response["Cache-Control"] and response.has_header("ETag")
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for path in (
        "/admin/",
        "/account/",
        "/accounts/",
        "/api/",
        "/poll/",
        "/reacties/",
        "/reactie/",
    ):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: https://kopbal.example/sitemap.xml" in lines
    assert "Sitemap: https://kopbal.example/sitemap-news.xml" in lines
    assert "Disallow: /" not in lines


def test_robots_txt_refuses_a_post(client):
    assert client.post("/robots.txt").status_code == 405


def test_robots_txt_is_served_from_the_page_cache(client):
    assert client.get("/robots.txt")["X-Page-Cache"] == "miss"
    again = client.get("/robots.txt")
    assert again["X-Page-Cache"] == "hit"
    assert b"Sitemap: " in again.content
