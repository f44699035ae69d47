"""Train the loaded-language detector (data/models/framing-detector.{json,npz}).

    python scripts/train_framing.py --data ../shared/data            # train and write
    python scripts/train_framing.py --data ../shared/data --compare  # model choice table
    python scripts/train_framing.py --data ../shared/data --sources basil --out /tmp/m

Training rows are the candidate words (adjectives, adverbs, verbs, nouns outside proper
names) of expert-marked text, with the features of
``newsprism.extract.framing.features``; a word is positive when an expert marked it:

- ``babe``: BABE's developers' part, the articles outside the report part
  (``newsprism.eval.babe.in_report_part``); sentences without agreement, and biased
  sentences whose words were not marked, are left out;
- ``basil``: BASIL 2010–2012 (``lex`` spans); 2013–2014 stay out for the report.

The classifier is a logistic regression on standardised features, its strength chosen
by grouped 5-fold cross-validation (groups: articles) on average precision. The word
threshold is the one that maximises word F1 on the out-of-fold predictions of the
BABE rows; the sentence threshold (a sentence is biased when its best word reaches it)
the one that maximises BABE sentence macro F1, out of fold too. ``--compare`` prints
the cross-validated average precision of the candidates (logistic regression at each
strength, a gradient-boosted tree model, the lexicon features alone) instead.

Needs scikit-learn at training time only (the installed model runs on numpy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsprism.eval.babe import read_babe
from newsprism.eval.framing import DEV_YEARS, load_basil
from newsprism.extract.framing import lexicon_pass, load_cues, load_lexicon
from newsprism.extract.framing.detector import MODEL_FILE, word_vectors
from newsprism.extract.framing.features import SYMBOLIC, is_candidate, token_features
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parent.parent
STRENGTHS = (0.0003, 0.001, 0.003, 0.01, 0.03)
CUE_VALENCE = -1.0


@dataclass
class Rows:
    """Feature rows with their labels, article groups, source and sentence ids."""

    x: list[np.ndarray] = field(default_factory=list)
    y: list[np.ndarray] = field(default_factory=list)
    group: list[np.ndarray] = field(default_factory=list)
    source: list[np.ndarray] = field(default_factory=list)
    sentence: list[np.ndarray] = field(default_factory=list)

    def add(self, x: np.ndarray, y: np.ndarray, group: int, source: str, sentence: int) -> None:
        self.x.append(x)
        self.y.append(y)
        for name, value in (("group", group), ("source", source), ("sentence", sentence)):
            getattr(self, name).append(np.full(len(y), value))

    def arrays(self) -> dict[str, np.ndarray]:
        return {k: np.concatenate(getattr(self, k)) for k in ("x", "y", "group", "source",
                                                               "sentence")}  # fmt: skip


def _labels(tokens: list, gold: list[tuple[int, int]], offset: int = 0) -> np.ndarray:
    return np.array([any(a < t.idx - offset + len(t) and t.idx - offset < b for a, b in gold)
                     for t in tokens], dtype=np.int8)  # fmt: skip


def _doc_rows(doc, lexicon, cues) -> tuple[list, np.ndarray]:
    _, marks = lexicon_pass(doc, lexicon)
    tokens = [t for t in doc if is_candidate(t)]
    return tokens, token_features(doc, tokens, word_vectors, marks, cues)


def build_rows(data: Path, sources: set[str], part: str) -> dict[str, np.ndarray]:
    """Rows of the training part (``part="train"``) or the report part (``"report"``)."""
    nlp, lexicon = load_nlp(), load_lexicon()
    cues = load_cues(lexicon, CUE_VALENCE)
    rows = Rows()
    if "babe" in sources:
        sentences = [s for s in read_babe(data / "babe") if s.label is not None
                     and (s.report == (part == "report"))
                     and not (s.label == 1 and not s.spans)]  # fmt: skip
        links = {link: n for n, link in enumerate(sorted({s.link for s in sentences}))}
        for n, (s, doc) in enumerate(zip(sentences, nlp.pipe(s.text for s in sentences),
                                         strict=True)):  # fmt: skip
            tokens, x = _doc_rows(doc, lexicon, cues)
            if tokens:
                rows.add(x, _labels(tokens, list(s.spans)), links[s.link], "babe", n)
    if "basil" in sources:
        articles = [
            a for a in load_basil(data / "basil") if (a.year in DEV_YEARS) == (part == "train")
        ]
        for n, (a, doc) in enumerate(zip(articles, nlp.pipe(a.text for a in articles),
                                         strict=True)):  # fmt: skip
            tokens, x = _doc_rows(doc, lexicon, cues)
            gold = [(g.start, g.end) for g in a.gold if g.bias == "lex"]
            rows.add(x, _labels(tokens, gold), 100_000 + n, "basil", 100_000 + n)
    return rows.arrays()


def _fit(x: np.ndarray, y: np.ndarray, strength: float, weight: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=strength, max_iter=2000))
    model.fit(x, y, logisticregression__sample_weight=weight)
    return model


def _weights(rows: dict[str, np.ndarray]) -> np.ndarray:
    """Each source weighs the same in total, so BASIL's long articles do not drown BABE."""
    weight = np.ones(len(rows["y"]))
    for source in np.unique(rows["source"]):
        mask = rows["source"] == source
        weight[mask] = len(rows["y"]) / (mask.sum() * len(np.unique(rows["source"])))
    return weight


