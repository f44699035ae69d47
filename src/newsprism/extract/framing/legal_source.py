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

Session 39 (docs/eval-framing.md, "Session 39: word senses neutral in context") found
three more forms of the same source on NeuS train rows, which the parse hides: a
subjectless "-ing" participle whose filing sits higher up ("filed a lawsuit against
several … manufacturers **alleging** that …", the participle hung on the manufacturers;
"sued the state of Georgia on Friday, **alleging** …", read as a clausal subject), and
"**It** alleges that …" right after a sentence whose subject is the filing ("The 15-count
indictment made public Thursday charges the company …").
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


# Verbs that bring a case: a participle under them is the filing's accusation.
FILING_VERBS = frozenset({"sue", "file", "indict", "charge"})
FILING_REACH = 4  # heads above a participle to look for the filing (through "against X")


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


def _filing_above(verb: Token) -> bool:
    """A subjectless "-ing" participle with a filing, or a verb that brings a case,
    among its nearest heads: "filed a lawsuit against X alleging", "sued …, alleging"."""
    if verb.tag_ != "VBG" or _nsubj(verb) is not None:
        return False
    return any(a.lemma_.lower() in LEGAL_SOURCES | FILING_VERBS
               for a in list(verb.ancestors)[:FILING_REACH])  # fmt: skip


def _filing_before(subject: Token) -> bool:
    """``subject`` is "it" and the sentence before has a filing for subject ("The
    indictment charges the company … It alleges that …")."""
    sent = subject.sent
    if subject.lower_ != "it" or sent.start == 0:
        return False
    before = subject.doc[sent.start - 1].sent
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in LEGAL_SOURCES
               for t in before)  # fmt: skip


def from_legal_source(doc: Doc, use: AttributionUse) -> bool:
    """``use`` is an accusing verb whose subject is a filing or the side bringing it."""
    span = doc.char_span(use.span.start, use.span.end, alignment_mode="expand")
    if span is None or use.span.in_quote or span.root.lemma_.lower() not in ACCUSING_VERBS:
        return False
    subject = _subject(span.root)
    if subject is not None and (subject.lemma_.lower() in LEGAL_SOURCES
                                or _filing_before(subject)):  # fmt: skip
        return True
    return _filing_above(span.root)  # the noun a participle hangs on may be the defendant


def split_legal_sources(doc: Doc, uses: Sequence[AttributionUse]
                        ) -> tuple[list[AttributionUse], int]:  # fmt: skip
    """``uses`` without the verbs :func:`from_legal_source` finds, and how many left (to
    count with the neutral attributions)."""
    kept = [u for u in uses if not from_legal_source(doc, u)]
    return kept, len(uses) - len(kept)
