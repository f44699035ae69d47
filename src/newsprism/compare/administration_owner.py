"""A government named for its head is the head's, as a count's owner (session 37).

"The administration is supplementing its proposal with 23 executive actions"
(HuffPost) and "lay out 19 separate actions the president could take" (NYT, owner
Obama) count one plan's actions (gold/conflicts-basil 526cabb7); the number rule
compared counts of one owner only, and "administration" was an owner of its own. Read
as the president's when nothing else could be meant: "the Obama administration" is the
named person's; a bare "the administration" is the article's main person only when the
article titles that person "President". Counts only: an act or a status of "the
administration" (a spokesman's, an agency's) is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_GOVERNMENT = frozenset({"administration"})


def head_of_government(entity: Callable[[Any], str | None], main_person: str | None,
                       text: str) -> Callable[[Any], str | None]:  # fmt: skip
    """``entity``, but an "administration" token is its head's key when one is named.

    Args:
        entity: who a token names (``frame_subjects._entity`` bound to the claim).
        main_person: the key of the person the article names most (or None).
        text: the article's text, where the main person's title "President" is looked for.
    """

    def titled() -> bool:
        """Whether the article titles its main person "President": searched only when a
        bare "the administration" is read, not for every claim's frames."""
        return bool(main_person) and re.search(
            rf"\bPresident\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{re.escape(main_person or '')}\b",
            text, re.IGNORECASE) is not None  # fmt: skip

    def read(token: Any) -> str | None:
        if token.lemma_.lower() not in _GOVERNMENT or token.pos_ != "NOUN":
            return entity(token)
        named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named:
            return entity(named[-1])  # "the Obama administration"
        if any(c.lower_ == "the" for c in token.children) and titled():
            return main_person
        return entity(token)

    return read
