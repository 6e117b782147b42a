"""Follow buttons on cached pages, the follow endpoint, "Mijn nieuws" and its JSON."""

import pytest
from django.test import Client

from kopbal.follows.models import DigestSubscription, Follow
from kopbal.follows.services import follow_add
from kopbal.news.tests.factories import article_create

pytestmark = pytest.mark.django_db


def _private(response):
    return "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_club_page_has_a_neutral_follow_button_and_stays_cached(client, home, reader, club):
    follow_add(user=reader, subject=club)
    first = client.get("/club/anderlecht/")
    html = first.content.decode()
    assert 'data-follow="club:anderlecht"' in html
    assert 'aria-pressed="false"' in html
    assert "csrfmiddlewaretoken" not in html  # a token would make the page personal
    assert client.get("/club/anderlecht/")["X-Page-Cache"] == "hit"


def test_article_tags_have_follow_buttons(client, news_index, club, person):
    article = article_create(news_index, clubs=[club], persons=[person])
    html = client.get(article.url).content.decode()
    assert 'data-follow="club:anderlecht"' in html
    assert 'data-follow="person:yari-verschaeren"' in html


def test_logged_out_reader_is_sent_to_log_in_and_back(client, club):
    response = client.get("/account/volgen/club/anderlecht/?terug=/club/anderlecht/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/account/volgen/club/")


def test_following_needs_the_csrf_token(reader, club):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(reader)
    response = browser.post("/account/volgen/club/anderlecht/", {"actie": "volgen"})
    assert response.status_code == 403
    assert not Follow.objects.exists()


def test_follow_without_javascript_asks_then_follows_and_returns(client, reader, club):
    client.force_login(reader)
    page = client.get("/account/volgen/club/anderlecht/?terug=/club/anderlecht/")
    assert page.status_code == 200 and _private(page)
    assert "RSC Anderlecht" in page.content.decode()
    response = client.post(
        "/account/volgen/club/anderlecht/", {"actie": "volgen", "terug": "/club/anderlecht/"}
    )
    assert response.status_code == 302 and response["Location"] == "/club/anderlecht/"
    assert Follow.objects.of(reader).keys() == ["club:anderlecht"]


def test_follow_never_returns_to_another_site(client, reader, club):
    client.force_login(reader)
    response = client.post(
        "/account/volgen/club/anderlecht/", {"actie": "volgen", "terug": "https://evil.example/"}
    )
    assert response["Location"] == "/club/anderlecht/"


def test_follow_and_unfollow_as_json(client, reader, person):
    client.force_login(reader)
    url = "/account/volgen/persoon/yari-verschaeren/"
    answer = client.post(url, {"actie": "volgen"}, headers={"accept": "application/json"})
    assert answer.json() == {"key": "person:yari-verschaeren", "following": True}
    assert _private(answer)
    answer = client.post(url, {"actie": "ontvolgen"}, headers={"accept": "application/json"})
    assert answer.json()["following"] is False
    assert not Follow.objects.exists()


def test_bad_action_is_a_400_in_dutch(client, reader, club):
    client.force_login(reader)
    response = client.post(
        "/account/volgen/club/anderlecht/", {"actie": "x"}, headers={"accept": "application/json"}
    )
    assert response.status_code == 400
    assert "volgen" in response.json()["message"].lower()
    assert not Follow.objects.exists()


def test_unknown_subject_is_a_404(client, reader):
    client.force_login(reader)
    assert client.get("/account/volgen/club/bestaat-niet/").status_code == 404
    assert client.get("/account/volgen/auteur/iemand/").status_code == 404


def test_following_list_is_private(client, reader, club):
    assert client.get("/api/volgen/").json()["follows"] == []
    follow_add(user=reader, subject=club)
    client.force_login(reader)
    response = client.get("/api/volgen/")
    assert response.json() == {"authenticated": True, "follows": ["club:anderlecht"]}
    assert _private(response)


def test_my_news_logged_in_lists_followed_articles_privately(
    client, news_index, reader, club, other_club
):
    article_create(news_index, title="Anderlecht wint de topper", clubs=[club])
    article_create(news_index, title="Brugge speelt gelijk", clubs=[other_club])
    follow_add(user=reader, subject=club)
    client.force_login(reader)
    response = client.get("/mijn-nieuws/")
    html = response.content.decode()
    assert _private(response)
    assert "Anderlecht wint de topper" in html
    assert "Brugge speelt gelijk" not in html
    assert 'value="ontvolgen"' in html  # a way to unfollow


