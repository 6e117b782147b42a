"""Pagination of reader lists through ?pagina=N, where a bad number is a 404, not a 500."""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

PAGE_PARAM = "pagina"


def paginate(request, object_list, per_page: int, *, param: str = PAGE_PARAM) -> Page:
    """The requested page of `object_list`; Http404 for junk, zero or past-the-end."""
    raw = request.GET.get(param, "1")
    # Only plain digits: "1.0", " 2", "-1" and "²" are not page numbers.
    if not (raw.isascii() and raw.isdigit()):
        raise Http404(_("This page number does not exist."))
    paginator = Paginator(object_list, per_page)
    try:
        return paginator.page(int(raw))
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404(_("This page number does not exist.")) from exc
