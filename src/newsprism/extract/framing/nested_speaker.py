"""A cue the parse tucked inside someone's statement speaks with that statement's speaker.

Reuters (NeuS raw row 57, session 36): "U.S. Treasury Secretary Janet Yellen on Tuesday
again warned lawmakers that the nation was close to exhausting its federal borrowing
capabilities - now set for Oct. 18 - and urged Congress to act in order to avert
“serious harm” to the economy." The parse hangs "urged" as a conjunct inside the
"that" clause of "warned", so the quote extractor gives "urged" the clause's subject,
"the nation", which it cannot resolve to anyone (``resolved`` "none", ``speaker``
None). The framing layers then read the quote's surface as its source and showed
“serious harm” as a partial quote spoken by "the nation".

A cue verb with no subject of its own — a conjunct that borrows one through the parse,
here from "was" through the subjectless participle "set" it is conjoined to — whose
borrowed subject resolves to no one, lying inside the content of another quote
whose speaker is resolved, is a second verb of that speaker: the only one the sentence
names as saying these words is the speaker of the statement around them. Its words are
given to that speaker here, for the framing layers' "whose words" only; the quote
extractor's own record (``compare``'s quotes and voices) is unchanged. A cue with a
subject of its own ("… that the committee urged …") keeps its own, resolved or not, and
so does one conjoined to a verb with a subject ("… that the committee met and urged …",
a coordination English allows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsprism.extract.quotes.quote_records import QuoteSpan

NESTED_SPEAKER_RULE = True  # off: an unresolved conjunct cue speaks with its surface
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _borrowed_subject(doc: Doc, q: QuoteSpan) -> bool:
    """``q``'s cue is a conjoined verb with no subject of its own, conjoined to a verb
    with none either ("now set for Oct. 18 - and urged": a participle, which a finite
    verb of speaking is not coordinated with in English)."""
    if q.cue_start is None or q.cue_end is None:
        return False
    span = doc.char_span(q.cue_start, q.cue_end, alignment_mode="expand")
    verb: Token | None = next((t for t in span or () if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "conj":
        return False
    return not any(c.dep_ in _SUBJECTS for c in (*verb.children, *verb.head.children))


def _enclosing_speaker(q: QuoteSpan, quotes: Sequence[QuoteSpan]) -> str | None:
    """The resolved speaker of the innermost other quote whose content holds ``q``'s cue
    and ``q`` itself."""
    at = q.cue_start
    around = [o for o in quotes if o is not q and o.speaker and at is not None
              and o.start <= at and q.end <= o.end]  # fmt: skip
    if not around:
        return None
    return min(around, key=lambda o: o.end - o.start).speaker


def lift_nested(doc: Doc, quotes: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """``quotes`` with each unresolved conjunct cue inside a resolved speaker's statement
    given that speaker (module doc); every other quote as it was."""
    if not NESTED_SPEAKER_RULE:
        return list(quotes)
    out = []
    for q in quotes:
        if q.speaker is None and q.resolved == "none" and _borrowed_subject(doc, q):
            speaker = _enclosing_speaker(q, quotes)
            if speaker:
                q = replace(q, speaker=speaker)
        out.append(q)
    return out
