"""An out-of-sample view of the framing figures on the development data (session 30).

The framing MiniLM was trained on BABE, MBIC and 65 of BASIL 2010–2012's 90 articles,
and every threshold and context rule since was chosen on those 90: their figures
flatter. Retraining is out of reach on the shared machine, so this script gives the
views that do not need it:

    python scripts/framing_flag_dump.py --data ../shared/data --out /tmp/dump.json
    python scripts/framing_dev_estimate.py basil /tmp/dump.json
    PYTHONPATH=src python scripts/framing_dev_estimate.py mbic --data ../shared/data \\
        --out /tmp/mbic.json
    python scripts/framing_dev_estimate.py show-mbic /tmp/mbic.json

``basil`` (the default output as dumped: ``lex`` spans touched, the share of flags
touching a ``lex`` or ``inf`` span) splits the 90 articles by what the MiniLM saw: the
65 it was trained on, the 25 its training held apart (split by article, so the other
outlets' reports of the same event were trained on: ``sibling`` counts the spans found
there whose words a trained sibling also has marked), and, for the MiniLM's own two
thresholds, the figures when each event's (own, quoted) thresholds are chosen on the
other events only (5 folds by event, ``fit_framing_combiner``'s rule and grid).

``mbic`` frames MBIC's sentences (each one document, as ``eval framing`` frames BABE's)
and ``show-mbic`` scores the default output and the detector alone against the crowd's
marked words, by what the MiniLM saw of the sentence: trained on (its BABE twin in
training), held apart by the training (15 %, by article), or never (the twin is in
BABE's report part). Nothing here chooses anything; 2013–2014 is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_framing_combiner import (
    FOLDS,
    _event,
    _touch,
    choose_voices,
    evaluate,
    folds,
    per_voice,
)

GROUPS = ("trained", "held apart in training", "never seen")


def _detector(a: dict) -> list[tuple[int, int]]:
    return [(f["start"], f["end"]) for f in a["flags"] if f["kind"] == "loaded"]


def _lexicon_only(a: dict) -> list[tuple[int, int]]:
    return []


def detector_alone(articles: list[dict]) -> dict:
    """The MiniLM's flags only (no lexicon layer), scored as ``evaluate`` scores."""
    bare = [a | {"flags": [f for f in a["flags"] if f["kind"] == "loaded"]} for a in articles]
    return evaluate(bare, _detector)


