"""Two names the tagger gave as one at "and": "Facebook and Instagram" (issue 12, session 37).

Why: the small tagger tags "Donald Trump's ban from Facebook and Instagram" as the one
organisation "Facebook and Instagram" (NeuS raw row 465, BBC, read in session 37), and
the story's entity rows then hold a name that is a join of two, beside the row
"Facebook" the same story names on its own. A mention "A and B" (or "A & B") of any kind
but a person is split into A and B when A and B are each a mention on their own elsewhere
in the story, tagged as something other than a person (r465: "Facebook" in the BBC's
report, "Instagram" in Newsmax's).

One body's name written with "and" is left whole; the tests that tell them apart:

- a part no other mention names alone keeps the name whole: "Procter & Gamble"
  ("Procter" is never written alone), "Fox & Friends" (a show: "Fox" is often named
  alone, "Friends" never), "Johnson & Johnson COVID-19". Measured in session 37 over
  NeuS raw rows 0-505 and BASIL 2010-12: one part alone split two names (r465 right,
  "Merck & Co." wrong), both parts alone r465 only. A name whose two parts are one
  ("Johnson & Johnson") stays whole;
- a part with a lower-case word or a comma ("Department of Health and Human Services",
  "Bureau of Alcohol, Tobacco, Firearms and Explosives") is a body's own wording, and
  "AT&T" has no spaces around its "&";
- a part that ends on a body's head word ("the House Oversight and Reform Committee":
  "Reform Committee"; "Food and Drug Administration") is the tail of one body, even
  when the tagger tags that tail alone elsewhere; so is a firm's own ending ("Merck &
  Co.": "Co.");
- a part named alone only as a person ("Ernst & Young" beside a Mr. Young) is no proof.

A first part in the possessive ("Facebook’s and Instagram’s suspension", the tagger's
span "Facebook’s and Instagram", NeuS raw row 462, Daily Signal; session 38) is the
name without its "’s" when only that is named alone: the split mention is "Facebook",
never "Facebook’s". A name that ends on "’s" itself ("McDonald’s") is named alone so
and kept as written.
"""

from __future__ import annotations

import logging
import re

from newsprism.models import Mention

__all__ = ["split_and_pairs"]

logger = logging.getLogger(__name__)

_JOIN = re.compile(r"^(?P<a>\S.*?) (?:and|&) (?P<b>\S.*)$")
# A part of up to three capitalised words (dotted ones too: "U.S."), nothing lower-case.
_PART = re.compile(r"^(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,2}$")
_POSSESSIVE = re.compile(r"['’]s$")
# Head words of a body's name: a part ending on one is the tail of one body.
_BODY_HEADS = frozenset({
    "committee", "subcommittee", "commission", "council", "caucus", "board", "bureau",
    "department", "service", "services", "affairs", "agency", "administration", "office",
    "institute", "foundation", "association", "center", "centre", "party", "union",
    "corporation", "company", "group", "society", "fund", "trust", "authority",
    "university", "college", "school", "academy", "museum", "court", "means",
    # a firm's own ending: "Merck & Co." (NeuS raw, session 37), "Sons", "Partners"
    "co", "inc", "corp", "ltd", "llc", "plc", "sons", "partners", "associates", "brothers",
})  # fmt: skip


def _parts(m: Mention) -> tuple[str, str] | None:
    """The two parts of a mention written "A and B" (one joiner, each part a short
    capitalised name, the two different), else None."""
    if m.label == "PERSON" or m.end - m.start != len(m.text):
        return None
    found = _JOIN.match(m.text)
    if not found or " and " in found["a"] + " " + found["b"] or "&" in found["b"]:
        return None
    a, b = found["a"], found["b"]
    if a == b or not (_PART.match(a) and _PART.match(b)):
        return None
    return a, b


def _splits(parts: tuple[str, str], alone: set[str]) -> bool:
    """Each part stands alone in the story, and no part ends on a body's head word."""
    return all(p in alone and p.split()[-1].lower().rstrip(".") not in _BODY_HEADS
               for p in parts)


def _named_first(a: str, alone: set[str]) -> str:
    """The first part as the story names it alone: as written, or without a possessive
    "’s" / "'s" when only the bare name stands alone (the module docstring)."""
    bare = _POSSESSIVE.sub("", a)
    return bare if a not in alone and bare in alone else a


def split_and_pairs(mentions_by_article: dict[str, list[Mention]]) -> None:
    """Split each mention "A and B" into the mentions A and B (see the module docstring),
    in place; each keeps the joined mention's label and sentence."""
    alone = {m.text for ms in mentions_by_article.values() for m in ms
             if m.label != "PERSON" and _parts(m) is None}
    for article_id, mentions in mentions_by_article.items():
        kept: list[Mention] = []
        for m in mentions:
            parts = _parts(m)
            if parts is not None:
                parts = (_named_first(parts[0], alone), parts[1])
            if parts is None or not _splits(parts, alone):
                kept.append(m)
                continue
            a, b = parts
            logger.debug("split %r (%s) in %s at %d", m.text, m.label, article_id, m.start)
            kept += [Mention(article_id, m.sentence_index, a, m.label, m.start,
                             m.start + len(a)),
                     Mention(article_id, m.sentence_index, b, m.label, m.end - len(b), m.end)]
        mentions[:] = kept
