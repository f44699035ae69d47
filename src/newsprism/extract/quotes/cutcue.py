"""A quotation whose cue the crawl cut right after the speaker's name.

The NeuS-AllSides crawl ends each report mid-sentence with "...". When it cuts just
after the name that opens a cue, "“I had a long conversation … around the world …,”
Biden..." (The Hill, NeuS raw row 390), "“Florida governor Ron DeSantis continues …,”
MSNBC..." (Fox, row 381) or "“I was running so fast. I just ran for my life,” Rochelle
Hawkins, a VTA mechanic who was at the facility during..." (New York Post, row 399),
no speech verb is left, so until session 27 the quotation had no cue and was no quote
(gold/speakers-neus5: 3 missed). A quotation closed with a comma and followed only by a
name (and an apposition set off by a comma) up to the cut is the name's: English puts
the speaker there ("“…,” Biden said"). Not a possessive ("Biden's spokesman..."), not
two names ("Pelosi and..."), and only at a cut: a name that goes on to a verb is a cue
the other steps read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article
    from newsprism.extract.quotes.marks import Quotation

__all__ = ["cut_cue_name"]

# the rest of the paragraph after the closing mark: a name, the cut, or an apposition
_REST = re.compile(r"\s+((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)"
                   r"(?:\.\.\.|…|,\s+(?:a|an|the)\s+[^\"“”]*(?:\.\.\.|…))\s*$")
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def cut_cue_name(q: Quotation, art: Article) -> Token | None:
    """The last word of the name that stands after ``q`` when the crawl cut its cue
    there; None otherwise."""
    text = art.text
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    content = text[q.regions[-1][0] : q.end].rstrip("\"”'").rstrip()
    if not q.closed or q.single or not (content.endswith(",") or text[q.end : q.end + 1] == ","):
        return None
    rest = text[q.end : line_end]
    match = _REST.match(rest[1:] if rest.startswith(",") else rest)
    if match is None:
        return None
    start = q.end + (1 if rest.startswith(",") else 0) + match.start(1)
    words = art.tokens_between(start, start + len(match.group(1)))
    if not words or any(t.pos_ != "PROPN" for t in words) or \
            not any(t.ent_type_ in _NAMES for t in words):  # fmt: skip
        return None
    return words[-1]
