"""Every log-in form under the same limits, and only the newsroom into the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session

from .factories import PASSWORD, user_create

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"
ADMIN_LOGIN = "/admin/login/"


def editor_create(username="redacteur"):
    """An editor as an administrator makes one in the admin: no address on record."""
    editor = get_user_model().objects.create_user(username=username, password=PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    return editor


def ip(n: int) -> str:
    return f"198.51.100.{n}"


def assert_no_session(client, response):
    # (Looking at client.session would make a session: the cookie and the table tell.)
    assert "sessionid" not in response.cookies
    assert "sessionid" not in client.cookies
    assert not Session.objects.exists()


def test_editor_logs_in_to_the_admin(client):
    editor = editor_create()
    response = client.post(ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_admin_login_refuses_a_reader_without_creating_a_session(client):
    reader = user_create(display_name="Trouwe Fan", email="fan@example.com")
    for login in ("fan@example.com", reader.username):
        response = client.post(ADMIN_LOGIN, {"username": login, "password": PASSWORD})
        assert response.status_code == 200
        assert "aanmelding van de redactie" in response.content.decode()
        assert_no_session(client, response)


def test_admin_login_refuses_an_unconfirmed_account_even_with_admin_access(client):
    user_create(display_name="Nieuwe Fan", email="nieuw@example.com", verified=False)
    response = client.post(ADMIN_LOGIN, {"username": "nieuw@example.com", "password": PASSWORD})
    assert response.status_code == 200
    assert_no_session(client, response)
    # Promoted to the newsroom before confirming the address: still no way in.
    promoted = user_create(display_name="Stagiair", email="stage@example.com", verified=False)
    promoted.groups.add(Group.objects.get(name="Editors"))
    response = client.post(ADMIN_LOGIN, {"username": "stage@example.com", "password": PASSWORD})
    assert response.status_code == 200
    assert "Bevestig eerst je e-mailadres" in response.content.decode()
    assert_no_session(client, response)


def test_unconfirmed_reader_gets_no_session_from_the_reader_login(client):
    user_create(email="nieuw@example.com", verified=False)
    client.post(LOGIN, {"login": "nieuw@example.com", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_forty_wrong_passwords_then_the_right_one_does_not_open_the_admin(client):
    editor_create()
    for _ in range(40):
        response = client.post(ADMIN_LOGIN, {"username": "redacteur", "password": "fout"})
        assert response.status_code in (200, 429)
    response = client.post(ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 429
    assert_no_session(client, response)


def test_twenty_first_admin_login_post_from_one_ip_gets_a_dutch_429(client):
    editor_create()
    for i in range(20):
        client.post(ADMIN_LOGIN, {"username": f"gok{i}", "password": "fout"})
    response = client.post(ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert "Probeer het over" in response.content.decode()
    assert_no_session(client, response)
    # Another connection still gets in.
    other = client.post(
        ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD}, REMOTE_ADDR=ip(9)
    )
    assert other.status_code == 302


def test_one_account_is_limited_across_ip_addresses_and_forms(client):
    """Ten attempts per account per ten minutes, whatever the connection, the form and
    the name used (address or username); the eleventh is refused, right password or not."""
    reader = user_create(display_name="Trouwe Fan", email="fan@example.com")
    for i in range(5):
        response = client.post(
            LOGIN, {"login": "FAN@example.com", "password": PASSWORD}, REMOTE_ADDR=ip(i)
        )
        assert response.status_code == 302
        client.logout()
    for i in range(5, 10):
        client.post(
            ADMIN_LOGIN, {"username": reader.username, "password": PASSWORD}, REMOTE_ADDR=ip(i)
        )
    response = client.post(
        LOGIN, {"login": "fan@example.com", "password": PASSWORD}, REMOTE_ADDR=ip(11)
    )
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "_auth_user_id" not in client.session
    # Another account from the same connection is not affected.
    user_create(display_name="Buurman", email="buur@example.com")
    other = client.post(
        LOGIN, {"login": "buur@example.com", "password": PASSWORD}, REMOTE_ADDR=ip(11)
    )
    assert other.status_code == 302


def test_editors_are_limited_per_account_too(client):
    editor_create()
    for i in range(10):
        client.post(ADMIN_LOGIN, {"username": "redacteur", "password": "fout"}, REMOTE_ADDR=ip(i))
    response = client.post(
        ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD}, REMOTE_ADDR=ip(20)
    )
    assert response.status_code == 429
    assert_no_session(client, response)


def test_allauth_lock_out_holds_at_the_admin_and_says_how_long(client):
    """Five wrong passwords for one name lock it for five minutes (allauth), whatever the
    connection: the right password is then refused too, with the wait in Dutch."""
    editor_create()
    for i in range(5):
        client.post(ADMIN_LOGIN, {"username": "redacteur", "password": "fout"}, REMOTE_ADDR=ip(i))
    response = client.post(
        ADMIN_LOGIN, {"username": "redacteur", "password": PASSWORD}, REMOTE_ADDR=ip(7)
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Te veel mislukte pogingen" in text
    assert "Probeer het over 5 minuten opnieuw" in text
    assert_no_session(client, response)


def test_allauth_lock_out_message_at_the_reader_login_says_how_long(client):
    user_create(email="fan@example.com")
    for i in range(5):
        client.post(LOGIN, {"login": "fan@example.com", "password": "fout"}, REMOTE_ADDR=ip(i))
    response = client.post(
        LOGIN, {"login": "fan@example.com", "password": PASSWORD}, REMOTE_ADDR=ip(7)
    )
    assert "Probeer het over 5 minuten opnieuw" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_allauths_own_429_is_dutch_and_says_how_long(client):
    """allauth limits sign-up posts to 20 a minute per IP (forms with mistakes included)."""
    for _ in range(20):
        assert client.post("/accounts/signup/", {"email": "geen-adres"}).status_code == 200
    response = client.post("/accounts/signup/", {"email": "geen-adres"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    text = response.content.decode()
    assert "Probeer het over" in text
    assert "Too Many Requests" not in text


def test_django_admin_is_gone(client):
    assert client.get("/django-admin/login/").status_code == 404
    assert client.post("/django-admin/login/", {"username": "x", "password": "y"}).status_code in (
        403,
        404,
    )


def test_wagtails_bare_front_end_login_sends_readers_to_theirs(client):
    user_create(email="fan@example.com")
    response = client.get("/_util/login/?next=/nieuws/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fnieuws%2F"
    response = client.post("/_util/login/", {"username": "fan@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_admin_mails_no_password_reset_links(client, mailoutbox):
    user_create(email="lezer@example.com")
    response = client.post("/admin/password_reset/", {"email": "lezer@example.com"})
    assert response.status_code == 404
    assert mailoutbox == []
    assert "password_reset" not in client.get(ADMIN_LOGIN).content.decode()
