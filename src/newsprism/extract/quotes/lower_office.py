"""Whether a title names the office a role noun means, or a lower office beside it.

"Vice President Joseph R. Biden Jr." holds no presidency, and "Lt. Gov. Timothy
Murray" is not "the governor": the word before the office in the title ("vice",
"deputy", "lieutenant" …) makes it another office. Before this rule a role noun ("said
the president") was matched on the office word alone, so a president's words went to
the vice president named since (BASIL 526cabb7, session 30). The reverse holds too:
"the vice president" is the person titled so, not the president.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["holds_office", "office_qualifier"]

# words that, written before an office, make it a lower or second office
_LOWER = {"vice": "vice", "deputy": "deputy", "assistant": "assistant", "under": "under",
          "lieutenant": "lieutenant", "lt": "lieutenant", "associate": "associate"}


def _qualifier(word: str) -> str | None:
    """ "Lt." -> "lieutenant", "Vice-" -> "vice"; None for a word that is no qualifier."""
    return _LOWER.get(word.lower().strip(".-"))


def office_qualifier(head: Token) -> str | None:
    """The lower-office word right before a role noun ("the vice president"), if any."""
    prev = head.doc[head.i - 1] if head.i > 0 else None
    if prev is not None and prev.text == "-" and prev.i > 0:  # "vice-president"
        prev = head.doc[prev.i - 1]
    return _qualifier(prev.text) if prev is not None else None


def holds_office(title: str, alias: str, qualifier: str | None = None) -> bool:
    """Whether ``title`` ("Vice President", "Texas Gov.") names the office ``alias``
    with the same lower-office word before it as the role phrase (``qualifier``, None
    for the office itself)."""
    for m in re.finditer(rf"(?<![\w.]){re.escape(alias)}(?!\w)", title):
        words = re.findall(r"[\w.]+", title[: m.start()])
        before = _qualifier(words[-1]) if words else None
        if before == qualifier:
            return True
    return False
