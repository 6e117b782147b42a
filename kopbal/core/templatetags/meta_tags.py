"""The <head> tags of a reader page: description, canonical, robots, OpenGraph, Twitter, JSON-LD."""

from django import template

from kopbal.core.meta import PageMeta, iso_datetime, site_description
from kopbal.core.meta import json_ld as json_ld_block

register = template.Library()


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context, description: str = ""):
    """The page's PageMeta (`meta` in the context), else a description and a canonical
    link for the page's own path: a form, a page of the account pages."""
    meta = context.get("meta")
    if not isinstance(meta, PageMeta):
        request = context.get("request")
        meta = PageMeta(
            description=description or site_description(),
            path=request.path if request is not None else "",
        )
    return {"meta": meta}


@register.filter
def json_ld(data: dict):
    return json_ld_block(data)


@register.filter
def iso8601(value) -> str:
    return iso_datetime(value)
