"""A party label right after a person's name, in each form the news writes it.

Shared by the speaker rules (extract/quotes/rolequal.py: "the Hawaii Democrat" is the
person labelled so) and compare's label check (compare/person_labels.py: two outlets
giving one senator two parties). Forms read (session 28 counted them over NeuS raw rows
0–505 and BASIL 2010–12, docs/eval-compare.md "Session 28: party labels"):

- a letter tag: "(R-Idaho)", ", D-N.Y.,", "[R-CT]", "(D)" (session 12 on);
- the Journal's tag, a stop and a comma after the letter: "(D., Hawaii)", "(R., Ky.)";
  and a comma alone: "(R, S.C.)";
- a party word in apposition: ", Democrat of North Carolina," (the Times), ", a
  Republican from Maine,".

A tag whose letter is the first of a dotted state ("(R.I.)", ", D.C.,") is no party
(:func:`dotted_state`); the two newer forms are read only when what follows names a
state (``data/us_states.toml``), so "Smith, R., Jones" or ", a Democrat from the
city" is never a party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsprism.extract.states import state_code

__all__ = ["PARTY_LABEL_AFTER", "PARTY_WORD_AFTER", "PartyTag", "dotted_state",
           "party_label_after", "party_tag_after"]

# "(R-Idaho)", ", D-N.Y.,", "(R)", "(D., Hawaii)", "(R, S.C.)": party letter and state
# right after a name. ``sep`` holds a comma in the Journal's form.
PARTY_LABEL_AFTER = re.compile(
    r"^\s*[(\[,]\s*(?P<party>[RDI])\s*(?:(?P<sep>[-–—]|\.\s*,|\.|,)\s*"
    r"(?P<state>[A-Z][A-Za-z. ]{0,14}?))?\s*[)\],]"
)
# ", Democrat of North Carolina,", ", a Republican from Maine,": the state is one or
# two capitalised words, checked against the states list.
PARTY_WORD_AFTER = re.compile(
    r"^,\s+(?:a\s+|the\s+)?(?P<party>Democrat|Republican|Independent)\s+(?:of|from)\s+"
    r"(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)(?=\s*(?:[,;:)]|\.(?:\s|$)|\sand\b))"
)
_LETTER = {"Democrat": "D", "Republican": "R", "Independent": "I"}


@dataclass(frozen=True)
class PartyTag:
    """A party (its letter, "R", "D", "I") and the state the label names, as written."""

    party: str
    state: str | None
    text: str  # "D., Hawaii", ", Democrat of North Carolina"


def dotted_state(tag: re.Match[str]) -> bool:
    """Whether a party tag's letter is the first of a dotted state abbreviation: "(R.I.)"
    after "Sheldon Whitehouse" (The Hill, NeuS raw row 230) is Rhode Island alone, not a
    Republican from "I."; "(D.C.)" likewise. ``PARTY_LABEL_AFTER`` reads "." as a
    party's separator. The dot is read right after the letter: the space before the tag
    may be a non-breaking one (The Hill's is). Moved here from compare/person_labels.py
    (session 26) so the speaker rules read the tag as the label check does. A stop, a
    capital and a stop right after the letter is a dotted state too, whatever follows
    it: "Washington, D.C. on Monday," (NeuS raw row 266, session 28)."""
    state = tag.group("state") or ""
    after = tag.string[tag.end("party") :]
    return (bool(re.fullmatch(r"[A-Z]\.", state.strip())) and after[:1] == ".") or \
        bool(re.match(r"\.[A-Z]\.", after))  # fmt: skip


def party_label_after(text: str, end: int) -> re.Match[str] | None:
    """The letter tag right after a name ending at ``end`` ("(R-Idaho)", ", D-N.Y.,",
    "(D., Hawaii)"), or None when there is none, it is a dotted state
    (:func:`dotted_state`), or a comma form whose state is no state."""
    after = PARTY_LABEL_AFTER.match(text[end : end + 24])
    if after is None or dotted_state(after):
        return None
    if "," in (after.group("sep") or "") and state_code(after.group("state")) is None:
        return None
    return after


def party_tag_after(text: str, end: int) -> PartyTag | None:
    """The party label right after a name ending at ``end``, a letter tag or a party
    word with its state (", Democrat of Vermont,"); None when there is none."""
    tag = party_label_after(text, end)
    if tag is not None:
        return PartyTag(tag.group("party"), tag.group("state"), tag.group(0).strip())
    word = PARTY_WORD_AFTER.match(text[end : end + 60])
    if word is None or state_code(word.group("state")) is None:
        return None
    return PartyTag(_LETTER[word.group("party")], word.group("state"), word.group(0).strip())
