"""A qualified role noun with no holder may be an epithet (session 28, i12-fixes36).

"Dr. Anthony Fauci says the U.S. won't emerge … The world-renowned infectious disease
expert predicted …" (NeuS raw row 152): "expert" is a role noun (the analyst group), the
article titles no one so, and ``Speakers._role`` left the phrase unresolved; a reader
takes it for Fauci, as "The former Alaska governor said" after Sarah Palin (the epithet
rule, :mod:`.variation`, which read descriptions only).

The rule hands such a phrase to :func:`.variation.epithet_of`, with all of its
conditions (a definite singular noun with a qualifier that is no organisation, no
earlier mention of the noun, the one person who spoke or was the main subject just
before, no other subject between, no other state, party or gender), and one more: the
person holds **no role title at all** in the article. A person the article gives an
office of their own ("Sen. John Smith", "President-elect Ebrahim Raisi") is not named
again by another office's noun ("the veteran jurist", "the hardline cleric"), or not
surely: those stay unresolved, as does every phrase the epithet rule does not take.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsprism.extract.quotes.variation import epithet_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.speakers import Speaker, Speakers

__all__ = ["role_epithet"]


def _titled(speakers: Speakers, name: str, before: int) -> bool:
    """Whether a mention of ``name`` before token ``before`` carries a role title."""
    nouns = speakers.lex.roles
    for p in speakers.people.persons:
        if p.token >= before or speakers.people.name_speaker(p)[0] != name:
            continue
        title = p.title.lower()
        if any(re.search(rf"(?<![\w.]){re.escape(n)}(?![\w])", title) for n in nouns):
            return True
    return False


def role_epithet(speakers: Speakers, head: Token, tokens: list[Token],
                 depth: int) -> Speaker | None:  # fmt: skip
    """The untitled person just quoted, when the role phrase at ``head`` is an epithet
    for them; None (unresolved) otherwise. Only at the cue itself (``depth`` 0)."""
    if depth:
        return None
    sp = epithet_of(speakers, head, speakers._described(tokens))
    if sp.resolved != "role" or sp.name is None or _titled(speakers, sp.name, head.i):
        return None
    return sp
