"""The statement whose issuer the sentence before the quotation names (issue 12, session 39).

"The U.S. Marine Corps sharply denied the allegations. ¶ “All crew served weapons were
destroyed …,” the statement read." (gold/speakers-fresh37, FNC-1 body 566). "The
statement" names no earlier statement and no owner, so it was read as "the last
statement quoted", and there was none: the Marine Corps' words stayed unresolved. A
reader takes the statement for the words of whoever the sentence right before the
quotation has answering or announcing.

So a definite document that reads a direct quotation ("the statement read", "the
statement said"), when the article names no document of its kind before it, belongs to
the subject of the sentence that ends right before the quotation opens, when

- nothing but the quotation (and punctuation) stands between that sentence and the
  document's phrase: the announcement introduces these very words;
- that sentence's main verb is a verb of speech ("denied", "responded") or makes a
  document ("issued", "released");
- its subject is a name (a person or an organisation), or a noun with a name in
  apposition ("the advocacy group Marijuana Policy Project"), never a pronoun or a
  description: a "he" or "an official" would be a guess passed on (the caller keeps
  only a speaker resolved by name).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["announcing_subject"]

_NOUNS = ("PROPN", "NOUN")


def announcing_subject(head: Token, qid: list[int], *,
                       speech_base: Callable[[Token], str | None],
                       makers: Collection[str],
                       subject_of: Callable[[Token], Token | None]) -> Token | None:  # fmt: skip
    """The subject of the sentence announcing the quotation ``head`` (a definite
    document) reads, or None (see the module docstring)."""
    doc = head.doc
    quoted = False
    k = min(head.left_edge.i, head.head.i) - 1  # "“…,” reads the tagline": the verb first
    while k >= 0 and (qid[k] != -1 or doc[k].is_punct or doc[k].is_space):
        quoted = quoted or qid[k] != -1
        k -= 1
    if k < 0 or not quoted or doc[k].sent == head.sent:
        return None
    root = doc[k].sent.root
    if qid[root.i] != -1 or not (speech_base(root) or root.lemma_.lower() in makers):
        return None
    subject = subject_of(root)
    if subject is None or subject.pos_ not in _NOUNS:
        return None  # a pronoun: the caller also wants a name, not a description
    return subject
