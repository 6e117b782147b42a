"""News pages: the home page, the archive, articles, and the newsroom's authors."""

from itertools import chain

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail.url_routing import RouteResult

from kopbal.core import generations
from kopbal.core.blocks import INLINE_FEATURES
from kopbal.core.ids import positive_int
from kopbal.core.pagination import PAGE_PARAM, paginate
from kopbal.core.precompiled import Precompiled, held_in_memory
from kopbal.core.restrictions import restricted_sections
from kopbal.core.text import teaser
from kopbal.football import fixtures, paths
from kopbal.football.models import Club, Competition, Match, Person, TagPageMixin
from kopbal.football.routes import FootballRoutes

from . import page_meta, querysets
from .blocks import ArticleBodyBlock
from .forms import ArticlePageForm
from .panels import HeadlinePanel
from .querysets import ArticlePageQuerySet
from .slugs import slug_free

MOST_RECENT_COUNT = 25


class Author(TagPageMixin, index.Indexed, models.Model):  # noqa: DJ008 (__str__ from the mixin)
    """A member of the newsroom, credited as "door <name>"."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    job_title = models.CharField(_("job title"), max_length=100, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=600)
    # The editor's own byline: a new article starts with it (news.forms.ArticlePageForm).
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
        help_text=_("The admin account of this author: their new articles are credited to them."),
    )

    tag_route = "author"
    panels = [
        FieldPanel("name"),
        FieldPanel("user"),
        FieldPanel("slug"),
        FieldPanel("job_title"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class HomePage(FootballRoutes, RoutablePageMixin, Page):
    """The front page ("Meest recent"), the reader pages of clubs, persons and authors, and
    the football pages (tables, matchdays, matches: kopbal.football.routes)."""

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "pages.InfoPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def tag_url(cls, route: str, slug: str) -> str:
        """The URL of a tag's reader page; the home page is the site root."""
        return "/" + cls.get_resolver().reverse(route, slug).lstrip("/")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meta"] = page_meta.home(request)
        return context

    def match_articles(self, match):
        return list(
            ArticlePage.objects.live_news().about_match(match).for_listing().with_hero_images()
        )

    def render_tag_page(self, request, tag, kind_label, **extra):
        # The page shows the tag and the club or competition it belongs to: their edits
        # renew it (see generations.tag); edits of other clubs or persons do not.
        shown = [tag, getattr(tag, "club", None), getattr(tag, "competition", None)]
        generations.depends_on(
            *(generations.tag(t.tag_route, t.pk) for t in shown if t is not None)
        )
        articles = ArticlePage.objects.live_news().tagged_with(tag).for_listing().with_hero_images()
        page_obj = paginate(request, articles, settings.KOPBAL_PAGE_SIZE, site_count=True)
        return self.render(
            request,
            template="news/tag_page.html",
            context_overrides={
                "tag": tag,
                "kind_label": kind_label,
                "page_obj": page_obj,
                "meta": page_meta.tag(tag, request, page_obj),
                **extra,
            },
        )

    @path("club/<slug:slug>/", name="club")
    def club(self, request, slug):
        tag = get_object_or_404(Club.objects.select_related("crest", "competition"), slug=slug)
        # Position, next match and last results above the articles, on the first page only.
        summary = fixtures.club_summary(tag) if not request.GET.get(PAGE_PARAM) else None
        return self.render_tag_page(request, tag, _("Club"), club_summary=summary)

    @path("competitie/<slug:slug>/", name="competition")
    def competition(self, request, slug):
        tag = get_object_or_404(Competition, slug=slug)
        season = fixtures.current_season(tag)
        football = None
        if season is not None:
            football = {
                "table_url": paths.table_path(tag),
                "rounds_url": paths.rounds_path(tag),
                "season": season,
            }
        return self.render_tag_page(request, tag, _("Competition"), football=football)

    @path("persoon/<slug:slug>/", name="person")
    def person(self, request, slug):
        tag = get_object_or_404(Person.objects.select_related("club", "photo"), slug=slug)
        return self.render_tag_page(request, tag, _("Person"))

    @path("auteur/<slug:slug>/", name="author")
    def author(self, request, slug):
        tag = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
        return self.render_tag_page(request, tag, _("Author"))


class NewsIndexPage(Page):
    """The archive ("Meer sportnieuws") at /nieuws/, and the router of article URLs."""

    max_count = 1
    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news archive")
        verbose_name_plural = _("news archives")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live_news().child_of(self).for_listing().with_hero_images()
        context["page_obj"] = paginate(
            request, articles, settings.KOPBAL_PAGE_SIZE, site_count=True
        )
        context["meta"] = page_meta.archive(request, context["page_obj"])
        return context

    def route(self, request, path_components):
        # Articles live at /nieuws/<id>/<slug>/: the id finds the article, so a link with an
        # old slug (the headline was edited) still works and is sent on to the current URL.
        if not path_components or not self.live:
            return super().route(request, path_components)
        first, *rest = path_components
        articles = ArticlePage.objects.child_of(self).live()
        if first.isascii() and first.isdigit():
            article_id = positive_int(first)
            article = articles.filter(pk=article_id).first() if article_id else None
            if article is None or len(rest) > 1:
                raise Http404
            # "030" is article 30 too, but one article has one address: sent on to it.
            if rest == [article.slug] and first == str(article.pk):
                return RouteResult(article)
            return RouteResult(self, kwargs={"redirect_to": article})
        # Wagtail's own /nieuws/<slug>/ form: redirect it to the canonical URL as well.
        article = articles.filter(slug=first).first()
        if article is None or rest:
            raise Http404
        return RouteResult(self, kwargs={"redirect_to": article})

    def serve(self, request, *args, redirect_to=None, **kwargs):
        if redirect_to is not None:
            return HttpResponsePermanentRedirect(redirect_to.get_url(request))
        return super().serve(request, *args, **kwargs)


