"""Dump every framing flag and every candidate word of BASIL articles, with their scores.

Runs in the project's venv:

    python scripts/framing_flag_dump.py --data ../shared/data --years 2010-12 \\
        --out /tmp/framing-flags-2010-12.json

For each article of the chosen years (``2010-12``, the training years, by default;
``2013-14`` is the held-out part and is only dumped to report a chosen system once) it
writes, from one parse:

- ``flags``: every span the default framing output flags (``frame_doc(cues=True)``: the
  lexicon layers, the configured detector, the opt-in cues), with its kind, whose word
  it is, the detector's score and the MiniLM's raw score over its characters;
- ``tokens``: every candidate word (``features.is_candidate``) with the raw MiniLM score
  of its sentence read in full (quoted words included, which the detector skips), its
  part of speech, lexicon hits, the reported-speech speaker the detector would give it,
  and its place in the article;
- ``gold``: BASIL's ``lex`` and ``inf`` spans placed in the text;
- ``sentences``: every sentence's characters and the MiniLM's sentence-head score.

``--model DIR/framing-detector.json`` dumps the raw scores of a retrained MiniLM not yet
shipped (session 20 compared its runs this way); the lexicon layers' flags do not
depend on it.

``scripts/framing_flag_kinds.py`` reads this file to sort false flags and missed spans
(docs/eval-framing.md, "Session 19"); ``scripts/fit_framing_combiner.py`` fits the flag
combiner on it. Nothing here chooses anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsprism.eval.framing import BasilArticle
    from newsprism.extract.framing.transformer import OnnxDetector

YEARS = {"2010-12": ("2010", "2011", "2012"), "2013-14": ("2013", "2014")}


def _is_minilm_dev(name: str) -> bool:
    """Whether the MiniLM's training held this BASIL article apart (30 % of 2010-12)."""
    from train_framing_onnx import BASIL_DEV_SHARE, _is_dev

    return _is_dev(name, BASIL_DEV_SHARE)


def dump_article(article: BasilArticle, doc: Doc, minilm: OnnxDetector) -> dict:
    """The flags, candidate words and gold spans of one parsed article."""
    from framing_token_rows import token_rows

    from newsprism.extract.framing import frame_doc, load_lexicon
    from newsprism.extract.quotes import extract_quotes

    quotes = extract_quotes(doc)
    framing = frame_doc(doc, cues=True, quotes=quotes)
    chars = minilm.char_scores(doc)
    flags = []
    for span, kind in framing.spans():
        score = next((w.score for w in framing.loaded if w.span == span), None)
        flags.append({"start": span.start, "end": span.end, "text": span.text, "kind": kind,
                      "in_quote": span.in_quote, "speaker": span.speaker, "score": score,
                      "raw": float(chars[span.start:span.end].max()) if span.end > span.start
                      else 0.0})  # fmt: skip
    tokens = token_rows(doc, load_lexicon(), quotes, chars)
    gold = [{"start": g.start, "end": g.end, "text": g.text, "bias": g.bias, "quote": g.quote}
            for g in article.gold]  # fmt: skip
    return {"name": article.name, "year": article.year, "outlet": article.outlet,
            "minilm_dev": _is_minilm_dev(article.name), "text": article.text,
            "flags": flags, "tokens": tokens, "gold": gold,
            "sentences": sentence_rows(doc, minilm)}  # fmt: skip


def sentence_rows(doc: Doc, minilm: OnnxDetector) -> list[dict]:
    """Every sentence's place and the MiniLM's sentence-head P(biased) (session 26: does a
    loaded sentence lower the word threshold?)."""
    sents = [s for s in doc.sents if s.text.strip()]
    heads = minilm.sentence_probabilities([s.text for s in sents])
    return [{"start": s.start_char, "end": s.end_char, "head": round(h, 4)}
            for s, h in zip(sents, heads, strict=True)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--years", default="2010-12",
                        help="2010-12, 2013-14 or BASIL years comma-separated (a model trained"
                        " on other years: train_framing_onnx.py prepare --years)")
    parser.add_argument("--apart", action="store_true",
                        help="only the articles the MiniLM's training held apart (what"
                        " fit_framing_combiner.py --apart-only fits on)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--model", default="minilm",
                        help="the MiniLM whose raw scores are dumped: a framing-detector.json"
                        " path (a retrained candidate) or a shipped name")
    args = parser.parse_args()
    from newsprism.eval.framing import data_folders, load_basil
    from newsprism.extract.framing.detector import load_detector
    from newsprism.extract.nlp import load_nlp

    basil, _ = data_folders(args.data)
    years = YEARS.get(args.years) or tuple(args.years.split(","))
    articles = [a for a in load_basil(basil) if a.year in years
                and (not args.apart or _is_minilm_dev(a.name))]  # fmt: skip
    minilm = load_detector(args.model)
    out = []
    for n, (article, doc) in enumerate(
        zip(articles, load_nlp().pipe(a.text for a in articles), strict=True), 1
    ):
        out.append(dump_article(article, doc, minilm))
        print(f"{n}/{len(articles)} {article.name}", file=sys.stderr, flush=True)
    args.out.write_text(json.dumps(out), "utf-8")


if __name__ == "__main__":
    main()
