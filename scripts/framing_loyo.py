"""Leave one BASIL year out: a retrained MiniLM with its own fitted thresholds, by year.

Runs in the project's venv, after ``train_framing_onnx.py train --out DIR`` on the rows of
``prepare --years`` (every BASIL year but the one left out) and
``framing_candidate.py DIR`` (the shipped descriptions, with DIR's hashes):

    # the own-voice threshold (fit_framing_evidence.py) and the quoted one
    # (fit_framing_combiner.py --apart-only --own OWN), both on the training years'
    # held-apart articles, then into DIR/framing-detector-topics.json:
    python scripts/framing_loyo.py thresholds DIR --own 0.45 --quoted 0.65 --record FIT.json
    # counts only, per year: the left-out year may be a held-out one (2013, 2014)
    python scripts/framing_loyo.py score --data ../shared/data --years 2013,2014 \\
        --model B=DIR_B/framing-detector-topics.json --model L13=DIR/... [--babe]

``score`` parses the chosen years' BASIL articles once and prints, for each model and
year, what ``eval framing``'s default row counts (the lexicon layers of the configured
detector plus the model's loaded words, :func:`newsprism.eval.framing.detect_doc`):
``lex`` spans found, flags, the share of flags touching a ``lex`` or ``inf`` span. It
prints no article text, flag or span, so it may be run on the held-out years. With
``--babe`` it adds each model's BABE report-part sentence macro F1 at the model's own
sentence threshold (the issue's BABE goal row). docs/eval-framing.md, session 36.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TOPICS = "framing-detector-topics.json"


def set_thresholds(folder: Path, own: float, quoted: float, record: dict) -> Path:
    """Write the candidate's own word thresholds into its default description (the
    ``minilm-topics`` one ``framing_candidate.py`` wrote), with how they were fitted."""
    path = folder / TOPICS
    meta = json.loads(path.read_text("utf-8"))
    meta["threshold"], meta["quote_threshold"] = own, quoted
    meta["word_thresholds_from"] = record
    path.write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    return path


def year_counts(data: Path, years: list[str], models: dict[str, Path]) -> dict:
    """{label: {year: counts}} of the default row (lexicon layers + the model's words)."""
    from newsprism.extract.framing.detector import load_detector

    variants = {label: load_detector(path) for label, path in models.items()}
    return variant_counts(data, years, variants)


def variant_counts(data: Path, years: list[str], variants: dict, by_outlet: bool = False) -> dict:
    """{label: {year: counts}} for detectors already loaded (label -> detector): one parse
    of the years' articles serves every variant (session 37's threshold grid). With
    ``by_outlet`` each year also has ``"YEAR/outlet"`` keys, so a threshold per outlet can
    be chosen on the same counts (session 38)."""
    from newsprism.eval.framing import (
        LEXICON_LAYERS,
        Tally,
        data_folders,
        detect_doc,
        load_basil,
        score_article,
    )
    from newsprism.extract.nlp import load_nlp

    basil, _ = data_folders(data)
    articles = [a for a in load_basil(basil) if a.year in years]
    totals: dict[str, dict[str, Tally]] = {label: {} for label in variants}
    for article, doc in zip(articles, load_nlp().pipe(a.text for a in articles), strict=True):
        found = detect_doc(doc, variants)
        for label in variants:
            keep = LEXICON_LAYERS | {f"loaded:{label}"}
            tally = score_article(article, [d for d in found if d.layer in keep])
            keys = [article.year, "pooled"]
            if by_outlet:
                keys.append(f"{article.year}/{article.outlet}")
            for key in keys:
                totals[label].setdefault(key, Tally()).add(tally)
    return {label: {year: _counts(t) for year, t in by_year.items()}
            for label, by_year in totals.items()}  # fmt: skip


def _counts(t) -> dict:
    return {"articles": t.articles, "gold": t.gold, "found": t.found_any,
            "flags": t.flagged, "touching": t.hit_bias, "touching_lex": t.hit_lex,
            "share": round(t.hit_bias / t.flagged, 4) if t.flagged else None}  # fmt: skip


def babe_sentence_f1(data: Path, models: dict[str, Path]) -> dict[str, float]:
    """Each model's BABE report-part sentence macro F1 at its own sentence threshold."""
    from newsprism.eval.framing import data_folders
    from newsprism.eval.framing_babe import evaluate_babe
    from newsprism.extract.framing.detector import load_detector

    _, root = data_folders(data)
    variants = {label: load_detector(path) for label, path in models.items()}
    rows, _ = evaluate_babe(root, variants=variants)
    out = {}
    for label in models:
        name = f"learned detector, sentence threshold [{label}]"
        out[label] = next(r["sentence_macro_f1"] for r in rows if r["system"] == name)
    return out


def _model(value: str) -> tuple[str, Path]:
    label, _, path = value.partition("=")
    return label, Path(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    th = sub.add_parser("thresholds", help="write fitted thresholds into DIR's description")
    th.add_argument("folder", type=Path)
    th.add_argument("--own", type=float, required=True)
    th.add_argument("--quoted", type=float, required=True)
    th.add_argument("--record", default="", help="how they were fitted (text)")
    sc = sub.add_parser("score", help="counts per year and model (no text printed)")
    sc.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    sc.add_argument("--years", required=True, help="BASIL years, comma-separated")
    sc.add_argument("--model", type=_model, action="append", required=True,
                    metavar="LABEL=DESCRIPTION")  # fmt: skip
    sc.add_argument("--babe", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "thresholds":
        print(set_thresholds(args.folder, args.own, args.quoted, {"fit": args.record}))
        return 0
    models = dict(args.model)
    result: dict = {"basil": year_counts(args.data, args.years.split(","), models)}
    if args.babe:
        result["babe_sentence_macro_f1"] = babe_sentence_f1(args.data, models)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
