"""Step 2: the cue of each quotation, a speech verb outside every quotation.

Right after it (``“…,” he said``, ``“…,” said Miller``) or right before it (``Miller
told reporters, “…”``, ``He continued: “…”``, also at the end of the previous
paragraph). A quotation inside a longer clause is a fragment and belongs to the reported
speech around it (step 3); a title in quotation marks ("his memoir, “An American Son”")
has no cue. ``according to X`` is a cue phrase too.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from newsprism.extract.quotes.abbrev_stop import opens_after_stop
from newsprism.extract.quotes.according_manner import manner_according
from newsprism.extract.quotes.article import Article, Step, is_quoted, quoted_subject
from newsprism.extract.quotes.document_reads import reading_phrase
from newsprism.extract.quotes.fronted_verb import fronted_speaker
from newsprism.extract.quotes.lexicon import WORD
from newsprism.extract.quotes.marks import Quotation
from newsprism.extract.quotes.recorded import shown_speaking
from newsprism.extract.quotes.released import run_on_source
from newsprism.extract.quotes.speakers import RELATIVE, Speakers
from newsprism.extract.quotes.subject_after import subject_after_quotation
from newsprism.extract.quotes.tails import tag_ends
from newsprism.extract.tree import climb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Cues"]

MAX_CUE_GAP = 14  # tokens between a quotation and its cue ("…,” Gerstein, director of …, said)
_NAME_PHRASE_POS = {"PROPN", "PRON", "NOUN", "NUM", "PUNCT", "DET", "ADJ", "ADP", "CCONJ",
                    "PART"}  # fmt: skip
_CLAUSE_DEPS = ("ROOT", "ccomp", "conj", "advcl", "relcl")
# verbs that close a sentence and go on in the next one's quotation ("the governor continues.")
_GOING_ON = frozenset({"continue", "add", "conclude", "explain", "go on", "elaborate"})
_NOT_SPEAKER = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


def _closing_tag_head(doc: Doc, according: Token, head: Token) -> Token:
    """ "Sanders is expanding his lead — as Biden falters, according to a new poll.": a
    tag that closes the sentence attributes the whole of it, not only the subordinate
    clause the parse hangs it on (session 21). Only for an adverbial clause after its
    main clause, the tag set off by a comma and nothing but punctuation after it."""
    if head.dep_ != "advcl" or head.head.i > head.i or head.head.dep_ not in ("ROOT", "ccomp"):
        return head
    if according.i == 0 or doc[according.i - 1].text != ",":
        return head
    sent_end = according.sent.end
    if any(not t.is_punct for t in doc[according.right_edge.i + 1 : sent_end]):
        return head
    return head.head


def _bare_name(token: Token) -> bool:
    """A word between a quotation and a cue the parse lost that can be the speaker: a
    name or pronoun, not a relative word, not a date ("“a veteran of the Vietnam War,”
    and on April 6, 2007, said that …": "April" is when, not who, BASIL 85475456), nor
    the object of a preposition (a time or a place the cue's clause goes on with)."""
    if token.pos_ not in ("PROPN", "PRON") or token.lower_ in RELATIVE:
        return False
    return token.ent_type_ not in _NOT_SPEAKER and token.dep_ != "pobj"


def _as_put_it(verb: Token) -> bool:
    """ "As Sen. Rand Paul, R-Ky., put it, “…”": "put it" after "as" says the words that
    follow (BASIL 9879bbc0). Not a verb of saying elsewhere ("put it on the table")."""
    return verb.lemma_ == "put" and \
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and \
        any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)  # fmt: skip


class Cues(Step):
    """Finds the cue of a quotation, and the cue's text."""

    def __init__(self, art: Article, speakers: Speakers) -> None:
        super().__init__(art)
        self.speakers = speakers

    # cues ------------------------------------------------------------------------

    def cue_of(self, verb: Token) -> tuple[int, int, str]:
        """The cue's text: the verb, its particle, whom it was told, its channel."""
        tokens = [verb]
        base = self.speech_base(verb)
        phrasal = " " in (base or "")  # "shot back": the parse's adverb (phrasal.py)
        for child in verb.children:
            if child.i == verb.i + 1 and (child.dep_ == "prt" or
                                          (phrasal and child.dep_ == "advmod")):
                tokens.append(child)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # was quoted as saying
            quoted = verb.head.head
            aux = [c for c in quoted.children if c.dep_ == "auxpass"]
            tokens += [quoted, verb.head, *aux]
        end_i = max(t.i for t in tokens)
        for child in verb.rights:
            if child.left_edge.i != end_i + 1:
                continue
            if child.dep_ in ("dobj", "dative") and base == "tell":
                end_i = child.right_edge.i
            elif child.dep_ == "prep" and child.lower_ in ("in", "on", "during"):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj and pobj[0].lower_ in self.lex.channels:
                    end_i = pobj[0].right_edge.i
                    break
            else:
                continue
        start_i = min(t.i for t in tokens)
        s = self.doc[start_i].idx
        e = self.doc[end_i].idx + len(self.doc[end_i])
        return s, e, self.text[s:e]

    # direct quotes ---------------------------------------------------------------

    def cue_after(self, q: Quotation) -> tuple[Token, Token | None] | None:
        """``“…,” he said`` / ``“…,” said Miller``: a speech verb right after the marks.

        Returns the verb and, when the parse lost it, the speaker's token.
        """
        if self._looks_like_title(q) and self._inside_sentence(q):
            return None  # "In his book, ''Doomed to Succeed,'' and in an interview, he said"
        after = (t for t in self.art.tokens_from(q.end) if not t.is_space)
        window: list[Token] = []
        for tok in itertools.islice(after, 2 * MAX_CUE_GAP):
            if "\n" in self.text[q.end : tok.idx]:
                break
            window.append(tok)
            if tok.text in (".", "!", "?", ";") and len(window) > 1 and self.qid[tok.i] == -1:
                break
        for n, tok in enumerate(window):
            if tok.lower_ == "according" and n <= 1 and self.according(tok) is not None:
                return tok, None
            if self.qid[tok.i] != -1 or not self.speech_base(tok):
                continue
            # "“…,” Mr. Netanyahu is shown saying": the verb of showing and its subject
            shown = tok.head if shown_speaking(tok) is not None else tok
            subtree = {t.i for t in shown.subtree} | reading_phrase(  # document_reads.py
                tok, self.lex.document_verbs, self.lex.documents, self.qid)
            between = window[:n]
            # only the speaker's phrase may stand between ("Ramos, 58, told AFP"), and
            # it may hold a quoted name ("wearing “Ted Cruz” pins")
            if all(t.i in subtree or t.is_punct or t.pos_ == "NUM" or self.qid[t.i] != -1
                   for t in between):  # fmt: skip
                # the speaker stands after the quotation ("he said", "said Miller"); a
                # participle with no subject of its own ("…,” adding that …) is a new cue
                subject = self.speakers.subject_of(tok) or self.speakers.loose_subject(tok)
                if is_quoted(tok):
                    subject = quoted_subject(tok)
                later = None if subject is None else \
                    subject_after_quotation(tok, subject, window[0].i)  # subject_after.py
                subject = later or subject
                if subject is None or subject.i < window[0].i:
                    return None
                if self._sentence_closed(q) and self._reports_clause(tok):
                    return None  # “… .” He said [the plan failed]: a new statement
                if self._sentence_closed(q) and self._opens_next(tok):
                    return None  # “… ?” Then an announcer concludes: “…”: the next one's cue
                if self._sentence_closed(q) and self._set_into_next(between, subject):
                    return None  # “… anguish.” This sort of opining, CNN claimed, violates
                return tok, later
            # the parse went astray ("Ramos/conj, 58, told/conj"): a bare name phrase
            # between the marks and the verb is still the speaker
            names = [t for t in between if _bare_name(t)]
            if names and all(t.pos_ in _NAME_PHRASE_POS for t in between):
                return tok, names[0]
            return None
        return None

    def _reports_clause(self, verb: Token) -> bool:
        """The verb after a closed quotation has a clause of its own after it: it starts
        a new statement ("“… .” He said [the plan failed]"), also when that clause holds
        a quotation of its own, opened after its first words ("“a Vietnam veteran.” The
        Shelton Weekly reported …, that Mr. Blumenthal “was met with applause …”",
        BASIL 85475456: the Weekly reports the next quotation, not the Post's words)."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.i < verb.i:
                continue
            first = c.left_edge
            if self.qid[c.i] == -1 or (first.i > verb.i and self.qid[first.i] == -1
                                       and not first.is_punct):  # fmt: skip
                return True
        return False

    def _inside_sentence(self, q: Quotation) -> bool:
        """Words of the same sentence stand before the quotation (it does not open it)."""
        line_start = self.text.rfind("\n", 0, q.start) + 1
        before = self.text[line_start : q.start].rstrip()
        return bool(before) and before[-1] not in ".!?:"

    def _opens_next(self, verb: Token) -> bool:
        """The verb is followed by a colon and a quotation: it introduces that one."""
        rest = [t for t in self.doc[verb.i + 1 : verb.i + 4] if not t.is_space]
        return len(rest) >= 2 and rest[0].text == ":" and (
            self.qid[rest[1].i] != -1 or rest[1].text in ('"', "“", "''", "``"))  # fmt: skip

    @staticmethod
    def _set_into_next(between: list[Token], subject: Token) -> bool:
        """Words other than the speaker's phrase stand between a closed quotation and
        the cue: the cue is set into the next sentence's clause ("This sort of
        opining, CNN claimed, violates its code") and reports that clause, not the
        quotation before it."""
        phrase = {t.i for t in subject.subtree}
        return any(not t.is_punct and not t.is_quote and t.pos_ != "NUM" and t.i not in phrase
                   for t in between)  # fmt: skip

    def _sentence_closed(self, q: Quotation) -> bool:
        """The quotation ends its sentence (“… failed.”), so what follows starts anew."""
        end = q.parts[-1][1]
        return end > 0 and self.text[end - 1] in ".!?"

    def cue_before(self, q: Quotation) -> Token | None:
        """``Miller told reporters, “…”`` / ``He continued: “…”`` / a colon paragraph."""
        first = self.tokens_between(q.start, q.start + 1)
        if not first:
            return None
        start_tok = first[0]
        lo = max(0, start_tok.i - 3 * MAX_CUE_GAP)
        prev = [t for t in self.doc[lo : start_tok.i] if not t.is_space][-MAX_CUE_GAP:]
        if not prev:
            return None
        crossed_line = "\n" in self.text[prev[-1].idx : q.start]
        if crossed_line and prev[-1].text != ":":
            return None
        last = prev[-1]
        if (closing := self._closing_cue(prev, crossed_line)) is not None:
            return closing
        if not (last.text in (",", ":", "—", "–", "-") or last.lower_ in ("that", "saying")
                or self.speech_base(last)):  # fmt: skip
            return None
        if self._looks_like_title(q):
            return None  # "wrote in his memoir, “An American Son.”"
        if self.speech_base(last) and self._words_after(q):
            return None  # "said “it gets me mad” every time …": a piece of a clause
        sent = self.sent_of[last.i]
        window = [t for t in prev if self.sent_of[t.i] == sent and self.qid[t.i] == -1]
        for n in range(len(window) - 1, -1, -1):
            tok = window[n]
            if not (self.speech_base(tok) or _as_put_it(tok)):
                continue
            if fronted_speaker(tok) is not None:
                return tok  # "Added Gibbs: “…”" (fronted_verb)
            subtree = {t.i for t in tok.subtree}
            between = window[n + 1 :]
            if all(t.i in subtree or t.is_punct for t in between):
                return tok
            return None
        return None

    def _closing_cue(self, prev: list[Token], crossed_line: bool) -> Token | None:
        """A verb of going on that closes the sentence before the quotation, in the same
        paragraph: "… plays as the prime minister continues. “The world tells Israel …”"
        (NYT, BASIL b4dbeda7), "Ms. O'Neill added. “…”". The verb reports nothing of its
        own (no clause, no object, not negated), so the next quotation is what it says."""
        if crossed_line or len(prev) < 2 or prev[-1].text not in (".", ":"):
            return None
        verb = prev[-2]
        if self.speech_base(verb) not in _GOING_ON or self.qid[verb.i] != -1:
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "neg", "prep", "dative")
               for c in verb.children):  # fmt: skip
            return None
        edge = verb.left_edge.i
        before = self.doc[max(0, edge - 2) : edge] if edge and self.doc[edge - 1].text == "," \
            else self.doc[max(0, edge - 1) : edge]  # fmt: skip
        if any(t.is_quote or self.qid[t.i] != -1 for t in before):
            return None  # “A,” he continued. “B.”: the quote before it goes on (joined there)
        return verb

    def _looks_like_title(self, q: Quotation) -> bool:
        words = WORD.findall(" ".join(self.text[a:b] for a, b in q.parts))
        long_words = [w for w in words if len(w) > 3]
        return 0 < len(words) <= 8 and bool(long_words) and all(w[0].isupper() for w in long_words)

    def _words_after(self, q: Quotation) -> bool:
        """Words follow the quotation in its sentence (before a line break)."""
        after = self.art.tokens_from(q.end)
        for tok in after:
            if tok.is_space and "\n" in tok.text:
                return False
            if tok.is_sent_start or tok.text in (".", "!", "?", ";"):
                return False
            if not tok.is_punct and not tok.is_space:
                return True
        return False

    def is_fragment(self, q: Quotation) -> bool:
        """A quotation that starts inside a clause: ``reiterated US “opposition …”``.

        ``said that “…”`` counts too: the reported speech decides whether the quotation
        is the whole clause (a direct quote) or a piece of it.
        """
        first = self.tokens_between(q.start, q.start + 1)
        if not first:
            return False
        prev = [t for t in self.doc[max(0, first[0].i - 5) : first[0].i] if not t.is_space]
        if not prev or "\n" in self.text[prev[-1].idx : q.start]:
            return False
        last = prev[-1]
        if opens_after_stop(last, first[0]):
            return False  # "…,” said Rep. Israel, D-N.Y. “But …” (abbrev_stop.py)
        return not (last.is_punct or self.speech_base(last) or last.lower_ in ("saying", "as"))

    # reported speech -------------------------------------------------------------

    def according(self, token: Token) -> tuple[list[Token], Token, Token] | None:
        """``according to X``: (content tokens, the pobj, the "to" token)."""
        if token.lower_ != "according":
            return None
        to = [c for c in token.children if c.lower_ == "to"]
        if not to:
            return None
        pobj = [c for c in to[0].children if c.dep_ == "pobj"]
        if not pobj or manner_according(token, pobj[0], self.lex):
            return None  # "calculated according to a worker's contributions": a manner
        head = climb(token.head, lambda t: t.dep_ not in _CLAUSE_DEPS)
        skip = {t.i for t in token.subtree}
        name = run_on_source(pobj[0], head)
        if name is not None:  # "… according to a memo from NAME obtained by AP"
            skip |= {t.i for t in head.subtree}
            pobj, head = [name], climb(head.head, lambda t: t.dep_ not in _CLAUSE_DEPS)
        head = _closing_tag_head(self.doc, token, head)
        content = [t for t in head.subtree if t.i not in skip]
        return tag_ends(self.doc, token, head, content), pobj[0], to[0]
