"""Where a sentence is cut into fact units, and whose voice each unit carries.

The main clause with its subordinate, relative, complement and conjoined clauses and
its appositions cut away; each such clause on its own, its subject or the noun it
describes given back; the reported clause of "X said (that) Y" as Y, with X's story
entities as its voice (:mod:`newsprism.compare.units`, whose docstring says why).

Its own step because it reads one sentence's parse and nothing else of the story: the
pool of :mod:`newsprism.compare.units` profiles and scores what it cuts. Moved out of
:mod:`newsprism.compare.units` (session 34), which imports every name back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsprism.compare.events import CANCELLING, SPEECH, referents
from newsprism.compare.frames import subject_token
from newsprism.compare.stance import DENIAL
from newsprism.extract.nlp import doc_text
from newsprism.models import Mention

# clause heads cut from the clause they hang on (a verb), and appositions (a noun); an
# "acl" ("the right to build the center", "the mosque being built there") names a thing
# rather than stating a fact, and stays with its noun
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis"})
# a unit needs this many content words: "We're the ones", "Afghanistan is a war" (the
# rest cut away) state nothing checkable alone
MIN_CONTENT = 4
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# verbs whose clause is someone's statement or belief, read with its voice: "X said Y",
# "people allege that Y", "X believes Y"
REPORTERS = SPEECH | frozenset("allege speculate believe think suspect accuse charge".split())
# phrasal verbs of saying: "He pointed out that …" reports a statement as "said" does
PHRASAL_REPORTERS = {"point": "out"}
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# a unit under this many words is too little to state a checkable fact alone
MIN_UNIT_WORDS = 4
_SUBJECTS = ("nsubj", "nsubjpass")
# the words of a name kept with the noun a relative clause or an apposition describes
_NAME_PARTS = frozenset({"compound", "flat", "poss", "case", "det", "amod", "nmod"})


@dataclass
class FactUnit:
    """One fact a sentence states: its tokens (in text order), the verb or noun that
    heads it, its kind and, for a reported clause, who reports it."""

    tokens: list[Any]
    head: Any
    kind: str  # main | clause | relative | apposition | reported | frame
    voice: frozenset[str] = field(default_factory=frozenset)
    # the token indices given back from elsewhere in the sentence: a clause's subject,
    # the noun a relative clause or an apposition describes
    borrowed: frozenset[int] = field(default_factory=frozenset)

    @property
    def text(self) -> str:
        """The unit's words as written, a space where a cut clause was."""
        parts = []
        for k, token in enumerate(self.tokens):
            follows = k + 1 < len(self.tokens) and self.tokens[k + 1].i == token.i + 1
            parts.append(token.text_with_ws if follows else token.text + " ")
        return "".join(parts).strip()

    @property
    def contiguous(self) -> bool:
        """Whether the unit is one run of its sentence's words (punctuation aside)."""
        return _one_run(self.tokens)

    @property
    def shown(self) -> list[Any] | None:
        """The words a reader is shown as the shared part: the unit when it is one run of
        its sentence, else its own words without a subject or noun given back from
        elsewhere ("they can choose and *rank up to five candidates*") when those are
        one run; None when neither is (a main clause with a clause cut from its middle)."""
        if self.contiguous:
            return self.tokens
        own = [t for t in self.tokens if t.i not in self.borrowed]
        return own if own and _one_run(own) else None

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1].text)

    @property
    def shown_span(self) -> tuple[int, int]:
        """The offsets of :attr:`shown`, after a leading "that", "and" or "when" (the
        clause's joint to its sentence, not what it states); the unit's own when not
        shown."""
        words = list(self.shown or self.tokens)
        while len(words) > 1 and (words[0].dep_ in ("mark", "cc") or words[0].is_punct
                                  or words[0].tag_ == "WRB"):  # "when, at …": the joint
            words = words[1:]
        # a run cut before its last words ("strength, not [apologies]") ends on a word
        # that says nothing alone: the part stops before it
        while len(words) > 1 and (words[-1].dep_ in _DANGLING or words[-1].is_punct):
            words = words[:-1]
        end = words[-1].idx + len(words[-1].text)
        text = doc_text(words[0].doc)
        opened = text[words[0].idx:end].count("(") - text[words[0].idx:end].count(")")
        following = words[-1].nbor(1) if words[-1].i + 1 < len(words[-1].doc) else None
        if opened > 0 and following is not None and following.text == ")":
            end = following.idx + 1  # "Rep. Steve King (R-Iowa)": the bracket it opens
        return words[0].idx, end


# words a shown part does not end on: "not", "and", "the", "of", "that"
_DANGLING = frozenset({"neg", "cc", "det", "prep", "mark", "aux", "poss", "case"})


def _one_run(tokens: Sequence[Any]) -> bool:
    """Whether tokens (in text order) are one run of their sentence's words, punctuation
    aside."""
    first, last = tokens[0].i, tokens[-1].i
    kept = {t.i for t in tokens}
    doc = tokens[0].doc
    return all(k in kept or doc[k].is_punct for k in range(first, last + 1))


def _is_cut(token: Any) -> bool:
    """A clause or apposition that states a fact of its own: a finite clause ("who has
    faced criticism", "he will decide by June"), not an infinitive or a participle
    ("Obama to show his birth certificate", "calling it a scam": a wish, a manner)."""
    if token.dep_ == "appos":
        return token.pos_ in ("NOUN", "PROPN")
    if token.dep_ not in CLAUSES or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX"):
        return False
    if token.dep_ == "ccomp" and _refuting(token.head):
        return False  # "denied they give the government a back door": not stated as so
    return _finite(token)


