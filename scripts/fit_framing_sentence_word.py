"""Which word of a loaded sentence carries it: recall steps scored on BASIL 2010–2012.

Runs in the project's venv on the file ``scripts/framing_flag_dump.py`` writes (BASIL
2010–2012 only; the held-out 2013–2014 is never read here):

    python scripts/framing_flag_dump.py --data ../shared/data --out /tmp/flags-2010-12.json
    python scripts/fit_framing_sentence_word.py /tmp/flags-2010-12.json

Session 28 (issue 14, i14-recall3). Session 26's step (``fit_framing_recall.py``,
``sentence``) lowered the word threshold for every word of a sentence the MiniLM's
sentence head reads as loaded; read as a user, most of what it added were the plain
words beside the one that carries the sentence. The head says *that* a sentence is
loaded, not *where*; these steps ask a second signal to say where:

- ``best``: in a sentence whose head is at least ``head`` and that no flag of any
  layer touches yet, the one own-voice word the MiniLM scores highest, if at least
  ``low`` (the sentence's load is not yet explained; its likeliest word explains it);
- ``listed``: an own-voice word a bias lexicon lists (MPQA strong, Recasens, Spinde) at
  or above ``low`` in a sentence whose head is at least ``head`` (two signals that
  agree);
- ``listed-best``: ``best`` among the listed words only;
- ``noun``: an own-voice common noun at or above ``low`` in a sentence whose head is at
  least ``head`` (the misses' one part of speech whose unflagged words touch a bias
  span at the detector's own share: a loaded noun is the sentence's label, "onslaught",
  "threats", "message machine").

Added words follow the run time's rules (``fit_framing_recall.addable``: not quoted, not
neutral, not an attribution verb, not a topic noun). Each setting is scored as ``eval
framing`` scores the default output, and, apart, the flags it adds: how many, and the
share of them touching a ``lex`` or ``inf`` span (the brief's bar: 0.30). The grid is
printed on the 90 articles and on the 25 the MiniLM's training held apart (its scores
are honest there), with the out-of-fold figures (5 folds by event).

``--write`` writes the ``noun`` step chosen on the 90 by the brief's gate (the most
``lex`` spans whose added flags touch a bias span at ``--floor`` or more; ties: fewer
added flags) as the ``minilm-nouns`` detector: ``minilm-topics``' description with
``loaded_noun_threshold``, ``loaded_noun_sentence`` and this fit's record
(``extract/framing/loaded_nouns.py`` reads them at run time).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_framing_combiner import FOLDS, _event, _touch, evaluate, folds, phrases
from fit_framing_recall import KNOWN, addable, dumped

LOW = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45)
HEAD = (0.55, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
STEPS = ("best", "listed", "listed-best", "noun")
Setting = tuple[str, float, float]  # (step, low, head)


def _sentence(a: dict, start: int) -> dict | None:
    return next((s for s in a["sentences"] if s["start"] <= start < s["end"]), None)


def _explained(a: dict, sent: dict) -> bool:
    """A flag of any layer (not the opt-in cues) already stands in the sentence."""
    return any(f["kind"] != "cue" and sent["start"] <= f["start"] < sent["end"]
               for f in a["flags"])  # fmt: skip


def added(a: dict, s: Setting) -> list[dict]:
    """The words step ``s`` adds in article ``a`` (before merging into phrases)."""
    step, low, head = s
    lemmas = Counter(t["lemma"] for t in a["tokens"])
    by_sent: dict[int, list[dict]] = {}
    for t in a["tokens"]:
        if not (addable(t, lemmas) and t["raw"] >= low):
            continue
        if step.startswith("listed") and not any(x in t["lists"] for x in KNOWN):
            continue
        if step == "noun" and t["pos"] != "NOUN":
            continue
        sent = _sentence(a, t["start"])
        if sent is None or sent["head"] < head:
            continue
        by_sent.setdefault(sent["start"], []).append(t)
    if step in ("listed", "noun"):
        return [t for words in by_sent.values() for t in words]
    out = []
    for start, words in by_sent.items():
        if not _explained(a, _sentence(a, start)):
            out.append(max(words, key=lambda t: t["raw"]))
    return out


def new_phrases(a: dict, s: Setting) -> list[tuple[int, int]]:
    """The step's added words as phrases, none touching a flag already there."""
    every = [(f["start"], f["end"]) for f in a["flags"] if f["kind"] != "cue"]
    return [p for p in phrases(added(a, s))
            if not any(p[0] < e and b < p[1] for b, e in every)]  # fmt: skip


def score(articles: list[dict], s: Setting | None) -> dict:
    """``eval framing``'s default-output figures with the step, and its added flags:
    how many, the share touching a bias span, and the ``lex`` spans only they touch."""
    fig = evaluate(articles, lambda a: dumped(a) + (new_phrases(a, s) if s else []))
    if s is None:
        return fig
    n = hit = 0
    for a in articles:
        for p in new_phrases(a, s):
            n += 1
            hit += any(_touch(*p, g["start"], g["end"]) for g in a["gold"])
    return fig | {"added": n, "added_share": round(hit / max(n, 1), 3)}


