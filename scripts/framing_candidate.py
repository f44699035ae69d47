"""Give a retrained MiniLM the shipped detectors' descriptions, to score or to ship it.

``scripts/train_framing_onnx.py train --out DIR`` writes ``DIR/model.onnx``, its
tokenizer and a bare ``framing-detector.json`` (the training's own word threshold). The
shipped detectors (``minilm-topics``, the default, and the others of
``data/models/framing-minilm/``) add rules and thresholds fitted later on BASIL
2010-2012. To compare training data with everything else held fixed, each shipped
description is copied into DIR with the candidate's file hashes, training record and
held-apart scores; its word-level thresholds stay the shipped ones (fitting them again
on 2012 would hand a model trained without 2012 that year), and the sentence threshold
is the candidate's own (the training script's rule: best macro F1 of the sentence head
on the held-apart BABE sentences).

    python scripts/framing_candidate.py DIR            # DIR/framing-detector-*.json
    NEWSPRISM_FRAMING_MODEL=DIR/framing-detector-topics.json \\
        PYTHONPATH=src python -m newsprism eval framing ../shared/data
    python scripts/framing_candidate.py DIR --ship     # into data/models/framing-minilm/

``--ship`` copies DIR's ``model.onnx`` over the shipped one and rewrites every shipped
description the same way (docs/eval-framing.md, session 35).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"
# What the training script measured on its held-apart rows: the candidate's, not the
# shipped model's. "threshold" (the own-voice word threshold) is not among them.
TRAINED = ("dev_piece_f1", "sentence_threshold", "dev_sentence_macro_f1", "basil_dev",
           "training")  # fmt: skip


def candidate_description(shipped: dict, trained: dict) -> dict:
    """``shipped`` with the candidate's hashes and training record; word thresholds kept."""
    out = dict(shipped)
    out["files"] = trained["files"]
    for key in TRAINED:
        if key in trained:
            out[key] = trained[key]
    years = trained.get("training", {}).get("basil_years") or []
    if years:
        out["name"] = shipped["name"].replace("basil", f"basil {years[0]}-{years[-1]}", 1)
    out["threshold_training_dev_f1"] = trained.get("threshold")
    out["word_thresholds_from"] = ("the shipped 2010-2012 model's, kept unchanged "
                                   "(scripts/framing_candidate.py; docs/eval-framing.md, "
                                   "session 35)")  # fmt: skip
    return out


def write_descriptions(source: Path, target: Path) -> list[Path]:
    """Every shipped ``framing-detector*.json`` rewritten for the model in ``source``,
    written to ``target`` (the bare training description is read before it is replaced)."""
    trained = json.loads((source / "framing-detector.json").read_text("utf-8"))
    written = []
    for path in sorted(SHIPPED.glob("framing-detector*.json")):
        shipped = json.loads(path.read_text("utf-8"))
        out = target / path.name
        out.write_text(json.dumps(candidate_description(shipped, trained), indent=2) + "\n",
                       "utf-8")  # fmt: skip
        written.append(out)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("candidate", type=Path, help="train_framing_onnx.py's --out folder")
    parser.add_argument("--ship", action="store_true",
                        help="copy the model into data/models/framing-minilm/")
    args = parser.parse_args()
    trained = args.candidate / "framing-detector.json"
    if not (args.candidate / "trained.json").exists():
        shutil.copyfile(trained, args.candidate / "trained.json")  # the bare one, kept
    shutil.copyfile(args.candidate / "trained.json", trained)
    if args.ship:
        written = write_descriptions(args.candidate, SHIPPED)
        shutil.copyfile(args.candidate / "model.onnx", SHIPPED / "model.onnx")
    else:
        written = write_descriptions(args.candidate, args.candidate)
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
