"""An endorsement verb in the outlet's voice is a plain way to report, not a flag.

The lexicon's attribution verbs come from Wikipedia's "Synonyms for said" (MOS:SAID),
which lists two kinds: verbs that cast doubt or blame on what was said ("claimed",
"insisted", "denied", "admitted") and verbs that present it as fact ("noted",
"explained", "pointed out", "clarified", "revealed", "disclosed", "observed"; the
lexicon's ``endorsement`` connotation). Read in their sentences on BASIL 2010–2012,
the second kind is how news reports an ordinary statement: "Mr. Huckabee noted in
regular audio updates Wednesday that Chick-fil-A did not participate", "Asked why he
opposed civil unions, he explained that …", "as Mr. Smythe pointed out, “the committees
of jurisdiction determine the details”". Of the 26 such flags there, 23 touch no bias
span and none is the only flag on a ``lex`` span; the annotators marked the first kind,
not this one (docs/eval-framing.md, "Session 29: flags that touch no span").

So an endorsement verb outside a quotation is counted with the neutral attributions
("said") and is no flag; every other connotation stays, and so does a verb whose
particle turns it into a judgement ("Kirby explained away the equipment …": to explain
away is to dismiss; National Review, NeuS raw row 134). A verb inside a quotation was
never counted (session 24) and stays in ``attributions`` as before, marked ``in_quote``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsprism.extract.framing.results import AttributionUse

ENDORSEMENT = "endorsement"
JUDGING_PARTICLES = frozenset({"away"})  # "explained away": dismissed, not reported


def is_endorsing(use: AttributionUse) -> bool:
    """``use`` presents the statement as fact ("noted", "explained", "pointed out")."""
    return use.connotation.split(":", 1)[0].strip() == ENDORSEMENT


def _judging_particle(doc: Doc, use: AttributionUse) -> bool:
    """The verb has a particle that makes it a judgement ("explained away")."""
    span = doc.char_span(use.span.start, use.span.end, alignment_mode="expand")
    return span is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ in JUDGING_PARTICLES
                                    for t in span for c in t.children)  # fmt: skip


def split_endorsing(doc: Doc, uses: Sequence[AttributionUse]) -> tuple[list[AttributionUse], int]:
    """``uses`` without the outlet's plain endorsement verbs, and how many were taken out
    (to count with the neutral attributions)."""
    kept = [u for u in uses if u.span.in_quote or not is_endorsing(u)
            or _judging_particle(doc, u)]  # fmt: skip
    return kept, len(uses) - len(kept)
