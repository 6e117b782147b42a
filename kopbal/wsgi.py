"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopbal.settings.production")

django_application = get_wsgi_application()

# In front of Django's handler, each answering only its own requests and passing the rest
# on untouched: page-view beacons (kopbal/analytics/wsgi.py) and page-cache hits
# (kopbal/core/fastpath.py).
from kopbal.analytics.wsgi import BeaconMiddleware  # noqa: E402
from kopbal.core.fastpath import PageCacheFastPath  # noqa: E402

application = BeaconMiddleware(PageCacheFastPath(django_application))
