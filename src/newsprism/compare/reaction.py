"""A quoted reaction as a summary line: a person's words about how they feel.

CNN Business's "\"I'm the happiest guy in the world,\" said Leonard." (NeuS raw row
198, session 25) was the story's third summary line: a renter's reaction, no fact of
the eviction moratorium. The colour test (:mod:`newsprism.compare.colour`) lets it
pass, since a quotation and a verb of saying are things a reader can check: that the
person said it. But what he said states nothing about the event.

The test (:func:`quoted_reaction`) asks for all of:

- the sentence is one quotation and its bare attribution ("…,” said Leonard.",
  "Leonard said: “…”"): outside the marks only a verb of saying, a name or a pronoun —
  no title, office or organisation (an official's words are the office's statement);
- the quotation speaks of the speaker (a first-person subject: "I", "we") in a state,
  not an act: its main verb is "be", "feel" or the like, in no past, perfect,
  progressive or modal form ("I'm the happiest guy", "We are scared"), so "We lost
  everything", "I signed the order" or "We will win this election" stay;
- nothing in the quotation a reader could check: no number, date or time word, no
  named person, body, place, law or event (:data:`colour.ANCHOR_LABELS`).

Precision first: a quotation with any fact in it stays a line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.compare.colour import ANCHOR_LABELS, figure_or_time, states_an_event
from newsprism.extract.titles import TITLE_ABBREVIATIONS, load_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["quoted_reaction"]

_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")
_SAYING = frozenset({"say", "tell", "add", "exclaim", "explain", "note", "recall"})
_FIRST_PERSON = frozenset({"i", "we"})
# verbs of a state, not an act: "I'm the happiest guy", "I feel like …" ("We will win"
# is a claim about the event, an act to come, and stays)
_STATE_VERBS = frozenset({"be", "feel", "seem", "look", "sound"})


def _title_words() -> frozenset[str]:
    """Role nouns and title abbreviations, lower case: "gov.", "director", "spokesman"."""
    roles = {n.lower() for nouns in load_roles().groups.values() for n in nouns for n in n.split()}
    return frozenset(roles | {t.lower() for t in TITLE_ABBREVIATIONS})


def _bare_attribution(doc: Doc, start: int, end: int) -> bool:
    """Outside the quotation ``[start, end)`` only punctuation, a verb of saying, a
    pronoun or a person's name: no title, office, body or place."""
    titles = _title_words()
    saying = False
    for tok in doc:
        if start <= tok.idx < end or tok.is_punct or tok.is_space:
            continue
        if tok.lemma_.lower() in _SAYING and tok.pos_ in ("VERB", "AUX"):
            saying = True
        elif tok.lower_ in titles or tok.ent_type_ not in ("", "PERSON") or \
                tok.pos_ not in ("PRON", "PROPN"):  # fmt: skip
            return False
    return saying


def _speaks_of_self(doc: Doc, start: int, end: int) -> bool:
    """The quotation's main clause has a first-person subject and states no act."""
    inside = [t for t in doc if start <= t.idx < end]
    roots = [t for t in inside if t.head.i == t.i or not start <= t.head.idx < end]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1:
        return False
    root = verbs[0]
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subject) and subject[0].lower_ in _FIRST_PERSON and \
        root.lemma_.lower() in _STATE_VERBS and not states_an_event(root)  # fmt: skip


def quoted_reaction(text: str) -> bool:
    """Whether a sentence is a quoted reaction with nothing to check (module docstring)."""
    found = list(_QUOTED.finditer(text))
    if len(found) != 1:
        return False
    words = found[0].group(1)
    if figure_or_time(words):
        return False
    from newsprism.compare.line_parse import parse_line

    doc = parse_line(text)
    start, end = found[0].start(1), found[0].end(1)
    if any(start <= e.start_char < end and e.label_ in ANCHOR_LABELS for e in doc.ents):
        return False
    return _bare_attribution(doc, start, end) and _speaks_of_self(doc, start, end)
