"""A noun of a loaded sentence is flagged from a lower word threshold (``minilm-nouns``).

Session 28 (issue 14, recall; docs/eval-framing.md, "Session 28: recall"). The MiniLM's
sentence head says that a sentence is loaded, not which word carries it; session 26
lowered the bar for every word of such a sentence and read mostly plain verbs and
adjectives beside the loaded one. Among the outlet's own words the detector leaves
under its threshold on BASIL 2010–2012, common nouns in a sentence the head reads as
loaded are the one part of speech that touches a bias span as often as the detector's
own flags do (a label: "onslaught", "threats", "message machine"); verbs and adjectives
there touch one in five.

The rule reads two values of the detector's description, ``loaded_noun_threshold`` and
``loaded_noun_sentence``; a detector without them (every shipped one but
``minilm-nouns``) is unchanged. Quoted words keep their own threshold; the topic rule,
neutral uses, compounds and attribution verbs judge the flag afterwards as any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from newsprism.extract.framing.features import Marks
from newsprism.extract.framing.transformer import _lock

NOUN = "NOUN"


def loaded_nouns(doc: Doc, model: Any, marks: Marks) -> tuple[frozenset[int], float | None]:
    """The own-voice common nouns of the sentences the model's head scores at
    ``loaded_noun_sentence`` or more (after the model has read ``doc``), and their
    threshold; nothing for a model without the rule."""
    meta = getattr(model, "meta", None) or {}
    low, floor = meta.get("loaded_noun_threshold"), meta.get("loaded_noun_sentence")
    if low is None or floor is None:
        return frozenset(), None
    with _lock:
        loaded = [s for s in doc.sents if model.heads.get(s.text, 0.0) >= float(floor)]
    nouns = frozenset(t.i for s in loaded for t in s
                      if t.pos_ == NOUN and t.i not in marks.in_quote)  # fmt: skip
    return nouns, float(low)


def with_loaded_nouns(
    doc: Doc, model: Any, marks: Marks, voice: Callable[[int], float]
) -> Callable[[int], float]:
    """``voice`` (each token's word threshold), lowered to ``loaded_noun_threshold`` for
    the nouns of :func:`loaded_nouns`."""
    nouns, low = loaded_nouns(doc, model, marks)
    if not nouns or low is None:
        return voice
    return lambda i: min(voice(i), low) if i in nouns else voice(i)
