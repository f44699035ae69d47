"""The own-voice band: a word the detector scores just under its threshold, kept where it judges.

Session 34 (issue 14; docs/eval-framing.md, "Session 34: the own-voice band, kept where it
judges") starts from ``minilm-voices``: lowering the own-voice word threshold from 0.50 to
0.35 is the one threshold change that carried across BASIL years, but the words it adds
read mostly plain on NeuS ("epidemiologist", "interrupted", "deadliest day" beside
"lavish", "extreme"). A detector whose description holds ``band`` keeps a word of the
outlet's own voice scored in ``[threshold, band.top)`` only when it passes the band's
rule, and at ``band.top`` and over as before; quoted words and a source's reported speech
keep their own thresholds. The rule is made of up to three tests, measured leave one
BASIL year out by ``scripts/framing_band_sweep.py`` (which reads them from here):

- ``lists``: a subjectivity or bias lexicon the package already ships
  (``data/framing_evidence.json``: MPQA strong or weak subjective clues, Recasens et
  al.'s bias-inducing lemmas, Spinde et al.'s bias words) lists the word or its lemma;
- ``neighbours``: the word's static-embedding neighbourhood is evaluative: of its ``k``
  nearest whole words of the static model's vocabulary, at least ``min`` are MPQA
  strongly subjective clues (a word like those people call loaded, though no list has it);
- ``head``: the MiniLM's sentence head reads the word's sentence as biased at ``head``
  or more.

``combine`` says whether any or all of the tests present must pass. A band word the rule
drops is not flagged and does not widen a phrase of words over ``top``: the phrase is cut
to the words the rule keeps ("worst pandemic" stays "worst").

No family of rules carried (2010's share fell under 0.30 in every family's 2010 fold;
a fresh NeuS reading of MPQA's strong clues read 9 right, 23 wrong), so no shipped
detector holds ``band`` and this hook changes no output; it stays so the next rule is
measured through the real pipeline the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsprism.extract.framing.evidence import evidence_lists

NEIGHBOUR_LIST = "mpqa_strong"  # what makes a neighbourhood evaluative
_WORD = re.compile(r"[a-z][a-z'-]+")


def band_rule(model: Any) -> dict[str, Any] | None:
    """The detector's band rule (its description's ``band``), or None."""
    return (getattr(model, "meta", None) or {}).get("band")


def listed(lower: str, lemma: str, names: Sequence[str]) -> bool:
    """Whether one of the named packaged lexicons lists the word or its lemma."""
    lists = evidence_lists()
    return any(lower in lists[n] or lemma in lists[n] for n in names)


@cache
def _vocabulary() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """The static model's whole-word vocabulary, its unit vectors and which of its words
    MPQA lists as strongly subjective."""
    from newsprism.embeddings import get_embedder, static_model_path

    vocab = json.loads((static_model_path() / "tokenizer.json").read_text("utf-8"))
    words = tuple(sorted(w for w in vocab["model"]["vocab"] if _WORD.fullmatch(w)))
    vectors = get_embedder("static").encode(list(words))
    strong = evidence_lists()[NEIGHBOUR_LIST]
    return words, vectors, np.asarray([w in strong for w in words], bool)


def neighbourhood(words: Sequence[str], k: int) -> np.ndarray:
    """For each word, the share of its ``k`` nearest vocabulary words (itself left out)
    that MPQA lists as strongly subjective."""
    from newsprism.embeddings import get_embedder

    if not words:
        return np.zeros(0)
    vocab, vectors, strong = _vocabulary()
    mine = get_embedder("static").encode([w.lower() for w in words])
    sims = mine @ vectors.T
    index = {w: n for n, w in enumerate(vocab)}
    for row, w in enumerate(words):
        if w.lower() in index:
            sims[row, index[w.lower()]] = -2.0  # not its own neighbour
    nearest = np.argpartition(-sims, k, axis=1)[:, :k]
    return strong[nearest].mean(axis=1)


def keeps(rule: dict[str, Any], lower: str, lemma: str, head: float,
          share: float | None = None) -> bool:  # fmt: skip
    """Whether a band word passes ``rule`` (``share``: its :func:`neighbourhood`, computed
    when the rule asks and it is not given)."""
    tests: list[bool] = []
    if "lists" in rule:
        tests.append(listed(lower, lemma, rule["lists"]))
    if "neighbours" in rule:
        near = rule["neighbours"]
        if share is None:
            share = float(neighbourhood([lower], int(near["k"]))[0])
        tests.append(share >= float(near["min"]))
    if "head" in rule:
        tests.append(head >= float(rule["head"]))
    return bool(tests) and (all(tests) if rule.get("combine") == "all" else any(tests))


def with_band(doc: Doc, model: Any, in_quote: frozenset[int] | set[int],
              voice: Callable[[int], float]) -> Callable[[int], float]:  # fmt: skip
    """``voice`` with the band's rule: an own-voice word that fails it needs ``band.top``.
    Unchanged for a detector without ``band``. The sentence head's scores are read from
    the model's cache, so this runs after the model has read the article."""
    rule = band_rule(model)
    if rule is None:
        return voice
    top, heads = float(rule["top"]), getattr(model, "heads", {})
    judged: dict[int, bool] = {}

    def threshold(i: int) -> float:
        low = voice(i)
        if i in in_quote or low >= top:
            return low
        if i not in judged:
            t: Token = doc[i]
            judged[i] = keeps(rule, t.lower_, t.lemma_.lower(), heads.get(t.sent.text, 0.0))
        return low if judged[i] else top

    return threshold
