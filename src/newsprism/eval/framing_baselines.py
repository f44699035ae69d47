"""Lexicon baselines the framing evaluation runs itself, from ``bias-lexicons/``.

A detector of loaded words is only worth shipping if it beats flagging every word of a
published lexicon, so ``eval framing`` scores these beside it, on the same texts:

- **MPQA strongly subjective** (Wilson, Wiebe and Hoffmann 2005): every word whose
  clue has ``type=strongsubj``;
- **Recasens bias lexicon** (Recasens et al. 2013): the 654 bias-inducing lemmas;
- **Spinde bias words** (Spinde et al. 2021): the 2,130 words of their lexicon.

Words are matched as the data README's own check does: ``[A-Za-z][A-Za-z'-]*`` tokens,
lower-cased, no lemmas. These lists are read from the data folder at evaluation time
and are not shipped with newsprism (MPQA's licence is GPL; the Recasens lists state
none); docs/framing.md says which lexicons the shipped detector uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from newsprism.errors import EvalError

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
MPQA_FILE = "mpqa-subjclueslen1-HLTEMNLP05.tff"


def _mpqa(folder: Path) -> frozenset[str]:
    words = set()
    for line in (folder / MPQA_FILE).read_text("utf-8").splitlines():
        fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
        if fields.get("type") == "strongsubj" and "word1" in fields:
            words.add(fields["word1"].lower())
    return frozenset(words)


def load_baselines(folder: Path) -> dict[str, frozenset[str]]:
    """The baseline word lists by name, from the ``bias-lexicons`` folder.

    Raises:
        EvalError: E300 when the folder lacks the lexicons.
    """
    try:
        lists = json.loads((folder / "lexicons.json").read_text("utf-8"))
        return {
            "baseline: MPQA strongly subjective": _mpqa(folder),
            "baseline: Recasens bias lexicon": frozenset(
                w.lower() for w in lists["recasens2013_bias_lexicon"]["entries"] if " " not in w),
            "baseline: Spinde bias words": frozenset(
                w.lower() for w in lists["spinde2021_bias_words"]["entries"] if " " not in w),
        }  # fmt: skip
    except (OSError, ValueError, KeyError) as exc:
        raise EvalError(f"{folder} is not the bias-lexicons folder: {exc}", code="E300") from exc


def lexicon_spans(text: str, words: Iterable[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Every token of ``text`` whose lower-cased form is in ``words``."""
    vocabulary = words if isinstance(words, frozenset) else frozenset(words)
    return [m.span() for m in WORD.finditer(text) if m.group(0).lower() in vocabulary]
