"""Which signals tell a right "possibly shared" partner from a wrong one? (session 25)

A ``check`` hedge is shown beside its first sentence worth checking (compare/unique.py).
On the dev golds that partner was the gold's 50 times of 107 (compare-basil-train) and
docs/eval-compare.md "Session 24: possibly shared partners" found nothing that separates
the rest. This script runs every gold story once (scripts/hedge_partner_study.py's
catch of the unique check's inputs), and writes, for each near sentence of each hedged
fact, every signal a rule could compute at run time beside the gold's word (``mate``):

- the session-24 row (``why``, ``probability``, ``prospect``, ``opposite``, names,
  figures and content words in common, their share, the vetoes set);
- ``rare_names``: story entities both name that at most :data:`RARE` of the story's
  sentences name (a name every sentence carries says nothing of the fact);
- ``numbers``: numbers as written in both (the same-fact profiles'); ``specific``;
- ``quote_words``: content words both put inside quotation marks;
- ``subject``: a clause subject (compare/events.py's key) in both; ``predicate``: a main
  verb in both; ``verbs``: the two main verb sets, for reading;
- ``minilm``: the cosine of the two sentences' MiniLM (``minilm-onnx``) embeddings;
- ``len_fact``, ``len_near`` (words) and the same-fact features of the pair (``f_*``).

``--fit`` then reads the rows of the 2010–12 stories (``--years``): the partner shown
first under each candidate rule, right or wrong, and a logistic over the signals,
cross-validated by story (each story's rows scored by a fit on the others).

    python scripts/partner_signals_study.py ../shared/data gold/compare-basil-train OUT.jsonl
    python scripts/partner_signals_study.py ../shared/data gold/compare-basil OUT2.jsonl \
        --years 2010 2011 2012 --fit
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import hedge_partner_study as hps  # noqa: E402

from newsprism.compare import align as align_module  # noqa: E402
from newsprism.compare import story as story_module  # noqa: E402
from newsprism.embeddings import get_embedder  # noqa: E402
from newsprism.eval.compare_gold import load_compare_gold  # noqa: E402

RARE = 0.15  # a name in at most this share of the story's sentences is rare
_QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")
_STATE: dict[str, Any] = {}


def _quote_words(text: str, lemmas: set[str]) -> set[str]:
    """The content lemmas of ``text`` that stand inside quotation marks (as written,
    lower-cased words matched against the sentence's lemmas)."""
    inside = {w.lower() for q in _QUOTED.findall(text) for w in re.findall(r"[\w'-]+", q)}
    return {lemma for lemma in lemmas if lemma in inside}


def _subjects(unit: Any) -> set[str]:
    return {event[0] for event in unit.events if event[0]}


def _extra(fact: Any, other: Any) -> dict[str, Any]:
    """The session-25 signals of one near sentence (module state: the story's claims,
    profiles, features and MiniLM embeddings, caught in :func:`collect`)."""
    row, units, feats = _STATE["row"], _STATE["units"], _STATE["features"]
    minilm, freq, n = _STATE["minilm"], _STATE["freq"], _STATE["n"]
    j = row[other.id]
    best: dict[str, Any] = {}
    for mine in fact.claims:
        i = row[mine.id]
        a, b = units[i], units[j]
        shared = set(mine.people + mine.places + mine.organisations) & set(
            other.people + other.places + other.organisations)
        values = {
            "rare_names": sum(1 for e in shared if freq.get(e, 0) <= max(2, RARE * n)),
            "numbers": len(a.numbers & b.numbers), "specific": len(a.specific & b.specific),
            "quote_words": len(_quote_words(mine.text, a.lemmas)
                               & _quote_words(other.text, b.lemmas)),
            "subject": int(bool(_subjects(a) & _subjects(b))),
            "predicate": int(bool(a.predicates & b.predicates)),
            "minilm": float(minilm[i] @ minilm[j]),
            "len_fact": len(a.words), "len_near": len(b.words),
            **{f"f_{k}": float(v[i, j]) for k, v in feats.items()}}
        for key, value in values.items():
            if key.startswith("len_"):
                best.setdefault(key, value)
            else:
                best[key] = max(best.get(key, value), value)
        best.setdefault("verbs", f"{sorted(a.predicates)} / {sorted(b.predicates)}")
    return best


def collect(data_dir: Path, gold_dir: Path) -> list[dict[str, Any]]:
    """Every gold story run once; one row per hedged fact (hedge_partner_study's rows
    with :func:`_extra` on each near sentence)."""
    rows: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    original, original_features = story_module.recheck_unique, align_module.pair_features
    embedder = get_embedder("minilm-onnx")

    def spy(facts, claims, lemmas, scores=None, probability=None, opposite=None,
            prospect=None):  # fmt: skip
        _STATE["row"] = {c.id: i for i, c in enumerate(claims)}
        _STATE["minilm"] = embedder.encode([c.text for c in claims])
        _STATE["n"] = len(claims)
        freq: dict[str, int] = {}
        for c in claims:
            for e in set(c.people + c.places + c.organisations):
                freq[e] = freq.get(e, 0) + 1
        _STATE["freq"] = freq
        found = hps.hedge_rows(current["gold"], facts, claims, lemmas, scores, probability,
                               opposite, prospect)
        by_id = {c.id: c for c in claims}
        fact_of = {f.claims[0].text: f for f in facts if f.status == "unique"}
        for r in found:
            r["near"] = [{**n, **_extra(fact_of[r["text"]], by_id[_claim_id(n, claims)])}
                         for n in r["near"]]
        rows.extend(found)
        return original(facts, claims, lemmas, scores, probability, opposite,
                        prospect=prospect)

    def features_spy(units, *args, **kwargs):
        features = original_features(units, *args, **kwargs)
        if "story" not in hps._FEATURES:
            hps._FEATURES["story"] = features
            _STATE["units"], _STATE["features"] = list(units), features
        return features

    story_module.recheck_unique, align_module.pair_features = spy, features_spy
    try:
        for gold in load_compare_gold(gold_dir, data_dir / "basil"):
            current["gold"] = gold
            hps._FEATURES.clear()
            story_module.analyze_story(list(gold.articles.values()))
            print(f"{gold.triplet[:8]}: {len(rows)} rows so far", file=sys.stderr)
    finally:
        story_module.recheck_unique, align_module.pair_features = original, original_features
    return rows


def _claim_id(near: dict[str, Any], claims: list) -> str:
    """The near row's claim id (hedge_partner_study keeps the sentence, not the id)."""
    return next(c.id for c in claims if c.text == near["sentence"])


def _worth(near: dict[str, Any]) -> bool:
    """The shipped rule (compare/unique.worth_checking) read from a study row."""
    return hps._worth(near, "kept", False)


def _by_probability(near: dict[str, Any]) -> float:
    return -near["probability"]


def _by_tfidf(near: dict[str, Any]) -> float:
    return -near["f_tfidf"]


def shown(rows: list[dict[str, Any]], keep: Any, order: Any = _by_probability
          ) -> tuple[int, int, int]:  # fmt: skip
    """Under a partner test ``keep``: facts shown with a partner, the right ones, the
    wrong ones (the first sentence worth checking that ``keep`` passes, in ``order``,
    is shown; the shipped order before session 25 is by probability)."""
    right = wrong = 0
    for row in rows:
        worth = sorted((n for n in row["near"] if _worth(n) and keep(n)), key=order)
        if worth:
            right += bool(worth[0]["mate"])
            wrong += not worth[0]["mate"]
    return right + wrong, right, wrong


SIGNALS = ("probability", "words", "share", "names", "rare_names", "figures", "numbers",
           "specific", "quote_words", "subject", "predicate", "minilm", "len_fact",
           "len_near", "f_tfidf", "f_cosine", "f_coverage", "f_verb_overlap",
           "f_entity_jaccard", "f_lemma_jaccard", "f_length_ratio")  # fmt: skip


def _matrix(nears: list[dict[str, Any]]) -> np.ndarray:
    x = np.array([[float(n.get(s, 0) or 0) for s in SIGNALS] for n in nears])
    return np.column_stack([x, [n["why"] == "score" for n in nears],
                            [bool(n.get("prospect")) for n in nears]])


def logistic_by_story(rows: list[dict[str, Any]], c: float = 1.0) -> dict[int, float]:
    """Each worth-checking near row's score from a logistic fitted on the other stories
    (keyed by ``id()`` of the row)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scored: dict[int, float] = {}
    stories = sorted({r["triplet"] for r in rows})
    for held in stories:
        train = [n for r in rows if r["triplet"] != held for n in r["near"] if _worth(n)]
        test = [n for r in rows if r["triplet"] == held for n in r["near"] if _worth(n)]
        if not test:
            continue
        scaler = StandardScaler().fit(_matrix(train))
        model = LogisticRegression(C=c, max_iter=2000).fit(
            scaler.transform(_matrix(train)), [n["mate"] for n in train])
        for n, p in zip(test, model.predict_proba(scaler.transform(_matrix(test)))[:, 1],
                        strict=True):
            scored[id(n)] = float(p)
    return scored


def signal_table(rows: list[dict[str, Any]]) -> list[str]:
    """The mean of each signal over the partners shown first, right and wrong."""
    first = []
    for row in rows:
        worth = sorted((n for n in row["near"] if _worth(n)), key=lambda n: -n["probability"])
        if worth:
            first.append(worth[0])
    lines = []
    for s in (*SIGNALS, "subject", "predicate"):
        r = [float(n.get(s, 0) or 0) for n in first if n["mate"]]
        w = [float(n.get(s, 0) or 0) for n in first if not n["mate"]]
        lines.append(f"{s:18} right {np.mean(r):7.3f} (n {len(r)})  wrong {np.mean(w):7.3f}"
                     f" (n {len(w)})")
    return lines


def _tfidf_at(bar: float) -> Any:
    return lambda n: n["f_tfidf"] >= bar


def fit_table(rows: list[dict[str, Any]]) -> list[str]:
    """The candidate rules on ``rows`` (shown, right, wrong), then the kept one's bar
    chosen by story: each story scored with the bar that, on the other stories, shows
    the fewest wrong partners keeping 90 % of the right ones (the TF-IDF order)."""
    lines = [f"shipped: {shown(rows, lambda n: True)}"]
    for bar in (0.15, 0.16, 0.17, 0.175, 0.18, 0.19, 0.2):
        lines.append(f"tfidf >= {bar}: by probability {shown(rows, _tfidf_at(bar))}, "
                     f"closest first {shown(rows, _tfidf_at(bar), _by_tfidf)}")
    for c in (0.1, 1.0):
        scored = logistic_by_story(rows, c)
        for bar in (0.3, 0.4, 0.5):
            lines.append(f"logistic C={c} >= {bar} (by story): "
                         f"{shown(rows, lambda n, s=scored, b=bar: s.get(id(n), 1.0) >= b)}")
    total = np.zeros(3, dtype=int)
    bars = [b / 1000 for b in range(120, 240, 5)]
    for story in sorted({r["triplet"] for r in rows}):
        train = [r for r in rows if r["triplet"] != story]
        floor = 0.9 * shown(train, lambda n: True)[1]
        fits = [(shown(train, _tfidf_at(b), _by_tfidf), b) for b in bars]
        bar = min((f[2], b) for f, b in fits if f[1] >= floor)[1]
        total += shown([r for r in rows if r["triplet"] == story], _tfidf_at(bar), _by_tfidf)
    lines.append(f"tfidf bar chosen by story, closest first: {tuple(int(t) for t in total)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, nargs="*")
    parser.add_argument("--more", type=Path, nargs="*", default=[],
                        help="other rows files read with these (--fit on both golds)")
    parser.add_argument("--fit", action="store_true", help="the candidate rules' table")
    args = parser.parse_args(argv)
    if args.out.exists():
        rows = [json.loads(line) for line in args.out.read_text().splitlines()]
    else:
        rows = collect(args.data, args.gold)
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    for more in args.more:
        rows += [json.loads(line) for line in more.read_text().splitlines()]
    if args.years:
        rows = [r for r in rows if r["year"] in args.years]
    print(f"{len(rows)} hedged facts; shown (all, right, wrong): {shown(rows, lambda n: True)}")
    print("\n".join(signal_table(rows)))
    if args.fit:
        print("\n".join(fit_table(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