def resampled(articles: list[dict], events: int = 20, runs: int = 2000,
              held_out: tuple[float, float] = (0.352, 0.2274)) -> dict:
    """How low a sample of ``events`` 2010–2012 events (the held-out years have 20)
    scores by chance: the 5th and 1st percentiles of recall and of the share touching
    over ``runs`` draws with replacement, seeded, and how many draws go as low as
    ``held_out`` (main's held-out recall and share, session 29)."""
    import random

    by_event: dict[str, list[dict]] = {}
    for a in articles:
        by_event.setdefault(_event(a), []).append(a)
    keys, rng, recall, share = sorted(by_event), random.Random(30), [], []
    for _ in range(runs):
        drawn = [a for k in (rng.choice(keys) for _ in range(events)) for a in by_event[k]]
        r = evaluate(drawn, _detector)
        recall.append(r["recall"])
        share.append(r["prec_bias"])
    recall.sort()
    share.sort()
    return {"events": events, "recall p5, p1": (recall[runs // 20], recall[runs // 100]),
            "touching p5, p1": (share[runs // 20], share[runs // 100]),
            "draws as low as held out (recall, touching)": (
                sum(r <= held_out[0] for r in recall), sum(x <= held_out[1] for x in share))}


def sibling_found(articles: list[dict]) -> tuple[int, int]:
    """Of the held-apart articles' found ``lex`` spans, how many have the same words
    (lower case) marked in a trained article of the same event: (found, of them)."""
    marked: dict[str, set[str]] = {}
    for a in articles:
        if not a["minilm_dev"]:
            for g in a["gold"]:
                if g["bias"] == "lex":
                    marked.setdefault(_event(a), set()).add(_words(a, g))
    found = shared = 0
    for a in (a for a in articles if a["minilm_dev"]):
        flags = [(f["start"], f["end"]) for f in a["flags"] if f["kind"] != "cue"]
        for g in (g for g in a["gold"] if g["bias"] == "lex"):
            if any(_touch(s, e, g["start"], g["end"]) for s, e in flags):
                found += 1
                shared += _words(a, g) in marked.get(_event(a), set())
    return found, shared


def _words(a: dict, g: dict) -> str:
    return " ".join(a["text"][g["start"]:g["end"]].lower().split())


def out_of_fold(articles: list[dict], floor: float) -> tuple[dict[str, list], list]:
    """Each article's MiniLM flags at the (own, quoted) thresholds chosen on the other
    events' articles, and the folds' choices."""
    fold, spans, chosen = folds(articles), {}, []
    for k in range(FOLDS):
        own, quoted, _ = choose_voices([a for a in articles if fold[_event(a)] != k], floor)
        chosen.append((own, quoted))
        spans |= {a["name"]: per_voice(own, quoted)(a) for a in articles
                  if fold[_event(a)] == k}  # fmt: skip
    return spans, chosen


def show_basil(path: Path, floor: float) -> None:
    """The table of the module docstring."""
    articles = json.loads(path.read_text("utf-8"))
    parts = {"all 90": articles, "65 trained": [a for a in articles if not a["minilm_dev"]],
             "25 held apart": [a for a in articles if a["minilm_dev"]]}
    spans, chosen = out_of_fold(articles, floor)
    same = per_voice(0.5, 0.65)
    print("| view | part | gold | found | recall | flagged | touching |")
    print("|---|---|---|---|---|---|---|")
    views = (("default output as dumped", _detector), ("lexicon layers alone", _lexicon_only),
             ("detector alone", None),
             ("MiniLM at 0.50 / 0.65, bare", same),
             ("MiniLM thresholds out of fold", lambda a: spans[a["name"]]))
    for view, extra in views:
        for part, arts in parts.items():
            r = evaluate(arts, extra) if extra else detector_alone(arts)
            print(f"| {view} | {part} | {r['gold']} | {r['found']} | {r['recall']} | "
                  f"{r['flagged']} | {r['prec_bias']} |")
    print(f"\nout-of-fold (own, quoted) choices: {chosen}")
    for year in sorted({a["year"] for a in articles}):
        r = evaluate([a for a in articles if a["year"] == year], _detector)
        print(f"{year}: {r}")
    print(resampled(articles))
    found, shared = sibling_found(articles)
    print(f"held apart: {found} lex spans found, {shared} of them marked with the same words "
          "in a trained report of the same event")


def mbic_articles(data: Path) -> list[dict]:
    """MBIC's labelled sentences with crowd marks, each one document with its group."""
    from train_framing_onnx import _is_dev

    from newsprism.eval.babe import read_babe

    babe = {s.id: s for s in read_babe(data / "babe")}
    out = []
    for line in (data / "mbic" / "mbic-dev.jsonl").read_text("utf-8").splitlines():
        s = json.loads(line)
        twin = babe.get(s.get("babe_id"))
        if twin is None or s.get("label") is None:
            continue
        group = GROUPS[2] if twin.report else GROUPS[1] if _is_dev(twin.link) else GROUPS[0]
        out.append({"name": str(s["id"]), "source": s["outlet"], "text": s["text"],
                    "group": group, "label": s["label"],
                    "gold": [(a, b, "lex") for a, b, *_ in s.get("biased_spans") or []]})
    return out


def show_mbic(path: Path) -> None:
    """Crowd-marked words touched, and the share of flags touching one, by group."""
    from framing_changed_flags import score

    articles = json.loads(path.read_text("utf-8"))
    print("| group | output | sentences | marked words | found | recall | flagged | touching |")
    print("|---|---|---|---|---|---|---|---|")
    for group in GROUPS:
        arts = [a for a in articles if a["group"] == group]
        for name, keep in (("default", lambda f: True),
                           ("detector alone", lambda f: f["kind"] == "loaded")):
            view = [a | {"flags": [f for f in a["flags"] if keep(f)]} for a in arts]
            r = score(view)
            print(f"| {group} | {name} | {len(arts)} | {r['gold']} | {r['found']} | "
                  f"{r['recall']} | {r['flagged']} | {r['prec_bias']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("basil", "mbic", "show-mbic"))
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--floor", type=float, default=0.30,
                        help="the share of flags touching a bias span a fold's choice keeps")
    args = parser.parse_args()
    if args.what == "basil":
        show_basil(args.path, args.floor)
    elif args.what == "show-mbic":
        show_mbic(args.path)
    else:
        from framing_changed_flags import flags

        args.out.write_text(json.dumps(flags(mbic_articles(args.data))), "utf-8")


if __name__ == "__main__":
    main()
