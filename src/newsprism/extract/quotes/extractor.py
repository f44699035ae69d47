"""The cascade: direct quotes, then reported speech, then what is nested goes.

Each quotation looks for its cue (step 2, :mod:`cues`); a quotation that follows the
cue's sentence with no cue of its own (``“A,” he said. “B.”``), or a paragraph that is
only a quotation right after an attributed one, continues that quote. Then every speech
verb, ``according to`` and speech noun reports its content (step 3, :mod:`content`): a
clause that is one whole quotation is a direct quote, and the cue-less quotations right
after reported speech continue it. A report inside another one's content ("Miller said
[Blinken reiterated …]") is part of that statement, not a second one. Every quote gets
its speaker (step 4, :mod:`speakers`).

Step 3 is the mixin :class:`.reported_speech.ReportedSpeech` of :class:`_Extractor`
(its methods moved unchanged), and the records it builds are in :mod:`.quote_records`
(session 34); their names are imported back here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.extract.headings import heading_spans, outside_headings
from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.accounts import outlet_account
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.asked import asked_question
from newsprism.extract.quotes.content import Content
from newsprism.extract.quotes.continued import continues
from newsprism.extract.quotes.cues import Cues
from newsprism.extract.quotes.cut import cut_speaker
from newsprism.extract.quotes.cut_fragment import cut_fragment
from newsprism.extract.quotes.cutcue import cut_cue_name
from newsprism.extract.quotes.framed import as_told, introduced_by_other, lead_in
from newsprism.extract.quotes.joins import joined_text
from newsprism.extract.quotes.lexicon import SpeechLexicon, load_lexicon
from newsprism.extract.quotes.marks import Quotation, trimmed
from newsprism.extract.quotes.named import names_self, one_word, unnamed
from newsprism.extract.quotes.nested import Nested
from newsprism.extract.quotes.quote_records import QuoteSpan, _Quote, _speakers, _speakers_before
from newsprism.extract.quotes.relay_naming import names_a_thing
from newsprism.extract.quotes.relayed import Relayed
from newsprism.extract.quotes.reported_speech import ReportedSpeech
from newsprism.extract.quotes.runs import QuoteRuns
from newsprism.extract.quotes.same_words import direct_words_only
from newsprism.extract.quotes.speakers import Speaker, Speakers
from newsprism.extract.quotes.transcript import label_of, label_speaker
from newsprism.extract.quotes.worded import Worded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuoteSpan", "extract_quotes"]


class _Extractor(ReportedSpeech):
    """One document's worth of state: the article and its steps."""

    def __init__(self, doc: Doc, lexicon: SpeechLexicon) -> None:
        self.art = Article(doc, lexicon)
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        self.sent_of = self.art.sent_of
        self.qid = self.art.qid
        self.quotations = self.art.quotations
        self.speakers = Speakers(self.art)
        self.cues = Cues(self.art, self.speakers)
        self.content = Content(self.art)
        self.nested = Nested(self.art, self.speakers)
        self.relayed = Relayed(self.speakers, self.nested)
        self.worded = Worded(self.relayed)
        self.orphans: list[Quotation] = []  # quotations with no cue and no quote to continue
        self.headings = heading_spans(doc)  # "Why it matters:" is no part of a content

    # the cascade -----------------------------------------------------------------

    def run(self) -> list[QuoteSpan]:
        """The cascade: direct quotes, then reported speech, then the nested ones go."""
        quotes = self._direct_quotes()
        used = {q.verb.i for q in quotes if q.verb is not None}
        self.art.direct_verbs = used
        quotes += self._reported_speech(quotes, used)
        direct_cues = [q.cue[0] for q in quotes if q.kind == "direct" and q.cue]
        # a clause that holds a direct quote with its own cue is not one statement
        quotes = [q for q in quotes if q.kind == "direct" or not any(
            a <= c < b for a, b in q.parts for c in direct_cues)]  # fmt: skip
        quotes = [q for q in quotes if not self._embedded(q, quotes)
                  and not direct_words_only(q, quotes, self.text)]  # same_words.py
        quotes = self._unique(quotes)
        self._join_orphans(quotes)
        quotes += self._worded_quotes(quotes)
        quotes = [q for q in quotes if not cut_fragment(self.art, q.parts)]  # cut_fragment.py
        QuoteRuns(self.speakers).check(quotes)
        quotes += self._nested_quotes(quotes)
        return sorted((self._finish(q) for q in quotes), key=lambda s: (s.start, s.end))

    def _nested_quotes(self, quotes: list[_Quote]) -> list[_Quote]:
        """Step 5: the statements quoted with a cue of their own inside a quote's words
        (:mod:`nested`) or inside a relayed report (:mod:`relayed`), each a quote that
        points at the one it sits in."""
        found = []
        for outer in quotes:
            relay = self._relay(outer)
            inner = self.nested.inner_quotes(outer.parts, outer.speaker) + \
                self.relayed.inner_quotes(outer.parts, relay, outer.speaker)  # fmt: skip
            for q, verb, speaker in inner:
                found.append(_Quote(list(q.parts), "direct", verb, self.cues.cue_of(verb),
                                    self.lex.tones.get(self.art.speech_base(verb) or ""),
                                    speaker, self.sent_of[verb.i], list(q.regions),
                                    within=outer))  # fmt: skip
        return found

    def _worded_quotes(self, quotes: list[_Quote]) -> list[_Quote]:
        """Step 4b: a phrase in marks hung on a verb of speaking about a thing ("dismissed
        the tactics as “part of the process”"), its subject's words (:mod:`worded`)."""
        found = []
        covered = [p for q in quotes for p in q.parts]
        for q, verb, subject in self.worded.found(covered):
            speaker = self.speakers.speaker_for(verb, _speakers_before(quotes, verb.idx),
                                                subject=subject)  # fmt: skip
            if speaker.name is None or names_self(speaker, verb, q.parts[0][0]) or \
                    (one_word(q, self.text) and unnamed(speaker)):  # fmt: skip
                continue  # "He called Steele's comments “…”", "Critics call it a “…”" (named)
            parts = self.content.parts_of(self.worded.said_tokens(verb))
            if not all(any(a <= s and e <= b for a, b in parts) for s, e in q.parts):
                parts = list(q.parts)  # the parse hung the marks elsewhere: the words alone
            if any(f.parts == parts for f in found):
                continue  # "condemned the test as “…” and a “…”": one content, one quote
            found.append(_Quote(parts, self.content.kind(parts), verb,
                                (verb.idx, verb.idx + len(verb), verb.text), "neutral",
                                speaker, self.sent_of[verb.i], list(q.regions)))  # fmt: skip
        return found

    def _relay(self, outer: _Quote) -> str | None:
        """The base form of a quote's cue as :mod:`relayed` reads it: "report" for an
        outlet's "reported" and for "according to" an outlet or a report (its account,
        :mod:`accounts`); "according to" a person is no relay."""
        if outer.verb is not None and self.cues.according(outer.verb) is None:
            return self.art.speech_base(outer.verb)
        if outer.cue is None:
            return None
        token = outer.verb if outer.verb is not None else self._token_at(outer.cue[0])
        found = self.cues.according(token) if token is not None else None
        return "report" if found is not None and outlet_account(found[1]) else None

    def _token_at(self, start: int) -> Token | None:
        """The token that starts at a character offset."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    @staticmethod
    def _unique(quotes: list[_Quote]) -> list[_Quote]:
        """One quote per content, the verb's reading first.

        "said in a statement that X" is found from the verb and from the noun; the
        verb's reading is kept because it knows the speaker.
        """
        seen: dict[tuple[tuple[int, int], ...], _Quote] = {}
        for q in sorted(quotes, key=lambda q: q.verb is None):
            seen.setdefault(tuple(q.parts), q)
        kept = {id(q) for q in seen.values()}
        return [q for q in quotes if id(q) in kept]

    def _join_orphans(self, quotes: list[_Quote]) -> None:
        """A cue-less quotation right after reported speech continues it.

        "Clubs are ''scratching out a profit,'' Hedge said. ''Golf is a thin business.''"
        and "She said she got a call. “She told me …”" are one statement in parts, as
        for direct quotes (:func:`.continued.continues`); the content stays reported. A reported
        question ("the first question asked why she chose El Paso. “So first of all …”")
        is not continued: the quotation after it is the answer, someone else's words.
        A quotation the crawl cut, open at the text's end, is the speaker's own quote,
        not the reported statement's end: "Leonard said he was a wreck … on July 31."
        then "“If I end..." (NeuS raw row 198) ran on as one span (session 25); the
        speaker golds count such a cut quotation as the speaker's (TC Energy's "The
        Company will continue", gold/speakers-neus), so it keeps the speaker.
        """
        for orphan in self.orphans:
            before = [q for q in quotes if q.last <= orphan.start]
            if not before:
                continue
            last = max(before, key=lambda q: q.last)
            question = last.verb is not None and \
                self.art.speech_base(last.verb) in self.lex.question_verbs  # fmt: skip
            if last.kind != "reported" or question or not continues(self.art, orphan, last):
                continue
            if not orphan.closed and not self.text[orphan.end :].strip():
                if last.verb is not None and self.art.speech_base(last.verb) is not None:
                    quotes.append(self._cut_quotation(orphan, last))  # "“If I end...", r198
                continue  # a record "shows" figures: the cut quotation is someone else's
            last.parts += list(orphan.parts)
            last.regions += list(orphan.regions)

    def _cut_quotation(self, orphan: Quotation, last: _Quote) -> _Quote:
        """A quotation the crawl cut (open at the text's end) after reported speech: the
        same speaker's words, as a quote of their own, so that the reported statement
        ends with its sentence and the cut words are not read as part of it."""
        first = self.art.tokens_between(orphan.start, orphan.end)
        sentence = self.sent_of[first[0].i] if first else last.sentence
        return _Quote(list(orphan.parts), "direct", last.verb, last.cue, last.tone,
                      cut_speaker(last.verb, last.speaker), sentence,
                      list(orphan.regions))  # fmt: skip

    def _embedded(self, quote: _Quote, quotes: list[_Quote]) -> bool:
        """A report subordinate inside another statement is part of that statement.

        In "Miller said [Blinken reiterated the support]" the words are Miller's: the
        inner verb is a complement, relative or prepositional clause of the outer
        content, not a statement of its own. A conjoined or adverbial speech verb
        ("…, and asked …", "…, adding …") stays a statement of its own.
        """
        verb = quote.verb
        if quote.kind != "reported" or verb is None or \
                verb.dep_ not in ("ccomp", "relcl", "pcomp", "xcomp", "acl"):  # fmt: skip
            return False
        relay = names_a_thing(verb)  # "what officials called …, CBS reported" (relay_naming)
        return any(other is not quote and other.kind == "reported"
                   and any(a <= verb.idx < b for a, b in other.parts)
                   and not (relay and self._relay(other) == "report")
                   for other in quotes)  # fmt: skip

    def _direct_quotes(self) -> list[_Quote]:
        """Steps 1-2: each quotation with its cue, pieces and continuations joined."""
        quotes: list[_Quote] = []
        last: _Quote | None = None
        for q in self.quotations:
            if self.cues.is_fragment(q):
                continue  # part of a clause: the reported speech around it carries it
            if asked_question(self.doc, self.text, q):
                continue  # “Asked, “…?” Weiner replied”: the unnamed interviewer's (asked.py)
            found = self.cues.cue_after(q)
            verb, subject = found if found is not None else (None, None)
            told = None
            if verb is not None and self.cues.according(verb) is not None and \
                    (said := self.cues.cue_before(q)) is not None:  # fmt: skip
                # “One message … said: “…,” according to a letter”: the words are the
                # message's; the letter only reports them
                verb, subject = said, None
            elif verb is not None and introduced_by_other(
                    lead_in(self.art, q), said := self.cues.cue_before(q), verb, subject,
                    self.speakers.subject_of):  # fmt: skip
                told, verb, subject = verb, said, None  # “The officer yelled, “…” Holder recalled”
            before = self.cues.cue_before(q) if verb is None else None
            joins = before is not None and last is not None and last.verb is not None \
                and before.i == last.verb.i  # “A,” he said, “B.”  # fmt: skip
            if name := (label := label_of(q, self.art)) or (  # a transcript's "PENCE: …"
                    verb is None and before is None and cut_cue_name(q, self.art)):
                last = _Quote(list(q.parts), "direct", None, None, None,  # “…,” Biden...
                              label_speaker(self.speakers.speaker_from(name), name is label),
                              self.sent_of[name.i],
                              list(q.regions))  # fmt: skip
                quotes.append(last)
                continue
            if joins or (verb is None and before is None and continues(self.art, q, last)):
                assert last is not None
                last.parts += list(q.parts)
                last.regions += list(q.regions)
                continue
            after_cue = verb is not None
            verb = verb or before
            if verb is None:
                # no cue and no direct quote to continue: a title, a term, a scare quote,
                # or the rest of a paraphrase (joined in run, once reported speech is known)
                self.orphans.append(q)
                continue
            words = sum(self.art.words(a, b) for a, b in q.parts)
            if (words < 2 and not after_cue) or (q.single and words < 3):
                continue  # “Judge,” ‘Israel’: a name or a word, not a statement
            cue, tone, speaker = self._cue_and_speaker(verb, subject, quotes)
            speaker = as_told(speaker) if told is not None else speaker
            last = _Quote(list(q.parts), "direct", verb, cue, tone, speaker,
                          self.sent_of[verb.i], list(q.regions))  # fmt: skip
            quotes.append(last)
        return quotes

    def _cue_and_speaker(self, verb: Token, subject: Token | None, quotes: list[_Quote]
                         ) -> tuple[tuple[int, int, str], str | None, Speaker]:  # fmt: skip
        """A direct quote's cue, tone and speaker.

        "“…,” according to CNN." names its source in the phrase, not as a subject (the
        word "according" has none), so it is read as "According to CNN, “…”" is.
        """
        found = self.cues.according(verb)
        if found is None:
            return (self.cues.cue_of(verb), self.lex.tones.get(self.art.speech_base(verb) or ""),
                    self.speakers.speaker_for(verb, _speakers(quotes), subject=subject))
        _, pobj, to = found
        s, e = verb.idx, to.idx + len(to)
        speaker = self.speakers.resolve_document(self.speakers.speaker_from(pobj),
                                                 _speakers(quotes))  # fmt: skip
        return (s, e, self.text[s:e]), self.lex.phrases.get("according to"), speaker

    def _final_parts(self, q: _Quote) -> tuple[tuple[int, int], ...]:
        kept = outside_headings(list(q.parts), self.headings) or list(q.parts)
        parts = tuple(p for p in (trimmed(self.text, a, b) for a, b in kept) if p[1] > p[0])
        return parts or tuple(q.parts)

    def _finish(self, q: _Quote) -> QuoteSpan:
        parts = self._final_parts(q)
        outer = self._final_parts(q.within) if q.within is not None else None
        sp = q.speaker
        cue_s, cue_e, cue = q.cue if q.cue else (None, None, None)
        return QuoteSpan(
            text=joined_text(self.text, parts),
            start=parts[0][0],
            end=parts[-1][1],
            kind=q.kind,
            cue=cue,
            cue_start=cue_s,
            cue_end=cue_e,
            speaker=sp.name,
            speaker_start=sp.name_start,
            speaker_end=sp.name_end,
            speaker_surface=sp.surface,
            resolved=sp.resolved if sp.name is not None else "none",
            sentence_index=q.sentence,
            parts=parts,
            surface_start=sp.surface_start,
            surface_end=sp.surface_end,
            cue_tone=q.tone,
            within=(outer[0][0], outer[-1][1]) if outer else None,
            statement=q.statement,
        )


def extract_quotes(doc: Doc) -> list[QuoteSpan]:
    """Direct quotes and reported speech of one parsed article, in text order.

    Args:
        doc: the article parsed by :func:`newsprism.extract.nlp.load_nlp` (a tagger,
            parser and NER are needed; paragraphs are lines of ``doc.text``).

    Returns:
        One :class:`QuoteSpan` per quote (a quote split around its cue or running over
        paragraphs is one span with several ``parts``), each with its cue and speaker.

    Example::

        >>> doc = load_nlp()('“We will win,” Miller said.')
        >>> [(q.text, q.kind, q.cue, q.speaker) for q in extract_quotes(doc)]
        [('We will win', 'direct', 'said', 'Miller')]

    An Arabic Doc (``doc.lang_ == "ar"``, from ``extract.nlp.nlp_for("ar")``) goes to the
    rule-based Arabic extractor (:mod:`.arabic`).
    """
    if doc.lang_ == "ar":
        from newsprism.extract.quotes.arabic import extract_arabic_quotes

        return extract_arabic_quotes(doc)
    return _Extractor(doc, load_lexicon()).run()