def out_of_fold(rows: dict[str, np.ndarray], make, folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities from grouped k-fold cross-validation."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(rows["y"]))
    weight = _weights(rows)
    for train, test in GroupKFold(folds).split(rows["x"], rows["y"], rows["group"]):
        model = make(rows["x"][train], rows["y"][train], weight[train])
        p[test] = model.predict_proba(rows["x"][test])[:, 1]
    return p


def best_word_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The threshold of best word F1, and that F1."""
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.95, 0.01):
        flag = p >= t
        tp = int((flag & (y == 1)).sum())
        f1 = 2 * tp / max(1, int(flag.sum()) + int(y.sum()))
        best = max(best, (round(float(t), 2), f1), key=lambda b: b[1])
    return best


def sentence_scores(rows: dict[str, np.ndarray], p: np.ndarray, babe: list) -> dict[int, float]:
    """The best word probability of each BABE sentence (0 for one with no candidate)."""
    best: dict[int, float] = {}
    for n, s in zip(rows["sentence"], p, strict=True):
        best[int(n)] = max(best.get(int(n), 0.0), float(s))
    return {n: best.get(n, 0.0) for n in range(len(babe))}


def macro_f1(labels: list[int], flags: list[bool]) -> float:
    """Macro F1 over the two classes (biased, not biased)."""
    scores = []
    for cls in (1, 0):
        tp = sum(1 for y, f in zip(labels, flags, strict=True) if y == cls and f == bool(cls))
        pred = sum(1 for f in flags if f == bool(cls))
        gold = sum(1 for y in labels if y == cls)
        scores.append(2 * tp / max(1, pred + gold))
    return sum(scores) / 2


def _babe_sentences(data: Path, part: str) -> list:
    return [s for s in read_babe(data / "babe") if s.label is not None
            and s.report == (part == "report") and not (s.label == 1 and not s.spans)]  # fmt: skip


def best_sentence_threshold(scores: dict[int, float], babe: list) -> tuple[float, float]:
    labels = [s.label for s in babe]
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.99, 0.01):
        f1 = macro_f1(labels, [scores[n] >= t for n in range(len(babe))])
        best = max(best, (round(float(t), 2), f1), key=lambda b: b[1])
    return best


def choose_strength(rows: dict[str, np.ndarray]) -> tuple[float, np.ndarray]:
    """The regularisation strength of best cross-validated average precision, and its
    out-of-fold probabilities."""
    from sklearn.metrics import average_precision_score

    best: tuple[float, float, np.ndarray] | None = None
    for strength in STRENGTHS:
        p = out_of_fold(rows, lambda x, y, w, c=strength: _fit(x, y, c, w))
        ap = average_precision_score(rows["y"], p)
        print(f"C={strength}: cross-validated average precision {ap:.4f}", flush=True)
        if best is None or ap > best[1]:
            best = (strength, ap, p)
    assert best is not None
    return best[0], best[2]


def compare(rows: dict[str, np.ndarray]) -> None:
    """Cross-validated average precision of the candidate models (printed)."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import average_precision_score

    dim = (rows["x"].shape[1] - SYMBOLIC) // 2
    lexicon_only = {**rows, "x": rows["x"][:, 2 * dim :]}
    print("model\tAP all\tAP babe\tAP basil")

    def report(name: str, p: np.ndarray) -> None:
        parts = [average_precision_score(rows["y"][m], p[m]) for m in
                 (rows["source"] != "", rows["source"] == "babe", rows["source"] == "basil")
                 if rows["y"][m].any()]  # fmt: skip
        print(name + "\t" + "\t".join(f"{v:.3f}" for v in parts), flush=True)

    for strength in STRENGTHS:
        report(
            f"logistic C={strength}",
            out_of_fold(rows, lambda x, y, w, c=strength: _fit(x, y, c, w)),
        )
    report(
        "logistic, lexicon+context flags only",
        out_of_fold(lexicon_only, lambda x, y, w: _fit(x, y, 0.1, w)),
    )

    def boosted(x, y, w):
        return HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, max_leaf_nodes=31
        ).fit(x, y, sample_weight=w)

    report("gradient-boosted trees", out_of_fold(rows, boosted))


