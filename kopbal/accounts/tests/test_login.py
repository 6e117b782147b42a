"""Logging in with e-mail and password, the per-IP brake on it, and password reset."""

import pytest
from django.core import mail

from .factories import PASSWORD, user_create

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def test_reader_logs_in_with_email_and_password(client):
    user = user_create(display_name="Trouwe Fan", email="fan@example.com")
    response = client.post(LOGIN, {"login": "fan@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_password_does_not_log_in(client):
    user_create(email="fan@example.com")
    response = client.post(LOGIN, {"login": "fan@example.com", "password": "fout"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_twenty_first_login_post_from_one_ip_gets_429(client):
    user_create(email="fan@example.com")
    for i in range(20):
        # Twenty accounts guessed from one connection: the per-account limit is not reached.
        response = client.post(LOGIN, {"login": f"gok{i}@example.com", "password": "fout"})
        assert response.status_code == 200
    response = client.post(LOGIN, {"login": "fan@example.com", "password": PASSWORD})
    assert response.status_code == 429
    assert "accounts/too_many_requests.html" in [t.name for t in response.templates]
    assert 0 < int(response["Retry-After"]) <= 600
    assert "Probeer het over" in response.content.decode()
    assert "_auth_user_id" not in client.session  # the form was not processed
    # Looking at the form is never limited, and another connection is not affected.
    assert client.get(LOGIN).status_code == 200
    user_create(display_name="Buurman", email="buur@example.com")
    other = client.post(
        LOGIN, {"login": "buur@example.com", "password": PASSWORD}, REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 302


def test_password_reset_sends_a_mail_with_a_working_link(client):
    user_create(email="vergeten@example.com")
    response = client.post("/accounts/password/reset/", {"email": "vergeten@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["vergeten@example.com"]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert "Kopbal" in mail.outbox[0].body


def test_logout_is_a_post(client):
    user = user_create()
    client.force_login(user)
    assert client.get("/accounts/logout/").status_code == 200  # a confirmation page
    assert "_auth_user_id" in client.session
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session
