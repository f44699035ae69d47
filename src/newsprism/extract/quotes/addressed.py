"""An addressee verb's infinitive that the parse hangs as an adverbial clause.

"Tyler Perry urged the global Oscars audience to “refuse hate” and work harder …"
(Variety, NeuS raw row 494, gold/speakers-neus6): the parser makes "refuse" an
``advcl`` of "urged", not its ``xcomp``, so the verb had no content, the quotation no
cue, and Perry's words were dropped. After a verb whose object is the hearer (urge, ask,
tell, advise, warn: ``addressee`` and ``infinitive`` in data/speech_verbs.toml) a "to"
infinitive that opens right after that object is what was urged, asked or told; a purpose
clause there ("urged the board, in order to …", "asked him, to …") is set off by a comma
or "in order", and is not taken. Verbs whose object is the thing said ("promised money
to rebuild …") are not addressee verbs, so their purpose clauses stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["hung_infinitive"]


def hung_infinitive(verb: Token, addressee_verbs: frozenset[str], base: str) -> list[Token]:
    """[the infinitive] when ``verb`` (an addressee verb, base ``base``) has an object
    followed at once by an ``advcl`` "to" infinitive; else []."""
    if base not in addressee_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1:
        return []
    after = objects[0].right_edge.i + 1
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.left_edge.i != after:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" and c.i == after for c in clause.children) \
                and not any(c.dep_ == "mark" for c in clause.children):  # fmt: skip
            return [clause]
    return []
