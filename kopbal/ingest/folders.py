"""Which folders of the server may be agency drop folders (settings.KOPBAL_INGEST_FOLDERS)."""

import os

from django.conf import settings


def allowed(folder: str) -> bool:
    """True when `folder`, with its symbolic links resolved, lies under an allowed root:
    a link inside a root that points elsewhere on the server does not count."""
    real = os.path.realpath(folder)
    for root in settings.KOPBAL_INGEST_FOLDERS:
        root = os.path.realpath(root)
        if os.path.commonpath([real, root]) == root:
            return True
    return False
