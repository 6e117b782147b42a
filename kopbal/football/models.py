"""Football facts that articles are tagged with: competitions, clubs and persons."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
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