def test_my_news_pagination_edges_are_404s(client, reader):
    client.force_login(reader)
    assert client.get("/mijn-nieuws/?pagina=abc").status_code == 404
    assert client.get("/mijn-nieuws/?pagina=9").status_code == 404


def test_my_news_logged_in_without_follows_tells_how_to_follow(client, reader):
    client.force_login(reader)
    html = client.get("/mijn-nieuws/").content.decode()
    assert "Je volgt nog niets" in html


def test_my_news_logged_out_is_one_cached_page_for_everyone(client, news_index, club):
    first = client.get("/mijn-nieuws/")
    assert first.status_code == 200
    assert 'data-my-news="browser"' in first.content.decode()
    assert client.get("/mijn-nieuws/")["X-Page-Cache"] == "hit"


def test_public_my_news_json_lists_the_subjects_articles(client, news_index, club, person):
    article_create(news_index, title="Over Yari", persons=[person])
    article_create(news_index, title="Over Anderlecht", clubs=[club])
    response = client.get("/api/mijn-nieuws/?club=anderlecht&persoon=yari-verschaeren")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    data = response.json()
    assert [a["headline"] for a in data["articles"]] == ["Over Anderlecht", "Over Yari"]
    assert {s["key"] for s in data["subjects"]} == {"club:anderlecht", "person:yari-verschaeren"}
    assert (
        client.get("/api/mijn-nieuws/?club=anderlecht&persoon=yari-verschaeren")["X-Api-Cache"]
        == "hit"
    )


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("club=club-brugge,anderlecht", "not_canonical"),
        ("club=anderlecht,anderlecht", "not_canonical"),
        ("club=anderlecht,", "bad_subjects"),
        ("", "no_subjects"),
        ("club=onbekend", "unknown_subjects"),
        ("ploeg=anderlecht", "unknown_parameter"),
        ("club=anderlecht&pagina=0", "bad_page"),
        ("club=anderlecht&pagina=5", "bad_page"),
    ],
)
def test_public_my_news_json_refuses_bad_queries_in_dutch(client, club, other_club, query, code):
    response = client.get(f"/api/mijn-nieuws/?{query}")
    assert response.status_code == 400
    data = response.json()
    assert data["error"] == code
    assert data["message"] and "the" not in data["message"].split()


def test_unknown_subjects_are_named_so_the_browser_can_forget_them(client, club):
    data = client.get("/api/mijn-nieuws/?club=anderlecht,weg").json()
    assert data["unknown"] == ["club:weg"]


def test_my_account_offers_the_daily_email(client, reader):
    client.force_login(reader)
    html = client.get("/account/").content.decode()
    assert 'name="dagmail"' in html and "/mijn-nieuws/" in html
    response = client.post("/account/dagmail/", {"dagmail": "aan"})
    assert response.status_code == 302
    assert DigestSubscription.objects.filter(user=reader).exists()
    client.post("/account/dagmail/", {})
    assert not DigestSubscription.objects.filter(user=reader).exists()


def test_header_links_to_my_news(client, home):
    assert 'href="/mijn-nieuws/"' in client.get("/").content.decode()


def test_public_my_news_json_pages_through_the_articles(monkeypatch, client, news_index, club):
    monkeypatch.setattr("kopbal.follows.api.API_PAGE_SIZE", 1)
    article_create(news_index, title="Ouder", clubs=[club])
    article_create(news_index, title="Nieuwer", clubs=[club])
    first = client.get("/api/mijn-nieuws/?club=anderlecht").json()
    second = client.get("/api/mijn-nieuws/?club=anderlecht&pagina=2").json()
    assert [a["headline"] for a in first["articles"]] == ["Nieuwer"] and first["has_next"]
    assert [a["headline"] for a in second["articles"]] == ["Ouder"] and not second["has_next"]


def test_follow_endpoints_that_only_read_or_only_write_say_which(client, reader):
    client.force_login(reader)
    refused = client.post("/api/volgen/")
    assert refused.status_code == 405 and refused["Allow"] == "GET, HEAD"
    refused = client.get("/account/volgen/bewaren/")
    assert refused.status_code == 405 and refused["Allow"] == "POST"


def test_browser_choices_are_merged_into_the_account(client, reader, club, person):
    client.force_login(reader)
    response = client.post(
        "/account/volgen/bewaren/",
        {"onderwerp": ["club:anderlecht", "person:yari-verschaeren", "club:verdwenen"]},
    )
    assert response.json()["added"] == 2
    assert Follow.objects.of(reader).keys() == ["club:anderlecht", "person:yari-verschaeren"]
    assert client.post("/account/volgen/bewaren/", {}).status_code == 400
