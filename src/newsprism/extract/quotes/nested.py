"""Step 5: a statement quoted inside a quote is a quote of its own (issue 12).

"“When he asked me to join the ticket, he basically said to me, ‘You share my values …’”
Ryan said." The outer quote is Ryan's and stays whole, with its exact boundaries; the
words in single marks are what Romney said, as Ryan tells it. A quotation nested in a
quote's quotation (in the other family's marks: single inside double, double inside
single) with a cue of its own inside the outer words ("he said to me, ‘…’", "‘…,’ he
said") is a second quote, spoken by that cue's subject, and points at the quote it sits
in (``within``). A reader sees both: whose words the outer quote is, and whose the inner
one is said to be.

The inner speaker is resolved as any other, with one rule of speech: a third person
inside someone's words is not that someone ("he" in Ryan's words is not Ryan), so the
outer speaker is never the antecedent of an inner "he" or "she". An inner quote is made
only when it names someone other than the outer speaker: "I told him, ‘…’" is the outer
speaker again, and "we", "you", "they" or a "he" with no antecedent inside someone's
words name no one the narrative can resolve, so those words stay the outer quote's
alone (unresolved is shown by the outer quote's own speaker, never guessed). Words no one
is said to have said are no statement either: a negated, modal or infinitive cue ("Not
once has an adviser of mine said, ‘…’", "then Sanders can say ‘…’"), and a generic
description ("other people … say ‘what a mess’").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.article import Article, Step, participle_adjunct
from newsprism.extract.quotes.document_participle import sending_verb
from newsprism.extract.quotes.lexicon import WORD
from newsprism.extract.quotes.marks import Quotation, find_quotations
from newsprism.extract.quotes.people import PRONOUNS_PERSON
from newsprism.extract.quotes.speakers import Speaker, Speakers

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["InnerQuote", "Nested", "same_person"]

MAX_INNER_GAP = 8  # tokens between an inner quotation and its cue inside the outer words
_LEAD_IN = (",", ":", "—", "–")
_STOPS = (".", "!", "?", ";")

_MODALS = {"would", "could", "can", "should", "might", "may", "must", "will", "'d", "’d",
           "'ll", "’ll", "wo", "ca"}  # fmt: skip
_NEGATIONS = {"not", "n't", "n’t", "never", "no", "nobody", "none", "neither", "nor"}


def same_person(name: str, outer: str | None) -> bool:
    """One person, however each mention names them ("Mr. Rhodes", "Benjamin J. Rhodes")."""
    return outer is not None and name.split()[-1].lower() == outer.split()[-1].lower()


# (the inner quotation, its cue verb, its speaker)
InnerQuote = tuple[Quotation, "Token", Speaker]


class Nested(Step):
    """Finds the statements quoted, with a cue of their own, inside a quote's words."""

    def __init__(self, art: Article, speakers: Speakers) -> None:
        super().__init__(art)
        self.speakers = speakers

    def inner_quotes(self, parts: list[tuple[int, int]], outer: Speaker) -> list[InnerQuote]:
        """The quotes nested in the quotations of a quote whose content is ``parts``."""
        found = []
        for a, b in parts:
            for outer_q in {self.qid[i] for i in self.art.token_range(a, b)} - {-1}:
                for qa, qb in self.quotations[outer_q].parts:
                    if qa < a or qb > b:
                        continue  # (a quotation the content only touches)
                    found += [inner for q in self.quotations_in(qa, qb)
                              if (inner := self._inner(q, (qa, qb), outer)) is not None]
        return found

    def quotations_in(self, a: int, b: int) -> list[Quotation]:
        """Quotations of another family inside the quoted words ``text[a:b]``."""
        inner = []
        for q in find_quotations(self.text[a:b]):
            parts = tuple((s + a, e + a) for s, e in q.parts)
            regions = tuple((s + a, e + a) for s, e in q.regions)
            if sum(len(WORD.findall(self.text[s:e])) for s, e in parts) >= 2:
                inner.append(Quotation(parts, regions, q.closed, q.single))
        return inner

    def _inner(self, q: Quotation, outer_part: tuple[int, int],
               outer: Speaker) -> InnerQuote | None:  # fmt: skip
        if not q.closed:
            return None  # a mark the outer pairing left over, not a quotation
        verb = self._cue_before(q, outer_part) or self._cue_after(q, outer_part)
        if verb is None or not self.asserted(verb):
            return None  # a term, a title, or words no one is said to have said
        subject = self.speakers.subject_of(verb) or self.speakers.loose_subject(verb)
        if subject is None or not outer_part[0] <= subject.idx < outer_part[1]:
            return None  # (a subject outside the outer words: the outer speaker's own act)
        if subject.pos_ == "PRON" and subject.lower_ not in PRONOUNS_PERSON:
            return None  # "I told him, ‘…’", "we say, ‘…’": the outer speaker's side
        if subject.lower_ in PRONOUNS_PERSON:
            if not self._a_person(outer):
                return None  # whom "he" cannot be is known only when the outer speaker is
            person = self.speakers.antecedents.resolve_quoted_pronoun(subject, outer.name)
            if person is None:
                return None
            sp = Speaker(surface=subject.text, surface_start=subject.idx,
                         surface_end=subject.idx + len(subject), name=person.text,
                         name_start=person.start, name_end=person.end, resolved="pronoun")
        else:
            sp = self.speakers.speaker_from(subject)
        if sp.name is None or sp.resolved == "description" or same_person(sp.name, outer.name):
            return None  # no one else is named: the words stay the outer speaker's alone
        return q, verb, sp

    def _a_person(self, speaker: Speaker) -> bool:
        """The speaker is a person the article names (not a title alone, not a group)."""
        at = speaker.name_start
        return at is not None and speaker.resolved in ("name", "pronoun", "role") and any(
            p.start <= at < p.end for p in self.speakers.people.persons)  # fmt: skip

    def asserted(self, verb: Token) -> bool:
        """The cue says the words were said: not negated ("Not once has an adviser said",
        "no American would ever say"), not a modal, an infinitive or a bare gerund
        ("Sanders can say", "easy for her to go out and say", "Clinton standing up and
        saying")."""
        if verb.tag_ == "VB":
            return False
        if participle_adjunct(verb):  # "…, describing it as “…”": as its clause is
            return self.asserted(verb.head if verb.dep_ == "advcl" else verb.head.head)
        if (sends := sending_verb(verb, self.lex.documents)) is not None:
            return self.asserted(sends)  # "issued a statement calling …": as "issued" is
        if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
            return False  # "It is Hillary Clinton standing up and saying, ‘…’": wished for
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return False
        return not any(t.i < verb.i and t.lower_ in _NEGATIONS for t in verb.subtree)

    def _cue_before(self, q: Quotation, outer_part: tuple[int, int]) -> Token | None:
        """ "he basically said to me, ‘…’", "And he said ‘…’" inside the outer words."""
        window = [t for t in self.art.token_range(outer_part[0], q.start)]
        tokens = [self.doc[i] for i in window if not self.doc[i].is_space][-MAX_INNER_GAP:]
        if not tokens:
            return None
        last = tokens[-1]
        if not (last.text in _LEAD_IN or self.speech_base(last)):
            return None
        for n in range(len(tokens) - 1, -1, -1):
            tok = tokens[n]
            if tok.text in _STOPS:
                return None
            if not self.speech_base(tok):
                continue
            subtree = {t.i for t in tok.subtree}
            between = tokens[n + 1 :]
            return tok if all(t.i in subtree or t.is_punct for t in between) else None
        return None

    def _cue_after(self, q: Quotation, outer_part: tuple[int, int]) -> Token | None:
        """ "‘…,’ he said" inside the outer words: the speaker after the verb's subject.

        The quotation ends in a comma, "?" or "!": one that ends its sentence ("a column
        titled ‘Sorry, I Still Won’t Vote for Trump.’ He wrote, ‘…’") is not the cue's.
        """
        last = self.text[q.parts[-1][1] - 1 : q.parts[-1][1]] if q.parts[-1][1] else ""
        end = self.text[q.parts[-1][1] : q.regions[-1][1]]
        if not (last in ",?!" or "," in end):
            return None
        tokens = [self.doc[i] for i in self.art.token_range(q.end, outer_part[1])]
        tokens = [t for t in tokens if not t.is_space][:MAX_INNER_GAP]
        for n, tok in enumerate(tokens):
            if tok.text in _STOPS and n:
                return None
            if not self.speech_base(tok):
                continue
            subject = self.speakers.subject_of(tok)
            subtree = {t.i for t in tok.subtree}
            if subject is None or subject.idx < q.end:
                return None
            return tok if all(t.i in subtree or t.is_punct for t in tokens[:n]) else None
        return None
