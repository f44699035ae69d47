"""Step 5b: the quotation in a relayed report is the words of the one it reports on.

"Attorney General Merrick Garland addressed “a disturbing spike in harassment …” against
schools …, the Associated Press reported." The report is the AP's and stays whole, with
its speaker; the words in marks are Garland's, as the AP tells it. Before session 23
the shortest quote over them was the AP's report, so a reader was shown the AP as the
one who said "a disturbing spike" (gold/speakers-neus2). "Senate Democrats … have
asked the administration for “changes” …, according to Sen Dick Durbin" is not taken:
there the source is a person telling what others did, and the marked word is as likely
his (gold/speakers-basil3 gives it to Durbin). "According to" an outlet or a report
("According to White House pool reports, Obama said “there is love”") is a relay
(:mod:`accounts`, session 23's second part).

A quotation inside the content of a relay (a cue "report": "the AP reported", "Politico
reports") is a quote of its own, pointing at the report it sits in (``within``), when
the clause that holds it says someone uttered it: its verb is outside the marks, is a
verb of speech or of speaking about something ("addressed", "cited", "decried",
"praised"), is asserted (not negated, modal, an infinitive), is active, and has a
subject in the report other than the report's source that resolves to someone. Words
whose clause says no one spoke them stay the report's: "were “killed as the result of an
enemy attack”" (the marks hold the verb), "Haitians have been freed on a “very, very
large scale”" (passive), "The White House will work … on a “90-day sprint”" (not yet
done), "the vaccine generated a “robust” immune response" (no verb of speech), and marks
that run on past the sentence ("As The New York Times reported, the organization called
for the moratorium “until the end of September, …. The agency made its appeal …”": the
Times's prose, quoted whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.article import Step, participle_adjunct, passive
from newsprism.extract.quotes.nested import InnerQuote, Nested, same_person
from newsprism.extract.quotes.speakers import RELATIVE, Speaker, Speakers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.marks import Quotation

__all__ = ["ABOUT", "RELAYS", "Relayed", "coordinated"]

# the base form of an outer cue that relays what someone else did or said: an outlet's
# report ("according to Sen. Durbin" is a person's account, whose marks may be his own)
RELAYS = {"report"}  # "according to" an outlet or a report is read as one (accounts.py)
# verbs of speaking about a thing or of naming it, whose object in marks is the subject's
# wording (outside the speech lexicon, which leaves out "called him a liar" on purpose:
# such verbs frame a person; here they only say whose the quoted words are)
ABOUT = {"address", "cite", "decry", "denounce", "condemn", "criticize", "criticise", "praise",
          "hail", "tout", "lament", "highlight", "slam", "blast", "mock", "dismiss", "blame",
          "label", "brand", "dub", "term", "call", "describe"}  # fmt: skip


class Relayed(Step):
    """Finds the quotations spoken by someone inside a relayed report's content."""

    def __init__(self, speakers: Speakers, nested: Nested) -> None:
        super().__init__(speakers.art)
        self.speakers = speakers
        self.nested = nested

    def inner_quotes(self, parts: list[tuple[int, int]], relay: str | None,
                     outer: Speaker) -> list[InnerQuote]:  # fmt: skip
        """The quotes inside the content ``parts`` of a report whose cue's base form is
        ``relay`` (nothing unless it is a relay)."""
        if relay not in RELAYS:
            return []
        found = []
        for q in self._quotations_in(parts):
            inner = self._inner(q, parts, outer)
            if inner is not None:
                found.append(inner)
        return found

    def _quotations_in(self, parts: list[tuple[int, int]]) -> list[Quotation]:
        """The quotations wholly inside the content (not one that is the content)."""
        ids = {self.qid[i] for a, b in parts for i in self.art.token_range(a, b)} - {-1}
        out = []
        for n in sorted(ids):
            q = self.quotations[n]
            if all(any(a <= s and e <= b for a, b in parts) for s, e in q.parts) and \
                    not any((s, e) == (a, b) for s, e in q.parts for a, b in parts):  # fmt: skip
                out.append(q)
        return out

    def _inner(self, q: Quotation, parts: list[tuple[int, int]],
               outer: Speaker) -> InnerQuote | None:  # fmt: skip
        verb = self.governor(q)
        if verb is None or not self._speaks(verb) or passive(verb) or \
                not self.nested.asserted(verb):  # fmt: skip
            return None
        if any(self.sent_of[i] != self.sent_of[verb.i] for s, e in q.parts
               for i in self.art.token_range(s, e)):  # fmt: skip
            return None  # marks that run past the clause's sentence quote the relay's text
        if not any(c.dep_ == "nsubj" for c in verb.children) and not coordinated(verb) \
                and not participle_adjunct(verb):
            return None  # a subject lent with no "and" is the parse's guess ("Cheney sought
            # … after an alleged poll in Wyoming said she “supports abortion …”": Cheney)
        subject = self.speakers.subject_of(verb)
        if subject is None or subject.lower_ in RELATIVE or subject.lower_ == "there" or \
                not any(a <= subject.idx < b for a, b in parts):  # fmt: skip
            return None  # (a subject outside the report: the relay's own act)
        sp = self.speakers.speaker_from(subject)
        if sp.name is None or same_person(sp.name, outer.name):
            return None
        return q, verb, sp

    def governor(self, q: Quotation) -> Token | None:
        """The verb the quotation hangs on, outside its marks: up from its first word
        whose head is outside them, through nouns and prepositions."""
        inside = {i for s, e in q.parts for i in self.art.token_range(s, e)}
        tops = [self.doc[i] for i in sorted(inside) if self.doc[i].head.i not in inside]
        if not tops:
            return None
        tok = tops[0].head
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and \
                tok.dep_ not in ("relcl", "acl", "advcl", "ccomp"):  # fmt: skip
            tok = tok.head
        return tok if tok.pos_ == "VERB" and tok.i not in inside else None

    def _speaks(self, verb: Token) -> bool:
        """A verb of speech (the lexicon's) or of speaking about a thing."""
        return self.speech_base(verb) is not None or verb.lemma_.lower() in ABOUT


def coordinated(verb: Token) -> bool:
    """A conjunct joined by "and"/"or" to the verb before it ("Clinton held a roundtable
    … and pledged to “promote …”"), which shares that verb's subject."""
    head = verb.head
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and head.i < c.i < verb.i for c in (*head.children, *verb.children))

