"""A reader's public page: name, member since, visible comments, the same for everyone."""

import pytest
from django.urls import reverse

from kopbal.comments.models import Comment

from .factories import user_create

pytestmark = pytest.mark.django_db


def profile_url(user) -> str:
    return reverse("accounts:profile", args=[user.display_name])


def test_profile_shows_only_the_readers_visible_comments_newest_first(client, article):
    reader, other = user_create(display_name="Jan Peeters"), user_create(display_name="Anders")
    older = Comment.objects.create(article=article, author=reader, body="Eerste reactie")
    newer = Comment.objects.create(article=article, author=reader, body="Tweede reactie")
    Comment.objects.create(article=article, author=reader, body="Wacht nog", status="pending")
    Comment.objects.create(article=article, author=reader, body="Afgewezen", status="rejected")
    Comment.objects.create(article=article, author=other, body="Van iemand anders")
    html = client.get(profile_url(reader)).content.decode()
    assert "Jan Peeters" in html
    assert html.index("Tweede reactie") < html.index("Eerste reactie")
    assert f'href="{article.url}#reactie-{newer.pk}"' in html
    assert f"#reactie-{older.pk}" in html
    for hidden in ("Wacht nog", "Afgewezen", "Van iemand anders"):
        assert hidden not in html


def test_profile_escapes_the_comment_text(client, article):
    reader = user_create(display_name="Kwaadwillig")
    # The posting service refuses HTML: only a row written some other way could hold it.
    Comment.objects.create(
        article=article, author=reader, body='<script>alert(1)</script> <img src=x onerror="x()">'
    )
    html = client.get(profile_url(reader)).content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_profile_pages_twenty_comments_per_page_and_bad_page_numbers_are_404(client, article):
    reader = user_create(display_name="Veelschrijver")
    for i in range(21):
        Comment.objects.create(article=article, author=reader, body=f"Reactie nummer {i}")
    url = profile_url(reader)
    first = client.get(url).content.decode()
    assert first.count('class="profile-comment comment"') == 20
    second = client.get(url, {"pagina": 2}).content.decode()
    assert second.count('class="profile-comment comment"') == 1
    for bad in ("3", "0", "-1", "abc", "1.0"):
        assert client.get(url, {"pagina": bad}).status_code == 404, bad


def test_unknown_reader_is_404_and_other_case_redirects_to_the_real_name(client):
    reader = user_create(display_name="Jan Peeters")
    assert client.get("/lezer/Niemand/").status_code == 404
    response = client.get("/lezer/jan%20peeters/")
    assert response.status_code == 301
    assert response["Location"] == profile_url(reader)


def test_deactivated_reader_has_no_profile(client):
    reader = user_create(display_name="Geschorst", is_active=False)
    assert client.get(profile_url(reader)).status_code == 404


def test_profile_is_the_same_html_for_every_visitor(client, article):
    reader = user_create(display_name="Jan Peeters")
    Comment.objects.create(article=article, author=reader, body="Mooi doelpunt")
    url = profile_url(reader)
    anonymous = client.get(url).content
    client.force_login(reader)
    as_owner = client.get(url).content
    client.force_login(user_create(display_name="Iemand Anders"))
    as_other = client.get(url).content
    assert anonymous == as_owner == as_other
