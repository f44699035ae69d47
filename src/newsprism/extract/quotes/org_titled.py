"""An organisation's name before a title and a person: "the Department of Health and
Human Services Secretary Xavier Becerra said".

The organisation names the person's office, as "State Department" does in "State
Department spokesman Ned Price"; the person speaks. With a long organisation name the
small parser ends the subject at the organisation and hangs the title and the name on
the verb as a second subject (or on the organisation's "of"), and the first subject,
the organisation, was taken as the speaker: a person's words given to the department
(NeuS raw row 451, LGBTQ Nation; docs/eval-compare.md session 33, i12-read40). When a
person's name follows the organisation's name after one to three words with no
punctuation, one of them a role noun of ``roles.toml`` ("secretary", "director"), and
the parse puts that name in the subject or beside it as a subject of the same verb,
the name is the speaker. An organisation alone ("the Department of Justice said") and
an organisation set off from a name by a comma ("the department, Becerra said") or
joined to it ("the Department of Energy and Secretary Jennifer Granholm said": both
speak) are left as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.nlp import doc_ents

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token

__all__ = ["person_after_org_title"]

_MAX_TITLE = 3  # "Secretary", "press secretary", "acting deputy director"
_JOINS = frozenset({"and", "or", "nor", "with"})  # "the department and Secretary X": both


def person_after_org_title(subject: Token, verb: Token, roles: Collection[str]) -> Token | None:
    """The head of the person's name after an organisation's name and a title that
    open the subject of ``verb``, or None."""
    org = _entity(subject, "ORG")
    if org is None:
        return None
    doc = subject.doc
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or not org.end < ent.start <= org.end + _MAX_TITLE:
            continue
        title = doc[org.end : ent.start]
        if any(t.is_punct or t.is_quote or not t.is_alpha or t.dep_ == "cc"
               or t.lower_ in _JOINS for t in title):  # fmt: skip
            return None
        if not any(t.lower_ in roles for t in title):
            return None
        head = ent.root
        in_subject = head in list(subject.subtree)
        beside = head.dep_ == "nsubj" and head.head.i == verb.i
        return head if in_subject or beside else None
    return None


def _entity(token: Token, label: str) -> Span | None:
    """The named entity of ``label`` that holds ``token``, or None. A token outside every
    entity of that label (its ``ent_type_``, which spaCy sets from the same entity
    tags ``doc.ents`` reads) needs no scan: asked of every speech verb's subject, the
    scan built the article's entities anew each time (1.8 % of the 50-article story's
    analysis, session 36)."""
    if token.ent_type_ != label:
        return None
    return next((e for e in doc_ents(token.doc)
                 if e.label_ == label and e.start <= token.i < e.end), None)  # fmt: skip
