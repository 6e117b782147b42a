"""Every link in a reader's mail is on the configured address, whatever Host the request
that sent it came in on (a Host header is the client's to choose)."""

import re

import pytest
from django.core import mail

from .factories import user_create
from .test_signup import SIGNUP, signup_data

pytestmark = pytest.mark.django_db

SITE = "https://kopbal.example"
FOREIGN = "evil.example"


@pytest.fixture(autouse=True)
def address(settings):
    settings.KOPBAL_SITE_URL = SITE


def links(message) -> list[str]:
    return re.findall(r"https?://[^\s]+", message.body)


def assert_on_site(message, path: str) -> None:
    assert FOREIGN not in message.body
    found = links(message)
    assert found and all(link.startswith(f"{SITE}/") for link in found), found
    assert any(link.startswith(f"{SITE}{path}") for link in found), found


def test_confirmation_mail_links_to_the_configured_address(client):
    response = client.post(SIGNUP, signup_data(), HTTP_HOST=FOREIGN)
    assert response.status_code == 302
    (message,) = mail.outbox
    assert_on_site(message, "/accounts/confirm-email/")
    # The site the mail names at the bottom is the configured one too.
    assert "kopbal.example" in message.body


def test_password_reset_mail_links_to_the_configured_address(client):
    user_create(email="vergeten@example.com")
    client.post("/accounts/password/reset/", {"email": "vergeten@example.com"}, HTTP_HOST=FOREIGN)
    (message,) = mail.outbox
    assert_on_site(message, "/accounts/password/reset/key/")
    # The link works.
    path = re.search(rf"{re.escape(SITE)}(/accounts/password/reset/key/\S+)", message.body)[1]
    assert client.get(path).status_code in (200, 302)


def test_reset_for_an_unknown_address_links_to_the_configured_address(client):
    client.post("/accounts/password/reset/", {"email": "niemand@example.com"}, HTTP_HOST=FOREIGN)
    (message,) = mail.outbox
    assert_on_site(message, "/accounts/signup/")


def test_signup_with_a_taken_address_links_to_the_configured_address(client):
    user_create(email="nieuwe.lezer@example.com")
    client.post(SIGNUP, signup_data(display_name="Tweede Poging"), HTTP_HOST=FOREIGN)
    (message,) = mail.outbox
    assert_on_site(message, "/accounts/")
