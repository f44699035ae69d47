"""A report's colour line: a sentence in the writer's own figure, with nothing to check.

A unique summary line is shown as a fact one outlet alone reports, which is exactly
what a fact-checker wants to see; so a line is dropped only when it holds nothing a
reader could check. A news report opens or closes on colour as well as on facts ("Vaccinated
Americans can now breathe a big, deep sigh of relief.", the New York Post, NeuS raw row
489, the story's second line in session 24's reading). Such a line names no one who
does anything on a date or in a number, reports no one's words, and words what it says
in the outlet's own loaded terms.

The test (:func:`colour_line`) asks for both: an own-voice framing mark within the
sentence (the detector's loaded word "sigh", a lexicon term, a loaded attribution
verb, a hedge, a scare quote: :func:`newsprism.compare.lead.own_voice_marks`), and no
checkable anchor (:func:`checkable`): no named person, organisation, place, law, event
or work; no number, date, time, sum or share; no quotation and no verb of saying. A
sentence with a mark but an anchor ("Republicans slammed the $1.9 trillion bill on
Tuesday") is a fact worded in charged terms and stays; a plain sentence with no anchor
("The vote was close.") has no mark and stays: precision first, a unique fact only one
outlet has is never taken for colour on its wording alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from newsprism.compare.lead import charged, own_voice_marks
from newsprism.models import Claim

# entity kinds a reader can check a line against: who (a named person or body), where,
# what law, event or work, and every quantity and time. NORP ("Americans",
# "Democrats") is a group, not an actor one can hold to a statement, and is no anchor
ANCHOR_LABELS = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART",
    "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL",
})
# a reported statement or a source: the line says who says so
# not pairs.REPORTING (lemmas): word forms read before any parse, another list (tweeted, no noted)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|according to|announced|"
    r"reported|reports|stated|confirmed|tweeted|testified|declared|ruled)\b",
    re.IGNORECASE)
_QUOTE_MARKS = '"“”'
_DIGIT = re.compile(r"\d")
# a weekday or month the parser may miss as a DATE in a short sentence
_TIME_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
    r"march|april|june|july|august|september|october|november|december|yesterday|"
    r"today|tonight|tomorrow)\b", re.IGNORECASE)


def figure_or_time(text: str) -> bool:
    """Whether ``text`` holds a digit or a weekday, month or relative day word."""
    return bool(_DIGIT.search(text) or _TIME_WORD.search(text))


def checkable(text: str) -> bool:
    """Whether a sentence holds something a reader could check: a named entity of
    :data:`ANCHOR_LABELS`, a digit or a time word, a quotation, a verb of saying."""
    if (figure_or_time(text) or _REPORTING.search(text)
            or any(mark in text for mark in _QUOTE_MARKS)):
        return True
    from newsprism.compare.line_parse import parse_line

    doc = parse_line(text)
    if any(ent.label_ in ANCHOR_LABELS for ent in doc.ents):
        return True
    groups = {t.i for ent in doc.ents if ent.label_ == "NORP" for t in ent}
    # a capitalised name the parser did not label is still somebody ("… told
    # Mayorkas"); the first word is capitalised by its place ("Vaccinated Americans")
    return any(t.pos_ == "PROPN" and t.i not in groups and not t.is_sent_start for t in doc)


# dependencies that open a clause of its own below the main one: a mark there words a
# circumstance ("posing yet another threat to the badly tangled network"), a reason or a
# quoted aside, not what the sentence states
_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "csubjpass", "parataxis",
                      "xcomp", "pcomp"})
_LINKING = frozenset({"be", "seem", "appear", "look", "sound", "remain", "become", "feel"})


def _in_main_clause(token: Any) -> bool:
    """Whether a word belongs to its sentence's main clause: no clause dependency (nor a
    verb's conjunct, a second clause) on its way up to the root."""
    while token.head.i != token.i:  # (spaCy makes a new Token object per access)
        if token.dep_ in _CLAUSES or (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")):
            return False
        token = token.head
    return True


def states_an_event(root: Any) -> bool:
    """Whether the main verb reports a done or ongoing act: past ("said", "collapsed"),
    perfect ("has collapsed") or progressive ("are clashing"). A linking verb ("was both
    alarming"), a modal ("can now breathe") or a simple present ("These criticisms
    exaggerate …") is how a writer words a judgement or a figure."""
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    linking = root.lemma_ in _LINKING and (
        root.lemma_ == "be" or any(c.dep_ in ("acomp", "attr", "oprd") for c in root.children))
    if linking or any(c.tag_ == "MD" for c in auxes) or any(c.dep_ == "cop" for c in root.children):
        return False
    return (root.tag_ == "VBD" or any(c.lemma_ == "have" for c in auxes)
            or (root.tag_ == "VBG" and any(c.lemma_ == "be" for c in auxes)))


def figure_of_speech(claim: Claim, marks: Iterable[tuple[int, int]]) -> bool:
    """Whether an own-voice mark words the sentence's main statement (in its main clause)
    and that statement reports no done or ongoing act (:func:`states_an_event`): "can
    now breathe a big, deep sigh of relief", "These allegations are baseless". A mark
    in a side clause of a sentence that reports an act ("Progressives and moderates are
    clashing over strategy") leaves a fact, worded in charged terms."""
    from newsprism.compare.line_parse import parse_line

    doc = parse_line(claim.text)
    sentences = list(doc.sents)
    if not sentences or states_an_event(sentences[0].root):
        return False
    inside = [(start - claim.start, end - claim.start) for start, end in marks
              if claim.start <= start and end <= claim.end]
    return any(_in_main_clause(t) for t in sentences[0]
               for start, end in inside if start <= t.idx < end)


def colour_line(claim: Claim, marks: Iterable[tuple[int, int]]) -> bool:
    """Whether a report's sentence is colour, not a fact: an own-voice framing mark in
    it (``marks``, the article's :func:`newsprism.compare.lead.own_voice_marks`) and
    nothing checkable: no quantity, date, person, role or place the claim extraction
    found, and nothing :func:`checkable` in its words (its ``organisations`` are not
    read: they hold the groups, "Americans", that are no anchor; a named body is an
    ORG entity in :func:`checkable`)."""
    anchors = (claim.quantities, claim.dates, claim.people, claim.places)
    marks = list(marks)
    return (charged(claim, marks) and not any(anchors) and not checkable(claim.text)
            and figure_of_speech(claim, marks))


# False leaves colour lines in (the study script sets it to compare; session 24)
COLOUR_RULE = True


def colour_test(framing: Mapping[str, Mapping[str, Any]]) -> Callable[[Claim], bool]:
    """The story's colour test for a unique line's claim, by the framing of its article
    (``ArticleFraming.as_dict`` by article id): :func:`colour_line`."""
    marks = {aid: own_voice_marks(frame) for aid, frame in framing.items()}
    return lambda claim: COLOUR_RULE and colour_line(claim, marks.get(claim.article_id, ()))
