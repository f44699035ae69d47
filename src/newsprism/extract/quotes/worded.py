"""Step 4b: a phrase in marks hung on a verb of speaking about a thing is its subject's.

"President Joe Biden condemned activists … but dismissed the tactics as common and
“part of the process.”" (Washington Examiner) and "Boris Johnson has spoken of his shock
and sadness at the loss of “one of the kindest” people in politics" (BBC): the marked
words are Biden's and Johnson's, but no verb of the speech lexicon reports them
("dismiss", "speak of" frame a thing rather than report words, data/speech_verbs.toml),
so until session 24 nothing was quoted and the words had no speaker
(gold/speakers-neus3). Rule B of session 23 (:mod:`relayed`) already read such verbs
inside an outlet's report; this step reads them in the reporter's own sentences.

A quotation inside a clause (not the whole sentence), covered by no quote found before,
becomes a quote of its own when the verb it hangs on (outside the marks, up through
nouns and prepositions) is one of those verbs or "speak", is asserted (not negated, a
modal, an infinitive), active, in the quotation's sentence, under no speech verb, and
has a subject of its own (or one shared through "and"/"or", or, for an -ing participle
hung on a clause, that clause's: "China has criticised the pact, describing it as
“extremely irresponsible”", session 27) that resolves to someone named. Under a speech
verb the words are that speaker's, as the reporter tells them (decision 13): "He added
the administration can't control the conversation …, but the White House … has
addressed it to a “pretty full extent.”" (HuffPost, BASIL 45bd61bc) is Bill Burton's:
the content found for his "added" stops before the marks (the guard was found in
gold/compare-basil's training triplets). Left alone: a name or title in
marks (every word capitalised but the small ones: "the “For the People Act”", "CNN’s
“State of the Union”"), a single word (a scare quote, "the “heartbeat” bill"; "data-driven"
is one), a subject "they" (too often another group than the one named before), single
marks, a passive ("was described as “…”": by whom is not said) and a verb of no speech
("generated a “robust” response").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.accused import ACCUSING, accuses_someone
from newsprism.extract.quotes.accused_gerund import accusing_over
from newsprism.extract.quotes.article import Step, participle_adjunct, passive
from newsprism.extract.quotes.conjunct_tail import conjunct_start
from newsprism.extract.quotes.document_participle import document_participle
from newsprism.extract.quotes.named import named_as, one_word
from newsprism.extract.quotes.relayed import ABOUT, Relayed, coordinated
from newsprism.extract.quotes.speakers import RELATIVE
from newsprism.extract.quotes.subject_noun import subject_head_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.marks import Quotation

__all__ = ["Worded"]

# "Johnson has spoken of his shock at the loss of “one of the kindest” people"
# "Ryan accused Obama of “projecting weakness”": the accuser's words (:mod:`accused`)
_VERBS = ABOUT | {"speak"} | ACCUSING
# what hangs on the verb but is not what it says of its object
_NOT_SAID = frozenset({"conj", "cc", "punct", "advcl", "mark", "npadvmod"})
# a time or a place of the saying ("… “crazy system” during a campaign stop in Flint")
_WHEN_WHERE = frozenset({"during", "in", "at", "after", "before", "since", "amid", "while"})
# the small words of a title in marks ("“State of the Union”", "the “For the People Act”")
_SMALL = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at", "by"})


class Worded(Step):
    """Finds the quotations worded by the subject of a verb of speaking about a thing."""

    def __init__(self, relayed: Relayed) -> None:
        super().__init__(relayed.art)
        self.relayed = relayed
        self.nested = relayed.nested
        self.speakers = relayed.speakers

    def found(self, covered: list[tuple[int, int]]) -> list[tuple[Quotation, Token, Token]]:
        """(quotation, verb, subject) for each quotation no span of ``covered`` holds."""
        out = []
        for q in self.quotations:
            if any(a <= s < b for s, _ in q.parts for a, b in covered):
                continue
            hit = self._worded(q)
            if hit is not None:
                out.append((q, *hit))
        return out

    def _owned(self, q: Quotation) -> tuple[Token, Token] | None:
        """(speech noun, its owner) when ``q`` is what an owned speech noun is "of": "The
        Taliban's assurance of a “safe passage” to the Kabul airport" (NBC, NeuS raw row
        168, gold/speakers-neus4) gives the Taliban's wording, as "Taliban assured a
        “safe passage”" would; only with a possessive owner ("his claim of …"; "the
        claim of “…”" says no one's) and under no speech verb (decision 13)."""
        inside = {i for s, e in q.parts for i in self.art.token_range(s, e)}
        tops = [self.doc[i] for i in sorted(inside) if self.doc[i].head.i not in inside]
        if len(tops) != 1 or tops[0].dep_ != "pobj" or tops[0].head.lower_ != "of":
            return None
        noun = tops[0].head.head
        owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in RELATIVE
                  and c.lower_ != "whose"]  # fmt: skip
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.speech_nouns or \
                not owners or any(self.speech_base(t) is not None for t in noun.ancestors):
            return None  # fmt: skip
        return noun, owners[0]

    @staticmethod
    def said_tokens(verb: Token) -> list[Token]:
        """What the verb says of its object, the quotation within: the words after it that
        hang on it ("the Affordable Care Act as a “crazy system”"), not a clause joined
        to it, nor the time or place of the saying ("during a campaign stop in Flint"):
        the content PolNeAR marks for such a cue, rather than the marked words alone. A
        speech noun's (:meth:`_owned`) says only the marked words. Nothing after the
        "and" that opens the verb's next conjunct (:mod:`conjunct_tail`)."""
        if verb.pos_ == "NOUN":
            return []
        end = conjunct_start(verb)
        return [t for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_SAID
                and not (c.dep_ == "prep" and c.lower_ in _WHEN_WHERE)
                and (end is None or c.i < end)
                for t in c.subtree]  # fmt: skip

    def _worded(self, q: Quotation) -> tuple[Token, Token] | None:
        """The verb and its subject when ``q`` is the subject's wording."""
        words = [t for s, e in q.parts for t in self.tokens_between(s, e) if t.is_alpha]
        if q.single or not words or \
                all(t.text[0].isupper() or t.lower_ in _SMALL for t in words):  # fmt: skip
            return None  # a name or a title in marks ("State of the Union")
        owned = self._owned(q)
        if owned is not None:  # "The Taliban's assurance of a “safe passage”"
            return None if one_word(q, self.text) else owned
        verb = self.relayed.governor(q)
        verb = (accusing_over(verb) or verb) if verb is not None else None  # accused_gerund
        if verb is None or verb.lemma_.lower() not in _VERBS or passive(verb) or \
                not self.nested.asserted(verb) or not accuses_someone(verb) or \
                subject_head_noun(verb):  # "Voter calls for “…” went unanswered" (subject_noun)
            return None  # fmt: skip
        if one_word(q, self.text) and not named_as(q, verb, self):
            return None  # a scare quote ("the “heartbeat” bill"); "called it “sexist”" is
            # the subject's word (:mod:`named`)
        if any(self.sent_of[t.i] != self.sent_of[verb.i] for t in words):
            return None
        if any(self.speech_base(t) is not None for t in verb.ancestors):
            return None  # "He added … the White House … has addressed it to a “pretty
            # full extent.”": inside his reported speech, the words are his (decision 13)
        if not any(c.dep_ == "nsubj" for c in verb.children) and not coordinated(verb) and \
                not participle_adjunct(verb) and \
                not document_participle(verb, self.lex.documents):  # "a statement calling"
            return None  # "…, describing it as “…”" has its clause's subject
        subject = self.speakers.subject_of(verb)
        if subject is None or subject.lower_ in RELATIVE or subject.lower_ in ("there", "they"):
            return None  # "they" for a campaign or a side is too often another group
            # ("what they call … “self-centered message”": Clinton's campaign, not the
            # local officials named before; as ``_what_they_call`` reads it)
        return verb, subject
