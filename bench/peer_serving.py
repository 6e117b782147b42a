"""gunicorn config for the peer (bench/peer.py): the same server as Kopbal's, with
kopbal.core.serving's changes to the gthread worker (connections renewed every second,
closes off the accept loop), so that both apps are measured on the same server."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kopbal.core.serving import (
    connections_renewed_every,
    graceful_close_off_the_accept_loop,
)

graceful_close_off_the_accept_loop()
# Kopbal's default (KOPBAL_CONNECTION_SECONDS).
connections_renewed_every(1.0)
