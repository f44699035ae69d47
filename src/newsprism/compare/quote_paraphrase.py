"""A quotation and its paraphrase: one outlet quotes a person, another reports the same
words in its own ("I'll end Obama's war on religion," Perry said / Perry vowed to end
what he called Obama's war on religion).

The same-fact model reads such a pair as two statements: one is in the first person,
the other in the third, and the words around the shared content differ (issue 12,
docs/eval-compare.md "Session 26: where recall is lost": half of 30 missed gold pairs
read were of this kind, scored 0.02-0.10). This rule lifts a pair to the model's
threshold when:

- one side is a **direct quote** whose speaker the quote extractor resolved to one
  story entity (``UnitProfile.voices``, or ``speakers``) and whose quoted words are most
  of the sentence (``UnitProfile.quoted``);
- the other side is **not a quotation** (its quoted words are not most of it, and it
  carries no quote of another speaker) and that entity is the **subject** of one of its
  clauses (``UnitProfile.events`` or :func:`doers`: "Perry vowed …", "he opposes …"
  with Perry named before), so the paraphrase reports what the speaker says or does;
- **persons normalised** (:func:`doers`): the quote's "I"/"we" is its speaker, the
  paraphrase's subject the entity it names (or the one person named before a
  "he"/"she"), and the two share a (speaker, verb): the speaker does in the quote what
  the paraphrase says the speaker does ("I apologize to all involved" / Etheridge "has
  apologized"). Without this, "I just saw the reports that he had said he opposed
  same-sex marriage" (Romney, of Obama) matched "Romney reiterated that he opposes
  same-sex marriage" on its words;
- the **content** is the same: content lemmas less verbs of saying and framing
  (pronouns are stop words), at least :data:`MIN_SHARED` in common and at least
  :data:`CONTENT_SHARE` of the smaller side's;
- **no veto or clash** is set: the model's vetoes and the strict clashes of the lead
  rule (numbers, days, negation, modality, mood, denial, speakers; :data:`CLASHES`).

Measured on compare-basil-train (docs/eval-compare.md "Session 26: a quotation and its
paraphrase"): 42 missed gold pairs and 748 not-gold pairs have the shape; the rule
lifts 2 gold pairs and no other. Most of the 42 say the act in other words ("I don't
favor …" / "opposes"), which no word rule reaches.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from newsprism.compare.events import LIGHT, SPEECH, _subject_referents, _subject_token
from newsprism.models import Mention

if TYPE_CHECKING:  # pairs.py imports this module for :func:`doers`
    from newsprism.compare.pairs import UnitProfile

# the least share of the smaller side's content lemmas found in the other side
CONTENT_SHARE = 0.4
# the least number of content lemmas the two sides share
MIN_SHARED = 3
# features that keep a pair apart: the lead rule's (compare/lead_pairs.py, which
# imports align.py and so cannot be imported here) and every veto of the model
CLASHES = ("number_disjoint", "specific_disjoint", "date_disjoint", "quantity_conflict",
           "negation_mismatch", "modal_mismatch", "mood_mismatch", "denial_mismatch",
           "polarity_clash", "speaker_clash", "quote_words_differ", "denial_clash")
# lemmas that frame a statement, not its content
_FRAME = SPEECH | {"vow", "pledge", "promise", "continue", "go", "be", "have"}


# subjects that are the speaker of a quote: "I'll end …", "we will fight …"
_FIRST_PERSON = frozenset({"i", "we"})
SELF = "self"


def doers(tokens: Sequence[Any], mentions: Sequence[Mention]) -> set[tuple[str, str]]:
    """Who does what in a sentence's clauses: (subject, verb lemma) of each full verb,
    verbs of saying and light verbs left out. The subject is :data:`SELF` for "I"/"we"
    (the quote's speaker, once the quote is resolved), else the story entity it names,
    or the one person the sentence names before a "he"/"she" (compare/events.py); a
    subject that names no one gives nothing. Persons normalised so: "I'll end …" by Perry
    and "Perry vows to end …" share (Perry, end); "he had said he opposed" in Romney's
    quote is not Romney's (no one is named before it in the quote)."""
    found = set()
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in SPEECH | LIGHT:
            continue
        subject = _subject_token(verb)
        if subject is None:
            continue
        if subject.lower_ in _FIRST_PERSON:
            found.add((SELF, verb.lemma_.lower()))
            continue
        found |= {(key[2:], verb.lemma_.lower()) for key in _subject_referents(subject, mentions)
                  if key.startswith("e:")}  # fmt: skip
    return found


@dataclass(frozen=True)
class Side:
    """What the rule reads of one sentence (a slim copy of its profile)."""

    voices: frozenset[str]  # resolved speakers of the direct quotes it carries
    quoted: bool  # its quoted words are most of it
    subjects: frozenset[str]  # story entities that are the subject of one of its clauses
    content: frozenset[str]  # content lemmas, verbs of saying left out
    doers: frozenset[tuple[str, str]]  # (subject, verb) of its clauses (:func:`doers`)

    @classmethod
    def of(cls, unit: UnitProfile) -> Side:
        """The side of a claim's profile."""
        return cls(frozenset(unit.voices | unit.speakers), unit.quoted is not None,
                   frozenset(key[0][2:] for key in unit.events if key[0].startswith("e:")),
                   frozenset(unit.lemmas - _FRAME), frozenset(unit.doers))  # fmt: skip


def _one_way(quote: Side, other: Side) -> float | None:
    """The content share when ``quote`` is the quotation and ``other`` its paraphrase."""
    if len(quote.voices) != 1 or not quote.quoted or other.quoted:
        return None
    if other.voices - quote.voices:
        return None  # the other side quotes someone else
    (speaker,) = quote.voices
    if speaker not in other.subjects | {who for who, _ in other.doers}:
        return None
    said = {(speaker, verb) for who, verb in quote.doers if who == SELF}
    if not said & other.doers:
        return 0.0  # the speaker does not do in the quote what the paraphrase says
    shared = len(quote.content & other.content)
    if shared < MIN_SHARED:
        return 0.0
    return shared / max(min(len(quote.content), len(other.content)), 1)


def shape(first: Side, second: Side) -> float | None:
    """None when the pair is not a quotation and its paraphrase (either way round),
    else the content share (:func:`_one_way`)."""
    found = [s for s in (_one_way(first, second), _one_way(second, first)) if s is not None]
    return max(found) if found else None


def _by_actor(sides: Sequence[Side]) -> dict[str, list[int]]:
    """Each entity's sentences where it is a clause's subject or doer, in order: the only
    sentences :func:`_one_way` can take as a paraphrase of that entity's quotation, so the
    rule reads those instead of every sentence of the story (same pairs, less work)."""
    acting: dict[str, list[int]] = {}
    for k, side in enumerate(sides):
        for who in side.subjects | {who for who, _ in side.doers}:
            acting.setdefault(who, []).append(k)
    return acting


def quote_paraphrase_pairs(profiles: Sequence[UnitProfile], raw: np.ndarray,
                           features: Mapping[str, np.ndarray], threshold: float
                           ) -> list[tuple[int, int]]:  # fmt: skip
    """The claim index pairs (i < j, different articles) the rule lifts: a quotation
    and its paraphrase, content share at least :data:`CONTENT_SHARE`, scored under
    ``threshold`` by the model (``raw``), no :data:`CLASHES` feature set."""
    sides = [Side.of(p) for p in profiles]
    quoting = [k for k, s in enumerate(sides) if len(s.voices) == 1 and s.quoted]
    acting = _by_actor(sides) if quoting else {}
    pairs = set()
    for q in quoting:
        (speaker,) = sides[q].voices
        for k in acting.get(speaker, ()):  # a paraphrase has the speaker as an actor
            side = sides[k]
            if profiles[k].article_id == profiles[q].article_id or raw[q, k] >= threshold:
                continue
            share = _one_way(sides[q], side)
            if share is None or share < CONTENT_SHARE:
                continue
            if any(features[name][q, k] > 0 for name in CLASHES if name in features):
                continue
            pairs.add((min(q, k), max(q, k)))
    return sorted(pairs)


def same_quote_pairs(profiles: Sequence[UnitProfile], pairs: Sequence[tuple[int, int]],
                     probability: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """For each lifted pair, the paraphrase with its own article's sentences that quote
    the same speaker and are same-fact with the quotation (``probability`` at or above
    ``threshold``): "Etheridge has apologized … in a statement released by his office:"
    and the statement it introduces, "“I deeply … regret my reaction …”". Complete link
    joins two sentences of one article only when they are same-fact, so without this
    pair the paraphrase would make a second fact of the quotation (the other outlet's
    quote and its paraphrase) beside the fact of the two quotes: the same statement
    twice, and its omission listed twice."""
    sides = [Side.of(p) for p in profiles]
    found = set()
    for i, j in pairs:
        quote, other = (i, j) if _one_way(sides[i], sides[j]) is not None else (j, i)
        for m, side in enumerate(sides):
            if (m != other and profiles[m].article_id == profiles[other].article_id
                    and side.quoted and side.voices == sides[quote].voices
                    and probability[quote, m] >= threshold):
                found.add((min(other, m), max(other, m)))
    return sorted(found)


def lift_quote_paraphrases(probability: np.ndarray, pairs: Sequence[tuple[int, int]],
                           threshold: float) -> np.ndarray:  # fmt: skip
    """``probability`` with each pair put at the threshold (in place; returned)."""
    for i, j in pairs:
        probability[i, j] = probability[j, i] = max(float(probability[i, j]), threshold)
    return probability
