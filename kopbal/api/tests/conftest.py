import pytest

from kopbal.news.services import site_address_ensure

SITE = "https://kopbal.example"


@pytest.fixture
def address(settings, site_tree):
    """The configured address differs from the Host the test client sends."""
    settings.KOPBAL_SITE_URL = SITE
    site_address_ensure()
    return SITE


def get(client, url, status=200, **headers):
    response = client.get(url, HTTP_HOST="localhost", **headers)
    assert response.status_code == status, (url, response.content[:300])
    return response
