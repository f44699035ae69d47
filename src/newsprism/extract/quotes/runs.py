"""Step 4b: a he/she speaker checked against the quote before it (issue 12, pronouns).

Recency alone (:mod:`coref`) takes the first agreeing person of the sentences before a
"he said", subjects first in the order they appear. That order gives the pronoun to
the subject of a clause that opens the sentence before ("Trump's accusation … had
imperiled the lives of US troops, Biden said. “If my son were still in Iraq …,” he
said": Obama, from the accusation) or to the last person named, where a news reader
follows the speaker of the quote before. Two other signals of who "he" is are read
here, once every quote of the article is known:

- **the quote run**: the speaker of the quote just before, when its cue is in the
  same sentence or the one before ("“…,” Stovall said. “He was very articulate,” he
  said");
- **the main subject**: the subject of the main clause of the nearest earlier sentence
  (outside quotations) that names a person or has a he/she subject, when it is a
  person whose gender does not clash.

When both name one person and recency named another, the pronoun is that person.
When they name two different people and recency a third, no one is shown: three
readings, none agreed on, is a guess. Only a he/she subject outside quotation marks
with no person named before it in its own sentence is checked: there, the sentence
itself says who ("Trump has blasted the system, which he said …" is Trump), and both
signals are wrong more often than recency (docs/eval-quotes.md, "Pronouns").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from newsprism.extract.quotes.article import Step
from newsprism.extract.quotes.clause_bound import clause_names
from newsprism.extract.quotes.named_after import named_after
from newsprism.extract.quotes.people import PRONOUNS_PERSON
from newsprism.pronoun_words import PERSON_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.speakers import Speaker, Speakers

__all__ = ["QuoteRuns", "RunQuote"]

_SUBJECT = ("nsubj", "nsubjpass")
_PERSON_RESOLUTIONS = ("name", "pronoun", "role")


class RunQuote(Protocol):
    """What the check reads of a quote: its cue's sentence, its span and its speaker."""

    sentence: int
    speaker: Speaker

    @property
    def first(self) -> int: ...  # where its content starts

    @property
    def last(self) -> int: ...  # where its content (or closing mark) ends


class QuoteRuns(Step):
    """Re-checks the he/she speakers of one article's quotes (see the module docstring)."""

    def __init__(self, speakers: Speakers) -> None:
        super().__init__(speakers.art)
        self.speakers = speakers
        self.people = speakers.people
        self.antecedents = speakers.antecedents

    def check(self, quotes: Sequence[RunQuote]) -> None:
        """Replace or clear, in place, the he/she speakers the two signals contradict."""
        ordered = sorted(quotes, key=lambda q: q.first)
        for n, quote in enumerate(ordered):
            pronoun = self._pronoun(quote.speaker)
            if pronoun is None:
                continue
            before = [p for p in ordered[:n] if p.last <= quote.first and not _inside(p, ordered)]
            run = self._run(before[-1], quote, pronoun) if before else None
            main = self.main_subject(pronoun)
            bound = clause_names(pronoun, self.people, self.qid)  # "he told Hannity"
            run, main = (None if s is None or s[0] in bound else s for s in (run, main))
            if main is None or quote.speaker.name == main[0]:
                continue
            if run is not None and run[0] == quote.speaker.name:
                continue
            if run is not None and run[0] == main[0]:
                quote.speaker = replace(quote.speaker, name=main[0], name_start=main[1],
                                        name_end=main[2], resolved="pronoun")
            else:
                quote.speaker = replace(quote.speaker, name=None, name_start=None,
                                        name_end=None, resolved="none")

    def _pronoun(self, sp: Speaker) -> Token | None:
        """The he/she subject at the cue, outside quotations, with no person named before
        it in its sentence; else None (not checked)."""
        if sp.surface_start is None or (sp.surface or "").lower() not in PERSON_SUBJECTS:
            return None
        at = bisect_left(self.art.starts, sp.surface_start)
        if at >= len(self.doc) or self.doc[at].idx != sp.surface_start:
            return None
        tok = self.doc[at]
        if tok.dep_ not in _SUBJECT or self.qid[tok.i] != -1:
            return None
        sent = self.sent_of[tok.i]
        if any(p.sentence == sent and p.token < tok.i and self.qid[p.token] == -1
               for p in self.people.persons):  # fmt: skip
            return None
        if named_after(tok, self.people, self.antecedents.lex, self.qid) is not None:
            return None  # its own sentence names it after the quotation (named_after.py)
        return tok

    def _run(self, prev: RunQuote, quote: RunQuote,
             pronoun: Token) -> tuple[str, int | None, int | None] | None:  # fmt: skip
        """The previous quote's person speaker, when its cue is in the same sentence as
        this one's or the sentence before and its gender does not clash."""
        sp = prev.speaker
        if sp.name is None or sp.resolved not in _PERSON_RESOLUTIONS or \
                not 0 <= quote.sentence - prev.sentence <= 1:  # fmt: skip
            return None
        person = next((p for p in self.people.persons if p.start == sp.name_start), None)
        gender = self.people.gender_of(person) if person is not None else None
        if gender not in (PRONOUNS_PERSON[pronoun.lower_], None):
            return None
        return sp.name, sp.name_start, sp.name_end

    def main_subject(self, pronoun: Token) -> tuple[str, int | None, int | None] | None:
        """The person who is the main clause's subject of the nearest earlier sentence
        that names a person (outside quotations) or has a he/she subject.

        None when there is no such sentence or its main subject says nothing of this
        pronoun (a thing, a person of the other gender, an unresolved "he").
        """
        gender = PRONOUNS_PERSON[pronoun.lower_]
        for n in self.antecedents.earlier(self.sent_of[pronoun.i]):
            subjects = [c for c in self.sents[n].root.children if c.dep_ in _SUBJECT]
            named = any(p.sentence == n and self.qid[p.token] == -1 for p in self.people.persons)
            if not named and not any(s.lower_ in PERSON_SUBJECTS for s in subjects):
                continue
            if not subjects:
                return None
            subject = subjects[0]
            person = self.people.person_at(subject)
            if person is None:
                return None
            # the fullest mention as a pronoun of that gender reaches it (coref), so that
            # one person under two forms ("Sandy", "Sandra Paradis") is not two readings
            best = self.people.referent(person, gender)
            if self.people.gender_of(best) not in (gender, None):
                return None
            return best.text, best.start, best.end
        return None


def _inside(quote: RunQuote, quotes: Sequence[RunQuote]) -> bool:
    """The quote lies within another one's span ("Lee's claim that …" inside "…, Brown
    said"): the statement before is the outer one."""
    return any(other is not quote and other.first <= quote.first and quote.last <= other.last
               and (other.first, other.last) != (quote.first, quote.last) for other in quotes)
