"""What a summary line states that a reader can check: its names, numbers, dates and
event clauses, the attribution ("…, the Labor Department said Tuesday") left aside.

Two summary steps ask whether one sentence says anything another lacks (issue 12,
session 29, i12-summary8; docs/eval-compare.md "Session 29: a repeat that adds a
clause, the lead's left-out partner"):

- a candidate line that states a picked line's fact again (:mod:`newsprism.compare.
  summary_repeats`) is still added when it :func:`adds` something: NeuS raw r95, NBC's
  lead "North Korea fired two ballistic missiles off its east coast Wednesday and South
  Korea said hours later that it had carried out a successful test of a submarine-
  launched ballistic missile" repeats the BBC's first clause, but the South's test is
  in no other line;
- an outlet's sentence of the same fact backs a line under the model's citation bar
  when the line adds nothing over it (:func:`newsprism.compare.story._backing`): r195,
  CNN's "The US economy added 943,000 jobs in July and the unemployment rate fell to
  5.4% …" holds every figure of Fox's line (same-fact probability 0.48, bar 0.5).

What counts as new is what a fact-checker would look up: a name (an entity of the
tagger, or an acronym of it the other writes), a number, a date word (a weekday, a
month, a season, a year), or an event clause (a verb with its own subject, not of
saying, whose verb and at least two content words are absent and which holds no name
or figure the others hold). The source of a report and the day it spoke are the same
fact's attribution, not a new one (r365: the Examiner's "the labor Labor Department
said Tuesday" beside CNN's record).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from newsprism.calendar_words import MONTH_NAMES, SEASONS, WEEKDAYS
from newsprism.compare.lead import content_stems

_NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT",
          "WORK_OF_ART"}  # fmt: skip
_SAYING = {"say", "tell", "report", "announce", "write", "tweet", "confirm", "state"}
_WHEN = {"npadvmod", "tmod", "advmod", "prep"}
_CALENDAR = "|".join((*WEEKDAYS, *MONTH_NAMES, *SEASONS))  # calendar_words' one table
_DATE_WORD = re.compile(rf"^(?:{_CALENDAR}|yesterday|today|tomorrow|tonight|\d{{4}})$")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "dozen": "12",
                 "hundred": "100", "thousand": "1000", "million": "million",
                 "billion": "billion", "trillion": "trillion"}  # fmt: skip
_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass"}
MIN_NEW_WORDS = 2  # content words of an event clause, besides its verb, in no other line


def adds(text: str, others: Iterable[str]) -> bool:
    """Whether ``text`` states a name, number, date or event clause that none of
    ``others`` states (attribution aside): then it is no mere repeat of them."""
    other = " ".join(others)
    if not other.strip():
        return True
    doc = _parse(text)
    skip = _attribution(doc)
    return bool(_new_names(doc, skip, other) or _new_numbers(doc, skip, other)
                or _new_dates(doc, skip, other) or _new_event_clause(doc, skip, other))


def _parse(text: str) -> Any:
    from newsprism.compare.line_parse import parse_line

    return parse_line(text)


def _attribution(doc: Any) -> set[int]:
    """Token indices of the attribution: a verb of saying, its subject and the day or
    time it spoke ("the Labor Department said Tuesday"), and "according to X". The
    words it reports are not: the parser hangs them on other words at times ("said
    hours later that it had carried out …": the clause under "later")."""
    skip: set[int] = set()
    for token in doc:
        if token.lower_ == "according":
            skip.update(t.i for t in token.subtree)
        elif token.lemma_.lower() in _SAYING and token.pos_ == "VERB":
            skip.add(token.i)
            for child in token.children:
                if child.dep_ in _CLAUSE_SUBJECTS:
                    skip.update(t.i for t in child.subtree)
                elif child.dep_ in _WHEN:  # the day it spoke, not what hangs on it
                    skip.update(t.i for t in child.subtree if t.ent_type_ in ("DATE", "TIME"))
    return skip


def _new_names(doc: Any, skip: set[int], other: str) -> list[str]:
    stems, acronyms = content_stems(other), set(re.findall(r"\b[A-Z][A-Z0-9&.]+\b", other))
    new = []
    for ent in doc.ents:
        if ent.label_ not in _NAMES or any(t.i in skip for t in ent):
            continue
        words = content_stems(ent.text)
        initials = "".join(w[0] for w in ent.text.split() if w[:1].isupper() or w[:1].isdigit())
        if words and not words <= stems and initials not in acronyms:
            new.append(ent.text)
    return new


def _number(token: Any) -> str | None:
    """A figure's written form ("943,000" → "943000", "two" → "2"); a number word the
    table lacks ("ninety") as written, so that only the same word holds it."""
    word = token.lower_.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return word
    return _NUMBER_WORDS.get(word) or (word if token.like_num and word.isalpha() else None)


def _numbers(text: str) -> set[str]:
    words = re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+", text.lower())
    return {n for w in words for n in [_NUMBER_WORDS.get(w, w.replace(",", ""))]
            if (n and n[0].isdigit()) or w.isalpha()}  # fmt: skip


def _new_numbers(doc: Any, skip: set[int], other: str) -> list[str]:
    known = _numbers(other)
    return [n for t in doc if t.i not in skip and not _in_year_date(t)
            for n in [_number(t)] if n and n not in known]  # fmt: skip


def _in_year_date(token: Any) -> bool:
    """A year is read as a date word (:func:`_new_dates`), not again as a number."""
    return bool(_DATE_WORD.match(token.lower_)) and token.ent_type_ == "DATE"


def _new_dates(doc: Any, skip: set[int], other: str) -> list[str]:
    words = set(re.findall(r"[a-z0-9]+", other.lower()))
    return [t.text for t in doc if t.i not in skip and _DATE_WORD.match(t.lower_)
            and (t.ent_type_ in ("DATE", "TIME") or not t.lower_.isdigit())
            and t.lower_ not in words and not (t.lower_ == "may" and t.tag_ == "MD")
            and not (t.lower_ == "fall" and t.pos_ == "VERB")]  # fmt: skip


def _new_event_clause(doc: Any, skip: set[int], other: str) -> bool:
    """A verb with its own subject, not of saying, whose verb stem and at least
    :data:`MIN_NEW_WORDS` content words of its own are in no other line, and which holds
    no name or figure the others hold (then it is the same event told in other words:
    r195 "increased by 943,000 workers" beside "added 943,000 jobs")."""
    stems, known = content_stems(other), _numbers(other)
    for verb in doc:
        if (verb.pos_ != "VERB" or verb.i in skip
                or not any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children)):
            continue
        own = [t for t in _own_tokens(verb) if t.i not in skip]
        verb_stems = content_stems(verb.text) | content_stems(verb.lemma_)
        if not verb_stems or verb_stems & stems:
            continue
        new = content_stems(" ".join(t.text for t in own)) - stems - verb_stems
        anchored = any(_number(t) in known for t in own if _number(t)) or any(
            t.ent_type_ in _NAMES and content_stems(t.text) <= stems for t in own
            if content_stems(t.text))  # fmt: skip
        if len(new) >= MIN_NEW_WORDS and not anchored:
            return True
    return False


def _own_tokens(verb: Any) -> list[Any]:
    """The verb's clause without the clauses inside it that have a subject of their own."""
    inner = {t.i for c in verb.children if c.pos_ in ("VERB", "AUX")
             and any(g.dep_ in _CLAUSE_SUBJECTS for g in c.children) for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inner]


def holds_all(text: str, other: str) -> bool:
    """Whether ``other`` states everything checkable ``text`` does, and ``text`` states a
    figure to check (a number outside its attribution, its dates and its names: "The
    First Amendment …" has none, BASIL 45bd61bc): a sentence with
    no figure is held by any other of the same names, which proves little (a first
    version anchored on names too and cited HuffPost's "Democratic lawmakers trashed a
    draft report" for the Daily Wire's "The far-left fumed over an initial draft …")."""
    doc = _parse(text)
    skip = _attribution(doc)
    figured = any(_number(t) for t in doc if t.i not in skip and not _in_year_date(t)
                  and t.ent_type_ not in _NAMES and t.ent_type_ != "ORDINAL")
    return figured and not adds(text, [other])
