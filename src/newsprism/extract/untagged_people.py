"""A person's full name the tagger left untagged, found from the surname it did tag.

National Review's "One of Raj Sookram’s tenants stopped paying rent" (NeuS raw row 198,
session 25): the small tagger leaves "Raj Sookram’s" untagged and tags every later
"Sookram" alone as an organisation, so the row read "Sookram" ORG and the quotes'
speaker an organisation. A surname alone that an earlier full name of the article ends
with is that person (entity linking joins a one-word mention to the person whose
surname it is, and retypes it); the full name only has to be a mention.

The rule: two proper nouns written together, the first a compound of the second ("Raj
Sookram"), neither inside any tagged name, the second also tagged alone elsewhere in
the article, and the pair read as a person's name by its form — followed by a
possessive ("Raj Sookram’s tenants": an owner) or opening with a known given name.
A title word ("Senator Sookram"), a capitalised word opening a sentence that is no
name, or a place are not given names: only the two tests above make a person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsprism.extract.mention_rules import is_place
from newsprism.models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["untagged_full_names"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun of letters, outside any tagged name."""
    return tok.tag_ == "NNP" and tok.text.isalpha() and tok.text.istitle() and \
        len(tok.text) > 1 and not tok.ent_type_  # fmt: skip


def _person_form(given: Token, surname: Token, given_names: frozenset[str],
                 titles: frozenset[str]) -> bool:
    """ "Raj Sookram’s", "Ronald Leonard": a possessive owner or a known given name."""
    if given.lower_ in titles or is_place(given.text) or is_place(surname.text):
        return False
    after = surname.doc[surname.i + 1] if surname.i + 1 < len(surname.doc) else None
    owner = after is not None and after.tag_ == "POS" and after.text in _POSSESSIVE
    return owner or given.lower_ in given_names


def untagged_full_names(doc: Doc, article_id: str, given_names: frozenset[str],
                        titles: frozenset[str], sentence_of: Callable[[int], int],
                        ) -> list[Mention]:  # fmt: skip
    """PERSON mentions of the full names (two words) whose surname the tagger tagged
    alone elsewhere in the article but not there (see the module docstring)."""
    alone = {e.text for e in doc.ents if len(e) == 1}
    found = []
    for surname in doc:
        if surname.i == 0 or surname.text not in alone or not _name_word(surname):
            continue
        given = doc[surname.i - 1]
        if given.dep_ != "compound" or given.head.i != surname.i or not _name_word(given):
            continue
        if _person_form(given, surname, given_names, titles):
            end = surname.idx + len(surname.text)
            found.append(Mention(article_id, sentence_of(given.i), f"{given.text} {surname.text}",
                                 "PERSON", given.idx, end))  # fmt: skip
    return found