def _refuting(verb: Any) -> bool:
    """A verb that says its clause is not so: negated ("did not say that …"), a denial or
    a cancellation ("denied that …", "refused …")."""
    return verb.lemma_.lower() in DENIAL | CANCELLING or any(
        c.dep_ == "neg" for c in verb.children)  # fmt: skip


def _finite(verb: Any) -> bool:
    """A verb with a tense of its own or through its auxiliaries; a conjoined verb
    without one shares its head's ("has met and discussed")."""
    if verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                   for c in verb.children):  # fmt: skip
        return True
    return verb.dep_ == "conj" and verb.head is not verb and _finite(verb.head)


def _trimmed(tokens: list[Any]) -> list[Any]:
    """A unit without the punctuation and conjunctions left at its edges by the cuts."""
    edge = ("cc", "punct", "mark", "prep")
    while tokens and (tokens[-1].dep_ in edge or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and (tokens[0].dep_ in ("cc", "punct") or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _own_tokens(head: Any, inside: set[int], cuts: set[int]) -> list[Any]:
    """The tokens of ``head``'s subtree in the sentence, less the cut clauses under it."""
    own, stack = [], [head]
    while stack:
        token = stack.pop()
        if token.i not in inside:
            continue
        own.append(token)
        stack.extend(c for c in token.children if c.i not in cuts)
    return own


def _noun_words(noun: Any, inside: set[int]) -> list[Any]:
    """A noun with the words of its name ("Gov. Rick Perry", "the party's chairman")."""
    return [noun] + [c for c in noun.children if c.dep_ in _NAME_PARTS and c.i in inside
                     and not any(g.dep_ in CLAUSES for g in c.subtree)]  # fmt: skip


def fact_units(tokens: Sequence[Any], mentions: Sequence[Mention] = ()) -> list[FactUnit]:
    """The fact units of one sentence (``tokens``: its spaCy tokens), in text order; none
    when the sentence is one fact (nothing to cut). ``mentions`` (its linked entity
    mentions) name the voice of a reported clause."""
    inside = {t.i for t in tokens}
    cuts = {t.i for t in tokens if _is_cut(t) and t.head.i in inside}
    if not cuts:
        return []
    heads = [t for t in tokens if t.i in cuts or t.head.i not in inside or t.dep_ == "ROOT"]
    units = []
    for head in heads:
        own = _own_tokens(head, inside, cuts)
        kind, voice, borrowed = "main", frozenset(), []
        if head.dep_ == "appos":
            borrowed = _noun_words(head.head, inside)
            kind = "apposition"
        elif head.dep_ in ("relcl", "acl"):
            borrowed = _noun_words(head.head, inside)
            kind = "relative"
        elif head.i in cuts:
            kind = "clause"
            if head.dep_ == "ccomp" and reports(head.head):
                kind = "reported"
                voice = voice_of(head.head, mentions)
            elif not any(c.dep_ in _SUBJECTS for c in head.children):
                subject = subject_token(head.head) if head.dep_ != "ccomp" else None
                if subject is not None and subject.i in inside:
                    borrowed = _own_tokens(subject, inside, cuts)
        if head.lemma_.lower() in SPEECH and kind in ("main", "clause"):
            kind = "frame"  # "Trump said Thursday": the frame of a statement
        if kind != "reported":
            voice = _inherited_voice(head, inside, mentions)
        lent = frozenset(t.i for t in borrowed) - {t.i for t in own}
        own = _trimmed(sorted({t.i: t for t in own + borrowed}.values(), key=lambda t: t.i))
        words = [t for t in own if not t.is_punct]
        content = {t.lemma_.lower() for t in words if t.pos_ in _CONTENT and not t.is_stop
                   and not (t.pos_ == "VERB" and t.lemma_.lower() in REPORTERS)}  # fmt: skip
        if (len(words) >= MIN_UNIT_WORDS and len(content) >= MIN_CONTENT
                and len(own) < len(inside)):
            units.append(FactUnit(own, head, kind, voice, lent))
    return units


def reports(verb: Any) -> bool:
    """Whether a verb reports its clause as someone's words or belief ("said", "believes",
    "pointed out")."""
    lemma = verb.lemma_.lower()
    return lemma in REPORTERS or any(c.dep_ == "prt" and c.lower_ == PHRASAL_REPORTERS.get(lemma)
                                     for c in verb.children)  # fmt: skip


def _inherited_voice(head: Any, inside: set[int], mentions: Sequence[Mention]
                     ) -> frozenset[str]:  # fmt: skip
    """The voice of a unit inside a reported clause ("X said that Y, who …"): X's."""
    for ancestor in head.ancestors:
        if ancestor.i not in inside:
            break
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_.lower() in SPEECH:
            return voice_of(ancestor.head, mentions)
    return frozenset()


UNRESOLVED = "?"


def voice_of(verb: Any, mentions: Sequence[Mention]) -> frozenset[str]:
    """Who reports what a verb of saying governs: the story entities its subject names,
    or :data:`UNRESOLVED` ("he", "officials")."""
    speaker = subject_token(verb)
    found = frozenset(referents(speaker, mentions)) if speaker is not None else frozenset()
    return found or frozenset({UNRESOLVED})


def sentence_voice(tokens: Sequence[Any], mentions: Sequence[Mention]) -> frozenset[str]:
    """The voice of a whole sentence: its reporter when its root is a verb of saying
    with a reported clause ("X said Y"), else the outlet's own (empty)."""
    for root in (t for t in tokens if t.dep_ == "ROOT"):
        if root.lemma_.lower() in SPEECH and any(c.dep_ == "ccomp" for c in root.children):
            return voice_of(root, mentions)
    return frozenset()
