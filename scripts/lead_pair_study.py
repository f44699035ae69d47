"""Session 24's measurement of lead pairs (issue 12, shared-fact recall): how often the
gold calls two reports' lead sentences one fact, by the same-fact model's score band and
by simple evidence, on the dev golds only.

    python scripts/lead_pair_study.py ../shared/data OUT.jsonl
    python scripts/lead_pair_study.py --table OUT.jsonl

The first form runs ``compare`` (the runtime path, :func:`newsprism.compare.story.
analyze_story`) on every story of ``gold/compare-basil-train`` and on the 2010-2012
stories of ``gold/compare-basil`` (its tuned years; 2013-2014 stay held out), and writes
one JSON line per cross-article pair of opening sentences: each article's lead (its
first body sentence, the one compare/lead.py reads) against the other article's lead
(``kind`` "lead-lead") and against its second and third sentences ("lead-opening"),
with the gold label, the model's probability before any rule (``raw``) and after the
links, vetoes and fact units (``linked``, what grouping reads), whether the output
shares the pair (with the lead rule of compare/lead_pairs.py off), and the evidence of
:func:`evidence`. The second form prints the tables of docs/compare.md "Leads that
state one event (session 24)". Writes nothing else.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.cluster.terms import STOP_WORDS
from newsprism.compare import lead_pairs
from newsprism.compare import story as story_module
from newsprism.compare.lead_pairs import CLASHES, opening_indices
from newsprism.compare.pairs import pair_features
from newsprism.eval.compare_gold import GoldStory, load_compare_gold

ROOT = Path(__file__).resolve().parents[1]
DEV_YEARS = {"2010", "2011", "2012"}
_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


def _capture(articles: list) -> dict[str, Any]:
    """The story's compare JSON, with the claims, profiles and probabilities that its
    alignment read (``align_claims`` and ``same_fact_scores`` wrapped, not changed)."""
    seen: dict[str, Any] = {}
    real_align, real_scores = story_module.align_claims, story_module.same_fact_scores

    def align(claims, vectors, profiles, **kwargs):
        seen.update(claims=claims, vectors=vectors, profiles=profiles,
                    linked=kwargs["probability"])
        return real_align(claims, vectors, profiles, **kwargs)

    def scores(*args, **kwargs):
        probability, raw = real_scores(*args, **kwargs)
        seen["raw"] = raw
        return probability, raw

    story_module.align_claims, story_module.same_fact_scores = align, scores
    try:
        seen["output"] = story_module.analyze_story(articles).as_dict()
    finally:
        story_module.align_claims, story_module.same_fact_scores = real_align, real_scores
    return seen


def evidence(a: Any, b: Any, features: dict[str, np.ndarray], i: int, j: int,
             titles: tuple[str, str]) -> dict[str, Any]:  # fmt: skip
    """The simple evidence of one pair: titles echo (share of the shorter title's stems
    in the other), a shared story entity (and a shared entity among the names the lead
    opens with), a shared main predicate or full verb, a shared number, and the clash
    features set."""
    ta, tb = _stems(titles[0]), _stems(titles[1])
    echo = len(ta & tb) / max(min(len(ta), len(tb)), 1)
    return {
        "title_echo": round(echo, 3),
        "entity": bool(a.entities & b.entities),
        "people": bool(a.people & b.people),
        "predicate": bool(a.predicates & b.predicates),
        "verb": bool(a.verbs & b.verbs),
        "number": bool(a.specific & b.specific) or bool(a.numbers & b.numbers),
        "tfidf": round(float(features["tfidf"][i, j]), 3),
        "lemma_overlap": round(float(features["lemma_overlap"][i, j]), 3),
        "clashes": [name for name in CLASHES if features[name][i, j] > 0],
        "event_link": bool(features["event_link"][i, j] > 0),
    }


def story_rows(story: GoldStory) -> list[dict[str, Any]]:
    """One row per cross-article (lead, opening sentence) pair of the story."""
    articles = list(story.articles.values())
    seen = _capture(articles)
    claims, profiles = seen["claims"], seen["profiles"]
    features = pair_features(profiles, seen["vectors"])
    by_id = {a.id: a for a in articles}
    opening = opening_indices(articles, claims)
    refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
    gold = story.shared_pairs()
    shared = _output_pairs(seen["output"])
    rows = []
    for aid, mine in opening.items():
        leads = [k for k in mine if claims[k].sentence_index == claims[mine[0]].sentence_index]
        for bid, theirs in opening.items():
            if bid == aid:
                continue
            other_lead = claims[theirs[0]].sentence_index
            for i in leads:
                for j in theirs:
                    kind = "lead-lead" if claims[j].sentence_index == other_lead else "lead-opening"
                    if kind == "lead-lead" and bid < aid:
                        continue  # each lead-lead pair once
                    pairs = {frozenset((x, y)) for x in refs[i] for y in refs[j] if x[0] != y[0]}
                    ids = tuple(sorted((claims[i].id, claims[j].id)))
                    rows.append({
                        "story": story.triplet[:8], "kind": kind,
                        "a": claims[i].text, "b": claims[j].text,
                        "gold": bool(pairs & gold), "shown": ids in shared,
                        "raw": round(float(seen["raw"][i, j]), 3),
                        "linked": round(float(seen["linked"][i, j]), 3),
                        **evidence(profiles[i], profiles[j], features, i, j,
                                   (by_id[aid].title or "", by_id[bid].title or "")),
                    })  # fmt: skip
    return rows


def _output_pairs(output: dict[str, Any]) -> set:
    """The (article id, sentence index) pairs the output's shared facts put together."""
    found = set()
    for fact in output["claims"]:
        if fact["status"] not in ("shared", "partly_shared"):
            continue
        ev = fact["evidence"]
        for x in ev:
            for y in ev:
                if x["article_id"] != y["article_id"]:
                    found.add(tuple(sorted((x["claim_id"], y["claim_id"]))))
    return found


def dev_stories(data: Path) -> list[GoldStory]:
    """The dev stories: all of compare-basil-train, compare-basil's 2010-2012."""
    basil = data / "basil"
    train = load_compare_gold(ROOT / "gold" / "compare-basil-train", basil)
    main = [s for s in load_compare_gold(ROOT / "gold" / "compare-basil", basil)
            if next(iter(s.docs.values())).year in DEV_YEARS]  # fmt: skip
    return train + main


def main(argv: list[str]) -> None:
    if argv[0] == "--table":
        from lead_pair_table import print_tables

        with Path(argv[1]).open() as handle:
            print_tables([json.loads(line) for line in handle])
        return
    data, out = Path(argv[0]), Path(argv[1])
    lead_pairs.LEAD_PAIRS = False  # the output as it was: ``shown`` is before the rule
    with out.open("w") as handle:
        for story in dev_stories(data):
            for row in story_rows(story):
                handle.write(json.dumps(row) + "\n")
            handle.flush()
            print(story.triplet[:8], file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
