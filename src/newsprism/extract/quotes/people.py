"""People of an article and what pronouns and role nouns stand for (part of step 4).

A speaker is named once and then referred to: "Matthew Miller" becomes "Miller", "the
spokesman", "he". This module keeps every PERSON mention with its surname, the title
words around it and a gender hint, and resolves a pronoun or a definite role noun to
the mention it stands for, looking back through the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsprism.extract.quotes.article import Article, Step
from newsprism.extract.tree import climb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NAME_LABELS", "PRONOUNS_PERSON", "People", "Person"]

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
_HONORIFIC = {"mr.": "m", "mr": "m", "ms.": "f", "ms": "f", "mrs.": "f", "mrs": "f",
              "miss": "f", "sir": "m", "lady": "f"}  # fmt: skip
_GENDERED = {"spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
             "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
             "wife": "f", "husband": "m", "mother": "f", "father": "m", "daughter": "f",
             "son": "m", "king": "m", "queen": "f"}  # fmt: skip
NAME_LABELS = {"PERSON"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}
_TITLE_WORDS = {"of", "to", "for", "-", "the", "’s", "'s", "&", "and"}
_SEARCH_BACK = 6  # sentences searched back for a pronoun's or role's antecedent


@dataclass
class Person:
    """A PERSON mention: offsets, cleaned text, surname, title words, gender hint."""

    start: int
    end: int
    text: str
    surname: str
    title: str
    gender: str | None
    token: int  # index of its last token
    sentence: int
    subject: bool


class People(Step):
    """The PERSON mentions of one article and the resolution of pronouns and roles."""

    def __init__(self, art: Article) -> None:
        super().__init__(art)
        self.persons = self._find_persons()
        self.gender_memo: dict[str, str] = {}
        self.pronoun_memo: dict[int, Person | None] = {}

    def _find_persons(self) -> list[Person]:
        persons = []
        for ent in self.doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            start, end, text = self.clean_name(ent)
            words = text.split()
            if not words or not words[-1][:1].isupper():
                continue
            last = ent[-1] if ent[-1].tag_ != "POS" else ent[-2] if len(ent) > 1 else ent[-1]
            title = self._title_of(ent)
            gender = None
            for word, g in {**_HONORIFIC, **_GENDERED}.items():
                if re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", title):
                    gender = g
            persons.append(Person(start, end, text, words[-1].lower(), title, gender, last.i,
                                   self.sent_of[last.i], self._is_subject(last)))  # fmt: skip
        return persons

    @staticmethod
    def _is_subject(token: Token) -> bool:
        head = climb(token, lambda t: t.dep_ in ("compound", "flat", "appos"))
        return head.dep_ in ("nsubj", "nsubjpass")

    def clean_name(self, span: Span) -> tuple[int, int, str]:
        start, end = span.start_char, span.end_char
        text = self.text[start:end]
        m = re.search(r"[’']s?$", text)
        if m:
            end -= len(m.group(0))
        lead = re.match(r"(?i)(the|a|an)\s+", self.text[start:end])
        if lead:
            start += lead.end()
        return start, end, " ".join(self.text[start:end].split())

    def _title_of(self, ent: Span) -> str:
        """Title words before the name and in an appositive after it, lower case."""
        words: list[str] = []
        sent = self.sents[self.sent_of[ent.start]]
        i = ent.start - 1
        while i >= sent.start and ent.start - i <= 10:
            tok = self.doc[i]
            if tok.pos_ in _TITLE_POS or tok.lower_ in _TITLE_WORDS:
                words.insert(0, tok.lower_)
                i -= 1
            else:
                break
        j = ent.end
        if j < sent.end and self.doc[j].text == ",":
            appos = []
            for k in range(j + 1, min(sent.end, j + 12)):
                tok = self.doc[k]
                if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX"):
                    break
                appos.append(tok.lower_)
            words += appos
        return " ".join(words)

    def person_at(self, token: Token) -> Person | None:
        for p in self.persons:
            if p.start <= token.idx < p.end:
                return p
        return None

    def best_name(self, person: Person) -> Person:
        """The fullest mention of the same name: "Miller" -> "Matthew Miller"."""
        same = [p for p in self.persons if p.surname == person.surname]
        longest = max(len(p.text.split()) for p in same)
        full = [p for p in same if len(p.text.split()) == longest]
        texts = {p.text for p in full}
        if len(texts) > 1:
            before = [p for p in full if p.start <= person.start]
            chosen = before[-1].text if before else full[0].text
            full = [p for p in full if p.text == chosen]
        return full[0]

    def name_speaker(self, person: Person) -> tuple[str, int, int]:
        best = self.best_name(person)
        return best.text, best.start, best.end

    def gender_of(self, person: Person) -> str | None:
        best = self.best_name(person)
        if best.text in self.gender_memo:
            return self.gender_memo[best.text]
        for p in self.persons:
            if p.surname == person.surname and p.gender:
                return p.gender
        return None

    # antecedents -----------------------------------------------------------------

    def candidates(self, before: Token, *, same_sentence_quotes: bool) -> Iterable[Person]:
        """Person mentions before ``before``, most salient first, sentence by sentence.

        In the pronoun's own sentence the closest mention comes first; in earlier
        sentences a subject comes before the other mentions (a simple Hobbs order).
        """
        sent = self.sent_of[before.i]
        here = [p for p in self.persons if p.sentence == sent and p.token < before.i]
        if not same_sentence_quotes:
            here = [p for p in here if self.qid[p.token] == -1]
        yield from sorted(here, key=lambda p: -p.token)
        for n in range(sent - 1, max(-1, sent - 1 - _SEARCH_BACK), -1):
            found = [p for p in self.persons if p.sentence == n and self.qid[p.token] == -1]
            found += self._resolved_pronouns(n)
            yield from sorted(found, key=lambda p: (not p.subject, p.token))

    def _resolved_pronouns(self, sentence: int) -> list[Person]:
        """Subject he/she of an earlier sentence, as the person it stands for."""
        out = []
        for tok in self.sents[sentence]:
            if (tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass")
                    and self.qid[tok.i] == -1):  # fmt: skip
                person = self.resolve_pronoun(tok)
                if person is not None:
                    out.append(replace(person, token=tok.i, sentence=sentence, subject=True))
        return out

    def resolve_pronoun(self, token: Token) -> Person | None:
        if token.i in self.pronoun_memo:
            return self.pronoun_memo[token.i]
        self.pronoun_memo[token.i] = None  # guards against cycles
        gender = PRONOUNS_PERSON.get(token.lower_)
        possessive = token.lower_ in ("his", "her") and token.dep_ == "poss"
        found = None
        for cand in self.candidates(token, same_sentence_quotes=possessive):
            g = self.gender_of(cand)
            if gender and g and g != gender:
                continue
            found = cand
            break
        if found is not None and gender:
            self.gender_memo.setdefault(self.best_name(found).text, gender)
        self.pronoun_memo[token.i] = found
        return found

    def resolve_role(self, phrase: str, before: Token) -> Person | None:
        groups = self.role_groups(phrase)
        if not groups:
            return None
        aliases = [a for a, g in self.lex.roles.items() if g & groups]
        best = None
        for p in self.persons:
            if p.token >= before.i:
                break
            if any(re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", p.title) for a in aliases):
                best = p
        return best

    def role_groups(self, phrase: str) -> frozenset[str]:
        phrase = phrase.lower()
        found = [a for a in self.lex.roles if re.search(rf"(?<![\w.]){re.escape(a)}(?!\w)", phrase)]
        if not found:
            return frozenset()
        longest = max(found, key=len)
        return self.lex.roles[longest]

    # speakers --------------------------------------------------------------------
