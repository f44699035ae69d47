"""Choose the cascade's gate on training data: the static score a sentence needs to be read.

Runs in the project's venv:

    python scripts/choose_cascade_gate.py --data ../shared/data [--write]

The cascade (``extract/framing/cascade.py``) lets the MiniLM read only the sentences in
which some word of the outlet's own voice reaches the gate with the static model. On the
data both models were trained on, never on what ``eval framing`` reports (BABE's
training part: sentences outside ``in_report_part``; BASIL 2010–2012 articles), this
script scores every sentence with both models and, for each gate of a grid, counts

- ``flags_kept``: the MiniLM's word flags (words at its threshold, outside quotations)
  that lie in a sentence the gate passes, over all its word flags;
- ``biased_kept``: BABE training sentences that the MiniLM's sentence head calls biased
  and the gate passes (best static word score over all the sentence's words);
- ``read``: the share of sentences with a word to score that the gate passes.

It keeps the highest gate with ``biased_kept`` and ``flags_kept`` on each source (BABE
sentences, BASIL articles) >= ``--keep`` (0.95): the MiniLM's figures kept while it
reads as few sentences as possible. Per source, because BABE's sentences were picked
for contested topics and are dense in flags, so that the pooled share is BABE's; news
articles, where the cascade saves its time, are BASIL's. ``--write`` puts
the gate and the sweep into ``data/models/framing-cascade.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DESCRIPTION = ROOT / "src" / "newsprism" / "data" / "models" / "framing-cascade.json"
GRID = [round(x, 3) for x in np.arange(0.0, 0.201, 0.005)]


def sentence_rows(docs, models) -> list[dict]:
    """Per sentence with a candidate word outside quotations: its best static word score
    there (the word gate), the number of MiniLM word flags in it, and for a one-sentence
    document the best static score over all words and the sentence head's decision."""
    from newsprism.extract.framing import lexicon_pass, load_cues, load_lexicon
    from newsprism.extract.framing.cascade import sentence_start
    from newsprism.extract.framing.detector import score_tokens

    lexicon = load_lexicon()
    cues = load_cues(lexicon, -1.0)
    static, minilm = models
    rows = []
    for doc, whole in docs:
        source = "babe" if whole else "basil"
        marks = lexicon_pass(doc, lexicon)[1]
        screened = score_tokens(doc, static, marks, cues)
        read = dict((t.i, p) for t, p in minilm.score_doc(doc, marks))
        per: dict[int, dict] = {}
        for t, p in screened:
            if t.i in marks.in_quote:
                continue
            row = per.setdefault(sentence_start(t), {"best": 0.0, "flags": 0})
            row["best"] = max(row["best"], p)
            row["flags"] += read.get(t.i, 0.0) >= minilm.threshold
        if whole:  # a BABE sentence: the sentence head and the all-words best score
            head = minilm.sentence_probabilities([doc.text])[0] >= minilm.sentence_threshold
            best_all = max((p for _, p in screened), default=0.0)
            rows.append({"best": best_all, "flags": 0, "biased": bool(head), "whole": True,
                         "source": source})  # fmt: skip
        rows += [{**r, "biased": False, "whole": False, "source": source} for r in per.values()]
    return rows


def sweep(rows: list[dict], keep: float) -> tuple[float, list[dict]]:
    """Figures per gate of :data:`GRID`, and the highest gate keeping ``keep``."""
    words = [r for r in rows if not r["whole"]]
    heads = [r for r in rows if r["whole"] and r["biased"]]
    flags = sum(r["flags"] for r in words) or 1
    table, chosen = [], 0.0
    for gate in GRID:
        passed = [r for r in words if r["best"] >= gate]
        line = {"gate": gate,
                "flags_kept": round(sum(r["flags"] for r in passed) / flags, 4),
                "biased_kept": round(sum(r["best"] >= gate for r in heads) / len(heads), 4)
                if heads else 1.0,
                "read": round(len(passed) / (len(words) or 1), 4)}  # fmt: skip
        for source in ("babe", "basil"):  # news articles hold more plain sentences
            mine = [r for r in words if r["source"] == source]
            total = sum(r["flags"] for r in mine)  # no flags there: nothing to lose
            line[f"flags_kept_{source}"] = round(
                sum(r["flags"] for r in mine if r["best"] >= gate) / total, 4) if total else 1.0
            line[f"read_{source}"] = round(sum(r["best"] >= gate for r in mine)
                                           / (len(mine) or 1), 4)  # fmt: skip
        table.append(line)
        kept = min(line["flags_kept_babe"], line["flags_kept_basil"], line["biased_kept"])
        if kept >= keep:
            chosen = gate
    return chosen, table


def training_docs(data: Path) -> list:
    """Parsed training documents: BABE's training sentences (whole = True), then the
    BASIL 2010–2012 articles."""
    from newsprism.eval.babe import read_babe
    from newsprism.eval.framing import DEV_YEARS, load_basil
    from newsprism.extract.nlp import load_nlp

    babe = [s.text for s in read_babe(data / "babe") if not s.report]
    basil = [a.text for a in load_basil(data / "basil") if a.year in DEV_YEARS]
    nlp = load_nlp()
    docs = [(d, True) for d in nlp.pipe(babe)] + [(d, False) for d in nlp.pipe(basil)]
    print(f"{len(babe)} BABE training sentences, {len(basil)} BASIL 2010-12 articles",
          file=sys.stderr)  # fmt: skip
    return docs


def main(argv: list[str] | None = None) -> int:
    from newsprism.extract.framing.detector import load_detector

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--keep", type=float, default=0.95)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    models = (load_detector("static"), load_detector("minilm"))
    rows = sentence_rows(training_docs(args.data), models)
    gate, table = sweep(rows, args.keep)
    for line in table:
        print(json.dumps(line))
    print(f"chosen gate {gate} (keep >= {args.keep})")
    if args.write:
        meta = json.loads(DESCRIPTION.read_text("utf-8"))
        meta["gate"] = gate
        meta["gate_choice"] = {"keep": args.keep, "data": "BABE training part (sentences "
                               "outside the report part) + BASIL 2010-2012 articles",
                               "sweep": table}  # fmt: skip
        DESCRIPTION.write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
