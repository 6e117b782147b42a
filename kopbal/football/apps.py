from django.apps import AppConfig


class FootballConfig(AppConfig):
    name = "kopbal.football"
    label = "football"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kopbal.core import events
        from kopbal.core.pagecache import register_param

        from . import race_views, signal_handlers
        from .models import Club, Competition, Match, MatchEvent, Person

        # Caching follows the domain events; live scores read the generations they bump.
        events.subscribe(events.MatchUpdated, signal_handlers.match_updated)
        events.subscribe(events.TagChanged, signal_handlers.tag_changed)

        # Writes that bypass the services (snippet editor, shell) emit the same events.
        for signal in (post_save, post_delete):
            uid = id(signal)
            signal.connect(
                signal_handlers.match_saved_or_deleted,
                sender=Match,
                dispatch_uid=f"football-match-{uid}",
            )
            signal.connect(
                signal_handlers.match_event_saved_or_deleted,
                sender=MatchEvent,
                dispatch_uid=f"football-match-event-{uid}",
            )
            # A club, person or competition renews the pages that show it, not the site.
            for model in (Club, Competition, Person):
                signal.connect(
                    signal_handlers.tag_saved_or_deleted,
                    sender=model,
                    dispatch_uid=f"football-tag-{model.__name__}-{uid}",
                )
        # The race pages: season and phase are part of the cached page; what-if picks are
        # one reader's and keep the page out of the cache.
        register_param("seizoen", race_views.canonical_season)
        register_param("fase", race_views.canonical_phase)
        for name in race_views.PICK_PARAMS:
            register_param(name, race_views.canonical_pick)
