"""Speakers named through what they hold or own (session 21, issue 12).

Two phrases that name a speaker without a person's name at the cue:

- **An office with its place or body**: "Georgia's secretary of state … announced" in
  a lead that names him later ("Georgia Secretary of State Brad Raffensperger"). A
  place or organisation that owns an office leaves one holder, so the one person the
  article titles with that office and that owner is the speaker, whether named before
  or after the cue. None, or several, and the description stays as written.
- **Figures an organisation publishes**: "according to the latest data from the
  American Academy of Pediatrics" is the Academy's statement, as a report from it is.
  Only a named organisation owns them; "the data", "his numbers" or data from several
  owners are read by the other rules, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.extract.quotes.coref import DEFINITE
from newsprism.extract.quotes.released import releaser, unowned
from newsprism.extract.quotes.subjects import owner

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.people import Person
    from newsprism.extract.quotes.speakers import Speakers

__all__ = ["MAKERS", "data_owner", "is_data", "office_holder", "signed_by", "unowned_data"]

# verbs that make a document: its maker speaks through it ("the campaign released a
# statement"; "a letter signed by X")
MAKERS = {"release", "issue", "send", "publish", "post", "air", "run", "unveil", "launch",
          "write", "sign", "put", "circulate", "distribute", "file", "broadcast", "author",
          "draft", "prepare", "pen", "compile", "cosign", "co-sign"}  # fmt: skip


def signed_by(head: Token) -> Token | None:
    """ "a letter signed by X", "an ad paid for by X": the agent of a participle."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in MAKERS:
            agents = [c for c in child.children if c.dep_ == "agent"]
            pobj = [c for c in agents[0].children if c.dep_ == "pobj"] if agents else []
            if pobj:
                return pobj[0]
    return None


_PLACES = frozenset({"GPE", "ORG", "NORP"})


def data_owner(speakers: Speakers, head: Token) -> Token | None:
    """The named organisation whose figures ``head`` ("data", "figures") are, or who
    released them as the phrase says ("data released by the California secretary of
    state": :func:`.released.releaser`), or None."""
    if not is_data(speakers, head):
        return None
    released = releaser(head)
    if released is not None:
        return released
    source = owner(head)
    if source is None or source.ent_type_ != "ORG" or source.pos_ != "PROPN" or \
            source.conjuncts:  # fmt: skip
        return None  # several owners: the description names them all, as before
    return source


def is_data(speakers: Speakers, head: Token) -> bool:
    """``head`` is a noun for figures ("data", "figures", "estimates")."""
    low = head.lemma_.lower()
    return head.pos_ == "NOUN" and (low in speakers.lex.data or head.lower_ in speakers.lex.data)


def unowned_data(speakers: Speakers, head: Token) -> bool:
    """Figures no one is named for ("data compiled throughout the weekend"): the speaker
    is unresolved, never the noun "data" (:mod:`.released`)."""
    return is_data(speakers, head) and unowned(head)


def office_holder(speakers: Speakers, head: Token) -> Person | None:
    """The one person titled with the office ``head`` names with its owner, or None.

    ``head`` is a singular role noun with a possessive place or body ("Georgia's
    secretary of state", "the company's chief executive"); the person's title words
    must hold both the role (any noun of its group, as ``resolve_role`` reads them)
    and the owner's words.
    """
    if head.tag_ != "NN" or head.pos_ != "NOUN":
        return None
    poss = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ in _PLACES]
    groups = speakers.antecedents.role_groups(head)
    if not poss or not groups:
        return None
    place = poss[0]
    words = [t.lower_ for t in place.subtree if t.ent_type_ in _PLACES and t.tag_ != "POS"]
    aliases = [a for a, g in speakers.lex.roles.items() if g & groups]
    holders: dict[str, Person] = {}
    for person in speakers.people.persons:
        title = person.title
        if all(w in title.split() for w in words) and any(
                re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", title) for a in aliases):
            full = speakers.people.referent(person)
            holders[full.text] = full
    return next(iter(holders.values())) if len(holders) == 1 else None


def definite_source(head: Token) -> bool:
    """ "the sources", "the source": an unnamed source the article described before
    (``Speakers.resolve_document`` finds it among the speakers quoted before)."""
    det = {c.lower_ for c in head.children if c.dep_ == "det"}
    return head.pos_ == "NOUN" and head.lemma_.lower() == "source" and bool(det & DEFINITE)
