"""One parsed article as every step sees it: tokens, sentences, quotations, speech verbs.

The steps (cues, content, speakers) ask the same questions of the parse: which sentence
holds a token, is it inside a quotation, is it a speech verb, does a verb have a subject
of its own. :class:`Article` computes the maps once per document and answers them, and
holds the few grammar tests more than one step needs.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from newsprism.extract.headings import in_heading
from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.document_reads import document_reading
from newsprism.extract.quotes.lexicon import WORD, SpeechLexicon
from newsprism.extract.quotes.marks import Quotation, find_quotations
from newsprism.extract.quotes.noun_verb import verb_tagged_noun
from newsprism.extract.quotes.other_senses import other_sense
from newsprism.extract.quotes.phrasal import particle_base
from newsprism.extract.quotes.site_lines import without_site_lines
from newsprism.extract.quotes.subject_noun import subject_head_noun
from newsprism.extract.quotes.transcript import transcript_turns
from newsprism.extract.quotes.went_on import went_on_cue

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = ["Article", "Step", "has_subject", "is_quoted", "participle_adjunct", "passive",
           "quoted_subject"]


class Article:
    """A parsed article with its token maps and quotations."""

    def __init__(self, doc: Doc, lexicon: SpeechLexicon) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(self.sents):
            for token in sent:
                self.sent_of[token.i] = n
        # a single-mark quotation under two words (‘Israel’) is a scare quote, no speech
        self.quotations = [
            q
            for q in transcript_turns(self.text, without_site_lines(  # site_lines.py
                self.text, find_quotations(self.text)))
            if not q.single or len(self.text[q.parts[0][0] : q.parts[0][1]].split()) >= 2
        ]
        self.qid = [-1] * len(doc)  # the quotation a token is in, or -1
        self.starts = [t.idx for t in doc]
        for n, q in enumerate(self.quotations):
            for a, b in q.regions:
                for i in self.token_range(a, b):
                    self.qid[i] = n
        self.direct_verbs: set[int] = set()  # token ids of the cues of direct quotes
        self.ents = list(doc.ents)  # (spaCy builds the spans anew on every access)
        self.ent_of: dict[int, Span] = {t: e for e in self.ents for t in range(e.start, e.end)}

    # tokens and spans --------------------------------------------------------------

    def token_range(self, a: int, b: int) -> range:
        """Indices of the tokens that start in ``[a, b)``."""
        return range(bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b))

    def tokens_between(self, a: int, b: int) -> list[Token]:
        return [self.doc[i] for i in self.token_range(a, b)]

    def tokens_from(self, a: int) -> Iterator[Token]:
        """The tokens from offset ``a`` on, made one at a time (callers stop early)."""
        for i in range(bisect.bisect_left(self.starts, a), len(self.doc)):
            yield self.doc[i]

    def words(self, s: int, e: int) -> int:
        """Words in ``text[s:e]`` (a quote needs two)."""
        return len(WORD.findall(self.text[s:e]))

    def speech_base(self, token: Token) -> str | None:
        """The lexicon verb this token is a form of, when it is used as a verb."""
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB") and \
                not verb_tagged_noun(token):  # "“…!” the congressman demands." (noun_verb)
            return None
        if subject_head_noun(token):
            return None  # "Worker demands for “…” grew louder": a noun (subject_noun)
        if token.i > 0 and self.doc[token.i - 1].text in ("#", "@") and \
                not self.doc[token.i - 1].whitespace_:  # fmt: skip
            return None  # a hashtag, #warns, is not a verb of this text
        base = self._lexicon_verb(token) or self._document_verb(token)
        # "What they're saying:" heads a section; it reports no one (asked only of a
        # lexicon verb: the heading's answer changes nothing else, session 28)
        return None if base is None or in_heading(token) else base

    def _document_verb(self, token: Token) -> str | None:
        """ "“…,” the letter reads": a verb said of a document (:mod:`.document_reads`)."""
        found = document_reading(token, self.lex.document_verbs, self.lex.documents, self.qid)
        return token.lemma_.lower() if found is not None else None

    def _lexicon_verb(self, token: Token) -> str | None:
        """The lexicon verb of the token's word (with its particle: "pointed out")."""
        word = token.lower_.replace("’", "'")
        particles = self.lex.particles.get(word)
        found = particle_base(token, particles) if particles else None  # phrasal.py
        if other_sense(token, self.qid):  # "contends with scrutiny" (other_senses.py)
            return None
        return found or self.lex.forms.get(word) or went_on_cue(token)  # "he went on,"

    def quotation_of(self, token: Token) -> Quotation | None:
        n = self.qid[token.i]
        return self.quotations[n] if n != -1 else None

    # grammar shared by the steps ------------------------------------------------------

    def next_statement(self, tok: Token) -> bool:
        """The speaker's next statement inside a clause the parse made too long.

        "said the plan failed, adding that …" (a participle after a comma), "said the
        plan failed and said, “…”" (the cue of a direct quote) and "…, but said the
        outcome was open" (a conjoined cue with its own clause) are new statements with
        no subject of their own, so they end the clause before them.
        """
        if not self.speech_base(tok) or has_subject(tok):
            return False
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":
            before = self.text[max(0, tok.idx - 4) : tok.idx].rstrip()
            return before.endswith((",", "—", "–", ";", ',"', ",”", ",''"))
        return tok.dep_ == "conj" and (
            tok.i in self.direct_verbs or any(c.dep_ == "ccomp" for c in tok.children)
        )  # "…, but said the outcome was open"


