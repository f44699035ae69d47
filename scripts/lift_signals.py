"""Signals that might lift a gold pair over the same-fact bar, measured before any is
built (issue 12 recall, session 37; docs/eval-compare.md "Session 37: shared-fact
recall without losing precision").

    python scripts/lift_signals.py ../shared/data --gold DEV --cache dev.pkl [--show NAME]

Reads the recorded runs of ``scripts/recall_losses.py`` (its ``--cache``; run it first)
and, over every claim pair of two articles that the model puts under its bar with no
veto set and no link (the pairs a lower bar would add: ``recall_losses.veto_table``),
counts the pairs each candidate signal would lift, gold / not gold, at several floors of
the model's score. A signal is worth building only where the pairs it adds are at least
0.90 gold on both development golds. The signals, read on each sentence's own parse:

- ``quote_paraphrase``: one sentence prints a direct quotation (3 words or more between
  marks) of a speaker the other also gives words to (a quote's speaker, or a voice), and
  the other holds at least half (and 2 or more) of the quotation's content lemmas;
- ``quote_words_3``: the first without a speaker, 3 of the quoted lemmas or more;
- ``same_speaker``: the two give words to one speaker (the first signal without words);
- ``numbers_actor``: they share a number that is not a year and a proper noun;
- ``verb_noun``: a verb of one is a noun of the other ("refused" / "his refusal": the
  same first five letters, five letters or more) and they share a proper noun.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall_losses import _gold_cells, _story_rows

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.nlp import load_nlp

FLOORS = (0.10, 0.05, 0.02, 0.0)
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
_NUMBER = re.compile(r"\d[\d,.]*")
_CALENDAR = {w.lower() for w in (*WEEKDAYS, *MONTH_NAMES)}


def _read(doc) -> dict:
    """What the signals read of one sentence's parse."""
    text = doc.text
    quoted = " ".join(m.group(1) for m in _QUOTED.finditer(text))
    spans = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(text)]
    content = [t for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
               and not t.is_stop]  # fmt: skip
    inside = {t.lemma_.lower() for t in content if any(a <= t.idx < b for a, b in spans)}
    return {
        "lemmas": {t.lemma_.lower() for t in content},
        "quoted": inside if len(quoted.split()) >= 3 else set(),
        "numbers": {n.rstrip(".,") for n in _NUMBER.findall(text)
                    if not re.fullmatch(r"(19|20)\d\d", n.rstrip(".,"))},
        "proper": {t.lemma_.lower() for t in doc if t.pos_ == "PROPN"} - _CALENDAR,
        "verbs": {t.lemma_.lower() for t in doc if t.pos_ == "VERB" and len(t.lemma_) >= 5},
        "nouns": {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and len(t.lemma_) >= 5},
    }


def _quote_paraphrase(a: dict, b: dict, voices_a: set, voices_b: set,
                      least: int = 2, speaker: bool = True) -> bool:  # fmt: skip
    if not a["quoted"] or (speaker and not voices_a & voices_b):
        return False
    held = a["quoted"] & (b["lemmas"] - b["quoted"])
    return len(held) >= least and len(held) >= 0.5 * len(a["quoted"])


def _verb_noun(a: dict, b: dict) -> bool:
    stems = {v[:5] for v in a["verbs"]}
    return bool(a["proper"] & b["proper"]) and any(n[:5] in stems for n in b["nouns"])


def signals(a: dict, b: dict, voices_a: set, voices_b: set) -> dict[str, bool]:
    """Each candidate signal on one sentence pair (both orders)."""
    return {
        "quote_paraphrase": _quote_paraphrase(a, b, voices_a, voices_b)
        or _quote_paraphrase(b, a, voices_b, voices_a),
        "quote_words_3": _quote_paraphrase(a, b, voices_a, voices_b, 3, False)
        or _quote_paraphrase(b, a, voices_b, voices_a, 3, False),
        "same_speaker": bool(voices_a & voices_b),
        "numbers_actor": bool(a["numbers"] & b["numbers"] and a["proper"] & b["proper"]),
        "verb_noun": _verb_noun(a, b) or _verb_noun(b, a),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show")
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    stories = load_compare_gold(args.gold, basil)
    runs = _story_rows(stories, args.cache)
    model, nlp = load_same_fact_model(), load_nlp()
    counts: Counter = Counter()
    shown = []
    for story in stories:
        seen = runs[story.triplet]
        cells, held = _gold_cells(story, seen)
        texts = [c[4] for c in seen["claims"]]
        read = [_read(doc) for doc in nlp.pipe(texts)]
        voices = [v | s for v, s in zip(seen["voices"], seen["said_by"], strict=True)]
        vetoed = np.any([seen["features"][v] for v in model.vetoes], axis=0)
        linked = np.any([seen["features"][v] for v in model.links], axis=0)
        for (i, j), gold in zip(cells, held, strict=True):
            raw = seen["raw"][i, j]
            if raw >= model.threshold or vetoed[i, j] or linked[i, j]:
                continue
            for name, hit in signals(read[i], read[j], voices[i], voices[j]).items():
                if not hit:
                    continue
                for floor in FLOORS:
                    counts[name, floor, bool(gold)] += raw >= floor
                if name == args.show:
                    shown.append((bool(gold), raw, story.triplet[:8], texts[i], texts[j]))
    print("| signal | " + " | ".join(f"score ≥ {f:.2f}: gold / not" for f in FLOORS) + " |")
    print("|---|" + "---|" * len(FLOORS))
    for name in ("quote_paraphrase", "quote_words_3", "same_speaker", "numbers_actor", "verb_noun"):
        cells = [f"{counts[name, f, True]} / {counts[name, f, False]}" for f in FLOORS]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for gold, raw, triplet, a, b in sorted(shown, key=lambda s: -s[1]):
        print(f"\n[{'gold' if gold else 'NOT'}] {triplet} raw {raw:.3f}\n  A: {a}\n  B: {b}")


if __name__ == "__main__":
    main()
