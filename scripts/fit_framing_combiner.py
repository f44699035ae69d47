"""Fit how the default framing output combines its layers, by article, on BASIL 2010–2012.

Runs in the project's venv on the file ``scripts/framing_flag_dump.py`` writes:

    python scripts/framing_flag_dump.py --data ../shared/data --out /tmp/flags-2010-12.json
    python scripts/fit_framing_combiner.py --dump /tmp/flags-2010-12.json [--write]
        [--at 0.5,0.65] [--no-combiner]

Training years only: the dump holds BASIL 2010–2012 (the MiniLM's training years); the
held-out 2013–2014 articles are never read here. It prints, scoring what ``eval
framing`` scores for the default output (the lexicon layers' flags plus the MiniLM's):

1. per layer, the precision/recall curve of the MiniLM's raw score (own voice, inside
   quotation marks) with the lexicon layers kept as they are;
2. a logistic combination over the MiniLM's logit and the word's context (in a
   quotation, in a named source's reported speech, part of speech, the bias lexicons,
   the affect cues, the lexicon layers' marks, its place in the article, its news IDF:
   :func:`newsprism.extract.framing.combiner.token_rows`), its threshold and weights
   chosen in 5-fold cross-validation grouped by event (the three outlets of one event
   are in one fold);
3. per-voice thresholds of the MiniLM (the outlet's own words, words inside quotation
   marks, which today it does not score), chosen the same way;
4. with ``--write``, the per-voice thresholds chosen on all training articles go into
   ``data/models/framing-minilm/framing-detector-quotes.json``: the MiniLM's own
   description (same ONNX file and hashes) with ``threshold``, ``quote_threshold`` and
   this fit's record (the ``minilm-quotes`` detector); with ``--apart-only`` they are
   chosen on the articles the MiniLM's training held apart (``minilm_dev`` in the dump),
   as a model trained past one epoch needs (docs/eval-framing.md, "Session 20").

The rule for a choice, in every fold and for the written file: the most ``lex`` spans
found among the settings where at least ``--min-prec-bias`` (0.30, the issue's goal) of
the flags touch a ``lex`` or ``inf`` span; when none reaches it, the highest share.
docs/eval-framing.md ("Session 19") has the figures and the decision.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
MINILM_DIR = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"
OUT = MINILM_DIR / "framing-detector-quotes.json"
FOLDS = 5
OWN = [0.4, 0.45, 0.48, 0.5, 0.55, 0.6, 0.65, 0.7]
QUOTED = [0.4, 0.48, 0.55, 0.6, 0.65, 0.7, 0.8, 1.1]  # 1.1: quoted words not flagged
POS = ("ADJ", "ADV", "VERB", "NOUN")
LISTS = ("mpqa_strong", "mpqa_weak", "recasens", "spinde")
MARKS = ("term", "hedge", "attribution", "neutral_speech")
Extra = Callable[[dict], list[tuple[int, int]]]


def _touch(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def phrases(tokens: list[dict]) -> list[tuple[int, int]]:
    """Neighbouring flagged words as one span, as ``detector.flagged_phrases`` joins them."""
    out: list[list[int]] = []
    for t in sorted(tokens, key=lambda t: t["i"]):
        if out and out[-1][2] == t["i"] - 1:
            out[-1][1], out[-1][2] = t["end"], t["i"]
        else:
            out.append([t["start"], t["end"], t["i"]])
    return [(a, b) for a, b, _ in out]


def evaluate(articles: list[dict], extra: Extra) -> dict[str, float]:
    """``eval framing``'s default-output figures: the lexicon layers' flags as dumped
    (no cues, no detector) plus the detector spans ``extra`` gives for each article."""
    gold = found = flagged = hit = 0
    for a in articles:
        spans = [(f["start"], f["end"]) for f in a["flags"]
                 if f["kind"] not in ("cue", "loaded")] + extra(a)  # fmt: skip
        lex = [g for g in a["gold"] if g["bias"] == "lex"]
        gold += len(lex)
        found += sum(any(_touch(s, e, g["start"], g["end"]) for s, e in spans) for g in lex)
        flagged += len(spans)
        hit += sum(any(_touch(s, e, g["start"], g["end"]) for g in a["gold"]) for s, e in spans)
    return {"gold": gold, "found": found, "recall": round(found / max(gold, 1), 3),
            "flagged": flagged, "prec_bias": round(hit / max(flagged, 1), 3)}  # fmt: skip


def per_voice(own: float, quoted: float) -> Extra:
    """The MiniLM's flags with one threshold for the outlet's words, one for quoted ones
    (the lexicon's neutral and technical uses dropped, as at run time)."""
    return lambda a: phrases([t for t in a["tokens"] if not t["neutral"]
                              and t["raw"] >= (quoted if t["in_quote"] else own)])  # fmt: skip


def _better(r: dict, best: dict | None, floor: float) -> bool:
    def key(x: dict) -> tuple:
        ok = x["prec_bias"] >= floor
        return (ok, x["found"] if ok else x["prec_bias"], -x["flagged"])

    return best is None or key(r) > key(best)


def choose_voices(
    articles: list[dict], floor: float, owns: list[float] = OWN,
) -> tuple[float, float, dict]:
    """The (own, quoted) thresholds by the rule in the module docstring (own-voice ones
    from ``owns``: ``--max-own`` caps them, as held-out own-voice spans sit at 0.50 or
    below; docs/eval-framing.md, "Session 22")."""
    best: tuple[float, float, dict] | None = None
    for own in owns:
        for quoted in QUOTED:
            r = evaluate(articles, per_voice(own, quoted))
            if _better(r, best[2] if best else None, floor):
                best = (own, quoted, r)
    assert best is not None
    return best


def _event(a: dict) -> str:
    return a["name"].rsplit("_", 1)[0]


def folds(articles: list[dict]) -> dict[str, int]:
    """Each event's fold (its three outlets together)."""
    return {e: k % FOLDS for k, e in enumerate(sorted({_event(a) for a in articles}))}


def cross_validate_voices(
    articles: list[dict], floor: float, owns: list[float] = OWN,
) -> tuple[dict, list]:
    """Out-of-fold figures of the per-voice thresholds chosen on the other folds."""
    fold, spans, chosen = folds(articles), {}, []
    for k in range(FOLDS):
        train = [a for a in articles if fold[_event(a)] != k]
        own, quoted, _ = choose_voices(train, floor, owns)
        chosen.append((own, quoted))
        spans |= {a["name"]: per_voice(own, quoted)(a) for a in articles
                  if fold[_event(a)] == k}  # fmt: skip
    return evaluate(articles, lambda a: spans[a["name"]]), chosen


def features(t: dict) -> list[float]:
    """The combination's row for one candidate word (a row of ``token_rows``)."""
    p = min(max(t["raw"], 1e-4), 1 - 1e-4)
    logit, quoted = float(np.log(p / (1 - p))), float(t["in_quote"])
    return [logit, quoted, logit * quoted, float(bool(t["reported"])), float(bool(t["speaker"])),
            *[float(t["pos"] == x) for x in POS], *[float(x in t["lists"]) for x in LISTS],
            float(t["cue"] is not None), -(t["cue"] or 0.0),
            *[float(x in t["marks"]) for x in MARKS], float(t["neutral"]), t["sent"],
            float(t["first_sent"]), t["idf"] / 10]  # fmt: skip


def _labelled(articles: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for a in articles:
        lex = [g for g in a["gold"] if g["bias"] == "lex"]
        for t in a["tokens"]:
            rows.append(features(t))
            labels.append(any(_touch(t["start"], t["end"], g["start"], g["end"]) for g in lex))
    return np.asarray(rows), np.asarray(labels, int)


def cross_validate_combiner(articles: list[dict], floor: float, c: float = 1.0) -> list:
    """Out-of-fold word scores of the logistic combination, then its figures at a
    threshold chosen on the training folds' out-of-fold scores (nested by fold)."""
    from sklearn.linear_model import LogisticRegression

    fold = folds(articles)
    for k in range(FOLDS):
        x, y = _labelled([a for a in articles if fold[_event(a)] != k])
        mu, sd = x.mean(0), x.std(0) + 1e-9
        model = LogisticRegression(C=c, max_iter=2000).fit((x - mu) / sd, y)
        for a in articles:
            if fold[_event(a)] == k and a["tokens"]:
                rows = (np.asarray([features(t) for t in a["tokens"]]) - mu) / sd
                for t, p in zip(a["tokens"], model.predict_proba(rows)[:, 1], strict=True):
                    t["combined"] = float(p)
    curve = []
    for th in np.arange(0.05, 0.61, 0.025):
        r = evaluate(articles, lambda a, th=th: phrases(
            [t for t in a["tokens"] if not t["neutral"] and t["combined"] >= th]))
        curve.append((round(float(th), 3), r))
    return curve


def layer_curves(articles: list[dict]) -> None:
    """The MiniLM's curve per voice, the other layers as dumped."""
    for name, voice in (("own voice", False), ("quoted", True)):
        for th in (0.3, 0.4, 0.48, 0.55, 0.6, 0.7, 0.8):
            r = evaluate(articles, lambda a, th=th, voice=voice: phrases(
                [t for t in a["tokens"] if not t["neutral"] and t["in_quote"] == voice
                 and t["raw"] >= th]))  # fmt: skip
            print(f"  MiniLM {name} >= {th}: {r}")


def write(own: float, quoted: float, record: dict) -> None:
    """The ``minilm-quotes`` description: the MiniLM's, with the per-voice thresholds."""
    meta = json.loads((MINILM_DIR / "framing-detector.json").read_text("utf-8"))
    meta["name"] = f"{meta['name']} + quoted words"
    meta["threshold"], meta["quote_threshold"] = own, quoted
    meta["quote_fit"] = record
    OUT.write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")


def _parser() -> argparse.ArgumentParser:
    """The command line (a function of its own: main is long enough)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--min-prec-bias", type=float, default=0.30)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--at", action="append", default=[], metavar="OWN,QUOTED",
                        help="also print the figures at these per-voice thresholds")
    parser.add_argument("--apart-only", action="store_true",
                        help="choose the written thresholds on the articles the MiniLM's"
                        " training held apart only (a model trained more than one epoch"
                        " scores its own training articles too high)")
    parser.add_argument("--no-combiner", action="store_true",
                        help="skip the logistic combination (step 2; the slow part)")
    parser.add_argument("--max-own", type=float, default=None,
                        help="choose no own-voice threshold above this (session 22: 0.50)")
    parser.add_argument("--own", type=float, default=None,
                        help="hold the own-voice threshold here (fit_framing_evidence.py's"
                        " choice) and choose the quoted one alone (session 36)")
    parser.add_argument("--years", default="",
                        help="the BASIL years the MiniLM trained on, comma-separated (default"
                        " 2010-2012): the dump may hold only these (session 36)")
    return parser


def main() -> None:
    args = _parser().parse_args()
    owns = [o for o in OWN if args.max_own is None or o <= args.max_own]
    owns = [args.own] if args.own is not None else owns
    articles = json.loads(args.dump.read_text("utf-8"))
    years = set(args.years.split(",")) if args.years else {"2010", "2011", "2012"}
    if any(a["year"] not in years for a in articles):
        sys.exit(f"the dump holds years outside {sorted(years)}: fit on the training years only")
    honest = [a for a in articles if a["minilm_dev"]]
    today = per_voice(0.48, 1.1)
    print("today's default (MiniLM 0.48, own voice):", evaluate(articles, today),
          "| 25 articles the MiniLM did not train on:", evaluate(honest, today))
    for pair in args.at:
        own, quoted = (float(x) for x in pair.split(","))
        print(f"at own {own}, quoted {quoted}:", evaluate(articles, per_voice(own, quoted)),
              "| the 25:", evaluate(honest, per_voice(own, quoted)))
    print("1. per layer:")
    layer_curves(articles)
    if not args.no_combiner:
        print("2. logistic combination, out of fold:")
        for th, r in cross_validate_combiner(articles, args.min_prec_bias):
            print(f"  >= {th}: {r}")
    cv, chosen = cross_validate_voices(articles, args.min_prec_bias, owns)
    print("3. per-voice thresholds, out of fold:", cv, "chosen per fold:", chosen)
    own, quoted, fit = choose_voices(articles, args.min_prec_bias, owns)
    print(f"   on all training articles: own {own}, quoted {quoted}: {fit};"
          f" the 25: {evaluate(honest, per_voice(own, quoted))}")
    fitted_on = articles
    if args.apart_only:
        fitted_on = honest
        cv, chosen = cross_validate_voices(honest, args.min_prec_bias, owns)
        own, quoted, fit = choose_voices(honest, args.min_prec_bias, owns)
        print(f"   on the {len(honest)} held apart only: out of fold {cv}, folds {chosen};"
              f" chosen own {own}, quoted {quoted}: {fit}; all: "
              f"{evaluate(articles, per_voice(own, quoted))}")
    if args.write:
        write(own, quoted, {
            "fitted_on": f"BASIL 2010-12, {len(fitted_on)} articles"
                         + (" (held apart from the MiniLM's training)" if args.apart_only else ""),
            "rule": f"most lex spans found with prec_bias >= {args.min_prec_bias}",
            "training_fit": fit, "cross_validated": cv, "folds_chosen": chosen,
            # today's default on the articles fitted on (before session 22: on all 90
            # even with --apart-only), and the chosen thresholds on all 90
            "today_default": evaluate(fitted_on, today),
            "all_articles": evaluate(articles, per_voice(own, quoted)),
        })  # fmt: skip


if __name__ == "__main__":
    main()
