"""The framing layers and the learned detector scored on BABE's report part.

BABE (Spinde et al. 2021) marks, in news sentences, the words that make a sentence
biased. The detector is trained on the other articles of the developers' part
(:mod:`newsprism.eval.babe` splits by article), so every score here is on articles it
has not seen. Two measures, as in the data README:

- **words**: precision, recall and F1 over the words of all report sentences
  (``[A-Za-z][A-Za-z'-]*`` tokens): a word is predicted when a flagged span covers it,
  gold when one of the sentence's ``biased_spans`` does;
- **sentences**: macro F1 over Biased / Non-biased (``No agreement`` left out), the
  paper's measure. For a word flagger, a sentence is biased when it flags a word; the
  detector also has its own sentence threshold on its best word score.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsprism.eval import prf
from newsprism.eval.babe import BabeSentence, read_babe
from newsprism.eval.framing_baselines import WORD, lexicon_spans, load_baselines
from newsprism.eval.framing_counted import COUNTED_SYSTEM, counted_kind

Flags = list[tuple[int, int]]


def _words(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Start offsets of the words of ``text`` that a span covers."""
    spans = list(spans)
    return {m.start() for m in WORD.finditer(text)
            if any(a < m.end() and m.start() < b for a, b in spans)}  # fmt: skip


def macro_f1(labels: list[int], flags: list[bool]) -> float:
    """Macro F1 over the two classes (biased, not biased)."""
    scores = []
    for cls in (True, False):
        tp = sum(1 for y, f in zip(labels, flags, strict=True) if bool(y) == cls and f == cls)
        predicted = sum(1 for f in flags if f == cls)
        gold = sum(1 for y in labels if bool(y) == cls)
        scores.append(2 * tp / (predicted + gold) if predicted + gold else 0.0)
    return sum(scores) / 2


def score_system(
    name: str, sentences: list[BabeSentence], flags: list[Flags], decide: list[bool] | None = None
) -> dict[str, object]:
    """One row: word P/R/F1 and sentence macro F1 of one system's flags."""
    tp = fp = fn = 0
    for sentence, found in zip(sentences, flags, strict=True):
        predicted, gold = _words(sentence.text, found), _words(sentence.text, sentence.spans)
        tp, fp, fn = (
            tp + len(predicted & gold),
            fp + len(predicted - gold),
            fn + len(gold - predicted),
        )
    precision, recall, f1 = prf(tp, fp, fn)
    decisions = decide if decide is not None else [bool(f) for f in flags]
    sentence_f1 = macro_f1([s.label or 0 for s in sentences], decisions)
    return {"system": name, "data": "babe", "split": "report part", "slice": "all",
            "gold": tp + fn, "flagged": tp + fp, "word_p": round(precision, 4),
            "word_r": round(recall, 4), "word_f1": round(f1, 4),
            "sentence_macro_f1": round(sentence_f1, 4)}  # fmt: skip


def sentence_score(doc, model, lexicon, cues) -> float:
    """A detector's P(biased) for a sentence: the ONNX model's sentence head, or the
    linear model's best word score; the cascade's is the head when the linear model's
    best word score reaches its gate, else 0."""
    from newsprism.extract.framing import lexicon_pass
    from newsprism.extract.framing.cascade import CascadeDetector
    from newsprism.extract.framing.detector import score_tokens
    from newsprism.extract.framing.transformer import OnnxDetector

    if isinstance(model, OnnxDetector):
        return model.sentence_probabilities([doc.text])[0]
    screen = model.screen if isinstance(model, CascadeDetector) else model
    scored = score_tokens(doc, screen, lexicon_pass(doc, lexicon)[1], cues)
    best = max((p for _, p in scored), default=0.0)
    return model.sentence_probability(doc.text, best) if screen is not model else best


