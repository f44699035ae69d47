"""A he/she cue whose own sentence names the speaker after the quotation.

FNC-1 body 1596 (gold/speakers-fresh37, session 37): "“… You will pay the heaviest
price,” he said, warning that the battle would be brought “to the hearts of your
homes,” said Al-Nusra head Abu Mohamad al-Golani." The pronoun took the last man named
before (Obama, quoted the paragraph before), though the sentence itself says who speaks:
the explicit "X said" of the sentence wins (issue 12). The parse makes "he said" the
reported clause (``ccomp``) of the later, inverted "said <name>", so the rule reads
exactly that: the pronoun is the subject of a speech verb reported by a speech verb
after it whose own subject, after that verb ("said Abu Mohamad al-Golani"), is a
person, with no other person named between. A forward "Smith said" ("he said, and
Smith said …") is no such clause and is not read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.lexicon import SpeechLexicon
    from newsprism.extract.quotes.people import People, Person

__all__ = ["named_after"]


def named_after(pronoun: Token, people: People, lex: SpeechLexicon,
                qid: list[int]) -> Person | None:  # fmt: skip
    """The person an inverted "said <name>" after the pronoun's own cue names, when
    that cue is the clause the later verb reports; else None."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or qid[pronoun.i] != -1 or verb.lower_ not in lex.forms:
        return None
    outer = verb.head
    if verb.dep_ != "ccomp" or outer.i <= verb.i or outer.lower_ not in lex.forms \
            or qid[outer.i] != -1:  # fmt: skip
        return None
    subjects = [c for c in outer.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].i < outer.i or qid[subjects[0].i] != -1:
        return None
    person = people.person_at(subjects[0])
    # the parse may split one name into two subjects ("Khalid al" and "Masri")
    if person is None or any(people.person_at(s) is not person for s in subjects):
        return None
    if any(pronoun.i < p.token < outer.i and qid[p.token] == -1 for p in people.persons):
        return None  # "he said, citing Smith, …, said Jones": whose cue is whose is unclear
    return person
