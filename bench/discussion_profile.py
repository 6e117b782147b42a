"""In-process render time of the 300-comment discussion: what the comment cards cost.

    DATABASE_URL=postgres://... .venv/bin/python -m bench.discussion_profile [--profile]

Seeds (once per database) an article with 300 comments as bench/render.py does, then
renders its discussion with the shared-fragment cache off, as an anonymous reader and as
a logged-in one: the whole tag (queries included) and the template alone on a discussion
already loaded. Prints medians in ms; --profile prints cProfile's top functions too.
HTTP figures stay with `make bench` (render); this isolates the Python work.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import time

TITLE = "Profiel: 300 reacties onder de derby"


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kopbal.settings.dev")
    os.environ["KOPBAL_FRAGMENT_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_DEBUG", "0")  # DEBUG would record every query
    import django

    django.setup()


def article_with_comments():
    from kopbal.news.models import ArticlePage

    from . import comments, render

    article = ArticlePage.objects.filter(title=TITLE).first()
    if article is None:
        from kopbal.news.services import site_tree_ensure
        from kopbal.news.tests.factories import article_create

        _home, index = site_tree_ensure()
        article = article_create(index, title=TITLE)
        render.discussion_seed(article, 300, comments.readers_create(16, prefix="profiel"))
    return article


def median_ms(fn, rounds: int) -> float:
    fn()  # warm: template loading, translations, URL resolvers
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (tottime, ...)")
    args = parser.parse_args()
    setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser
    from django.template import Context
    from django.template.loader import get_template
    from django.test import RequestFactory
    from django.utils import translation

    from kopbal.comments.discussion import discussion_for
    from kopbal.comments.templatetags.comments_tags import discussion

    translation.activate("nl-be")
    article = article_with_comments()
    reader = get_user_model().objects.get(username="profiel1")
    template = get_template("comments/discussion.html")
    for name, user in (("anonymous", AnonymousUser()), ("logged-in", reader)):
        request = RequestFactory().get(article.url)
        request.user = user

        def whole_tag(request=request):
            return discussion(Context({"request": request, "csrf_token": "x" * 64}), article)

        context = {
            "request": request,
            "csrf_token": "x" * 64,
            "user": user,
            "article": article,
            "discussion": discussion_for(request, article),
            "draft": "",
            "draft_parent": "",
        }

        def template_only(context=context, request=request):
            return template.render(context, request)

        cards = template_only().count("data-comment=")
        print(
            f"{name:>10}: {cards} cards; discussion tag {median_ms(whole_tag, args.rounds):.2f} ms"
            f" median, template alone {median_ms(template_only, args.rounds):.2f} ms"
        )
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(10):
                whole_tag()
            profiler.disable()
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(25)


if __name__ == "__main__":
    main()
