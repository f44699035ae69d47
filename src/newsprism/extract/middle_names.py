"""Two people of one family told apart by their middle initials.

"President George W. Bush" and "President George H. W. Bush" share a given name and a
surname, and an article about a career under both (NeuS row 1: Colin Powell served
each) names both. The rule that merges "James R. Clapper" with "James Clapper" ignores
what comes after the first given name, so father and son became one row (session 34,
found reading the web pages). A missed merge is a smaller error than two people shown as
one, so: when *both* names write something between the first given name and the
surname and the first letters of those middle parts differ ("H. W." against "W."), they
are two people. A name with no middle part ("George Bush") still merges as before,
and one middle part spelled out and initialled ("John Fitzgerald" / "John F.") agrees.
"""

from __future__ import annotations

__all__ = ["middles_differ"]


def _middle_letters(given: str) -> str:
    """The folded first letters of the given-name words after the first ("George H. W."
    → "hw"); "" when there is only one given name."""
    return "".join(w[0].lower() for w in given.split()[1:] if w[:1].isalpha())


def middles_differ(a: str, b: str) -> bool:
    """Whether two given-name parts each write a middle name or initial and the two
    disagree: "George H. W." / "George W." (two presidents), not "James R." / "James"
    or "John F." / "John Fitzgerald"."""
    first, second = _middle_letters(a), _middle_letters(b)
    return bool(first) and bool(second) and first != second
