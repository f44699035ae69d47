"""Whose a speech verb is when a causative verb's object is made to speak.

"A California transit employee killed eight co-workers …, prompting the state's
governor to ask: “What the hell is wrong with us?”" (Reuters, NeuS raw row 399,
gold/speakers-neus5): "ask" is an infinitive (``xcomp``) of "prompting", whose own
subject, up the participle, is the employee; until session 27 the infinitive took it
and the governor's question was the gunman's. In English a verb with an object and an
infinitive ("prompted the governor to ask") makes its object the infinitive's subject
(object control), so the object speaks. Only for verbs that say the object then did it
(prompt, lead, cause, spur, move, …): after "urged him to say" or "asked her to
describe" the words may never have been said, and those stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["controller"]

# verbs that cause their object to do what the infinitive says, done
_CAUSING = frozenset({"prompt", "lead", "cause", "spur", "move", "drive", "provoke",
                      "inspire", "force", "compel", "push"})  # fmt: skip


def controller(verb: Token) -> Token | None:
    """The object of the causative verb ``verb`` is the infinitive of, when it has one
    before ``verb``: "prompting the state's governor to ask" gives "governor"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _CAUSING or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # fmt: skip
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if objects else None
