"""Numbers written as part of a name ("COVID-19", "F-35"): not tallies.

The anchor link (:func:`newsprism.compare.pairs.anchor_numbers`) joins two sentences
that share a number no other sentence of their articles states, a tally ("97-1") or a
count. A number written on to a word names a thing; two sentences naming it state no
one fact for it (session 29, i12-fixes38).
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# a number written on to a capitalised word: "COVID-19", "Covid-19", "F-35", "H1N1",
# "MH17", "I-95"; not on to a small word: "a 220-to-190 vote" is a tally (NeuS row 298,
# a first version that took any letter lost its anchor), "mid-2020", "top-10"
_NAME_NUMBER = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*-?(\d+(?:[.,]\d+)*)")


def name_numbers(text: str) -> set[str]:
    """Numbers the sentence writes only as part of a name ("COVID-19", "F-35"): they name
    a thing, they count nothing, so two sentences that both name it share no tally. Read
    by the anchor link alone (session 29, i12-fixes38: NeuS row 107 joined AP's "Biden is
    trying to concentrate the anger … against the stubborn 25% … unvaccinated against
    COVID-19" with Reason's "… Biden consistently opposed COVID vaccine mandates" on the
    "19" of "COVID-19", which no other sentence of either report wrote)."""
    named = {m.group(1).replace(",", "") for m in _NAME_NUMBER.finditer(text)}
    if not named:
        return set()
    bare = _NAME_NUMBER.sub(" ", text)
    return named - {n.replace(",", "") for n in _NUMBER.findall(bare)}
