"""allauth's pages wear the site's clothes: header, footer and the accounts stylesheet."""

import pytest

from .factories import user_create

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/confirm-email/",
        "/accounts/confirm-email/not-a-key/",
        "/accounts/password/reset/",
        "/accounts/password/reset/done/",
        "/accounts/password/reset/key/1-set-password/",
        "/accounts/inactive/",
    ],
)
def test_entrance_pages_use_the_site_layout(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    assert "css/accounts.css" in html
    assert '<h1 class="account-title">' in html


@pytest.mark.parametrize(
    "url", ["/accounts/logout/", "/accounts/email/", "/accounts/password/change/"]
)
def test_manage_pages_use_the_site_layout_with_a_way_back(client, url):
    client.force_login(user_create())
    html = client.get(url).content.decode()
    assert "css/accounts.css" in html
    assert 'href="/account/"' in html
