"""An accusation attributed to its legal source ("the lawsuit alleges") is no doubt verb.

The lexicon counts "allege", "claim", "contend" and "assert" as verbs that cast doubt
on what was said (MOS:SAID). The guide for "allege" says what the word is for:
wrongdoing asserted but not yet determined, with the source made clear (MOS:ALLEGED;
the AP Stylebook, entry "allege": specify the source — an indictment, a complaint, the
officials connected with the case). When the subject of the verb is that source — a
lawsuit, a complaint, an indictment, a petition, the plaintiffs, the prosecutors —
the sentence does exactly what the guides ask: "the complaint alleges that the company
violated antitrust law" is how an unproven charge is reported, and "the suit claims"
names a claim in the legal sense. The writer casts no doubt of their own; the verb is
counted with the neutral attributions, beside "said".

Session 30 (docs/eval-framing.md): on BASIL 2010–2012 the two such flags ("The
10-year-old lawsuit … claims that Wal-Mart …", "The lawsuit alleges that the company's
corporate culture …") touched no bias span. A person's or a defendant's claim stays a
flag ("he claimed the charges were political"), and so does a verb inside a quotation.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.extract.framing.results import AttributionUse

ACCUSING_VERBS = frozenset({"allege", "claim", "contend", "assert"})

# A filing in a case, or the side that brings it (lemmas, lower case).
LEGAL_SOURCES = frozenset({
    "lawsuit", "suit", "complaint", "indictment", "filing", "petition", "affidavit",
    "motion", "plaintiff", "prosecutor", "prosecution", "countersuit", "subpoena",
})


def _nsubj(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; the noun a participle modifies ("a complaint alleging"); the
    filing of the verb a participle follows ("filed a complaint …, alleging"); or, when
    an aside splits the subject off ("The lawsuit, argued in court Tuesday, claims"),
    the aside's subject (the parser hangs it there)."""
    subject = _nsubj(verb)
    if subject is not None:
        return subject
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    aside = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
    return _nsubj(aside) if aside is not None else None


def from_legal_source(doc: Doc, use: AttributionUse) -> bool:
    """``use`` is an accusing verb whose subject is a filing or the side bringing it."""
    span = doc.char_span(use.span.start, use.span.end, alignment_mode="expand")
    if span is None or use.span.in_quote or span.root.lemma_.lower() not in ACCUSING_VERBS:
        return False
    subject = _subject(span.root)
    return subject is not None and subject.lemma_.lower() in LEGAL_SOURCES


def split_legal_sources(doc: Doc, uses: Sequence[AttributionUse]
                        ) -> tuple[list[AttributionUse], int]:  # fmt: skip
    """``uses`` without the verbs :func:`from_legal_source` finds, and how many left (to
    count with the neutral attributions)."""
    kept = [u for u in uses if not from_legal_source(doc, u)]
    return kept, len(uses) - len(kept)
