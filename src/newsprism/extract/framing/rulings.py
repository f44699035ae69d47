"""Whose word is a flag in what a ruling or a document holds: "a ruling that X": the ruling's.

National Review's "leaving in place a lower court's ruling that the school
unconstitutionally discriminated against a … student" (NeuS raw row 307, session 31)
had "discriminated" flagged as National Review's own word: it is what the court held,
the court's finding in the court's terms, which the outlet reports. :mod:`.findings`
gives a flag to a document that "found" or "concluded" it (a verb); this module reads
the same finding written as a noun with its content clause:

- the flag is inside a clause that is the noun's content ("ruling [that the school
  discriminated]": a clause set on the noun (``acl``) with "that" as its mark and a
  subject of its own, so "the ruling that upheld the ban", a relative clause whose
  "that" is the subject, is not one), with no verb of saying between;
- the noun is a ruling's or a finding's (:data:`RULING_NOUNS`: ruling, decision,
  verdict, judgment, opinion, order, finding, conclusion, determination), or a document
  of data/speech_verbs.toml (report, study, statement, complaint …) with its owner or
  name written on it ("the inspector's report", "the IPCC report", "the Obama
  administration's announcement"), so the clause is what the body held or the text
  says. Bare "reports that …" (AlterNet in MBIC: "there were also reports that the city
  was … cramming their new voting machines …") name no one: the outlet's hearsay
  stays the outlet's, as the weasel "critics say" does in :mod:`.reported`;
- the owner is the noun as the text names it, with its owner but without adjectives
  ("court's ruling" for "a lower court's ruling"), as :func:`.findings.named_document`.

A noun that is itself inside someone's statement ("which they say failed to act on
reports that …") is that speaker's account, not the noun's, and gets no owner here.

What someone thinks or fears ("the fear that …", "the belief that …") and a plain fact
("the news that …", "the fact that …") are no such nouns, and stay with the outlet.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.extract.framing.findings import NAME_DEPS
from newsprism.extract.quotes.lexicon import load_lexicon

RULING_NOUNS = frozenset({"ruling", "decision", "verdict", "judgment", "judgement", "opinion",
                          "order", "finding", "conclusion", "determination"})  # fmt: skip
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def content_clause_noun(clause: Token) -> Token | None:
    """The noun whose content ``clause`` is ("ruling [that X]"), when it is a ruling's or
    a document's noun (module docstring); else None."""
    head = clause.head
    if clause.dep_ != "acl" or head.pos_ != "NOUN" or head.i > clause.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if not any(m.lower_ == "that" for m in marks):
        return None
    if not any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    lemma = head.lemma_.lower()
    if lemma in RULING_NOUNS:
        return head
    owned = any(c.dep_ in NAME_DEPS for c in head.children if c.i < head.i)
    return head if owned and lemma in load_lexicon().documents else None


def named_ruling(noun: Token) -> str:
    """The noun with its owner and name words, no adjectives: "court's ruling"."""
    words = []
    for child in noun.children:
        if child.i < noun.i and child.dep_ in NAME_DEPS:
            words.extend(t for t in child.subtree if t.dep_ in NAME_DEPS or t is child)
    text = " ".join(t.text for t in sorted({*words, noun}, key=lambda t: t.i))
    return text.replace(" 's", "'s").replace(" ’s", "’s")


def ruling_owner(doc: Doc, a: int) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is inside what a ruling
    or a document holds; None otherwise (also when a verb of saying is nearer)."""
    speech = load_lexicon().forms
    for head in [doc[a], *doc[a].ancestors]:
        if head.pos_ in ("VERB", "AUX"):
            noun = content_clause_noun(head)
            if noun is not None:
                return None if _inside_speech(noun, speech) else named_ruling(noun)
            if head.i != a and head.lower_ in speech:
                return None
    return None


def _inside_speech(noun: Token, speech: frozenset[str]) -> bool:
    """The noun is itself inside what someone says ("the FBI, which they say failed to
    act on repeated reports that …", the Daily Wire, NeuS raw row 92, session 31): the
    clause is the speaker's account of the reports, which :mod:`.reported` gives its
    speaker or leaves with the outlet; the reports are not its owner."""
    return any(t.pos_ in ("VERB", "AUX") and t.lower_ in speech for t in noun.ancestors)