def grid(step: str) -> list[Setting]:
    return [(step, low, head) for low, head in itertools.product(LOW, HEAD)]


def choose(articles: list[dict], settings: list[Setting], floor: float) -> Setting | None:
    """The most spans whose added flags touch a bias span at ``floor`` or more; ties:
    fewer added flags. None when no setting finds more than today."""
    best: tuple[tuple, Setting | None] = ((score(articles, None)["found"], 0), None)
    for s in settings:
        fig = score(articles, s)
        if fig["added_share"] >= floor and (fig["found"], -fig["added"]) > best[0]:
            best = ((fig["found"], -fig["added"]), s)
    return best[1]


def cross_validate(articles: list[dict], step: str, floor: float) -> tuple[dict, list]:
    """Out-of-fold figures on the 90 (5 folds by event) and the folds' choices."""
    fold, out, chosen = folds(articles), {}, []
    for k in range(FOLDS):
        s = choose([a for a in articles if fold[_event(a)] != k], grid(step), floor)
        chosen.append(s[1:] if s else None)
        for a in articles:
            if fold[_event(a)] == k:
                out[a["name"]] = dumped(a) + (new_phrases(a, s) if s else [])
    return evaluate(articles, lambda a: out[a["name"]]), chosen


def listing(articles: list[dict], s: Setting) -> None:
    """Every flag setting ``s`` adds, in its sentence, marked by what it touches."""
    for a in articles:
        for p in new_phrases(a, s):
            kinds = {g["bias"] for g in a["gold"] if _touch(*p, g["start"], g["end"])}
            sent = _sentence(a, p[0]) or {"start": p[0], "end": p[1], "head": None}
            print(f"[{a['name']}{' apart' if a['minilm_dev'] else ''}] "
                  f"{a['text'][p[0]:p[1]]!r} {'+'.join(sorted(kinds)) or '-'} "
                  f"head={sent['head']}\n    {a['text'][sent['start']:sent['end']]}")


MINILM_DIR = Path(__file__).resolve().parent.parent / "src/newsprism/data/models/framing-minilm"


def write(s: Setting, record: dict) -> None:
    """The ``minilm-nouns`` description: ``minilm-topics``' (same ONNX files, hashes and
    thresholds) with the loaded-noun rule and this fit's record."""
    meta = json.loads((MINILM_DIR / "framing-detector-topics.json").read_text("utf-8"))
    meta["name"] = f"{meta['name']} + nouns of loaded sentences"
    meta["loaded_noun_threshold"], meta["loaded_noun_sentence"] = s[1], s[2]
    meta["loaded_noun_fit"] = record
    out = MINILM_DIR / "framing-detector-nouns.json"
    out.write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--floor", type=float, default=0.30,
                        help="the share of added flags touching a bias span (the brief: 0.30)")
    parser.add_argument("--write", action="store_true",
                        help="write the noun step chosen on the 90 as minilm-nouns")
    parser.add_argument("--list", nargs=3, metavar=("STEP", "LOW", "HEAD"),
                        help="print every flag this setting adds, in its sentence")
    args = parser.parse_args()
    articles = json.loads(args.dump.read_text("utf-8"))
    if any(a["year"] not in ("2010", "2011", "2012") for a in articles):
        raise SystemExit("the dump holds held-out years: fit on 2010-2012 only")
    if args.list:
        listing(articles, (args.list[0], float(args.list[1]), float(args.list[2])))
        return
    apart = [a for a in articles if a["minilm_dev"]]
    print("today:", score(articles, None), "| the 25:", score(apart, None))
    for step in args.steps.split(","):
        print(f"\n{step}: low head | 90 articles | the 25 held apart")
        for s in grid(step):
            print(f"  {s[1]} {s[2]} | {score(articles, s)} | {score(apart, s)}")
        cv, chosen = cross_validate(articles, step, args.floor)
        print(f"  out of fold: {cv} | folds chose {chosen}")
        s = choose(apart, grid(step), args.floor)
        print(f"  chosen on the 25 held apart: {s} | 90: {score(articles, s)}"
              f" | 25: {score(apart, s)}")
        s = choose(articles, grid(step), args.floor)
        print(f"  chosen on the 90 (the brief's gate): {s} | 90: {score(articles, s)}"
              f" | 25: {score(apart, s)}")
        if args.write and step == "noun" and s is not None:
            write(s, {"fitted_on": "BASIL 2010-12, 90 articles: the most lex spans whose "
                      f"added flags touch a bias span at >= {args.floor} (ties: fewer added)",
                      "today": score(articles, None), "chosen_90": score(articles, s),
                      "the_25_held_apart": score(apart, s), "cross_validated_90": cv,
                      "folds_chosen": chosen})  # fmt: skip


if __name__ == "__main__":
    main()
