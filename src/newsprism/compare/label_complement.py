"""An object's complement is no apposition of a name inside the object (session 28).

"The Senate passed legislation Tuesday that designates Juneteenth, the anniversary of the
emancipation of those who were enslaved in the United States, a national holiday" (NeuS
raw row 344, National Review): "a national holiday" is what the bill makes Juneteenth,
the second object of "designates"; the parse sets it beside "United States", the last
noun of the object's long apposition, and "words for the same thing" showed "the United
States, a national holiday". A verb that names its object as something ("designate",
"declare", "name", "call", "make" …, the English verbs that take an object and its
complement) closes its clause with the complement, so an apposition after a name nested
inside that verb's object belongs to the object, not to the name.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs taking an object and an object complement ("designates X a holiday", "named him
# chairman", "declared it a disaster"): the complement is a noun phrase after the object
NAMING_VERBS = frozenset({
    "designate", "declare", "name", "call", "make", "dub", "elect", "appoint", "proclaim",
    "deem", "consider", "label", "crown", "rename", "term", "title", "brand", "nominate",
})  # fmt: skip


def object_complement(root: Token, appos: Token) -> bool:
    """``appos``, set beside the name ``root`` by the parse, is the complement of a naming
    verb whose direct object holds the name below its own head: the name is not that
    object ("designates Juneteenth, the anniversary of … the United States, a national
    holiday": "United States" is deep inside the object "Juneteenth"), and the
    apposition is the last phrase of the verb's clause (nothing but punctuation after
    it). "Named Smith, a lawyer, chairman" (the name the object itself) keeps its
    apposition."""
    if appos.left_edge.i < 1 or root.doc[appos.left_edge.i - 1].text != ",":
        return False  # a bracket's "(R., Calif.)" is the name's own
    if any(t.pos_ not in ("PUNCT", "SPACE") for t in
           root.doc[appos.right_edge.i + 1 : root.sent.end]):
        return False
    node = root
    while node.head.i != node.i:  # spaCy makes a new Token per access: compare indices
        parent = node.head
        if parent.lemma_.lower() in NAMING_VERBS and parent.pos_ == "VERB":
            return node.dep_ == "dobj" and node.i != root.i and node.i < root.i
        node = parent
    return False
