"""One event in other words: pairs whose clauses share subject, stance and argument but
not the predicate, and a predicate-paraphrase test for the event link (issue 12,
session 23; measured, not kept: docs/eval-compare.md "Session 23").

    python scripts/predicate_paraphrase_pairs.py ../shared/data --cache FILE
        [--gold DIR ...] [--years 2010,2011,2012] [--show]
    python scripts/predicate_paraphrase_pairs.py --eval BAR any|argument -- ARGS
        (``newsprism eval ARGS`` with the test in the event link)

Runs ``compare``'s own alignment steps on every compare-gold story of the given years
(the cache of ``scripts/quote_link_pairs.py``, plus each claim's clause events) and
lists the cross-article pairs in which a clause of each has the same subject referent,
the same stance and a matching argument but another predicate lemma (``events.py``'s
tuple less the predicate): gold pairs the runtime misses, and pairs not in the gold
(the precision risk). Then, per candidate bar of :func:`predicate_similarity`, the
pairs the test would add under the threshold (gold / not, vetoed or not), with a
matching argument and without one. Writes nothing but the cache.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from quote_link_pairs import story_cache

from newsprism.compare import pairs
from newsprism.compare.events import CANCELLING, event_keys, events
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold

ROOT = Path(__file__).resolve().parents[1]
BARS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@lru_cache(maxsize=4096)
def _vector(predicate: str) -> np.ndarray:
    """The packaged static embedder's vector of a predicate's words."""
    return get_embedder("static").encode([predicate])[0]


def predicate_similarity(first: str, second: str) -> float:
    """The static cosine of two predicates, 0 when their voices differ (a passive's
    subject is an active's object: "Sestak was offered" / "Sestak offered") or when
    one is a cancelling verb and the other not ("passed" / "blocked")."""
    base_a, _, voice_a = first.partition("/")
    base_b, _, voice_b = second.partition("/")
    if voice_a != voice_b or (base_a in CANCELLING) != (base_b in CANCELLING):
        return 0.0
    return float(_vector(base_a) @ _vector(base_b))


def paraphrase_link(keys: Sequence[set[tuple[str, str, str, str]]], owners: Sequence[str],
                    bar: float, argument: bool = True) -> np.ndarray:  # fmt: skip
    """Units of different articles with a clause each of one subject and stance (and,
    with ``argument``, one argument) whose predicates differ but score ``bar`` or more."""
    n = len(keys)
    out = np.zeros((n, n), dtype=bool)
    by_frame: dict[tuple[str, ...], set[tuple[int, str]]] = {}
    for i, found in enumerate(keys):
        for subject, predicate, held, arg in found:
            frame = (subject, held, arg) if argument else (subject, held)
            by_frame.setdefault(frame, set()).add((i, predicate))
    for members in by_frame.values():
        ordered = sorted(members)
        for x, (i, p) in enumerate(ordered):
            for j, q in ordered[x + 1:]:
                if owners[i] != owners[j] and p != q and not out[i, j] \
                        and predicate_similarity(p, q) >= bar:
                    out[i, j] = out[j, i] = True
    return out


_RUNTIME_LINKS = pairs._links
SETTING = {"bar": 99.0, "argument": True}  # what :func:`install` put in the event link


def _links_with_test(units, words):
    """``pairs._links`` with the test (at ``SETTING``) in ``event_link``."""
    out = _RUNTIME_LINKS(units, words)
    out["event_link"] = out["event_link"] | paraphrase_link(
        [u.events for u in units], [u.article_id for u in units], SETTING["bar"],
        SETTING["argument"])
    return out


def install(bar: float, argument: bool) -> None:
    """Put the test into the runtime's ``event_link`` (sentences and fact units), or
    take it out (``bar`` 99)."""
    SETTING.update(bar=bar, argument=argument)
    pairs._links = _links_with_test


def with_events(story) -> dict:
    """:func:`quote_link_pairs.story_cache` and the clause events of every claim."""
    from newsprism.compare import story as story_mod

    cache = story_cache(story)
    articles = list(story.articles.values())
    docs = story_mod._parse_articles(articles)
    entities = story_mod._story_entities(articles, docs, set())
    claims = story_mod._story_claims(articles, docs, entities, set())
    inside: dict[str, list] = {}
    for m in entities.mentions:
        if m.entity_id:
            inside.setdefault(m.article_id, []).append(m)
    cache["events"] = [
        events(list(docs[c.article_id].char_span(c.start, c.end, alignment_mode="expand")),
               [m for m in inside.get(c.article_id, ()) if c.start <= m.start < c.end])
        for c in claims]  # fmt: skip
    return cache


def describe(caches: list[dict], threshold: float, vetoes: tuple[str, ...], show: bool) -> None:
    """Count (and with ``show`` print) the shape's pairs, gold or not, missed or linked."""
    count: Counter = Counter()
    verbs: Counter = Counter()
    for cache in caches:
        rows = cache["events"]
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                found = {(e.predicate, f.predicate) for e in rows[i] for f in rows[j]
                         if cache["article"][i] != cache["article"][j]
                         and e.predicate != f.predicate and e.stance == f.stance
                         and e.subjects & f.subjects and e.arguments & f.arguments}  # fmt: skip
                if not found:
                    continue
                kind = "gold" if cache["gold"][i, j] else "other"
                state = "linked" if cache["linked"][i, j] >= threshold else "missed"
                which = [v for v in vetoes if cache["features"][v][i, j] > 0]
                count[f"{kind} {state}" + (" vetoed" if which else "")] += 1
                verbs.update((kind, *sorted(pair)) for pair in found)
                if show:
                    print(f"[{kind} {state} {','.join(which)}] {sorted(found)}"
                          f"\n   A: {cache['texts'][i][:180]}\n   B: {cache['texts'][j][:180]}")
    print(json.dumps(dict(sorted(count.items()))))
    print(json.dumps({f"{k} {a}/{b} {predicate_similarity(a, b):.2f}": n
                      for (k, a, b), n in sorted(verbs.items())}))


def sweep(caches: list[dict], threshold: float, vetoes: tuple[str, ...]) -> None:
    """Per bar, with and without a matching argument: the pairs the test adds under the
    threshold (gold / not), and how many of them a veto stops."""
    for argument in (True, False):
        for bar in BARS:
            count: Counter = Counter()
            for cache in caches:
                fired = paraphrase_link([event_keys(e) for e in cache["events"]],
                                        cache["article"], bar, argument)
                for i, j in zip(*fired.nonzero(), strict=True):
                    if i > j or cache["linked"][i, j] >= threshold:
                        continue
                    vetoed = any(cache["features"][v][i, j] > 0 for v in vetoes)
                    count[("gold" if cache["gold"][i, j] else "other")
                          + (" vetoed" if vetoed else "")] += 1
            print(f"{'argument' if argument else 'any argument'} bar {bar}",
                  json.dumps(dict(sorted(count.items()))))


def main() -> None:
    if sys.argv[1:2] == ["--eval"]:
        from newsprism.cli import cli

        install(float(sys.argv[2]), sys.argv[3] == "argument")
        sys.argv = ["newsprism", "eval", *sys.argv[5:]]
        cli()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, action="append")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    years = set(args.years.split(","))
    if args.cache.exists():
        caches = pickle.loads(args.cache.read_bytes())
    else:
        caches = [with_events(s)
                  for gold in args.gold or [ROOT / "gold" / "compare-basil"]
                  for s in load_compare_gold(gold, args.data / "basil")
                  if next(iter(s.docs.values())).year in years]  # fmt: skip
        args.cache.write_bytes(pickle.dumps(caches))
    model = load_same_fact_model()
    describe(caches, model.threshold, model.vetoes, args.show)
    sweep(caches, model.threshold, model.vetoes)


if __name__ == "__main__":
    main()
