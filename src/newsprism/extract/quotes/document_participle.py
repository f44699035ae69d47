"""A participle on a document's noun says what the document says: its sender's words.

"John Podesta … issued a statement calling the tax deal “a steep price”" (NYT, BASIL
df5fe55a) and "AARP CEO Barry Rand later issued a statement calling the article
“misleading”" (Fox, BASIL 576116e5): the marked words are the statement's, so its
sender's. :mod:`worded` reads a verb of naming or speaking about a thing ("call",
"describe", "label") only when it has a subject of its own, is joined to a verb that
has one, or is an -ing adjunct of a clause; a participle hung on a noun ("a statement
calling …") is none of these, so the words were no one's (gold/speakers-basil12).

English gives such a participle its noun as subject, and the speaker step already
reads a document's noun as its sender (``Subjects._from_noun``: the owner, "a letter
from X", else the subject of the verb that sends it, "issued a statement"). This
module says only when that reading is safe for a wording: an -ing participle, right
after the noun it modifies, that noun one of the lexicon's documents ("statement",
"letter", "release", …). "voters calling it “a disgrace”" (no document) and "the bill
described as “…”" (a past participle: by whom is not said) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

__all__ = ["document_participle", "sending_verb"]


def document_participle(verb: Token, documents: Set[str]) -> bool:
    """True when ``verb`` is an -ing participle modifying, right after it, a noun of
    ``documents`` ("a statement calling …", "a news release describing …")."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.i <= verb.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and noun.lower_ in documents and _next_to(noun, verb)


def sending_verb(verb: Token, documents: Set[str]) -> Token | None:
    """The verb whose object is the document ``verb`` modifies ("issued" in "issued a
    statement calling …"): the participle is asserted as that verb is (not "would
    issue", not "never issued"). None when the document is no verb's object ("In a
    statement calling …, the group said": that clause's verb is another's)."""
    if not document_participle(verb, documents):
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return noun.head


def _next_to(noun: Token, verb: Token) -> bool:
    """Nothing but the noun's own left-hung words or an owner ("from X") between the
    noun and the participle: "a statement calling", "a letter from Rep. Welch calling"."""
    between = noun.doc[noun.i + 1 : verb.i]
    owned = {s.i for c in noun.children if c.dep_ == "prep" and c.i < verb.i
             for s in c.subtree}  # fmt: skip
    return all(t.i in owned for t in between)
