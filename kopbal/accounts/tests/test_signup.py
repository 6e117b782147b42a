"""Signing up: an account, a verification mail, a display name that is the reader's own."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail

from kopbal.comments import rules
from kopbal.comments.models import WordRule
from kopbal.comments.services import CommentRefused

from .factories import user_create

pytestmark = pytest.mark.django_db
User = get_user_model()
SIGNUP = "/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "nieuwe.lezer@example.com",
        "display_name": "Nieuwe Lezer",
        "password1": "een-lang-wachtwoord",
        "password2": "een-lang-wachtwoord",
        "website": "",
    }
    return {**data, **overrides}


def display_name_errors(response) -> list[str]:
    """The codes of the display name's errors (the messages depend on the catalogue)."""
    return [e.code for e in response.context["form"].errors.as_data().get("display_name", [])]


def test_signup_form_asks_for_email_display_name_and_password_twice(client):
    html = client.get(SIGNUP).content.decode()
    for name in ("email", "display_name", "password1", "password2"):
        assert f'name="{name}"' in html
    trap = re.search(r'<div class="field field--trap" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap and 'name="website"' in trap.group(1) and 'tabindex="-1"' in trap.group(1)


def test_signup_sends_a_verification_mail_whose_link_verifies_the_address(client):
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="nieuwe.lezer@example.com")
    assert user.display_name == "Nieuwe Lezer"
    assert user.username == "nieuwe-lezer"
    # The account exists but cannot comment yet.
    with pytest.raises(CommentRefused) as refused:
        rules.ensure_can_comment(user)
    assert refused.value.code == "unverified"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nieuwe.lezer@example.com"]
    assert message.subject.startswith("[Kopbal]")
    # On the configured address, not the request's Host (testserver).
    site = re.escape(settings.KOPBAL_SITE_URL)
    link = re.search(rf"{site}(/accounts/confirm-email/[^/\s]+/)", message.body)
    assert link, message.body
    assert client.get(link.group(1)).status_code == 200  # a page with a confirm button
    assert client.post(link.group(1)).status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    rules.ensure_can_comment(user)  # no longer refused


def test_taken_display_name_is_refused_whatever_its_case(client):
    user_create(display_name="Buffalo Bill", email="bill@example.com")
    response = client.post(SIGNUP, signup_data(display_name="bUFFALO bILL"))
    assert response.status_code == 200
    assert display_name_errors(response) == ["taken"]
    assert not User.objects.filter(email="nieuwe.lezer@example.com").exists()


def test_offensive_display_name_is_refused(client):
    WordRule.objects.update_or_create(word="kanker", defaults={"kind": "ban"})
    for name in ("K@nker_Fan", "KankerFan", "Kanker Fan"):
        response = client.post(SIGNUP, signup_data(display_name=name))
        assert response.status_code == 200, name
        assert display_name_errors(response) == ["offensive"], name
    assert not User.objects.exists()


def test_display_name_with_a_suspect_word_is_refused_too(client):
    WordRule.objects.update_or_create(word="scheids", defaults={"kind": "suspect"})
    response = client.post(SIGNUP, signup_data(display_name="Scheids Boef"))
    assert display_name_errors(response) == ["offensive"]


@pytest.mark.parametrize(
    "name", ["Kopbal", "redactie", "Admin", "4dmin", "Kopbal Officieel", "Mod.Er.Ator"]
)
def test_reserved_display_names_are_refused(client, name):
    response = client.post(SIGNUP, signup_data(display_name=name))
    assert response.status_code == 200
    assert display_name_errors(response) == ["reserved"], name


@pytest.mark.parametrize(
    "name",
    [
        "<script>alert(1)</script>",
        "Jan/Peeters",
        "Jan@Peeters",
        "ab",
        "x" * 31,
        "12345",
        "\u13aadmin",
    ],
)
def test_display_names_with_bad_characters_or_length_are_refused_with_a_message(client, name):
    response = client.post(SIGNUP, signup_data(display_name=name))
    assert response.status_code == 200
    assert display_name_errors(response), name
    assert response.context["form"].errors["display_name"][0]  # a message to read
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert not User.objects.exists()


def test_accented_names_and_spaces_are_fine(client):
    response = client.post(SIGNUP, signup_data(display_name="  Jérôme   Ç. De_Bruyne-Fan "))
    assert response.status_code == 302
    assert User.objects.get().display_name == "Jérôme Ç. De_Bruyne-Fan"


def test_filled_honeypot_refuses_the_signup(client):
    response = client.post(SIGNUP, signup_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not User.objects.exists()
    assert not mail.outbox


def test_sixth_signup_from_one_ip_in_an_hour_gets_429_and_creates_no_user(client):
    for i in range(5):
        data = signup_data(email=f"lezer{i}@example.com", display_name=f"Lezer {i}a")
        assert client.post(SIGNUP, data).status_code == 302
    response = client.post(SIGNUP, signup_data(email="zes@example.com", display_name="Zesde"))
    assert response.status_code == 429
    assert "accounts/too_many_requests.html" in [t.name for t in response.templates]
    assert response["Retry-After"]
    assert User.objects.count() == 5


def test_signups_from_another_ip_are_not_affected(client):
    for i in range(6):
        data = signup_data(email=f"lezer{i}@example.com", display_name=f"Lezer {i}a")
        client.post(SIGNUP, data)
    other = client.post(
        SIGNUP,
        signup_data(email="buur@example.com", display_name="De Buur"),
        REMOTE_ADDR="192.0.2.99",
    )
    assert other.status_code == 302


def test_a_display_name_far_too_long_hears_the_30_character_rule(client):
    response = client.post(SIGNUP, signup_data(display_name="Lange" * 13))
    errors = response.context["form"].errors["display_name"]
    assert errors == ["Een schermnaam is 3 tot 30 tekens lang."]
