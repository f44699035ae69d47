"""A title that points back to an unnamed holder (issue 12, session 30).

"A White House spokesman said the meeting went well. Press secretary Jen Psaki said
the two talked for an hour. The spokesman added that more talks were planned." The
last "the spokesman" takes up the unnamed spokesman of the first sentence; the
story's one named spokesperson (Psaki, by her class of title) may not be him. The
issue's reader found an unnamed spokesman given to a named one; a quote given to the
wrong person costs more than one given to nobody, so a definite title whose role noun
the same report first used for someone unnamed ("a spokesman", "a White House
spokesman") is left to nobody.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsprism.extract.titles import RoleMention


def _head(text: str) -> str:
    """The role noun: the title's last word, folded ("The spokesman" → "spokesman")."""
    words = text.lower().replace("’", "'").split()
    return words[-1].strip(".,;:'\"") if words else ""


def after_unnamed(text: str, role: RoleMention, roles: Sequence[RoleMention],
                  unnamed: Callable[[str, RoleMention], bool]) -> bool:
    """Whether an earlier title of ``text`` with the same role noun named nobody
    (``unnamed``: "a spokesman", "another aide"), so that ``role`` may be that person."""
    head = _head(role.text)
    return bool(head) and any(
        r.end <= role.start and text[r.start : r.end] == r.text and _head(r.text) == head
        and unnamed(text, r)
        for r in roles)
