"""Which gold same-fact pairs a candidate link adds, and which false pairs (session 22).

    python scripts/quote_link_pairs.py ../shared/data --cache FILE [--gold DIR ...]
        [--years 2010,2011,2012] [--show N]

Runs ``compare``'s own alignment steps on every compare-gold story of the given years
(parse, entities, quotes, claims, profiles, the same-fact scores and the fact units:
:func:`newsprism.compare.story._probability`) and caches each story's claims, their
linked probability, the vetoes of every pair and the gold pairs. Then, for each
candidate link (:data:`SIGNALS`), counts the cross-article pairs it fires on that the
runtime leaves under the threshold and no hard veto stops: gold pairs (recall gained)
and non-gold pairs (precision lost), and how many of them a veto would stop. Writes
nothing but the cache.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from collections import Counter
from pathlib import Path

import numpy as np

from newsprism.compare import story as story_mod
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold

ROOT = Path(__file__).resolve().parents[1]


def story_cache(story) -> dict:
    """One gold story as ``compare`` reads it: claims, linked probability, features."""
    articles = list(story.articles.values())
    docs = story_mod._parse_articles(articles)
    entities = story_mod._story_entities(articles, docs, set())
    spans = story_mod._statement_spans(docs)
    quotes = story_mod.resolve_quotes(spans, entities)
    claims = story_mod._story_claims(articles, docs, entities, set())
    model = get_embedder("static")
    vectors = story_mod._encode(model, [c.text for c in claims])
    profiles = story_mod.claim_profiles(docs, claims, story_mod.quoted_speakers(spans, quotes),
                                        entities.mentions, story_mod.quotation_spans(quotes))
    linked, _, _ = story_mod._probability(claims, vectors, profiles, False, docs, model,
                                          entities.mentions)
    features = pair_features(profiles, vectors)
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    gold = story.shared_pairs()
    n = len(claims)
    is_gold = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(n):
            if claims[i].article_id != claims[j].article_id:
                is_gold[i, j] = any(frozenset((x, y)) in gold for x in refs[i] for y in refs[j])
    return {"texts": [c.text for c in claims], "article": [c.article_id for c in claims],
            "linked": linked, "features": features, "gold": is_gold,
            "profiles": profiles, "entities": [set(p.entities) for p in profiles],
            "people": [set(c.people) for c in claims],
            "person_words": {w.lower() for e in entities.entities if e.type == "PERSON"
                             for w in e.name.split()}}


_FUNCTION = frozenset("the a an of to in and or for on at by with that this is was be are were "
                      "he she it they his her their its we i you our your my me him them us "
                      "said says mr ms not no as from has have had will would do does did "
                      "but if so there than then what who which about up out over"
                      .split())  # fmt: skip


_TOKEN = r"[\w$%]+(?:[-'’.][\w]+)*"


def quoted_tokens(text: str) -> list[str]:
    """The sentence's words inside quotation marks (the project's one finder)."""
    from newsprism.extract.quotes.marks import quoted_spans

    return [m.group().lower() for m in re.finditer(r"[\w$%]+(?:[-'’.][\w]+)*", text)
            if any(a <= m.start() < b for a, b in quoted_spans(text))]


def runs(words: list[str], k: int, content: int) -> set[tuple[str, ...]]:
    """Runs of ``k`` words with ``content`` or more that are not function words."""
    return {tuple(words[x : x + k]) for x in range(len(words) - k + 1)
            if sum(w not in _FUNCTION for w in words[x : x + k]) >= content}


def _sharing(sets: list[set]) -> np.ndarray:
    """Pairs whose sets share an item (symmetric, no diagonal)."""
    n = len(sets)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(i + 1, n):
            if sets[i] & sets[j]:
                out[i, j] = out[j, i] = True
    return out


def signal_quote(cache: dict, k: int, content: int) -> np.ndarray:
    """Both sentences print one run of quoted words."""
    sets = [runs(quoted_tokens(t), k, content) for t in cache["texts"]]
    return _sharing(sets)


def signal_quote_rare(cache: dict, k: int, content: int) -> np.ndarray:
    """Both sentences print one run of quoted words that no other sentence of either
    article prints (quoted or not): the two outlets' one print of one statement."""
    texts = cache["texts"]
    words = [[m.group().lower() for m in re.finditer(_TOKEN, t)] for t in texts]
    everywhere = [runs(w, k, 0) for w in words]
    per_article = Counter((a, r) for a, rs in zip(cache["article"], everywhere, strict=True)
                          for r in rs)
    sets = [{r for r in runs(quoted_tokens(t), k, content) if per_article[(a, r)] == 1}
            for t, a in zip(texts, cache["article"], strict=True)]
    return _sharing(sets)


def signal_quote_rare_voice(cache: dict, k: int, content: int) -> np.ndarray:
    """:func:`signal_quote_rare`, and the two quotes' speakers (the quote extractor's,
    however found) are not two different ones."""
    voices = [p.voices | p.speakers for p in cache["profiles"]]
    apart = np.array([[bool(a and b and not a & b) for b in voices] for a in voices])
    return signal_quote_rare(cache, k, content) & ~apart


