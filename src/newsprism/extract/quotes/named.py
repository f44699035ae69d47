"""Step 4b's one-word case: a word in marks that a subject names a thing by is its own.

"In 2009, the editors selected a photo of Sarah Palin in running shorts, which the
former governor — and many others — called “sexist.”" (NYT, BASIL 550b80db): the word
in marks is the subject's, as in "Smith labeled the bill a “disaster”" or "described
the plan as “reckless”". :mod:`worded` leaves every one-word quotation alone as a scare
quote (the reporter's marks on a label: "the “heartbeat” bill", "pushing a “reset”"),
so until session 25 nothing was quoted there (gold/speakers-basil6).

The one word is the subject's only when it is what the verb names its object: the
verb's object predicate ("called it “sexist”", "labeled the bill a “disaster”", the
parse's ``oprd``) or the object of an "as" hung on the verb ("described the plan as
“reckless”", "dismissed it as “silly”"). Every other guard of :mod:`worded` still holds
(a verb of naming or speaking about a thing, asserted, active, a subject of its own
that resolves to someone named, not "they"; a capitalised word in marks is a name, not
a wording), so "called for a “balanced” agreement" (a word inside what is asked for)
and "the “heartbeat” bill" stay no quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Step
    from newsprism.extract.quotes.marks import Quotation
    from newsprism.extract.quotes.speakers import Speaker

__all__ = ["named_as", "names_self", "one_word", "unnamed"]


def named_as(q: Quotation, verb: Token, step: Step) -> bool:
    """True when the one word in marks of ``q`` is what ``verb`` names its object:
    its object predicate, or the object of an "as" hung on it."""
    line = step.text[step.text.rfind("\n", 0, verb.idx) + 1 : verb.idx]
    if line.count("“") > line.count("”") or line.count('"') % 2:
        return False  # “I'd rather live in what he calls “hell” than …”: inside someone's
        # quotation, whose "he" is not the quoted speaker (PolNeAR dev, HuffPost)
    inside = {i for s, e in q.parts for i in step.art.token_range(s, e)}
    tops = [step.doc[i] for i in sorted(inside)
            if step.doc[i].head.i not in inside and not step.doc[i].is_punct]  # “sexist.”
    if len(tops) != 1:
        return False  # the marks hold no single phrase of the sentence
    top = tops[0]
    if top.dep_ == "oprd" and top.head.i == verb.i:
        return True  # "called it “sexist”", "labeled the bill a “disaster”"
    head = top.head
    return head.lower_ == "as" and head.dep_ == "prep" and head.head.i == verb.i


def names_self(speaker: Speaker, verb: Token, start: int) -> bool:
    """True when a pronoun subject of ``verb`` was resolved to someone named between the
    verb and the marks (at ``start``): "He called Steele's comments “unacceptable”"
    (BASIL 2b95d2cf, Fox: DeMint's words) cannot be Steele's, as a pronoun is not the
    name it stands before in its own clause; the pronoun step's Steele is wrong, so the
    words are left without a quote. Only for a pronoun: "a spokesperson for Grassley
    touted Grassley's “strong record”" (BASIL 22b6e900) is the spokesperson's."""
    words = (speaker.name or "").split()
    if speaker.resolved != "pronoun" or not words:
        return False
    last = words[-1].lower()
    return any(t.lower_ == last and t.pos_ == "PROPN"
               for t in verb.doc[verb.i + 1 : verb.sent.end] if t.idx < start)  # fmt: skip


def one_word(q: Quotation, text: str) -> bool:
    """One word between the marks ("data-driven" is one: spaces count, not tokens)."""
    return sum(len(text[s:e].split()) for s, e in q.parts) < 2


def unnamed(speaker: Speaker) -> bool:
    """A described speaker with no name in the description ("Critics call it a
    “manifesto”", "the former governor"): one word in marks is then left a scare quote
    (tests/extract/test_framing.py), not given to a group nobody names; "the Association
    of Flight Attendants", "a senior Biden administration official" keep it."""
    words = (speaker.surface or speaker.name or "").split()
    return speaker.resolved == "description" and \
        not any(w[:1].isupper() for w in words[1:])  # fmt: skip
