"""Where a label phrase starts when the parse splits it: the place insert and a glued term.

``compare/labels.py`` widens a mention to its noun phrase from the parse. Two written
forms of a title the small parser cuts apart (session-20 readers, docs/eval-framing.md,
session 21):

- **"former South Bend, Indiana, Mayor Pete Buttigieg"**: a town and its state set
  between commas before an office. The parser hangs "former" on the town and makes
  the town, the state and the mayor a list, so the town's row read "former South Bend"
  and Buttigieg's "Mayor Pete Buttigieg" (a former mayor shown as the mayor). The
  insert and the words before it belong to the title; the places in it name no
  referent of their own (they modify the office, as "GOP" in "GOP chairman").
- **"Israeli occupation Prime Minister Benjamin Netanyahu"**: a lexicon term written
  right before a title ("After Israeli occupation Prime Minister …"); the parser made
  the term the object of "After". The term is the outlet's word for the office.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc, Span

_BEFORE_INSERT = frozenset({"ADJ", "DET"})  # "former", "the" before the town
_NOT_BEFORE = frozenset({"ADP", "VERB", "AUX"})  # "met in Nashua, New Hampshire, Sen. …"
_MAX_TITLE_TO_NAME = 3


def _place_ending_at(doc: Doc, end: int) -> Span | None:
    """The place entity (GPE) whose last token is ``doc[end - 1]``."""
    for ent in doc.ents:
        if ent.end == end and ent.label_ == "GPE":
            return ent
    return None


def _is_title(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a capitalised word outside any entity that a person's name follows
    within a few tokens ("Mayor Pete Buttigieg", "Sen. Bernie Sanders")."""
    token = doc[i]
    if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
        return False
    following = doc[i + 1 : i + 1 + _MAX_TITLE_TO_NAME]
    return any(t.ent_type_ == "PERSON" for t in following)


def place_insert(doc: Doc, title: int) -> int | None:
    """The first token of a "town, state," insert before the title at ``title``, with
    the modifiers before it ("former South Bend, Indiana, Mayor …"); None without one.
    An insert after a preposition or a verb is where something happened ("met in
    Nashua, New Hampshire, Sen. Sanders said"), not part of the title, and is left."""
    if title < 4 or not _is_title(doc, title) or doc[title - 1].text != ",":
        return None
    state = _place_ending_at(doc, title - 1)
    if state is None or state.start < 2 or doc[state.start - 1].text != ",":
        return None
    town = _place_ending_at(doc, state.start - 1)
    if town is None:
        return None
    start = town.start
    while start > 0 and doc[start - 1].pos_ in _BEFORE_INSERT:
        start -= 1
    if start > 0 and doc[start - 1].pos_ in _NOT_BEFORE:
        return None
    return start


def in_place_insert(span: Span) -> bool:
    """The mention is the town or the state of a :func:`place_insert` before a title:
    it modifies the office ("South Bend" of "former South Bend, Indiana, Mayor …")."""
    doc = span.doc
    for k in range(span.end, min(span.end + 8, len(doc))):
        start = place_insert(doc, k)
        if start is not None:
            return start <= span.start
    return False


def glued_term_start(text: str, start: int, frame: Mapping[str, Any]) -> int:
    """``start`` moved back over a lexicon term written right before a phrase that
    opens with a capitalised title ("Israeli occupation Prime Minister …"), else
    ``start``. Only a single space may stand between them: a comma or a word ends it."""
    if start < 2 or text[start - 1] != " " or not text[start:start + 1].isupper():
        return start
    for term in frame.get("terms") or []:
        for s in term.get("spans") or []:
            if s["end"] == start - 1 and not s.get("in_quote"):
                return int(s["start"])
    return start


# Lower-case words that place something inside a place ("central North Korea",
# "northern Gaza", "upstate New York"): where, not what the outlet calls it. The
# session-23 reader saw the Epoch Times' "launched from central North Korea" shown as its
# name for the country.
REGION_WORDS = frozenset(
    "central northern southern eastern western northeastern northwestern southeastern "
    "southwestern north south east west northeast northwest southeast southwest mid "
    "upstate downstate".split()
)


def past_region_words(doc: Doc, first: int, name_start: int) -> int:
    """Where a place's phrase starts once an opening run of determiners and lower-case
    region words right before its name is left out ("the central | North Korea"); the
    phrase is kept as it is when no region word is in that run or other words are."""
    i = first
    while i < name_start and (doc[i].lower_ in ("the", "a", "an") or doc[i].text in REGION_WORDS):
        i += 1
    region = any(doc[j].text in REGION_WORDS for j in range(first, i))
    return i if region and i == name_start else first


def bracketed_alias(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    """A mention in brackets right after another mention of its entity: "the
    Intergovernmental Panel on Climate Change (IPCC)". The acronym is the name's other
    form given with it, no label of its own; Axios's "(IPCC)" was counted as a phrase and
    NBC's, after a described name, was not (NeuS raw row 191, session 25), so the row
    showed a difference the texts do not have. It counts in no outlet."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return any(e <= start and text[e:start].strip() == "(" for _s, e in others)
