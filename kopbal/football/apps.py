from django.apps import AppConfig


class FootballConfig(AppConfig):
    name = "kopbal.football"
    label = "football"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from kopbal.core.pagecache import register_param
        from kopbal.core.signal_handlers import connect_saves_and_deletes

        from . import race_views, signal_handlers
        from .models import Club, Competition, Match, MatchEvent, Person

        # Club names, crests and persons appear on many cached pages.
        connect_saves_and_deletes(Club, Competition, Person)
        # A match or its events changed: its pages and its season's tables are out of date.
        for signal in (post_save, post_delete):
            signal.connect(
                signal_handlers.match_saved_or_deleted,
                sender=Match,
                dispatch_uid=f"football-match-{id(signal)}",
            )
            signal.connect(
                signal_handlers.match_event_saved_or_deleted,
                sender=MatchEvent,
                dispatch_uid=f"football-match-event-{id(signal)}",
            )
        # The race pages: season and phase are part of the cached page; what-if picks are
        # one reader's and keep the page out of the cache.
        register_param("seizoen", race_views.canonical_season)
        register_param("fase", race_views.canonical_phase)
        for name in race_views.PICK_PARAMS:
            register_param(name, race_views.canonical_pick)