def has_subject(verb: Token) -> bool:
    """The verb has a subject of its own (so it is not the speaker's next act)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)


# Subordinators that open a reduced passive clause: "when asked if …", "after told of …"
_REDUCED = frozenset({"when", "whenever", "while", "after", "before", "once", "if", "unless",
                      "until", "though", "although"})  # fmt: skip


def passive(verb: Token) -> bool:
    """A passive cue: "was asked whether", or a bare participle, "Asked about it, …".

    The participle's speaker is only its agent ("Asked by reporters"): the subject
    of the clause it hangs on is the one who was asked, not the asker. A participle
    after "when", "after", "once" … is one too, whatever the parse hung it on ("X
    interviewed Y and when asked if …, Y said": "asked" as a conjunct of "interviewed";
    the question is the interviewer's, never Y's).
    """
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "nsubj", "nsubjpass", "dobj")
                                 for c in verb.children):  # fmt: skip
        return False  # (a participle with an object is a past tense the parse misread)
    return verb.dep_ in ("advcl", "acl") or any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _REDUCED and c.i < verb.i
        for c in verb.children)  # fmt: skip


def is_quoted(verb: Token) -> bool:
    """ "was quoted as saying": the speaker is the subject of "quoted"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and \
        verb.head.head.lemma_ == "quote"  # fmt: skip


def quoted_subject(verb: Token) -> Token | None:
    quoted = verb.head.head
    subj = [c for c in quoted.children if c.dep_ in ("nsubjpass", "nsubj")]
    return subj[0] if subj else None


class Step:
    """A step of the extractor over one :class:`Article` (its maps at hand as attributes)."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.doc = art.doc
        self.text = art.text
        self.lex = art.lex
        self.sents = art.sents
        self.sent_of = art.sent_of
        self.qid = art.qid
        self.quotations = art.quotations
        self.speech_base = art.speech_base
        self.tokens_between = art.tokens_between
        self.ents = art.ents


def participle_adjunct(verb: Token) -> bool:
    """An -ing participle hung on a clause's verb with no subject of its own ("China has
    criticised the pact, describing it as “extremely irresponsible”", "before calling
    it …"): English gives it the subject of the verb it hangs on, so that subject is no
    parse's guess (session 27, gold/speakers-neus4). A finite verb with no subject
    ("after an alleged poll … said she “supports …”") is not one."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return verb.head.pos_ in ("VERB", "AUX")
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
        verb.head.head.pos_ in ("VERB", "AUX")  # fmt: skip
