from django.apps import AppConfig


class FollowsConfig(AppConfig):
    name = "kopbal.follows"
    label = "follows"
    verbose_name = "Follows"

    def ready(self):
        from django.conf import settings

        from kopbal.core import scheduler

        from .digest import digests_send_due

        # Often enough to start within minutes of the configured hour; each reader's
        # digest is claimed once per day (Digest), so extra turns send nothing.
        scheduler.register(
            "follows_digest", digests_send_due, every_seconds=settings.KOPBAL_DIGEST_CHECK_SECONDS
        )
