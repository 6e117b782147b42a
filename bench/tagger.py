"""Issue 12: the tag suggester against its gold set, per club, and its speed.

The gold set (kopbal/tagging/gold/gold.jsonl) is scored with the names it was written for
(the demo's clubs and competitions, the gold persons). Speed: building the automaton from
the database (what an edit of a club, person or competition costs the next text) and
suggesting tags for every gold text with the built matcher.
"""

import time


def bench_tagger(args, env) -> list[dict]:
    from kopbal.tagging import gold
    from kopbal.tagging.matcher import cache_clear, matcher

    gold.names_load()
    cache_clear()
    started = time.perf_counter()
    built = matcher()
    build_ms = (time.perf_counter() - started) * 1000
    texts = [item["text"] for item in gold.items()]
    rounds = 50
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            built.suggest(text)
    per_text_us = (time.perf_counter() - started) / (rounds * len(texts)) * 1e6
    result = gold.score(lambda text: built.suggest(text).as_dict())
    overall = result.overall
    clubs = sorted(k for k in result.per_tag if k.startswith("club:"))
    per_club = "; ".join(
        f"{k.removeprefix('club:')} P {result.per_tag[k].precision:.2f} "
        f"R {result.per_tag[k].recall:.2f}"
        for k in clubs
    )
    mistakes = "; ".join(result.mistakes) or "none"
    return [
        {
            "name": "tagger-gold",
            "title": "Tag suggestions, Dutch gold set",
            "figure": f"precision {overall.precision:.3f}, recall {overall.recall:.3f}",
            "details": (
                f"{len(texts)} headline + teaser texts of kopbal/tagging/gold (every club, "
                f"nickname and ambiguity, 30+ about foreign football), tags of all kinds "
                f"counted: {overall.true_positives} right, {overall.false_positives} extra, "
                f"{overall.false_negatives} missed. Per club: {per_club}. "
                f"Mistakes: {mistakes}. Matcher built from the database in {build_ms:.0f} ms "
                f"(after any club/person/competition edit), then {per_text_us:.0f} µs per "
                f"text ({rounds} rounds over the set, one process)."
            ),
            "command": f"make bench BENCH_ARGS='tagger --database {args.database}'",
        }
    ]