def _detector_runs(
    sentences: list[BabeSentence], variants: dict
) -> tuple[dict[str, list[Flags]], dict[str, list[float]]]:
    """Flags per framing layer group (``loaded:label`` per detector variant), and each
    sentence's score per detector (``""`` is the configured one)."""
    from newsprism.extract.framing import frame_doc, load_cues, load_lexicon
    from newsprism.extract.framing.detector import load_detector
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    models, lexicon = {"": load_detector(), **variants}, load_lexicon()
    cues = load_cues(lexicon, -1.0)
    flags: dict[str, list[Flags]] = {"lexicon": [], "loaded": [], "counted": []}
    best: dict[str, list[float]] = {label: [] for label, m in models.items() if m is not None}
    for doc in load_nlp().pipe(s.text for s in sentences):
        quotes = extract_quotes(doc)
        spans = frame_doc(doc, quotes=quotes).spans()
        flags["lexicon"].append([(s.start, s.end) for s, k in spans if k not in ("loaded", "cue")])
        flags["loaded"].append([(s.start, s.end) for s, k in spans if k == "loaded"])
        flags["counted"].append([(s.start, s.end) for s, k in spans if counted_kind(k)])
        for label, model in variants.items():
            flags.setdefault(f"loaded:{label}", []).append(
                flags["loaded"][-1] if model is models[""] else
                [(s.start, s.end) for s, k in frame_doc(doc, quotes=quotes, model=model).spans()
                 if k == "loaded"]
            )  # fmt: skip
        for label in best:
            same = label and models[label] is models[""]
            best[label].append(best[""][-1] if same else
                               sentence_score(doc, models[label], lexicon, cues))  # fmt: skip
    return flags, best


def _variant_rows(sentences, flags, best, variants) -> list[dict[str, object]]:
    """Each shipped detector's rows, its label in brackets."""
    rows = []
    for label, model in variants.items():
        mine = flags[f"loaded:{label}"]
        rows.append(score_system(f"learned detector (loaded words) [{label}]", sentences, mine))
        rows.append(score_system(f"learned detector, sentence threshold [{label}]", sentences,
                                 mine, [b >= model.sentence_threshold for b in best[label]]))
        both = [a + b for a, b in zip(flags["lexicon"], mine, strict=True)]
        rows.append(score_system(f"default (lexicon layers + detector) [{label}]", sentences,
                                 both))  # fmt: skip
        counted = [a + b for a, b in zip(flags["counted"], mine, strict=True)]
        rows.append(score_system(f"{COUNTED_SYSTEM} [{label}]", sentences, counted))
    return rows


def evaluate_babe(
    root: Path, *, limit: int | None = None, variants: dict | None = None
) -> tuple[list[dict[str, object]], list[str]]:
    """Rows for BABE's report part, and notes: the lexicon baselines, the lexicon layers,
    the detector (at its word threshold and at its sentence threshold), both together,
    then the same rows for each detector of ``variants`` (label -> model)."""
    from newsprism.extract.framing.detector import load_detector

    sentences = [s for s in read_babe(root / "babe") if s.report and s.label is not None]
    sentences = sentences[:limit] if limit is not None else sentences
    rows = []
    if (root / "bias-lexicons").is_dir():
        for name, words in load_baselines(root / "bias-lexicons").items():
            rows.append(score_system(name, sentences, [lexicon_spans(s.text, words)
                                                       for s in sentences]))  # fmt: skip
    variants = variants or {}
    flags, best = _detector_runs(sentences, variants)
    model = load_detector()
    rows.append(score_system("lexicon layers (terms, verbs, hedges, quotes)", sentences,
                             flags["lexicon"]))  # fmt: skip
    rows.append(score_system("learned detector (loaded words)", sentences, flags["loaded"]))
    if model is not None:
        rows.append(score_system("learned detector, sentence threshold", sentences,
                                 flags["loaded"],
                                 [b >= model.sentence_threshold for b in best[""]]))  # fmt: skip
    both = [a + b for a, b in zip(flags["lexicon"], flags["loaded"], strict=True)]
    rows.append(score_system("default (lexicon layers + detector)", sentences, both))
    counted = [a + b for a, b in zip(flags["counted"], flags["loaded"], strict=True)]
    rows.append(score_system(COUNTED_SYSTEM, sentences, counted))
    rows += _variant_rows(sentences, flags, best, variants)
    biased = sum(1 for s in sentences if s.label)
    notes = [f"BABE report part: {len(sentences)} sentences ({biased} biased) of articles the"
             " detector was not trained on; word scores over all their words."]  # fmt: skip
    return rows, notes
