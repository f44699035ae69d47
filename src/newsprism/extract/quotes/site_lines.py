"""A site's line is nobody's words, even inside a quotation's marks (session 35).

A quotation running over paragraphs keeps every paragraph that opens with a mark. A
site that prints an interview as a transcript inside marks may set its closing line in
the same marks: Breitbart's ``"PENCE: And that's why Donald Trump is on his way to the
White House.`` / ``"Follow Pam Key on Twitter @pamkeyNEN."`` (PolNeAR dev, read for
gold/speakers-polnear in session 34), where the author's "Follow … on Twitter" became
the last words of Mike Pence's last turn. The clean step removes that line when it
stands alone (``data/boilerplate.toml``, rule "follow-us"), but its opening mark keeps
the line from matching, and a plain-text or gold article is not cleaned at all.

Rule: the trailing paragraphs of a quotation of two paragraphs or more that a line rule
of the clean step matches (the paragraph's words without their marks) are cut from it:
the quotation ends at the paragraph before. Only trailing paragraphs, since a site's
line closes a page; only the clean step's pattern rules, so that what counts as a site's
line is written once (a new site's line is a new rule there).
"""

from __future__ import annotations

from dataclasses import replace

from newsprism.clean.rules import load_rules
from newsprism.extract.quotes.marks import Quotation

__all__ = ["without_site_lines"]

SITE_LINES_RULE = True  # off: a quotation keeps every paragraph, as before
_CLOSING = ('"', "”", "’", "'")


def _site_line(text: str) -> bool:
    line = text.strip()
    return bool(line) and load_rules().first_match(line, len(line.split())) is not None


def without_site_lines(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """The quotations with the trailing site lines of each cut (module doc)."""
    if not SITE_LINES_RULE:
        return quotations
    out = []
    for q in quotations:
        keep = len(q.parts)
        while keep > 1 and _site_line(text[q.parts[keep - 1][0] : q.parts[keep - 1][1]]):
            keep -= 1
        if keep < len(q.parts):
            last = q.regions[keep - 1]
            q = replace(q, parts=q.parts[:keep], regions=q.regions[:keep],
                        closed=text[last[1] - 1 : last[1]] in _CLOSING)  # fmt: skip
        out.append(q)
    return out
