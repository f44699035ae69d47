""" "The newspaper wrote": the outlet the sentences just before had speaking or acting
(session 39, gold/speakers-fresh39).

"In a scathing opinion piece, The Wall Street Journal called on Trump to get his act
together … “He needs to stop blaming everyone else …,” the conservative-leaning
newspaper wrote." (an AFP report of 2016): "the newspaper" is a body noun, resolved
until now only to an organisation whose name holds the noun and every modifier ("the
conservative-leaning newspaper" is in no name), so the editorial had no speaker. A
reader takes the newspaper for the outlet that was the subject just before, as
:mod:`.company` reads "the company": the same walk back
(:func:`.company.nearest_subject_org`: the main subject of the nearest sentence with
an organisation or a person as its subject; a person, several organisations or no one
ends it with no speaker), with one more condition: that organisation is a news outlet
by its name (:func:`.accounts.is_outlet_name`: the outlet table, or a name ending in
a publication's word, "the Las Vegas Sun"). Unlike "the company", an adjective is
allowed ("the British tabloid", "the conservative-leaning newspaper"): a paper is
often named again by its leaning or its home. Never a possessive ("the newspaper's
editor") or a named one ("the Times newspaper", read by the rules it had).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.accounts import is_outlet_name
from newsprism.extract.quotes.company import nearest_subject_org

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["subject_outlet"]

_NOUNS = frozenset({"newspaper", "paper", "magazine", "tabloid", "broadcaster", "daily"})


def subject_outlet(head: Token, sents: Sequence[Span], sent_of: Sequence[int],
                   ent_of: Mapping[int, Span], quoted: Callable[[int], bool],
                   clean_name: Callable[[Span], tuple[int, int, str]],
                   ) -> tuple[int, int, str] | None:  # fmt: skip
    """(start, end, name) of the outlet a definite "the (…) newspaper" ``head`` stands
    for, or None when the sentences before do not say it alone."""
    if head.lemma_.lower() not in _NOUNS or head.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
            any(c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.pos_ == "PROPN")
                for c in head.children):  # fmt: skip
        return None
    org = nearest_subject_org(head, sents, sent_of, ent_of, quoted)
    if org is None or not is_outlet_name(org.root):
        return None
    return clean_name(org)
