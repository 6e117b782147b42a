"""A search's results as the project's paginator reads a list: a count and slices."""

from kopbal.news.models import ArticlePage

from .backends import Filters, SearchBackend


class SearchResults:
    """The matching live articles, best first (or newest first); each slice is one query
    for the page's ids and one for their rows, whatever the number of matches. The rows
    are read by the read rule (`live_news()`), whatever the index says."""

    def __init__(self, backend: SearchBackend, query, filters: Filters, *, newest: bool, count):
        self.backend, self.query, self.filters, self.newest = backend, query, filters, newest
        self._count = count

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, window: slice) -> list[ArticlePage]:
        start, stop = window.start or 0, window.stop
        if stop <= start or start >= self._count:
            return []
        ids = self.backend.page_ids(
            self.query, self.filters, newest=self.newest, offset=start, limit=stop - start
        )
        rows = (
            ArticlePage.objects.live_news()
            .filter(pk__in=ids)
            .for_listing()
            .with_hero_images()
            .prefetch_related("clubs")
        )
        by_id = {article.pk: article for article in rows}
        return [by_id[pk] for pk in ids if pk in by_id]
