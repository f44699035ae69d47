"""Walking a spaCy parse, bounded: every climb up the heads of a parse goes through here.

The obvious loop, ``while cond(head) and head.head is not head: head = head.head``,
never ends: spaCy makes a new ``Token`` object on every access, so ``is`` is false even
at the sentence root (whose head is itself), and a number-like root ("$50 million.",
"Forty-three,") spun ``compare`` forever. spaCy's ``Token.ancestors`` compares
positions and stops after at most ``len(doc)`` steps, so a walk built on it ends even
on a hand-built ``Doc`` whose heads form a cycle. This module does not import spaCy,
so the modules that use it stay cheap to import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def climb(token: Token, going_up: Callable[[Token], bool]) -> Token:
    """Walk up the parse from ``token`` while ``going_up`` holds; stop at the root.

    Returns:
        The first token on the way up (``token`` itself included) for which
        ``going_up`` is false, or the root when it holds all the way.

    Example::

        >>> doc = load_nlp()("About 1.4 million people fled.")
        >>> climb(doc[1], lambda t: t.like_num).text
        'people'
    """
    current = token
    for parent in token.ancestors:
        if not going_up(current):
            break
        current = parent
    return current
