"""Step 3 of the quote cascade: reported speech. Every speech verb with a clause (or
object), every "according to" phrase and speech noun reports its content, with its
speaker; "what officials call …" and a record that "shows" report too.

Its own step because it runs once the direct quotes are known (step 1-2, whose cue
verbs it skips) and reads the sentence's clauses, not quotation marks. The step is the
methods of :class:`ReportedSpeech`, a mixin of the extractor (as the store's SQL mixins
are of a store): moved out of :mod:`newsprism.extract.quotes.extractor` unchanged
(session 34).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.quotes.article import Article, is_quoted, passive, quoted_subject
from newsprism.extract.quotes.content import Content, failed
from newsprism.extract.quotes.cues import Cues
from newsprism.extract.quotes.cut_bare import cut_bare
from newsprism.extract.quotes.expletive_document import expletive_document
from newsprism.extract.quotes.forecast import forecast
from newsprism.extract.quotes.hung_clause import lender
from newsprism.extract.quotes.lexicon import SpeechLexicon
from newsprism.extract.quotes.narrated_act import narrated_act
from newsprism.extract.quotes.quote_records import _Quote, _speakers_before
from newsprism.extract.quotes.relay_naming import names_a_thing
from newsprism.extract.quotes.signals import thing_signals
from newsprism.extract.quotes.speakers import RELATIVE, Speaker, Speakers
from newsprism.extract.quotes.titled import titled_speaker
from newsprism.extract.quotes.topic_only import topic_only
from newsprism.extract.quotes.unjoined import unjoined_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ReportedSpeech:
    """Step 3 of :class:`~newsprism.extract.quotes.extractor._Extractor`."""

    # what the step reads of the extractor that mixes this in (annotations only)
    art: Article
    doc: Doc
    text: str
    lex: SpeechLexicon
    qid: list[int]
    sent_of: list[int]
    speakers: Speakers
    cues: Cues
    content: Content

    def _reported_speech(self, quotes: list[_Quote], used: set[int]) -> list[_Quote]:
        """Step 3: speech verbs with a clause (or object) and "according to" phrases."""
        found: list[_Quote] = []
        for token in self.doc:
            if token.i in used or self.qid[token.i] != -1:
                continue
            if self.cues.according(token) is not None:
                quote = self._according(token, quotes + found)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.speech_nouns:
                quote = self._noun_statement(token, quotes + found)
            elif self.art.speech_base(token) is not None:
                quote = self._verb_statement(token, quotes + found)
            elif token.lemma_.lower() == "call" and token.pos_ == "VERB":
                quote = self._what_they_call(token, quotes + found)
            elif token.lemma_.lower() == "show" and self._record_shows(token):
                quote = self._verb_statement(token, quotes + found)
                if quote is not None:  # a record shown is no statement "the ad" goes back to
                    quote.speaker.via_document = False
            else:
                continue
            if quote is not None:
                found.append(quote)
        return found

    def _according(self, token: Token, before: list[_Quote]) -> _Quote | None:
        """ "according to X": what the sentence says, X's."""
        content, pobj, to = self.cues.according(token)  # type: ignore[misc]
        parts = self.content.parts_of(content)
        if sum(self.art.words(*p) for p in parts) < 2:
            return None
        cue_s, cue_e = token.idx, to.idx + len(to)
        speaker = self.speakers.resolve_document(self.speakers.speaker_from(pobj),
                                                 _speakers_before(before, token.idx))  # fmt: skip
        return _Quote(parts, self.content.kind(parts), None,
                      (cue_s, cue_e, self.text[cue_s:cue_e]),
                      self.lex.phrases.get("according to"), speaker, self.sent_of[token.i],
                      [])  # fmt: skip

    def _verb_statement(self, token: Token, before: list[_Quote]) -> _Quote | None:
        """A speech verb and what it reports, with its speaker (or None: no statement)."""
        content = self.content.content_of(token) or []
        # "In a speech last July, he said:" and the paragraph after it
        parts = self.content.parts_of([t for t in content if t.i != token.i]) if content \
            else self.content.block_after(token)  # fmt: skip
        if sum(self.art.words(*p) for p in parts) < 2 or failed(token) or forecast(token) \
                or unjoined_conjunct(token) or cut_bare(self.art, parts):  # cut_bare.py
            return None  # "failed to show that …": not stated; "… economists had predicted"
        is_passive = passive(token)
        by_subject = is_passive and any(t.dep_ == "nsubjpass" and t.head.i == token.i
                                     for t in content)  # fmt: skip
        if parts[-1][1] <= token.idx and not by_subject and \
                not self.content.ends_before_cue(parts[-1], token):  # fmt: skip
            return None
        subject = quoted_subject(token) if is_quoted(token) \
            else self.speakers.subject_of(token)  # fmt: skip
        if subject is None and not is_passive and token.dep_ == "ROOT":
            subject = self.speakers.lost_subject(token)
        if subject is None and is_passive:  # "In a statement …, it has been announced"
            subject = expletive_document(token, self.lex.documents)
        # "Hotline On Call says … and reports that …": the titled name of the first cue
        anchor = lender(token, self.art.speech_base) or token
        titled = titled_speaker(self.art, anchor) if subject is None and not is_passive else None
        if (subject is None and not is_passive and titled is None) or \
                thing_signals(token, subject, self.speakers):  # fmt: skip
            return None  # no speaker and no passive cue, or a figure "signaling that"
        # "Clinton was asked whether …", "it was reported that …": said, by no one named
        speaker = self.speakers.speaker_for(token, _speakers_before(before, token.idx),
                                            subject=subject) \
            if subject is not None else titled or Speaker()  # fmt: skip
        negated = self.content.with_negation(token, parts)
        kind = self.content.kind(parts) if negated == parts else "reported"
        regions = [r for q in self.content.quotations for r in q.regions]
        if kind == "reported" and (narrated_act(token) or topic_only(
                token, self.art.speech_base(token), content, regions, self.lex.stance_nouns)):
            return None  # "after declaring “war” on …", "tweeted about the story": no saying
        if kind == "direct":
            parts = [self.content.quoted_part(parts[0])]  # said that “…”: the whole clause
            if self._covered(parts[0], before):
                return None
        return _Quote(negated if kind == "reported" else parts, kind, token,
                      self.cues.cue_of(token), self.lex.tones.get(self.art.speech_base(token)
                                                                  or ""),
                      speaker, self.sent_of[token.i], [],
                      statement=kind == "direct" or self._states(token, parts))  # fmt: skip

    def _what_they_call(self, verb: Token, before: list[_Quote]) -> _Quote | None:
        """ "conducting what Russian officials call its largest exercise in the Pacific":
        the officials' words for the thing, a statement of theirs (session 21).

        Only the free relative "what" as the first object and a noun phrase after the
        verb: "called him a liar" or "called for talks" frame a person or ask for
        something, and "call" is no speech verb (data/speech_verbs.toml)."""
        if not names_a_thing(verb):
            return None
        named = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN")]  # fmt: skip
        subject = self.speakers.subject_of(verb)
        if subject is None or subject.lower_ in ("what", "they"):
            return None  # "they" for a campaign or a side is too often another group
        line = self.text[self.text.rfind("\n", 0, verb.idx) + 1 : verb.idx]
        if line.count("“") > line.count("”") or line.count('"') % 2:
            return None  # inside someone's quotation whose marks did not pair
        tokens = [t for t in verb.subtree if t.i >= named[0].left_edge.i]
        parts = self.content.parts_of(tokens)
        if sum(self.art.words(*p) for p in parts) < 2:
            return None
        speaker = self.speakers.speaker_for(verb, _speakers_before(before, verb.idx),
                                            subject=subject)  # fmt: skip
        # "reported" even when the words are one quotation: the clause around the
        # phrase is still its own statement ("pledged to … what it called “…”")
        return _Quote(parts, "reported", verb,
                      (verb.idx, verb.idx + len(verb), verb.text), "neutral", speaker,
                      self.sent_of[verb.i], [])  # fmt: skip

    def _record_shows(self, verb: Token) -> bool:
        """ "…, Labor Department data showed Thursday", "a new report shows that …": a
        record or a poll shows what its maker states (session 21; the session-20 reader's
        "a UMass Lowell Center for Public Opinion poll showed"). Only with a clause, and a
        subject whose phrase ends in a document, poll or data noun: "the video shows him
        walking" is a picture, not a statement."""
        subject = self.speakers.subject_of(verb)
        if verb.pos_ != "VERB" or subject is None or \
                not any(c.dep_ == "ccomp" for c in verb.children):  # fmt: skip
            return False
        if any(self.art.speech_base(t) for t in self.doc[subject.i + 1 : verb.i]):
            return False  # "Positive reviews, Summers said, show …": Summers's words
        lex = self.lex
        return any(t.lemma_.lower() in lex.documents | lex.data or t.lower_ in lex.data
                   for t in (subject, subject.right_edge) if t.pos_ == "NOUN")  # fmt: skip

    def _states(self, verb: Token, parts: list[tuple[int, int]]) -> bool:
        """Reported speech is a statement when its content is one (not a thing or a
        topic) and the cue says it was said (not "has not said", "was asked whether")."""
        return self.content.states(verb) and self.content.asserted(verb, parts)

    def _noun_statement(self, noun: Token, quotes: list[_Quote]) -> _Quote | None:
        """A speech noun with what was said: "his claim that …", "a pledge to …".

        The content is a clause the noun governs with "that"/"whether" (not a relative
        clause: "the claim that he made") or an infinitive ("a vow to fight"). The
        speaker is the owner ("his", "Trump's", "by Trump") or the subject of a verb
        that voices it ("Trump made the claim that"; not "contradicting the claim that",
        whose subject answers it); with neither, there is none.
        """
        content = self.content.noun_content(noun)
        if not content:
            return None
        parts = self.content.parts_of(content)
        if sum(self.art.words(*p) for p in parts) < 2 or parts[0][0] < noun.idx:
            return None
        speaker = Speaker()
        owner = self.speakers.owner(noun)
        if owner is not None and owner.lower_ not in RELATIVE:
            speaker = self.speakers.speaker_from(owner)
        elif noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") and \
                (noun.dep_ == "attr" or noun.head.lemma_.lower() in self.lex.voicing_verbs):
            subject = self.speakers.subject_of(noun.head)
            if subject is not None:
                speaker = self.speakers.speaker_from(subject)
        speaker = self.speakers.resolve_document(speaker, _speakers_before(quotes, noun.idx))
        lemma = noun.lemma_.lower()
        tone = self.lex.tones.get(self.lex.forms.get(lemma, lemma), "neutral")
        return _Quote(parts, self.content.kind(parts), None,
                      (noun.idx, noun.idx + len(noun), noun.text), tone, speaker,
                      self.sent_of[noun.i], [])  # fmt: skip

    def _covered(self, span: tuple[int, int], quotes: list[_Quote]) -> bool:
        s, e = span
        return any(a <= s and b >= e for q in quotes for a, b in q.parts)
