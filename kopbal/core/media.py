"""Uploaded media: rendition files named after their content, and how long a browser may
keep each kind of file.

Wagtail names a rendition after its original's file name, the filter and the focal point,
not after its bytes: when an editor replaces an image file, the old name can come back
(stadion.png -> stadion_AbC12de.png -> stadion.png once the first file is gone), and with
it the old renditions' names. RenditionStorage adds a hash of the rendition's bytes to its
name, so a name always means the same bytes and the file may be kept for a year,
immutable. Originals (and renditions made before the hash) keep the name an editor's upload
gave them: a day.

The embedded profile serves /media/ through `serve` below (DJANGO_SERVE_MEDIA); nginx's
/media/ location (deploy/nginx/kopbal.conf) sends the same lifetimes.
"""

import hashlib
import os
import re

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views import static

# images/<name>.<filter spec>.<12 hex of the bytes>.<extension>
HASHED_RENDITION = re.compile(r"^images/[^/]+\.[0-9a-f]{12}\.[A-Za-z0-9]+$")
YEAR = 365 * 24 * 60 * 60
DAY = 24 * 60 * 60


class RenditionStorage(FileSystemStorage):
    """The media storage, with a hash of the bytes in every rendition's file name."""

    def save(self, name, content, max_length=None):
        digest = hashlib.sha256()
        for chunk in content.chunks():
            digest.update(chunk)
        root, extension = os.path.splitext(name)
        return super().save(f"{root}.{digest.hexdigest()[:12]}{extension}", content, max_length)


def cache_lifetime(path: str) -> dict:
    """Cache-Control for the media file at `path` (relative to MEDIA_ROOT)."""
    if HASHED_RENDITION.match(path):
        return {"public": True, "max_age": YEAR, "immutable": True}
    return {"public": True, "max_age": DAY}


def serve(request, path):
    """A media file from MEDIA_ROOT with its cache lifetime. Documents are never served as
    files: Wagtail's document view applies their privacy settings (nginx: internal)."""
    if path.startswith("documents/"):
        raise Http404
    response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, **cache_lifetime(path))
    return response
