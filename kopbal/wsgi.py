"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopbal.settings.production")

application = get_wsgi_application()

# Page-view beacons are answered before Django's middleware (kopbal/analytics/wsgi.py).
from kopbal.analytics.wsgi import BeaconMiddleware  # noqa: E402

application = BeaconMiddleware(application)