def save(out: Path, model, meta: dict) -> None:
    """Write the weights (npz) and the description with their SHA-256 (json)."""
    scaler, logistic = model.named_steps["standardscaler"], model.named_steps["logisticregression"]
    buffer = io.BytesIO()
    np.savez_compressed(buffer, coef=logistic.coef_[0].astype(np.float32),
                        intercept=np.float32(logistic.intercept_[0]),
                        mean=scaler.mean_.astype(np.float32),
                        scale=scaler.scale_.astype(np.float32))  # fmt: skip
    weights = out / meta["weights_file"]
    weights.write_bytes(buffer.getvalue())
    meta["weights_sha256"] = hashlib.sha256(buffer.getvalue()).hexdigest()
    (out / MODEL_FILE).write_text(json.dumps(meta, indent=2) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--sources", default="babe,basil")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "newsprism" / "data" / "models")
    parser.add_argument("--cache", type=Path, help="npz of the training rows (made if missing)")
    parser.add_argument("--compare", action="store_true", help="print the model choice table")
    args = parser.parse_args(argv)
    sources = set(args.sources.split(","))
    if args.cache and args.cache.is_file():
        rows = dict(np.load(args.cache, allow_pickle=False))
    else:
        rows = build_rows(args.data, sources, "train")
        if args.cache:
            np.savez(args.cache, **rows)
    if args.compare:
        compare(rows)
        return 0
    strength, oof = choose_strength(rows)
    babe_mask = rows["source"] == "babe"
    threshold, word_f1 = (
        best_word_threshold(rows["y"][babe_mask], oof[babe_mask])
        if babe_mask.any()
        else best_word_threshold(rows["y"], oof)
    )
    meta = {"name": f"framing-detector ({'+'.join(sorted(sources))})", "version": 1,
            "weights_file": MODEL_FILE.replace(".json", ".npz"), "threshold": threshold,
            "embedder": "static", "features": int(rows["x"].shape[1]),
            "training": {"trained": dt.date.today().isoformat(), "sources": sorted(sources),
                         "rows": len(rows["y"]), "positives": int(rows["y"].sum()),
                         "C": strength, "cv_word_f1": round(word_f1, 4),
                         "cv_word_f1_rows": "babe" if babe_mask.any() else "all"}}  # fmt: skip
    if babe_mask.any():
        babe = _babe_sentences(args.data, "train")
        scores = sentence_scores({k: v[babe_mask] for k, v in rows.items()}, oof[babe_mask], babe)
        meta["sentence_threshold"], f1 = best_sentence_threshold(scores, babe)
        meta["training"]["cv_sentence_macro_f1_babe"] = round(f1, 4)
    model = _fit(rows["x"], rows["y"], strength, _weights(rows))
    args.out.mkdir(parents=True, exist_ok=True)
    save(args.out, model, meta)
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
