"""/api/me/: what the header of a cached page learns about the reader."""

import pytest

from .factories import user_create

pytestmark = pytest.mark.django_db


def test_anonymous_reader_gets_login_and_signup_links(client):
    response = client.get("/api/me/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    me = response.json()
    assert me["authenticated"] is False
    assert me["display_name"] is None and me["profile_url"] is None
    assert me["login_url"] == "/accounts/login/"
    assert me["signup_url"] == "/accounts/signup/"
    assert me["verified"] is False and me["is_staff"] is False
    assert "sessionid" not in response.cookies  # no session just for asking


def test_logged_in_reader_gets_name_profile_and_a_csrf_cookie(client):
    reader = user_create(display_name="Jan Peeters", verified=False)
    client.force_login(reader)
    response = client.get("/api/me/")
    me = response.json()
    assert me["authenticated"] is True
    assert me["display_name"] == "Jan Peeters"
    assert me["profile_url"] == "/lezer/Jan%20Peeters/"
    assert me["settings_url"] == "/account/"
    assert me["logout_url"] == "/accounts/logout/"
    assert me["verified"] is False
    assert "csrftoken" in response.cookies  # for the header's log-out form


def test_api_me_is_read_only(client):
    assert client.post("/api/me/").status_code == 405


def test_header_without_javascript_shows_a_login_link(client, home):
    html = client.get("/").content.decode()
    assert '<div class="site-account" data-account' in html
    assert 'href="/accounts/login/"' in html
    assert "js/account.js" in html
