"""Step 4: who speaks. The speaker phrase at a cue, and the name it resolves to.

The phrase is the subject of the cue (or of the verb it hangs from, for "adding that";
the name after it, for "said Skelly"; the agent of a passive, or no one). It is then
resolved to a canonical name: a surname to the fullest form of that name in the article
("Miller" → "Matthew Miller"); "he"/"she" to the most recent compatible person
(:mod:`people`); "the spokesman" to the last person introduced with a title of the same
group; "a statement from his office" or "his lawyers" to the owner; "the White House"
stays an organisation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsprism.extract.quotes.article import Article, Step, is_quoted, passive, quoted_subject
from newsprism.extract.quotes.people import NAME_LABELS, PRONOUNS_PERSON, People, Person
from newsprism.extract.tree import climb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RELATIVE", "Resolution", "Speaker", "Speakers"]

Resolution = Literal["name", "pronoun", "role", "organisation", "none"]

_PRONOUNS_OTHER = {"it", "its", "they", "them", "their"}
RELATIVE = {"who", "that", "which", "whom"}
DEFINITE = {"the", "this", "that", "these", "those"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


@dataclass
class Speaker:
    """What stands at the cue, and the name it resolves to."""

    surface: str | None = None
    surface_start: int | None = None
    surface_end: int | None = None
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    resolved: Resolution = "none"
    via_document: bool = False


class Speakers(Step):
    """Finds the speaker phrase of a cue and resolves it, for one article."""

    def __init__(self, art: Article) -> None:
        super().__init__(art)
        self.people = People(art)
        self.person_at = self.people.person_at
        self.name_speaker = self.people.name_speaker

    def speaker_for(self, verb: Token, previous: Sequence[Speaker], *,
                    subject: Token | None = None) -> Speaker:  # fmt: skip
        """The speaker of a cue (its subject, unless given), resolved."""
        if subject is None and is_quoted(verb):
            subject = quoted_subject(verb)
        elif subject is None:
            subject = self.subject_of(verb) or self.loose_subject(verb)
        if subject is None:
            return Speaker()
        return self.resolve_document(self.speaker_from(subject), previous)

    @staticmethod
    def resolve_document(sp: Speaker, previous: Sequence[Speaker]) -> Speaker:
        """ "The statement added": the speaker of the last statement quoted before."""
        if sp.name is None and sp.via_document:
            for prev in reversed(previous):
                if prev.via_document and prev.name is not None:
                    sp.name, sp.name_start, sp.name_end = prev.name, prev.name_start, \
                        prev.name_end  # fmt: skip
                    sp.resolved = prev.resolved
                    break
        return sp

    def subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The speaker token of a speech verb: its subject, or its head verb's."""
        for child in verb.children:
            if child.dep_ == "agent":  # "was reported by the Post"
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                return pobj[0] if pobj else None
        if depth == 0 and passive(verb):
            return None  # "Asked about it, Clinton said": not Clinton's question
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                if self._dateline(child):
                    return None
                if child.dep_ == "nsubjpass" or child.lower_ in ("there",):
                    return None
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and depth < 3:
            head = verb.head
            if head.dep_ == "ccomp" and self.speech_base(head.head) and \
                    self.art.next_statement(verb):  # fmt: skip
                head = head.head  # "said the plan failed, noting …": the sayer notes
            if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
                head = head.head  # "Yellen is likely to stress …", "are quick to point out"
            if verb.dep_ == "xcomp" and self._impersonal(head):
                return None  # "it is safe to say": no one speaks
            if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
                return self.subject_of(head, depth + 1)
        if verb.dep_ == "acl" and depth < 3 and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = verb.head
            if noun.lower_ in self.lex.documents:
                # "the campaign sent out a press release saying …": the release's sender
                owner = self.owner(noun)
                if owner is not None:
                    return owner
                governor = noun.head
                if noun.dep_ in ("dobj", "pobj") and governor.pos_ in ("VERB", "AUX", "ADP"):
                    governor = governor.head if governor.pos_ == "ADP" else governor
                    return self.subject_of(governor, depth + 1)
                return None
            if self.doc[verb.i - 1].text == ",":
                # ", saying that …" hung on the nearest noun: the clause's subject speaks
                governor = climb(noun.head, lambda t: t.pos_ not in ("VERB", "AUX"))
                return self.subject_of(governor, depth + 1)
            return noun  # "voters saying they want …"
        if verb.dep_ == "pcomp" and depth < 3 and verb.head.dep_ == "prep":
            head = verb.head.head  # "before insisting that …", "after telling aides …"
            if head.pos_ in ("VERB", "AUX"):
                return self.subject_of(head, depth + 1)
        return self._inverted_subject(verb)

    @staticmethod
    def _impersonal(head: Token) -> bool:
        """ "It is safe/fair/hard to say": an "it" subject with an adjective predicate."""
        children = list(head.children)
        return any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in children) and \
            any(c.dep_ == "acomp" for c in children)  # fmt: skip

    def lost_subject(self, verb: Token) -> Token | None:
        """A name before a main cue whose subject the parse hung elsewhere.

        "Jay DiPietro, the club's president, suggested that …" or "In an interview,
        the candidate stated that …" can come out with no subject when a long
        appositive or an opening phrase confuses the parser. The last person or
        organisation named before the verb in its sentence, outside quotations, then
        stands for the speaker.
        """
        sent = self.sents[self.sent_of[verb.i]]
        named = [e for e in self.doc.ents if sent.start <= e.start and e.end <= verb.i
                 and e.label_ in NAME_LABELS | {"ORG"} and self.qid[e.start] == -1]  # fmt: skip
        if not named:
            return None
        last = named[-1]
        return last[-2] if last[-1].tag_ == "POS" and len(last) > 1 else last[-1]

    def _inverted_subject(self, verb: Token) -> Token | None:
        """The name right after a cue that follows its quote: “…,” said Skelly.

        The parse often tags the inverted name as an adverb or an object; a capitalised
        word (not a date) right after the verb, where the verb follows a comma or a
        closing mark, is the speaker.
        """
        if verb.i == 0 or verb.i + 1 >= len(self.doc):
            return None
        before = self.doc[verb.i - 1]
        if before.text not in (",", "”", '"', "''", "—") and not before.is_quote:
            return None
        name = self.doc[verb.i + 1]
        if name.is_title and name.pos_ in ("PROPN", "NOUN", "ADV") and \
                name.ent_type_ not in ("DATE", "TIME") and self.qid[name.i] == -1:  # fmt: skip
            return name
        return None

    def _dateline(self, token: Token) -> bool:
        """ "WASHINGTON (AP) —": a place opening the paragraph is not a speaker."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        if self.text[line_start : token.idx].strip():
            return False
        after = self.text[token.idx + len(token) : token.idx + len(token) + 3].lstrip()
        return (token.is_upper and len(token) > 1) or after[:1] in ("(", "—", "–")

    def loose_subject(self, verb: Token) -> Token | None:
        """A name the parse hung on the verb some other way ("Conway/compound notes")."""
        for child in reversed(list(verb.lefts)):
            if child.dep_ in ("compound", "npadvmod", "dep", "nmod", "amod") and \
                    child.pos_ in ("PROPN", "PRON", "NOUN"):  # fmt: skip
                return child
        return None

    def _np_tokens(self, head: Token) -> list[Token]:
        """The noun phrase of ``head`` without relative clauses and comma appositions."""
        left = head.left_edge.i
        right = head.i
        for child in head.rights:
            if child.dep_ == "appos" and self.doc[child.left_edge.i - 1].text != ",":
                right = child.right_edge.i  # "the spokesperson Matthew Miller"
                continue
            if child.dep_ in ("relcl", "appos", "acl", "punct", "advcl", "cc", "conj"):
                break
            right = child.right_edge.i
        return [self.doc[i] for i in range(left, right + 1)]

    def speaker_from(self, head: Token, *, depth: int = 0) -> Speaker:
        """Classify and resolve the noun phrase headed by ``head``."""
        tokens = self._np_tokens(head)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        if not tokens:
            tokens = [head]
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        sp = Speaker(surface=self.text[s:e], surface_start=s, surface_end=e)
        low = head.lower_
        if low in RELATIVE and head.head.dep_ == "relcl" and depth < 3:
            # "Barkley, who said …": the surface is "who", the speaker its antecedent
            inner = self.speaker_from(head.head.head, depth=depth + 1)
            sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, inner.name_end
            sp.resolved, sp.via_document = inner.resolved, inner.via_document
            return sp
        if head.pos_ == "PRON" or low in PRONOUNS_PERSON or low in _PRONOUNS_OTHER:
            if low in PRONOUNS_PERSON:
                person = self.people.resolve_pronoun(head)
                if person is not None:
                    sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
                    sp.resolved = "pronoun"
            elif low == "it":
                org = self._recent_org(head)
                if org is not None:
                    sp.name, sp.name_start, sp.name_end = org
                    sp.resolved = "organisation"
            return sp
        for child in head.children:
            if (
                child.dep_ == "appos"
                and depth < 3
                and any(self.person_at(t) for t in child.subtree)
            ):
                # "the spokesperson, Matthew Miller": the person is the speaker
                inner = self.speaker_from(child, depth=depth + 1)
                sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, \
                    inner.name_end  # fmt: skip
                sp.resolved = inner.resolved
                return sp
        # a document or an office speaks for its owner: "a statement from his office"
        if low in self.lex.documents or low in self.lex.offices:
            owner = self.owner(head)
            if owner is not None and depth < 3:
                inner = self.speaker_from(owner, depth=depth + 1)
                if inner.name is not None:
                    sp.name, sp.name_start, sp.name_end = inner.name, inner.name_start, \
                        inner.name_end  # fmt: skip
                    sp.resolved = "organisation" if (
                        low in self.lex.offices or inner.resolved == "organisation"
                        or inner.via_document) else inner.resolved  # fmt: skip
                    sp.via_document = low in self.lex.documents
                    return sp
            if low in self.lex.documents:
                sp.via_document = True
                det = {c.lower_ for c in head.children if c.dep_ == "det"}
                if det & DEFINITE:
                    return sp  # "The statement added": filled from the last statement
        person = self._person_in(tokens, head)
        if person is not None:
            sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
            sp.resolved = "name"
            return sp
        org = self._org_in(tokens, head)
        if head.pos_ == "PROPN" and org is None:
            text = " ".join(t.text for t in tokens if t.pos_ == "PROPN")
            a = min(t.idx for t in tokens if t.pos_ == "PROPN")
            sp.name, sp.name_start, sp.name_end = text, a, a + len(text)
            sp.resolved = "name"
            if self.text[a : a + len(text)] != text:
                sp.name_end = max(t.idx + len(t) for t in tokens if t.pos_ == "PROPN")
            return sp
        det = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if det & DEFINITE and self.people.role_groups(sp.surface or ""):
            person = self.people.resolve_role(sp.surface or "", head)
            if person is not None:
                sp.name, sp.name_start, sp.name_end = self.name_speaker(person)
                sp.resolved = "role"
                return sp
        if org is not None:
            sp.name, sp.name_start, sp.name_end = org
            sp.resolved = "organisation"
        return sp

    def owner(self, head: Token) -> Token | None:
        for child in head.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "compound" and (child.ent_type_ in NAME_LABELS | ORG_LABELS):
                return child
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                pobj = [c for c in child.children if c.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
        return None

    def _person_in(self, tokens: list[Token], head: Token) -> Person | None:
        found = [self.person_at(t) for t in tokens]
        people = [p for p in found if p is not None]
        if not people:
            # a surname the tagger missed ("said Skelly", tagged as an adverb) still
            # names the person introduced with it
            if head.pos_ == "PROPN" or (head.is_title and not head.is_sent_start):
                word = head.text.lower()
                same = [p for p in self.people.persons if p.surname == word]
                return same[0] if same else None
            return None
        at_head = self.person_at(head)
        return at_head if at_head is not None else people[-1]

    def _org_in(self, tokens: list[Token], head: Token) -> tuple[str, int, int] | None:
        ids = {t.i for t in tokens}
        best = None
        for ent in self.doc.ents:
            if ent.label_ in ORG_LABELS and ent.start in ids:
                s, e, text = self.people.clean_name(ent)
                if ent.start <= head.i < ent.end:
                    return text, s, e
                if best is None:
                    best = (text, s, e)
        return best

    def _recent_org(self, before: Token) -> tuple[str, int, int] | None:
        best = None
        for ent in self.doc.ents:
            if ent.start >= before.i:
                break
            if ent.label_ == "ORG" and self.qid[ent.start] == -1:
                best = ent
        if best is None:
            return None
        s, e, text = self.people.clean_name(best)
        return text, s, e

    # cues ------------------------------------------------------------------------
