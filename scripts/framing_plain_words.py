"""The raw MiniLM score of the words readers judged, each in its own sentence, per model.

Runs in the project's venv:

    python scripts/framing_plain_words.py --data ../shared/data \\
        --model minilm --model build/runs/n05/framing-detector.json

Readers of earlier sessions judged some own-voice words the MiniLM flags (or could
flag) in fresh articles: four right ("roadblock", "troubling", "tepid", "blow", session
18's reader) and nine plain (docs/eval-framing.md, "Session 22", "The readers' plain
words"). Which of them a retrained model passes at its own-voice threshold is a check
against plain words that the BASIL figures cannot give (BASIL marks none of these
articles). Each word is scored as the runtime scores it: the article is parsed, and the
word's characters take the highest piece probability of its sentence read in full.
Nothing here chooses anything.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

NEUS_FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
# (word, where: a seed file's name or "raw row, side", the reader's verdict)
WORDS = (
    ("roadblock", (27, "left"), "right"), ("troubling", (27, "left"), "right"),
    ("tepid", (27, "center"), "right"), ("blow", (102, "left"), "right"),
    ("circumventing", (458, "left"), "plain"), ("disrupting", (27, "left"), "plain"),
    ("durability", (102, "center"), "plain"), ("jolt", (457, "left"), "plain"),
    ("misery", (383, "left"), "plain"), ("piling", (43, "center"), "plain"),
    ("repel", (262, "right"), "plain"), ("unconditional", "003_", "plain"),
    ("reiterating", "000_", "plain"),
)  # fmt: skip


def article_text(data: Path, where: tuple[int, str] | str) -> str:
    """The text a compare run reads: a seed file, or a NeuS raw blurb's paragraphs."""
    if isinstance(where, str):
        seeds = data.parent / "seeds"
        return next(seeds.glob(f"{where}*.txt")).read_text("utf-8")
    row, side = where
    line = (data / NEUS_FILE).read_text("utf-8").splitlines()[row]
    return "\n".join(json.loads(line)["news"][side]["newBody"])


def word_scores(data: Path, models: list[str]) -> list[tuple[str, str, list[float]]]:
    """(word, verdict, the raw score under each model) for every judged word."""
    from newsprism.extract.framing.detector import load_detector
    from newsprism.extract.nlp import load_nlp

    detectors = [load_detector(m) for m in models]
    nlp = load_nlp()
    out = []
    for word, where, verdict in WORDS:
        doc = nlp(article_text(data, where))
        hit = re.search(rf"\b{word}\b", doc.text)
        if hit is None:
            raise SystemExit(f"{word!r} not found in {where}")
        tok = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        scores = []
        for det in detectors:
            chars = det.char_scores(doc, {tok.start})
            scores.append(round(float(chars[hit.start() : hit.end()].max()), 2))
        out.append((word, verdict, scores))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--model", action="append", required=True,
                        help="a shipped name or a framing-detector.json path (repeatable)")
    args = parser.parse_args()
    print("word\tverdict\t" + "\t".join(args.model))
    for word, verdict, scores in word_scores(args.data, args.model):
        print(f"{word}\t{verdict}\t" + "\t".join(f"{s:.2f}" for s in scores))


if __name__ == "__main__":
    main()
