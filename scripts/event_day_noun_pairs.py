"""One event, its day and its noun: how many missed shared pairs name one event by the
same noun on the same day, or share many content words (issue 12, session 25;
docs/eval-compare.md "Session 25: one event, its day and its noun").

    python scripts/event_day_noun_pairs.py ../shared/data --cache FILE
        [--gold DIR ...] [--years 2010,2011,2012] [--show KIND]

Runs ``compare``'s own steps on every compare-gold story of the given years (the cache
of ``scripts/quote_link_pairs.py``, plus, per claim, its day expressions and the nouns
that head a noun phrase, each with whether the day dates it) and counts the
cross-article claim pairs the runtime leaves under the threshold that no veto stops
(the model's vetoes, its soft denial veto, and two numbers that cannot agree), gold or
not, per signal of :data:`SIGNALS`. ``--show KIND`` prints the pairs of one signal.
The "a:" signals read the first, loose dating (:func:`claim_nouns`: a day anywhere
above the noun, days from the claim's date expressions); "event_day (the rule kept)"
is the runtime's (compare/event_day.py). ``--grouped N`` regroups by complete link with
the rule and prints N changed pairs. Writes nothing but the cache.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from quote_link_pairs import measure_grouped, story_cache

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare import story as story_mod
from newsprism.compare.event_day import event_day
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare_gold import load_compare_gold

ROOT = Path(__file__).resolve().parents[1]
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\.?\s+(\d{1,2})\b", re.I)
# vetoes over the model's own: two numbers that cannot both be true (the brief's "number")
_MONTH_STEMS = {m[:3] for m in MONTH_NAMES} | {m[:4] for m in MONTH_NAMES} | set(MONTH_NAMES)
EXTRA_VETOES = ("quantity_conflict", "specific_disjoint", "denial_mismatch")


def day_keys(dates: Sequence[str]) -> set[str]:
    """The day a claim's date expressions name: a weekday, or a month and day ("Aug. 3");
    a year or a month alone names no day."""
    found = set()
    for text in dates:
        low = text.lower()
        found |= {w for w in re.findall(r"[a-z]+", low) if w in WEEKDAYS}
        found |= {f"{m.group(1).lower()[:3]} {int(m.group(2))}" for m in _MONTH_DAY.finditer(text)}
    return found


def _dated(noun: Any, day_tokens: Sequence[Any]) -> bool:
    """Whether a day expression dates the noun's event: the day hangs on the noun
    ("a Saturday vote"), or on the verb the noun is an argument of, or on a verb above
    it ("a vote was set for Saturday", "on Tuesday, he heard the moratorium had been
    extended")."""
    noun_up = {t.i for t in noun.ancestors}
    for day in day_tokens:
        up = list(day.ancestors)
        if noun.i in {t.i for t in up}:
            return True
        verb = next((t for t in up if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.i in noun_up:
            return True
    return False


def claim_nouns(span: Any) -> dict[str, bool]:
    """Common-noun lemmas that head a noun phrase in the claim (not a compound's
    modifier, not inside a named entity), each with whether a day expression dates it."""
    tokens = list(span) if span is not None else []
    days = [t for t in tokens if t.lower_ in WEEKDAYS or (
        t.like_num and t.i > 0 and t.nbor(-1).lower_.rstrip(".") in _MONTH_STEMS)]
    found: dict[str, bool] = {}
    for t in tokens:
        if t.pos_ != "NOUN" or t.is_stop or t.dep_ == "compound" or t.ent_type_:
            continue
        lemma = t.lemma_.lower()
        found[lemma] = found.get(lemma, False) or _dated(t, days)
    return found


def with_nouns(story: Any) -> dict:
    """:func:`quote_link_pairs.story_cache` and, per claim, its days and head nouns."""
    parsed: dict = {}
    original = story_mod._parse_articles

    def keep(articles):
        docs = original(articles)
        parsed.update(docs)
        return docs

    story_mod._parse_articles = keep
    try:
        cache = story_cache(story)
    finally:
        story_mod._parse_articles = original
    articles = list(story.articles.values())
    entities = story_mod._story_entities(articles, parsed, set())
    claims = story_mod._story_claims(articles, parsed, entities, set())
    cache["days"] = [day_keys(c.dates) for c in claims]
    cache["nouns"] = [claim_nouns(parsed[c.article_id].char_span(c.start, c.end,
                                                                 alignment_mode="expand"))
                      for c in claims]  # fmt: skip
    return cache


def _noun_frequency(cache: dict) -> Counter:
    """In how many claims of its article each head noun stands ((article, lemma) → n)."""
    return Counter((a, n) for a, ns in zip(cache["article"], cache["nouns"], strict=True)
                   for n in ns)


def day_noun(cache: dict, i: int, j: int, tied: bool, rare: int = 99) -> bool:
    """(a) One day in both, and a head noun in both (dated by that day in both with
    ``tied``; standing in at most ``rare`` claims of each article)."""
    if not cache["days"][i] & cache["days"][j]:
        return False
    freq = _noun_frequency(cache) if rare < 99 else None
    a, b = cache["nouns"][i], cache["nouns"][j]
    for noun in a.keys() & b.keys():
        if tied and not (a[noun] and b[noun]):
            continue
        if freq is not None and max(freq[(cache["article"][i], noun)],
                                    freq[(cache["article"][j], noun)]) > rare:
            continue
        return True
    return False


def many_words(cache: dict, i: int, j: int, least: int, share: float) -> bool:
    """(b) ``least`` content lemmas in both, or with ``share`` > 0 that share of the
    shorter sentence's (and at least 4)."""
    a, b = cache["profiles"][i].lemmas, cache["profiles"][j].lemmas
    common = len(a & b)
    if common >= least:
        return True
    return share > 0 and common >= 4 and common >= share * min(len(a), len(b))


def one_actor(cache: dict, i: int, j: int, strict: bool) -> bool:
    """The two name one actor: no two disjoint sets of people, and entities not
    disjoint (with ``strict``: a story entity named by both)."""
    a, b = cache["profiles"][i], cache["profiles"][j]
    if a.people and b.people and not a.people & b.people:
        return False
    if strict:
        return bool(a.entities & b.entities)
    return not (a.entities and b.entities and not a.entities & b.entities)


def runtime_link(cache: dict, i: int, j: int) -> bool:
    """The shipped rule (compare/event_day.py), from the cached profiles."""
    if "event_day" not in cache:
        units = cache["profiles"]
        cache["event_day"] = event_day([u.dated for u in units], cache["article"],
                                       [u.people for u in units], [u.entities for u in units],
                                       [u.specific for u in units], [u.denied for u in units])
    return bool(cache["event_day"][i, j])


SIGNALS: dict[str, Callable[[dict, int, int], bool]] = {
    "event_day (the rule kept)": runtime_link,
    "a: dated noun, actor not disjoint":
        lambda c, i, j: day_noun(c, i, j, True) and one_actor(c, i, j, False),
    "a: dated noun, an entity in both":
        lambda c, i, j: day_noun(c, i, j, True) and one_actor(c, i, j, True),
    "a: dated rare noun (<= 2), actor not disjoint":
        lambda c, i, j: day_noun(c, i, j, True, 2) and one_actor(c, i, j, False),
    "a: dated rare noun (<= 3), actor not disjoint":
        lambda c, i, j: day_noun(c, i, j, True, 3) and one_actor(c, i, j, False),
    "b: >= 6, actor not disjoint":
        lambda c, i, j: many_words(c, i, j, 6, 0.0) and one_actor(c, i, j, False),
    "b: >= 7, an entity in both":
        lambda c, i, j: many_words(c, i, j, 7, 0.0) and one_actor(c, i, j, True),
    "c: a (dated) and b (>= 4), actor not disjoint": lambda c, i, j: day_noun(c, i, j, True)
        and many_words(c, i, j, 4, 0.0) and one_actor(c, i, j, False),
    "a: day + head noun": lambda c, i, j: day_noun(c, i, j, False),
    "a: day + head noun, dated in both": lambda c, i, j: day_noun(c, i, j, True),
    "a: day + dated head noun, in <= 2 claims of each article":
        lambda c, i, j: day_noun(c, i, j, True, 2),
    "b: >= 6 content lemmas": lambda c, i, j: many_words(c, i, j, 6, 0.0),
    "b: >= 7 content lemmas": lambda c, i, j: many_words(c, i, j, 7, 0.0),
    "b: >= 8 content lemmas": lambda c, i, j: many_words(c, i, j, 8, 0.0),
    "b: >= 6 or half the shorter's (>= 4)": lambda c, i, j: many_words(c, i, j, 6, 0.5),
    "b: >= 99 or 0.6 of the shorter's (>= 4)": lambda c, i, j: many_words(c, i, j, 99, 0.6),
    "c: a (dated) and b (>= 4 content lemmas)":
        lambda c, i, j: day_noun(c, i, j, True) and many_words(c, i, j, 4, 0.0),
    "c: a (dated) and b (>= 6)":
        lambda c, i, j: day_noun(c, i, j, True) and many_words(c, i, j, 6, 0.0),
    "c: a (any noun) and b (>= 6 or half)":
        lambda c, i, j: day_noun(c, i, j, False) and many_words(c, i, j, 6, 0.5),
}


def candidates(cache: dict, threshold: float, vetoes: Sequence[str]):
    """Cross-article pairs under the threshold: (i, j, vetoes that stop it)."""
    art = cache["article"]
    n = len(art)
    for i in range(n):
        for j in range(i + 1, n):
            if art[i] == art[j] or cache["linked"][i, j] >= threshold:
                continue
            yield i, j, [v for v in vetoes if cache["features"][v][i, j] > 0]


def measure(caches: list[dict], threshold: float, vetoes: Sequence[str], show: str) -> None:
    """Per signal, the missed pairs it fires on: gold / not, with no veto and vetoed."""
    total: Counter = Counter()
    for cache in caches:
        for i, j, stop in candidates(cache, threshold, vetoes):
            total[("gold" if cache["gold"][i, j] else "not") + (" vetoed" if stop else "")] += 1
    print("all under the threshold", json.dumps(dict(sorted(total.items()))))
    for name, signal in SIGNALS.items():
        count: Counter = Counter()
        for cache in caches:
            for i, j, stop in candidates(cache, threshold, vetoes):
                if not signal(cache, i, j):
                    continue
                kind = "gold" if cache["gold"][i, j] else "not"
                count[kind + (" vetoed" if stop else "")] += 1
                if show and show in name:
                    days = sorted(cache["days"][i] & cache["days"][j])
                    nouns = sorted(cache["nouns"][i].keys() & cache["nouns"][j].keys())
                    print(f"  [{kind} {'+'.join(stop)}] {days} {nouns} "
                          f"p={cache['linked'][i, j]:.3f}\n    A: {cache['texts'][i][:220]}"
                          f"\n    B: {cache['texts'][j][:220]}")
        free_gold, free_not = count["gold"], count["not"]
        precision = free_gold / (free_gold + free_not) if free_gold + free_not else float("nan")
        print(f"{name}: {json.dumps(dict(sorted(count.items())))} precision {precision:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, action="append")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", default="")
    parser.add_argument("--grouped", type=int, default=-1,
                        help="group by complete link with the rule and print N changed pairs "
                             "(a cache built with the rule out: NEWSPRISM_SAME_FACT_MODEL)")
    args = parser.parse_args()
    years = set(args.years.split(","))
    if args.cache.exists():
        caches = pickle.loads(args.cache.read_bytes())
    else:
        caches = [with_nouns(s)
                  for gold in args.gold or [ROOT / "gold" / "compare-basil"]
                  for s in load_compare_gold(gold, args.data / "basil")
                  if next(iter(s.docs.values())).year in years]  # fmt: skip
        args.cache.write_bytes(pickle.dumps(caches))
    model = load_same_fact_model()
    if args.grouped >= 0:
        def fired(cache: dict) -> np.ndarray:
            n = len(cache["article"])
            return np.array([[runtime_link(cache, i, j) for j in range(n)] for i in range(n)])

        print(json.dumps(measure_grouped(caches, fired, model.threshold, model.vetoes,
                                         args.grouped)))
        return
    measure(caches, model.threshold, (*model.vetoes, *EXTRA_VETOES), args.show)


if __name__ == "__main__":
    main()
