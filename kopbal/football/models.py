"""Football facts that articles are tagged with: competitions, clubs and persons."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

hex_colour = RegexValidator(r"^#[0-9A-Fa-f]{6}$", _("Use a colour like #5A2D82."))


class TagPageMixin:
    """A tagged thing with its own reader page of articles, served by the home page."""

    tag_route: str  # the HomePage sub-route name, e.g. "club"

    def get_absolute_url(self) -> str:
        from kopbal.news.models import HomePage  # news builds on football, not the reverse

        return HomePage.tag_url(self.tag_route, self.slug)

    def __str__(self) -> str:
        return self.name


class Competition(TagPageMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        LEAGUE = "league", _("League")
        CUP = "cup", _("Cup")
        EUROPEAN = "european", _("European competition")
        NATIONAL_TEAM = "national", _("National team")

    name = models.CharField(_("name"), max_length=100, unique=True)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.LEAGUE)
    description = models.TextField(_("description"), blank=True)

    tag_route = "competition"
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldPanel("kind"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("competition")
        verbose_name_plural = _("competitions")


class Club(TagPageMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    short_name = models.CharField(_("short name"), max_length=40)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    nicknames = models.TextField(
        _("nicknames"),
        blank=True,
        help_text=_("Names the press uses for the club, one per line (e.g. Paars-Wit)."),
    )
    adjectives = models.TextField(
        _("adjective forms"),
        blank=True,
        help_text=_(
            "Adjectives readers search with, one per line, where they are not the name plus "
            "-se (e.g. Brugse for Brugge). Search finds the club's articles with them."
        ),
    )
    primary_colour = models.CharField(
        _("primary colour"), max_length=7, default="#333333", validators=[hex_colour]
    )
    secondary_colour = models.CharField(
        _("secondary colour"), max_length=7, default="#FFFFFF", validators=[hex_colour]
    )
    crest = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("crest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    competition = models.ForeignKey(
        Competition,
        verbose_name=_("competition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="clubs",
    )

    tag_route = "club"
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldPanel("city"),
        FieldPanel("nicknames"),
        FieldPanel("adjectives"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("secondary_colour")]),
                FieldPanel("crest"),
            ],
            heading=_("Colours and crest"),
        ),
        FieldPanel("competition"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.SearchField("nicknames"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("club")
        verbose_name_plural = _("clubs")

    @property
    def nickname_list(self) -> list[str]:
        return [line.strip() for line in self.nicknames.splitlines() if line.strip()]

    @property
    def adjective_list(self) -> list[str]:
        return [line.strip() for line in self.adjectives.splitlines() if line.strip()]


class Person(TagPageMixin, index.Indexed, models.Model):
    class Role(models.TextChoices):
        PLAYER = "player", _("Player")
        COACH = "coach", _("Coach")
        DIRECTOR = "director", _("Sporting director")
        CHAIRMAN = "chairman", _("Chairman")
        AGENT = "agent", _("Agent")
        REFEREE = "referee", _("Referee")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.PLAYER)
    club = models.ForeignKey(
        Club,
        verbose_name=_("current club"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="persons",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    tag_route = "person"
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("club")]),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("persons")


class Season(models.Model):
    """A football season such as 2025-26, shared by every competition played in it."""

    name = models.CharField(
        _("name"),
        max_length=7,
        unique=True,
        validators=[RegexValidator(r"^\d{4}-\d{2}$", _("Use a season like 2025-26."))],
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")])]

    class Meta:
        ordering = ["-name"]
        verbose_name = _("season")
        verbose_name_plural = _("seasons")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gt=models.F("start_date")),
                name="season_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Phase(models.Model):
    """One stage of a competition in a season: the regular season, a play-off group, a cup round."""

    class Kind(models.TextChoices):
        REGULAR = "regular", _("Regular season")
        CHAMPIONS = "champions", _("Champions' Play-Offs")
        EUROPE = "europe", _("Europe Play-Offs")
        RELEGATION = "relegation", _("Relegation Play-Offs")
        ECL_PLAYOFF = "ecl_playoff", _("Conference League play-off")
        CUP_ROUND = "cup_round", _("Cup round")

    competition = models.ForeignKey(
        Competition, verbose_name=_("competition"), on_delete=models.CASCADE, related_name="phases"
    )
    season = models.ForeignKey(
        Season, verbose_name=_("season"), on_delete=models.CASCADE, related_name="phases"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Phases of a season are shown in this order.")
    )

    panels = [
        FieldRowPanel([FieldPanel("competition"), FieldPanel("season")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("order")]),
        FieldPanel("name"),
    ]

    class Meta:
        ordering = ["competition", "season", "order"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(
                fields=["competition", "season", "name"], name="phase_unique_name_per_season"
            )
        ]

    def __str__(self) -> str:
        return f"{self.competition.short_name or self.competition.name} {self.season}: {self.name}"


class MatchQuerySet(models.QuerySet):
    """The read rules for matches: every page, feed and API asks through these."""

    def finished(self):
        return self.filter(status=Match.Status.FINISHED)

    def upcoming(self):
        """Matches still to be played, soonest first (kick-off unknown last)."""
        return self.filter(status=Match.Status.SCHEDULED).order_by(
            models.F("kickoff").asc(nulls_last=True), "pk"
        )

    def in_play(self):
        return self.filter(status__in=[Match.Status.LIVE, Match.Status.HALF_TIME])

    def for_club(self, club):
        return self.filter(models.Q(home=club) | models.Q(away=club))

    def in_round(self, phase, number: int):
        return self.filter(phase=phase, round_number=number)

    def with_clubs(self):
        return self.select_related("home", "away", "phase")

    def in_season(self, season):
        return self.filter(phase__season=season)

    def in_competition(self, competition):
        return self.filter(phase__competition=competition)

    def of_phase_kind(self, kind: str):
        return self.filter(phase__kind=kind)

    def on_matchday(self, number: int):
        """Matchday `number` of every phase it selects (numbers count within a phase)."""
        return self.filter(round_number=number)

    def in_kickoff_order(self):
        """Soonest first, kick-off unknown last, the same on every database."""
        return self.order_by(models.F("kickoff").asc(nulls_last=True), "pk")


class Match(ClusterableModel):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        LIVE = "live", _("Live")
        HALF_TIME = "half_time", _("Half-time")
        FINISHED = "finished", _("Finished")
        POSTPONED = "postponed", _("Postponed")

    phase = models.ForeignKey(
        Phase, verbose_name=_("phase"), on_delete=models.CASCADE, related_name="matches"
    )
    round_label = models.CharField(_("round"), max_length=60)
    round_number = models.PositiveSmallIntegerField(_("round number"))
    home = models.ForeignKey(
        Club, verbose_name=_("home"), on_delete=models.PROTECT, related_name="home_matches"
    )
    away = models.ForeignKey(
        Club, verbose_name=_("away"), on_delete=models.PROTECT, related_name="away_matches"
    )
    kickoff = models.DateTimeField(_("kick-off"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    home_goals = models.PositiveSmallIntegerField(_("home goals"), null=True, blank=True)
    away_goals = models.PositiveSmallIntegerField(_("away goals"), null=True, blank=True)
    home_goals_half_time = models.PositiveSmallIntegerField(
        _("home goals at half-time"), null=True, blank=True
    )
    away_goals_half_time = models.PositiveSmallIntegerField(
        _("away goals at half-time"), null=True, blank=True
    )
    minute = models.PositiveSmallIntegerField(_("minute"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MatchQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("phase"), FieldPanel("round_label"), FieldPanel("round_number")]),
        FieldRowPanel([FieldPanel("home"), FieldPanel("away")]),
        FieldRowPanel([FieldPanel("kickoff"), FieldPanel("status"), FieldPanel("minute")]),
        FieldRowPanel([FieldPanel("home_goals"), FieldPanel("away_goals")]),
        FieldRowPanel([FieldPanel("home_goals_half_time"), FieldPanel("away_goals_half_time")]),
        InlinePanel("events", heading=_("Events"), label=_("Event")),
    ]

    class Meta:
        ordering = ["kickoff", "pk"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(home=models.F("away")), name="match_club_not_playing_itself"
            ),
            models.UniqueConstraint(
                fields=["phase", "home", "away", "round_number"], name="match_unique_per_round"
            ),
            # A match that has kicked off has a score; 0-0 is a score.
            models.CheckConstraint(
                condition=models.Q(status__in=["scheduled", "postponed"])
                | models.Q(home_goals__isnull=False, away_goals__isnull=False),
                name="match_played_has_score",
            ),
        ]
        indexes = [
            # A club's fixtures and results are read by kick-off, as home and as away side.
            models.Index(fields=["home", "kickoff"], name="match_home_kickoff"),
            models.Index(fields=["away", "kickoff"], name="match_away_kickoff"),
            models.Index(fields=["phase", "round_number"], name="match_phase_round"),
        ]

    def __str__(self) -> str:
        if self.home_goals is None or self.away_goals is None:
            return f"{self.home} - {self.away}"
        return f"{self.home} {self.home_goals}-{self.away_goals} {self.away}"

    @property
    def has_score(self) -> bool:
        return self.home_goals is not None and self.away_goals is not None

    def get_absolute_url(self) -> str:
        """/wedstrijd/<id>/<home>-<away>/ (the id finds it; a wrong slug is redirected)."""
        from .paths import match_path  # paths imports the models

        return match_path(self)


class MatchEvent(models.Model):
    """Something the newsroom saw happen in a match: a goal, a card, a substitution."""

    class Kind(models.TextChoices):
        GOAL = "goal", _("Goal")
        PENALTY = "penalty", _("Penalty goal")
        OWN_GOAL = "own_goal", _("Own goal")
        YELLOW = "yellow", _("Yellow card")
        SECOND_YELLOW = "second_yellow", _("Second yellow card")
        RED = "red", _("Red card")
        SUBSTITUTION = "substitution", _("Substitution")

    GOALS = (Kind.GOAL, Kind.PENALTY, Kind.OWN_GOAL)

    match = ParentalKey(
        Match, verbose_name=_("match"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    minute = models.PositiveSmallIntegerField(
        _("minute"), validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    added_time = models.PositiveSmallIntegerField(
        _("added time"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("Minutes of added time: 3 for 90+3."),
    )
    # The player's club; an own goal counts for the other side.
    club = models.ForeignKey(
        Club, verbose_name=_("club"), on_delete=models.PROTECT, related_name="+"
    )
    player = models.CharField(_("player"), max_length=100)
    other_player = models.CharField(
        _("player off / assist"),
        max_length=100,
        blank=True,
        help_text=_("For a substitution the player who went off; for a goal the assist."),
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="match_events",
        help_text=_("Link the player to a person page, when there is one."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("minute"), FieldPanel("added_time")]),
        FieldRowPanel([FieldPanel("club"), FieldPanel("player"), FieldPanel("other_player")]),
        FieldPanel("person"),
    ]

    class Meta:
        ordering = ["minute", models.F("added_time").asc(nulls_first=True), "pk"]
        verbose_name = _("match event")
        verbose_name_plural = _("match events")

    def __str__(self) -> str:
        return f"{self.minute_label} {self.get_kind_display()} {self.player}"

    @property
    def minute_label(self) -> str:
        return f"{self.minute}+{self.added_time}'" if self.added_time else f"{self.minute}'"

    @property
    def scoring_club_id(self) -> int:
        """The side a goal counts for."""
        if self.kind == self.Kind.OWN_GOAL:
            return self.match.away_id if self.club_id == self.match.home_id else self.match.home_id
        return self.club_id

    def clean(self):
        super().clean()
        match = getattr(self, "match", None)
        if (
            match is not None
            and self.club_id
            and self.club_id not in (match.home_id, match.away_id)
        ):
            raise ValidationError({"club": _("The club must be one of the two sides.")})
