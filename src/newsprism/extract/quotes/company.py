""""The company said": the organisation the sentences just before had speaking or acting.

"Drugmaker Merck said Friday that its experimental COVID-19 pill reduced
hospitalizations … The company said …" (NeuS raw row 46), "Pfizer Inc. said it expects
… The company also said …" (row 468): "the company" is a body noun, resolved until now
only to an organisation whose name holds the word or to an earlier "company"; Merck's and
Pfizer's names do not, so the quotes had no speaker (session 28 left "the company said"
×11 over NeuS 0–505 open: which organisations are companies is not known). A reader
takes "the company" for the organisation that was the **subject of the main clause** of
the nearest sentence before it that had an organisation or a person as its subject, so
that is the one rule: walk back at most three sentences (the cue's own sentence first,
before the noun); a sentence whose main subject is neither (a pronoun, "the services",
"the vaccine") is passed over; the first whose subject is a named organisation gives it,
and any other subject (a person, several organisations joined by "and", an agency's name:
an agency is no company) ends the walk with no speaker, never a guess. Only the bare
"the company" / "the firm": "the Atlanta-based company", "the company's CEO" keep the
rules they had.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.agency import AGENCY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["nearest_subject_org", "org_named_before", "subject_company"]

_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation"})
_BACK = 3  # sentences looked at before the noun's own


def _main_subject(sent: Span, before: int) -> Token | None:
    """The subject of ``sent``'s root (only tokens before index ``before``), if any."""
    for tok in sent.root.children:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.i < before:
            return tok
    return None


def _org_of(subject: Token, ent_of: Mapping[int, Span]) -> Span | None:
    """The organisation entity ``subject`` is in (``Article.ent_of``), or None."""
    ent = ent_of.get(subject.i)
    return ent if ent is not None and ent.label_ == "ORG" else None


def nearest_subject_org(head: Token, sents: Sequence[Span], sent_of: Sequence[int],
                        ent_of: Mapping[int, Span], quoted: Callable[[int], bool],
                        ) -> Span | None:  # fmt: skip
    """The named organisation that is the main subject of the nearest sentence before
    ``head`` (its own sentence first, before it) with an organisation or a person as
    its main subject; None when that subject is anyone else or several joined, or
    when no such sentence is within reach. Shared by "the company" and "the
    newspaper" (:mod:`.outlet_noun`)."""
    n = sent_of[head.i]
    for k in range(n, max(-1, n - _BACK - 1), -1):
        subject = _main_subject(sents[k], head.i)
        if subject is None or quoted(subject.i) or subject.i == head.i:
            continue
        org = _org_of(subject, ent_of)
        if org is None:
            if subject.ent_type_ in ("PERSON", "NORP", "GPE") or subject.pos_ == "PROPN":
                return None  # someone else was speaking or acting
            continue  # "It blamed …", "The services were down …"
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "Facebook, WhatsApp and Instagram are back online"
        return org
    return None


def subject_company(head: Token, sents: Sequence[Span], sent_of: Sequence[int],
                    ent_of: Mapping[int, Span], quoted: Callable[[int], bool],
                    clean_name: Callable[[Span], tuple[int, int, str]],
                    ) -> tuple[int, int, str] | None:  # fmt: skip
    """(start, end, name) of the organisation a bare "the company" ``head`` stands for,
    or None when the sentences before do not say it alone."""
    if head.lemma_.lower() not in _NOUNS or head.tag_ != "NN" or \
            any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):  # fmt: skip
        return None
    org = nearest_subject_org(head, sents, sent_of, ent_of, quoted)
    if org is None:
        return None
    start, end, name = clean_name(org)
    if any(w.lower() in AGENCY_WORDS for w in name.split()[1:]):
        return None
    return start, end, name


def org_named_before(head: Token, ents: Sequence[Span], quoted: Callable[[int], bool],
               clean_name: Callable[[Span], tuple[int, int, str]],
               ) -> tuple[int, int, str] | None:  # fmt: skip
    """ "The nearby St. Louis Tea Party had an all-hands-on-deck response … the St. Louis
    group fired off …" (BASIL 2010 ``97b1305c_2``, gold/speakers-basil4): a definite
    "group" (company, firm, organization) with proper-name words before it is the one
    organisation named before whose name holds all those words; it was shown as the
    description "the St. Louis group". Two such organisations, or none: no change."""
    if head.lemma_.lower() not in _NOUNS or head.tag_ != "NN":
        return None
    names = [t for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             for t in c.subtree]  # fmt: skip
    if not names or any(c.dep_ == "poss" for c in head.children):
        return None
    found: dict[str, tuple[int, int, str]] = {}
    for ent in ents:
        if ent.end <= head.i and ent.label_ == "ORG" and not quoted(ent.start) and \
                {t.text for t in names} <= {t.text for t in ent} and head.i not in \
                range(ent.start, ent.end):  # fmt: skip
            start, end, name = clean_name(ent)
            found.setdefault(name.lower(), (start, end, name))
    return next(iter(found.values())) if len(found) == 1 else None
