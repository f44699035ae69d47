"""Plain words learned from the training years: flagged in many events, seldom near gold.

Runs in the project's venv on the file ``scripts/framing_flag_dump.py`` writes (BASIL
2010–2012 only, the training years):

    python scripts/fit_framing_plain.py --dump /tmp/flags-2010-12.json

Session 21 (issue 14) asks for the cheapest general signal of a plain own-voice word
("fraud" in "claims of election fraud", "repel", "wrought", "reiterating"): a lemma the
default detector flags in the outlet's voice in at least ``m`` events and whose flags
touch a BASIL ``lex`` or ``inf`` span at most a share ``r`` of the time is plain, and
is no longer flagged in the outlet's voice. The list is learned from the training
folds' flags only and scored on the held-out fold (5 folds by event, the three outlets
of one event together); ``(m, r)`` is chosen inside the training folds by a second,
inner cross-validation by event (the list is always perfect on the articles it was
learned on). The choice rule is fit_framing_voice's: at least today's ``lex`` spans,
then the highest ``prec_bias``. docs/eval-framing.md ("Session 21") has the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_framing_combiner import FOLDS, _event, _touch, evaluate, folds
from fit_framing_voice import Rules, flagged, own_voice, spans

TODAY = Rules(topic_k=3, topic_pos=("NOUN",), topic_phrase=True, unnamed=True)
MIN_EVENTS = (2, 3, 4, 5, 99)  # 99: no plain list
MAX_SHARE = (0.0, 0.1, 0.2, 0.34)


def own_flags(a: dict) -> list[dict]:
    """The outlet's own-voice candidate words today's rules flag in article ``a``."""
    lemmas = Counter(t["lemma"] for t in a["tokens"])
    return [t for t in a["tokens"] if own_voice(t, True) and flagged(t, TODAY, lemmas)]


def lemma_table(articles: list[dict]) -> dict[str, tuple[int, int, int]]:
    """For each flagged own-voice lemma: (events, flags, flags touching lex/inf)."""
    events: dict[str, set[str]] = defaultdict(set)
    n: Counter = Counter()
    hit: Counter = Counter()
    for a in articles:
        for t in own_flags(a):
            events[t["lemma"]].add(_event(a))
            n[t["lemma"]] += 1
            hit[t["lemma"]] += any(_touch(t["start"], t["end"], g["start"], g["end"])
                                   for g in a["gold"])  # fmt: skip
    return {w: (len(events[w]), n[w], hit[w]) for w in n}


def plain_list(articles: list[dict], m: int, r: float) -> frozenset[str]:
    """Lemmas flagged in ``m`` or more events whose flags touch gold at most ``r``."""
    return frozenset(w for w, (e, n, h) in lemma_table(articles).items()
                     if e >= m and h <= r * n)  # fmt: skip


def with_plain(plain: frozenset[str]):
    """Today's detector spans with the plain lemmas not flagged in the outlet's voice."""
    base = spans(TODAY)

    def run(a: dict) -> list[tuple[int, int]]:
        drop = [(t["start"], t["end"]) for t in own_flags(a) if t["lemma"] in plain]
        return [(s, e) for s, e in base(a)
                if not all(any(s <= d0 and d1 <= e for d0, d1 in drop) for d0, d1 in
                           _words(a, s, e))]  # fmt: skip

    return run


def _words(a: dict, s: int, e: int) -> list[tuple[int, int]]:
    return [(t["start"], t["end"]) for t in a["tokens"] if s <= t["start"] < e] or [(s, e)]


def out_of_fold(articles: list[dict], m: int, r: float, k_folds: int = FOLDS) -> dict:
    """Figures of the plain list learned on the other folds, for fixed ``(m, r)``."""
    fold = {e: k % k_folds for k, e in enumerate(sorted({_event(a) for a in articles}))}
    got: dict[str, list] = {}
    for k in range(k_folds):
        plain = plain_list([a for a in articles if fold[_event(a)] != k], m, r)
        got |= {a["name"]: with_plain(plain)(a) for a in articles if fold[_event(a)] == k}
    return evaluate(articles, lambda a: got[a["name"]])


def choose(articles: list[dict]) -> tuple[int, float, dict]:
    """``(m, r)`` by inner cross-validation: at least today's spans, then prec_bias."""
    ref = evaluate(articles, spans(TODAY))
    best = None
    for m in MIN_EVENTS:
        for r in MAX_SHARE:
            fig = out_of_fold(articles, m, r, k_folds=4)
            key = (fig["found"] >= ref["found"], fig["prec_bias"], -fig["flagged"])
            if best is None or key > best[0]:
                best = (key, m, r, fig)
    assert best is not None
    return best[1], best[2], best[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, required=True)
    args = parser.parse_args()
    articles = json.loads(args.dump.read_text("utf-8"))
    if any(a["year"] not in ("2010", "2011", "2012") for a in articles):
        sys.exit("the dump holds held-out years: fit on 2010-2012 only")
    print("today:", evaluate(articles, spans(TODAY)))
    for m in MIN_EVENTS[:-1]:
        for r in MAX_SHARE:
            print(f"  fixed m={m} r={r}: out of fold {out_of_fold(articles, m, r)}")
    fold, got, chosen = folds(articles), {}, []
    for k in range(FOLDS):
        train = [a for a in articles if fold[_event(a)] != k]
        m, r, _ = choose(train)
        plain = plain_list(train, m, r)
        chosen.append((m, r, len(plain)))
        got |= {a["name"]: with_plain(plain)(a) for a in articles if fold[_event(a)] == k}
    print("nested choice, out of fold:", evaluate(articles, lambda a: got[a["name"]]))
    print("   fold choices (m, r, list size):", chosen)
    table = lemma_table(articles)
    top = sorted(table.items(), key=lambda kv: (-kv[1][0], kv[1][2] / kv[1][1]))[:40]
    print("most-flagged lemmas (events, flags, touching):",
          ", ".join(f"{w} {e}/{n}/{h}" for w, (e, n, h) in top))


if __name__ == "__main__":
    main()