class ArticlePage(Page):
    intro = RichTextField(
        _("intro"),
        features=INLINE_FEATURES,
        help_text=_("The first paragraph; lists show its first 100 characters."),
    )
    custom_teaser = models.CharField(
        _("teaser"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional: what lists and search engines show instead of the start of the intro."
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_caption = models.CharField(_("caption"), max_length=250, blank=True)
    hero_credit = models.CharField(_("credit"), max_length=100, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    clubs = ParentalManyToManyField(Club, verbose_name=_("clubs"), blank=True, related_name="+")
    competitions = ParentalManyToManyField(
        Competition, verbose_name=_("competitions"), blank=True, related_name="+"
    )
    source_medium = models.CharField(
        _("source medium"),
        max_length=100,
        blank=True,
        help_text=_("The medium whose report this story is based on, e.g. La Dernière Heure."),
    )
    poll = models.ForeignKey(
        "polls.Poll",
        verbose_name=_("reader poll"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The question readers answer at the end of the article."),
    )
    is_poll_article = models.BooleanField(
        _("poll article"),
        default=False,
        help_text=_(
            'The poll is the story: "POLL:" before the headline, the poll under the intro.'
        ),
    )
    match = models.ForeignKey(
        Match,
        verbose_name=_("match"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The match this story is about: the match page lists it."),
    )
    is_rumour = models.BooleanField(
        _("rumour"),
        default=False,
        help_text=_("The story rests on another medium's report: the headline shows in quotes."),
    )

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    base_form_class = ArticlePageForm

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("first_published_at"),
    ]

    content_panels = [
        # Not FieldPanel: it wires Wagtail's headline-to-slug sync, and the offer to update a
        # live article's address (HeadlinePanel).
        HeadlinePanel("title", heading=_("Headline"), placeholder=_("Headline*")),
        InlinePanel("article_authors", heading=_("Authors"), label=_("Author"), min_num=1),
        FieldPanel("intro"),
        FieldPanel("custom_teaser"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("poll"), FieldPanel("is_poll_article")], heading=_("Reader poll")
        ),
    ]
    tag_panels = [
        FieldPanel("clubs", widget=forms.CheckboxSelectMultiple),
        MultipleChooserPanel(
            "article_persons", chooser_field_name="person", heading=_("Persons"), label=_("Person")
        ),
        FieldPanel("competitions", widget=forms.CheckboxSelectMultiple),
        # A chooser with a club and season filter (football.choosers): 1,000s of matches.
        FieldPanel("match"),
        MultiFieldPanel(
            [FieldPanel("source_medium"), FieldPanel("is_rumour")],
            heading=_("Source"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(tag_panels, heading=_("Tags and source")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_url_parts(self, request=None):
        # /nieuws/<id>/<slug>/ instead of Wagtail's /nieuws/<slug>/: see NewsIndexPage.route.
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, root_url, page_path = parts
        parent_path = page_path.rstrip("/").rsplit("/", 1)[0]
        return site_id, root_url, f"{parent_path}/{self.pk}/{self.slug}/"

    def full_clean(self, *args, **kwargs):
        # A new article is added to the tree (treebeard has given it a path) after its form
        # was validated. When a second request for the same headline got there first (the
        # editor clicks "Bewaar concept" while Wagtail's autosave is creating the page),
        # Wagtail's slug check would end the request with a 500; the article takes the next
        # free slug instead, which its address (/nieuws/<id>/<slug>/) does not need unique.
        self._slug_take_free()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        # A draft is saved with the minimal checks: the same race, the same answer.
        self._slug_take_free()
        super().minimal_clean()

    def _slug_take_free(self):
        if self.id is None and self.path and self.slug:
            self.slug = slug_free(self.slug, parent=self.get_parent(), page=self)

    @property
    def teaser(self) -> str:
        """The editor's teaser when set, else the start of the intro."""
        return self.custom_teaser or teaser(self.intro)

    @property
    def comment_count(self) -> int:
        """Visible comments, as counted by the comments app (0 before it counts any)."""
        try:
            return self.stats.comment_count
        except ArticleStats.DoesNotExist:
            return 0

    @property
    def display_title(self) -> str:
        """The headline as readers see it.

        A report taken from another medium stands in single quotes; a poll article
        starts with "POLL:".
        """
        title = f"'{self.title}'" if self.is_rumour else self.title
        return f"POLL: {title}" if self.is_poll_article else title

    @property
    def was_updated(self) -> bool:
        first, last = self.first_published_at, self.last_published_at
        return bool(first and last and (last - first).total_seconds() > 300)

    def tagged_persons(self) -> list[Person]:
        """The persons this article is about, in the editor's order."""
        return [link.person for link in self.article_persons.select_related("person")]

    def credits(self) -> tuple[list, list, list, list]:
        """The article's authors, clubs, persons and competitions, in the editor's order."""
        if held_in_memory(self):  # a preview
            return (
                [link.author for link in _authors(self)],
                list(self.clubs.all()),
                self.tagged_persons(),
                list(self.competitions.all()),
            )
        values = (self.pk,)
        return (
            [link.author for link in _CREDITS["authors"](values=values)],
            _CREDITS["clubs"](values=values),
            [link.person for link in _CREDITS["persons"](values=values)],
            _CREDITS["competitions"](values=values),
        )

    def editors_read_also(self):
        """The live article the editor picked in the body, if any."""
        for block in self.body:
            if block.block_type == "read_also":
                target = block.value["article"]
                if target is not None and target.live:
                    return target
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors, clubs, persons, competitions = self.credits()
        context["authors"] = authors
        context["tags"] = [*clubs, *persons, *competitions]
        # Not NEWS: "Meest recent" is a hole in the stored page (kopbal.core.holes), and
        # "LEES OOK" follows the news of this article's tags.
        generations.independent_of(generations.NEWS)
        generations.depends_on(
            *([generations.page(self.pk)] if self.pk else []),  # a preview has no id yet
            *(generations.tag(t.tag_route, t.pk) for t in context["tags"]),
            *(generations.tag_news(t.tag_route, t.pk) for t in context["tags"]),
        )
        hero = page_meta.hero_renditions(self)
        context["hero_picture"] = page_meta.hero_picture(self, hero)
        context["meta"] = page_meta.article(
            self,
            request,
            authors=context["authors"],
            clubs=clubs,
            persons=persons,
            competitions=competitions,
            hero=hero,
        )
        if self.editors_read_also() is None:
            context["read_also"] = self.most_related(clubs, persons, competitions)
        return context

    def most_related(self, clubs, persons, competitions):
        """ "LEES OOK" without an editor's pick: the most related recent story, never this
        one (ArticlePageQuerySet.related_to), given this article's tags."""
        ids = [[tag.pk for tag in tags] for tags in (persons, clubs, competitions)]
        if self.pk is None or self.first_published_at is None or not any(ids):
            # A preview, or nothing to relate by.
            return (
                ArticlePage.objects.live_news()
                .related_to(self, clubs=clubs, persons=persons, competitions=competitions)
                .for_link()
                .first()
            )
        found = _MOST_RELATED(
            # What the SQL depends on besides the values: the private sections, the cap,
            # and how many tags of each kind the article has.
            shape=(
                restricted_sections(),
                querysets.RELATED_CANDIDATES,
                *(len(kind) for kind in ids),
            ),
            values=(self.pk, self.first_published_at - querysets.RELATED_WINDOW, *chain(*ids)),
        )
        return found[0] if found else None


def _authors(article):
    return article.article_authors.select_related("author__photo").order_by("sort_order")


# The same four queries for every article, so compiled once per process
# (kopbal.core.precompiled): an article is a stand-in that only carries the id.
_CREDITS = {
    "authors": Precompiled(lambda pk: _authors(ArticlePage(pk=pk))),
    "clubs": Precompiled(lambda pk: ArticlePage(pk=pk).clubs.all()),
    "persons": Precompiled(lambda pk: ArticlePage(pk=pk).article_persons.select_related("person")),
    "competitions": Precompiled(lambda pk: ArticlePage(pk=pk).competitions.all()),
}


def _most_related(sections, cap, persons: int, clubs: int, competitions: int, pk, since, *ids):
    # `sections` and `cap` are read by live_news() and related_among() themselves.
    return (
        ArticlePage.objects.live_news()
        .related_among(
            pk, since, ids[:persons], ids[persons : persons + clubs], ids[persons + clubs :]
        )
        .for_link()
        .order_by("pk")[:1]
    )


# The same SQL for every article with as many tags of each kind (kopbal.core.precompiled).
_MOST_RELATED = Precompiled(_most_related)


class ArticleAuthor(Orderable):
    article = ParentalKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="article_authors",
    )
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        # unique_together rather than a constraint: modelcluster validates it in the form.
        unique_together = [("article", "author")]


class ArticlePerson(Orderable):
    """A person an article is about: an orderable, so editors pick several in one chooser."""

    article = ParentalKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="article_persons",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("persons")
        unique_together = [("article", "person")]


class ArticleStats(models.Model):
    """Counters kept beside the page, so publishing a revision never overwrites them."""

    article = models.OneToOneField(
        ArticlePage,
        verbose_name=_("article"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="stats",
    )
    comment_count = models.PositiveIntegerField(_("comment count"), default=0)

    class Meta:
        verbose_name = _("article statistics")
        verbose_name_plural = _("article statistics")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.comment_count} comments"
