"""The production profile's static files: collectstatic writes a gzipped copy of every
script and stylesheet (CompressedManifestStaticFilesStorage), and WhiteNoise sends it to
readers who accept gzip, under the hashed name, cached for good."""

import gzip

import pytest
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

from .test_production_settings import PRODUCTION_ENV, manage

PRODUCTION_STATIC = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}


def test_production_stores_static_files_compressed_with_hashed_names():
    code = "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])"
    result = manage("shell", "-c", code, env=PRODUCTION_ENV)
    assert result.stdout.splitlines()[-1] == PRODUCTION_STATIC["BACKEND"], result.stderr


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": PRODUCTION_STATIC}
    # The project's own files only: Wagtail's admin files would take most of the run.
    settings.STATICFILES_FINDERS = ["django.contrib.staticfiles.finders.FileSystemFinder"]
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    yield WhiteNoiseMiddleware(lambda request: pytest.fail("WhiteNoise passed it on"))


@pytest.mark.parametrize("name", ["css/kopbal.css", "js/kopbal.js", "js/account.js"])
def test_scripts_and_stylesheets_are_served_gzipped(collected, name):
    url = staticfiles_storage.url(name)
    assert url != settings.STATIC_URL + name  # the hashed name

    request = RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    response = collected(request)
    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "immutable" in response["Cache-Control"]
    original = (settings.STATICFILES_DIRS[0] / name).read_bytes()
    assert len(body) < len(original)
    assert gzip.decompress(body) == (settings.STATIC_ROOT / url.split("/static/")[1]).read_bytes()
