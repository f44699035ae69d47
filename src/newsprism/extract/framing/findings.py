"""Whose word is a flag in what a report found: the report's.

"The sobering assessment also found that some changes … are "irreversible for centuries
to millennia."" (NBC on the IPCC report, NeuS raw row 191; docs/eval-compare.md, third
pass of session 25): "irreversible" is the report's finding in the report's words, not
NBC's judgement, and the quote extractor, which takes "find" for no speech verb (a
person who "found" something did not say it), names no speaker for it. So here, for one
flagged phrase:

- a verb of finding (:data:`FINDING_VERBS`: "found", "concluded", "shows") takes it in
  its clause ("found [that X are irreversible]", "found [X irreversible]"), with no
  other verb of finding or saying between;
- the verb's subject is a document (the document nouns of data/speech_verbs.toml:
  report, study, survey, assessment, analysis, audit, poll …), so the finding is the
  document's, stated in it. A person's or a newspaper's "found" ("Smith found the
  hearing outrageous", "the Post found …") is a judgement and stays with the outlet
  or with :mod:`.reported`;
- the verb says it was found: not negated ("the audit did not find the vote “rigged”")
  nor the clause of a verb of failing ("failed to show that …", session 26): what a
  report did not find is no word of the report's;
- the owner is the document as the text names it, without its adjectives ("the
  sobering assessment" is the "assessment"): the outlet's adjective is not the
  report's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.extract.quotes.content import failed
from newsprism.extract.quotes.lexicon import load_lexicon

FINDING_VERBS = frozenset({"find", "conclude", "show"})
CLAUSES = frozenset({"ccomp", "xcomp", "oprd"})  # "found [that …]", "found X [irreversible]"
NAME_DEPS = frozenset({"compound", "nmod", "poss", "case"})  # "the IPCC's climate report"


def finding_verb(doc: Doc, a: int) -> Token | None:
    """The verb of finding whose clause holds token ``a`` with a document as its
    subject (module docstring), if any."""
    below = doc[a]
    speech = load_lexicon().forms
    for head in doc[a].ancestors:
        if head.pos_ == "VERB" and head.lemma_.lower() in FINDING_VERBS:
            if below.dep_ not in CLAUSES or document_subject(head) is None or \
                    not found(head):  # fmt: skip
                return None
            return head
        if head.pos_ == "VERB" and head.lower_ in speech:
            return None  # another statement is nearer
        below = head
    return None


def document_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a document noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    return subject if subject.lemma_.lower() in load_lexicon().documents else None


def named_document(subject: Token) -> str:
    """The document as the text names it, without adjectives or article: "IPCC report"
    for "the new IPCC report", "assessment" for "the sobering assessment"."""
    words = [t for t in subject.subtree if t.i < subject.i and t.dep_ in NAME_DEPS]
    return " ".join(t.text for t in [*words, subject]).replace(" 's", "'s")


def finder(doc: Doc, a: int) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is what a document found;
    None when it is not in such a finding."""
    verb = finding_verb(doc, a)
    if verb is None:
        return None
    subject = document_subject(verb)
    return named_document(subject) if subject is not None else None


def found(verb: Token) -> bool:
    """The verb of finding is asserted: no "not"/"never" of its own, no verb of failing
    above it (:func:`~newsprism.extract.quotes.content.failed`)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    return not failed(verb)
