"""Editable information pages: house rules, privacy statement, contact and cookies."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from kopbal.core.blocks import ParagraphBlock, SubheadingBlock
from kopbal.core.meta import PageMeta
from kopbal.core.text import summary


class Role(models.TextChoices):
    """What the site links to by name: the footer, the sign-up form, the comment form."""

    HOUSE_RULES = "house_rules", _("House rules")
    PRIVACY = "privacy", _("Privacy statement")
    CONTACT = "contact", _("Contact")
    COOKIES = "cookies", _("Cookies")


class InfoPage(Page):
    """A page of plain information that the newsroom keeps up to date."""

    intro = models.TextField(_("intro"), blank=True, max_length=400)
    body = StreamField(
        [("paragraph", ParagraphBlock()), ("subheading", SubheadingBlock())],
        verbose_name=_("body"),
        blank=True,
    )
    last_updated = models.DateField(_("last updated"), null=True, blank=True)
    role = models.CharField(
        _("linked as"),
        max_length=20,
        choices=Role.choices,
        blank=True,
        default="",
        help_text=_("The site links to this page under this name (footer, sign-up, comments)."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("last_updated"), FieldPanel("role")]),
    ]

    parent_page_types = ["news.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def clean(self):
        super().clean()
        # One page per name: the links would otherwise go to whichever comes first.
        if self.role:
            others = InfoPage.objects.filter(role=self.role).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {
                        "role": _("Another page is already linked as “%(role)s”.")
                        % {"role": self.get_role_display()}
                    }
                )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meta"] = PageMeta(
            title=self.seo_title or self.title,
            description=self.search_description or summary(self.intro) or self.title,
            path=self.get_url(request) or "",
        )
        return context