def signal_quote_one_side(cache: dict, k: int, content: int) -> np.ndarray:
    """One sentence quotes a run of words that the other prints, quoted or not."""

    quoted = [runs(quoted_tokens(t), k, content) for t in cache["texts"]]
    plain = [runs([m.group().lower() for m in re.finditer(r"[\w$%]+(?:[-'’.][\w]+)*", t)],
                  k, content) for t in cache["texts"]]
    n = len(quoted)
    out = np.zeros((n, n), dtype=bool)
    for i in range(n):
        for j in range(n):
            if i != j and quoted[i] & plain[j]:
                out[i, j] = out[j, i] = True
    return out


SIGNALS = {
    **{f"quote-both k{k} c{c}": (signal_quote, (k, c)) for k, c in
       [(2, 2), (3, 2), (3, 3), (4, 2), (4, 3), (5, 3)]},
    **{f"quote-rare k{k} c{c}": (signal_quote_rare, (k, c)) for k, c in
       [(2, 2), (3, 1), (3, 2), (3, 3), (4, 2)]},
    **{f"quote-rare-voice k{k} c{c}": (signal_quote_rare_voice, (k, c)) for k, c in
       [(2, 2), (3, 2)]},
    **{f"quote-one-side k{k} c{c}": (signal_quote_one_side, (k, c)) for k, c in
       [(3, 3), (4, 3), (5, 3)]},
}


def measure(caches: list[dict], threshold: float, vetoes: tuple[str, ...], show: int) -> None:
    """Per signal: gold / non-gold pairs it would add (not yet linked, no hard veto)."""
    for name, (fn, args) in SIGNALS.items():
        count = Counter()
        shown = []
        for cache in caches:
            fired = fn(cache, *args)
            article = np.array(cache["article"])
            cross = article[:, None] != article[None, :]
            vetoed = np.zeros_like(fired)
            for v in vetoes:
                vetoed |= cache["features"][v] > 0
            new = np.triu(fired & cross & (cache["linked"] < threshold), 1)
            for i, j in zip(*np.nonzero(new), strict=True):
                which = [v for v in vetoes if cache["features"][v][i, j] > 0]
                key = ("gold" if cache["gold"][i, j] else "false") + (
                    " vetoed " + "+".join(which) if which else "")
                count[key] += 1
                if len(shown) < show:
                    shown.append((key, cache["texts"][i], cache["texts"][j]))
            count["fired"] += int(np.triu(fired & cross, 1).sum())
            count["fired gold"] += int(np.triu(fired & cross & cache["gold"], 1).sum())
        print(name, json.dumps(dict(count)))
        for key, a, b in shown:
            print(f"   [{key}] A: {a[:150]}\n        B: {b[:150]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, action="append")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    years = set(args.years.split(","))
    if args.cache.exists():
        caches = pickle.loads(args.cache.read_bytes())
    else:
        caches = [story_cache(s)
                  for gold in args.gold or [ROOT / "gold" / "compare-basil"]
                  for s in load_compare_gold(gold, args.data / "basil")
                  if next(iter(s.docs.values())).year in years]  # fmt: skip
        args.cache.write_bytes(pickle.dumps(caches))
    model = load_same_fact_model()
    measure(caches, model.threshold, model.vetoes, args.show)


if __name__ == "__main__":
    main()


def grouped_pairs(cache: dict, probability: np.ndarray, threshold: float) -> set:
    """Cross-article claim pairs inside one predicted fact (complete link)."""
    from newsprism.compare.same_fact import complete_link_groups

    groups = complete_link_groups(probability, threshold, cache["article"])
    return {(i, j) for g in groups for i in g for j in g
            if i < j and cache["article"][i] != cache["article"][j]}  # fmt: skip


def measure_grouped(caches: list[dict], signal, threshold: float, vetoes: tuple[str, ...],
                    show: int) -> dict:  # fmt: skip
    """The grouped pairs a link changes: gold and false pairs gained and lost."""
    count, shown = Counter(), 0
    for cache in caches:
        fired = signal(cache)
        for v in vetoes:
            fired &= ~(cache["features"][v] > 0)
        before = grouped_pairs(cache, cache["linked"], threshold)
        linked = cache["linked"].copy()
        linked[fired] = np.maximum(linked[fired], np.float32(threshold))
        after = grouped_pairs(cache, linked, threshold)
        for kind, pairs in (("gained", after - before), ("lost", before - after)):
            for i, j in sorted(pairs):
                key = f"{kind} {'gold' if cache['gold'][i, j] else 'false'}"
                count[key] += 1
                if shown < show:
                    shown += 1
                    print(f"   [{key}] A: {cache['texts'][i][:200]}")
                    print(f"        B: {cache['texts'][j][:200]}")
        count["before gold"] += sum(bool(cache["gold"][i, j]) for i, j in before)
        count["before"] += len(before)
    return dict(count)
