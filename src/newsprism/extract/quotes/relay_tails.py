"""A relay clause at the end of a reported clause is not its content (session 26).

"A draft report … confirms President Joe Biden’s win over Donald Trump in Maricopa
County, the Arizona Republic first reported Thursday." (HuffPost, NeuS raw row 66): the
parse hangs "reported" under "confirms" as its clause, with "win" and "the Arizona
Republic" both its subjects, so the content of "confirms" ran on into ", the Arizona
Republic first reported Thursday" — the outlet saying who told it first, not what the
report confirms. The tail cut here is a speech verb inside the content with a subject
of its own set off by a comma, and nothing after the verb but its modifiers (a time,
"first", "on Thursday"): no clause or object of its own, so it relays what went before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

_SET_OFF = frozenset({",", "—", "–"})
_OWN_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "csubj", "oprd", "dative"})


def relay_tail(art: Article, verb: Token, tokens: list[Token]) -> set[int]:
    """Token ids of a trailing ", X reported [Thursday]" in the content of ``verb``
    (empty: none), with the comma before it."""
    ids = {t.i for t in tokens}
    words = [t.i for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return set()
    first, last = min(words), max(words)
    doc = art.doc
    for cue in tokens:
        if cue.i == verb.i or cue.pos_ != "VERB" or art.speech_base(cue) is None:
            continue
        if any(c.dep_ in _OWN_CONTENT and c.i > cue.i for c in cue.children):
            continue  # "…, the Post reported that …": a statement of its own
        subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
        if not subjects:
            continue
        start = subjects[-1].left_edge.i
        if start <= first or doc[start - 1].text not in _SET_OFF:
            continue
        if any(art.qid[i] != -1 for i in range(start, last + 1)):
            continue  # inside quotation marks: the speaker's words
        if all(t.i in ids or t.is_punct for t in doc[start : last + 1]):
            return {i for i in ids if i >= start - 1}
    return set()
