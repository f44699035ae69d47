"""Rule 5 of the speaker resolution: a document or an office speaks for its owner.

"a statement from his office", "a letter signed by X", "the campaign released a
statement": the owner, signer or maker speaks (owners joined by "and" together; "the
letter": the one before). Else the document as first described ("a cable"); "the
statement" alone: the last statement's speaker; "the documents": the papers introduced
("court papers …") or unresolved.

Its own step because documents and papers have rules of their own (an owner, a
signer, a maker, an earlier copy) that no other kind of speaker phrase reads. The
rules are methods of :class:`DocumentRules`, a mixin of
:class:`~newsprism.extract.quotes.speakers.Speakers` (as the store's SQL mixins are of
a store): moved out of :mod:`newsprism.extract.quotes.speakers` unchanged (session 34).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsprism.extract.quotes import holders
from newsprism.extract.quotes.coref import DEFINITE
from newsprism.extract.quotes.holders import MAKERS, data_owner, signed_by
from newsprism.extract.quotes.issued_before import announcing_subject
from newsprism.extract.quotes.lexicon import SpeechLexicon
from newsprism.extract.quotes.phrases import known_by_agent, says_which_document
from newsprism.extract.quotes.speaker_record import Speaker
from newsprism.extract.quotes.subjects import owner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class DocumentRules:
    """The document and papers rules of :class:`~newsprism.extract.quotes.speakers.Speakers`."""

    # what the rules read of the class that mixes this in (annotations only)
    doc: Doc
    lex: SpeechLexicon
    qid: list[int]
    speaker_from: Callable[..., Speaker]
    phrase: Callable[[Token], list[Token]]
    subject_of: Callable[[Token], Token | None]
    speech_base: Callable[[Token], str | None]
    _described: Callable[[list[Token]], Speaker]
    _together: Callable[[Token, list[Token], int], Speaker | None]

    def _document(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """A document or office speaks for its owner (see the module docstring)."""
        low = head.lemma_.lower()
        source = data_owner(self, head)  # "the latest data from the AAP": the AAP
        if source is not None:
            inner = self.speaker_from(source, depth=depth + 1)
            if inner.name is not None and inner.resolved == "name":
                inner.resolved = "organisation"
            return inner if inner.name is not None else None
        if holders.unowned_data(self, head):
            return Speaker()  # "data compiled throughout the weekend": no one's (released.py)
        if head.pos_ != "NOUN" or (low not in self.lex.documents and low not in self.lex.offices):
            return None  # ("The Washington Post" is a name, not a post)
        source = owner(head) or signed_by(head) or self._maker(head)
        if source is not None:
            inner = self._owners(source, depth) or self.speaker_from(source, depth=depth + 1)
            if inner.name is not None:
                inner.via_document = low in self.lex.documents
                if low in self.lex.offices or inner.resolved == "name":
                    inner.resolved = "organisation"
                return inner
        if low not in self.lex.documents:
            return None
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        earlier = self._earlier_document(head) if det & DEFINITE and not known_by_agent(head) \
            else None  # fmt: skip
        if earlier is not None:
            inner = self.speaker_from(earlier, depth=depth + 1)
            inner.via_document = True
            return inner
        if det & DEFINITE and not (says_which_document(head) or known_by_agent(head)):
            return self._announced(head, depth) or \
                Speaker(via_document=True)  # "The statement added": the last statement's
        return Speaker(name=self._described(tokens).name, resolved="description",
                       via_document=True)  # fmt: skip

    def _papers(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "according to the documents": the papers the article introduced before.

        Papers are records, not someone's statement, so they are shown as the article
        introduced them, with who released or filed them when it says so ("Court papers
        released by federal prosecutors … according to the documents" is "court papers
        released by federal prosecutors"), not turned into a person's words. "the
        documents" again goes further back; with no papers introduced before, it stays
        unresolved: which documents speak is not said. Papers without an article
        ("court documents said") are described as any unnamed source.
        """
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        if head.pos_ != "NOUN" or head.lower_ not in self.lex.papers or not det & DEFINITE \
                or head.lemma_.lower() in self.lex.documents:  # fmt: skip
            return None  # "the filing" is a document of its own kind (_document)
        for tok in reversed(self.doc[: head.i]):
            if tok.pos_ != "NOUN" or tok.lower_ not in self.lex.papers or \
                    tok.dep_ == "compound" or self.qid[tok.i] != -1:  # fmt: skip
                continue
            if {c.lower_ for c in tok.children if c.dep_ == "det"} & DEFINITE:
                continue  # "the document said" after "according to the documents"
            words = self.phrase(tok)
            agent = signed_by(tok)
            if agent is not None:  # "… released by federal prosecutors"
                words += [t for t in self.doc[words[-1].i + 1 : agent.right_edge.i + 1]]
            found = self._described(words)
            if found.name and words[0].is_sent_start and words[0].pos_ != "PROPN":
                # "Court papers released …" began a sentence: "court papers released …"
                found.name = found.name[0].lower() + found.name[1:]
            found.via_document = True
            return found
        return Speaker()

    def _owners(self, source: Token, depth: int) -> Speaker | None:
        """ "the lawsuit from Nebraska and Oklahoma": owners joined by "and" speak together.

        One of them alone would give a joint document's words to one party (as for
        people named together, :meth:`_together`); each must resolve to a name.
        """
        joined = [c for c in source.conjuncts if c.i > source.i]
        if not joined or not any(t.dep_ == "cc" and t.lower_ == "and"
                                 for c in (source, *joined) for t in c.children):  # fmt: skip
            return None
        if self._together(source, [], depth) is not None:
            return None  # people's names: the list is already theirs
        names = [self.speaker_from(t, depth=depth + 1).name for t in (source, *joined)]
        if any(n is None for n in names) or len(set(names)) < len(names):
            return None
        listed = [n for n in names if n is not None]
        return Speaker(name=", ".join(listed[:-1]) + " and " + listed[-1],
                       resolved="description")  # fmt: skip

    def _maker(self, head: Token) -> Token | None:
        """ "the campaign released a statement": the subject of a verb that made it."""
        verb = head.head
        if head.dep_ == "appos" and verb.dep_ in ("dobj", "dative"):
            head, verb = verb, verb.head  # "sent Ryan, R-Wis., a letter" (parsed in apposition)
        if head.dep_ == "pobj" and verb.pos_ == "ADP" and verb.lower_ in ("with", "in"):
            verb = verb.head  # "hit back with an ad", "said in a statement"
        elif head.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in MAKERS:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return self.subject_of(verb)

    def _announced(self, head: Token, depth: int) -> Speaker | None:
        """ "The Marine Corps denied the allegations. “…,” the statement read": the
        named subject of the sentence that announces the quotation (:mod:`.issued_before`)."""
        subject = announcing_subject(head, self.qid, speech_base=self.speech_base,
                                     makers=MAKERS, subject_of=self.subject_of)  # fmt: skip
        if subject is None:
            return None
        inner = self.speaker_from(subject, depth=depth + 1)
        if inner.name is None or inner.resolved not in ("name", "organisation"):
            return None
        inner.via_document, inner.resolved = True, "organisation"
        return inner

    def _earlier_document(self, head: Token) -> Token | None:
        """The last mention before ``head`` of the same kind of document, if any. (Not
        held to the same number: session 36 tried it, "the ad" not "ads", and it cost a
        right speaker on gold/speakers-basil2, docs/eval-quotes.md "Session 36".)"""
        kind = self.lex.document_kind(head.lemma_.lower())
        for tok in reversed(self.doc[: head.i]):
            if tok.pos_ == "NOUN" and self.lex.document_kind(tok.lemma_.lower()) == kind and \
                    self.qid[tok.i] == -1:  # fmt: skip
                return tok
        return None
