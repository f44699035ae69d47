"""A speech verb in a relative clause says nothing of the clause it hangs on: "The
announcements came during a news conference at which Attorney General Letitia James
said an independent probe had found that …".

The small parser often reads such a sentence with the speech verb as its root, the
host clause ("The announcements came during a news conference") as one more clause the
verb reports, and "at which" inside the speaker's phrase. The quote then gave the
writer's words on the host to the speaker, glued to what the speaker did say, and the
speaker was shown as "at which state Attorney General Letitia James" (NeuS raw row 205,
the New York Post; docs/eval-compare.md session 33, i12-read40). When a relative word
("which", "whom", "where", "when", "whereby") opens the speaker's phrase or stands right
before it, every word before that relative word is the host's: it is cut from the
content and from the speaker's phrase. A relative word inside the content ("said the
room where they met was full") is the content's own and is not looked at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["after_relative_word", "host_ids", "past_relative_word"]

_RELATIVE = frozenset({"which", "whom", "where", "when", "whereby"})
_TAGS = frozenset({"WDT", "WP", "WRB"})
_BEFORE = 2  # "at which", "during which" right before the subject


def _is_relative(token: Token) -> bool:
    """A relative word as the tagger reads it ("when" as a conjunction is WRB too, but
    stands before a clause's subject only when it opens that clause)."""
    return token.lower_ in _RELATIVE and token.tag_ in _TAGS


def relative_opener(verb: Token) -> Token | None:
    """The relative word that opens the clause of ``verb`` before its subject, or None."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < verb.i), None)  # fmt: skip
    if subject is None:
        return None
    first = max(verb.sent.start, subject.left_edge.i - _BEFORE)
    found = [t for t in verb.doc[first : subject.i] if _is_relative(t)]
    return found[-1] if found else None


def host_ids(verb: Token, tokens: list[Token]) -> set[int]:
    """The content tokens that lie before the relative word opening the clause of
    ``verb``: the host clause's, not the speaker's."""
    opener = relative_opener(verb)
    return {t.i for t in tokens if t.i < opener.i} if opener is not None else set()


def after_relative_word(tokens: list[Token], head: Token) -> list[Token]:
    """A speaker phrase without a relative word that opens it and the words before it:
    "at which state Attorney General Letitia James" -> "state Attorney General Letitia
    James"."""
    cut = [n for n, t in enumerate(tokens) if t.i < head.i and _is_relative(t)]
    return tokens[cut[-1] + 1 :] if cut else tokens


def past_relative_word(root: Token, start: int) -> int:
    """The first token of a name's phrase ``[start, root]`` past a relative word in it
    (the parse hung "at which" on the title before the name): the label "state Attorney
    General Letitia James", not "at which state Attorney General Letitia James"."""
    found = [t.i for t in root.doc[start : root.i] if _is_relative(t)]
    return found[-1] + 1 if found else start
