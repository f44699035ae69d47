"""A he/she whose nearest subject is a person the article describes but never names.

"A former Syrian rebel fighter, speaking anonymously, has admitted he was approached
by IS leaders to sell the US citizen's remains …. He said: “They ask for $1 million …”"
(FNC-1 body 1275, gold/speakers-fresh38). The recency search of :mod:`.coref` reads
names only, so it passed the fighter over and gave his words to James Foley, the last
man *named*: a quote given to the wrong person, the error a fact-checker pays for most.
By Hobbs' order the "He" is the subject of the sentence before, the fighter; the
speaker is shown as the article describes him ("a former Syrian rebel fighter"), as a
cue with that noun as its own subject is (rule 7 of :mod:`.speakers`).

The rule reads only the subjects a pronoun subject most likely stands for: those of
the clauses above it in its own sentence, then those of the main clauses of the
sentence before (outside quotations), nearest clause first; it decides only when the
first of them that can be a person is a singular common noun, alone, for one (a role noun, a
``[speakers] people`` or ``individuals`` noun of ``data/speech_verbs.toml``: "a former
rebel fighter", "the teacher", "a police officer") with no name in apposition and no
titled holder it stands for ("the spokesman" read back to a named spokesman is left to
:mod:`.coref`). A definite description ("the anonymous fighter", "the teacher") counts
only when it is no role noun ("the West Virginia senator", "the Manhattan jurist",
"the Playboy founder" are, in NeuS rows and FNC-1 bodies outside the golds, Manchin,
Judge Torres, Hefner) and no person of its gender is named as a subject anywhere
before it ("the three-breasted woman" is Jasmine Tridevil). A
description whose own clause gives it the other gender ("a student wrote to her
teacher after he told her class") is passed over. A name, a he/she resolved otherwise,
or a kin noun ("his mother", read by :mod:`.coref`'s own rule) first leaves the search
as it was; plurals and things are passed over ("The teacher and school have not been
revealed but the teacher gave an interview …. He told the website"). A he/she first is
followed back (a chain of "he said" after the fighter). When the pronoun's own sentence
names a person before it, Hobbs reads that sentence first, and this rule does not apply.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsprism.extract.quotes.coref import KIN
from newsprism.extract.quotes.people import GENDERED, PRONOUNS_PERSON
from newsprism.pronoun_words import PERSON_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.coref import Antecedents
    from newsprism.extract.quotes.people import Person

__all__ = ["described_antecedent", "named_later"]

_SUBJECT = ("nsubj", "nsubjpass")
_SEXED = {"man": "m", "woman": "f", "boy": "m", "girl": "f", **GENDERED}
_CHAIN = 3  # he/she subjects followed back
_NEW = frozenset({"a", "an", "another", "one"})  # determiners of a person brought in
_LATER = 3  # sentences after the description read for "the judge, Roger T. Benitez"


def described_antecedent(pronoun: Token, ants: Antecedents,
                         person_noun: Callable[[Token], bool], depth: int = 0) -> Token | None:
    """The head of the unnamed person's description a he/she subject stands for, or
    None (see the module docstring); ``person_noun`` says whether a noun is a role noun
    or a noun for people (:meth:`.speakers.Speakers.is_person_noun` and the lexicon)."""
    gender = PRONOUNS_PERSON.get(pronoun.lower_)
    if pronoun.lower_ not in PERSON_SUBJECTS or pronoun.dep_ not in _SUBJECT or \
            ants.qid[pronoun.i] != -1 or _named_before(pronoun, ants):  # fmt: skip
        return None
    for subject in _subjects(pronoun, ants):
        if subject.lower_ in PERSON_SUBJECTS:
            if depth >= _CHAIN or PRONOUNS_PERSON[subject.lower_] != gender:
                return None
            return described_antecedent(subject, ants, person_noun, depth + 1)
        if subject.pos_ == "PROPN" or ants.people.person_at(subject) is not None:
            return None  # a name: the recency search reads it
        if subject.tag_ != "NN" or subject.pos_ != "NOUN" or not person_noun(subject) or \
                subject.conjuncts:  # fmt: skip
            continue  # a thing or a group ("the teacher and school"): passed over
        if _own_gender(subject) not in (None, gender):
            continue  # "a British student wrote to her teacher after he told": not he
        if subject.lemma_.lower() in KIN or _SEXED.get(
                subject.lower_, gender) != gender:  # fmt: skip
            return None
        if any(c.dep_ == "appos" for c in subject.children) or _named_agent(subject, ants) \
                or _named_in_clause(subject, gender, ants):  # fmt: skip
            return None  # "the spokesperson, Matthew Miller"; "… was exposed by Dr X. He"
        if not _indefinite(subject) and (ants.role_groups(subject) or
                                         _named_subject_before(subject, gender, ants)):
            return None  # "the West Virginia senator", "the Fox News host": maybe one named
        return subject
    return None


def named_later(noun: Token, ants: Antecedents) -> Person | None:
    """The person the article names soon after the description, as the same noun with
    "the" and the name in apposition: "A federal judge in California … overturned the
    ban, which he called a “failed experiment” …. The judge, Roger T. Benitez, …" (NeuS
    row 373) is Benitez. Else None: the description stands."""
    last = ants.sent_of[noun.i] + _LATER
    lemma = noun.lemma_.lower()
    for tok in ants.doc[noun.i + 1 :]:
        if ants.sent_of[tok.i] > last:
            break
        if tok.lemma_.lower() != lemma or ants.qid[tok.i] != -1 or \
                not {c.lower_ for c in tok.children if c.dep_ == "det"} & {"the"}:  # fmt: skip
            continue
        for child in tok.children:
            if child.dep_ == "appos" and (person := ants.people.person_at(child)) is not None:
                return ants.people.referent(person)
        if tok.i + 2 < len(ants.doc) and ants.doc[tok.i + 1].text == ",":
            at = ants.doc[tok.i + 2].idx  # the parse lost the apposition: a name right after
            for person in ants.people.persons:
                if person.start == at:
                    return ants.people.referent(person)
    return None


def _indefinite(noun: Token) -> bool:
    """The description brings a new person in: "a former rebel fighter", "one official"."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return bool(dets) and dets[0] in _NEW


def _named_subject_before(noun: Token, gender: str | None, ants: Antecedents) -> bool:
    """A person named as a subject anywhere before a definite description ("the
    three-breasted woman", "the Playboy founder"; "the Fox News host" five sentences
    after "Beck didn't really name names", BASIL 6f95dcb9_3), whose gender does not
    exclude it: the description may be that person's epithet, so it is no new person,
    and the recency search reads it as before."""
    return any(person.subject and person.token < noun.i
               and ants.qid[person.token] == -1
               and ants.people.gender_of(person) in (None, gender)
               for person in ants.people.persons)  # fmt: skip


def _named_agent(noun: Token, ants: Antecedents) -> bool:
    """A passive subject whose verb names a person as its agent ("The third funding
    source was exposed by otolaryngologist Siruwan al-Mosuli. He said"): the named agent
    is the one who acts, and the recency search reads it."""
    return noun.dep_ == "nsubjpass" and any(
        ants.people.person_at(t) is not None
        for a in noun.head.children if a.dep_ == "agent" for t in a.subtree)  # fmt: skip


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj"})


def _named_in_clause(noun: Token, gender: str | None, ants: Antecedents) -> bool:
    """A person of a gender that does not exclude him or her is named in the noun's own
    clause, outside the clauses set into it: "A reporter asked Sanders how he's feeling.
    He replied" (the one asked replies), "The woman who started it all identified
    herself to CNN as a … resident named Caroline. … she said" (the name is hers). A
    name inside a reported clause ("responded by saying that they wanted … Leung
    Chun-ying to demand …") is not read. The recency search reads such a name."""
    verb = noun.head
    stack = [c for c in verb.children if c.i != noun.i and c.dep_ not in _CLAUSES]
    while stack:
        tok = stack.pop()
        person = ants.people.person_at(tok)
        if person is not None and ants.qid[tok.i] == -1 and \
                ants.people.gender_of(person) in (None, gender):  # fmt: skip
            return True
        stack += [c for c in tok.children
                  if c.dep_ not in _CLAUSES or (c.dep_ == "acl" and c.tag_ == "VBN")]
    return False


def _own_gender(noun: Token) -> str | None:
    """The gender a his/her on the objects of the noun's own verb gives it ("a student
    wrote to her teacher": she), or None."""
    verb = noun.head
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative", "prep"):
            for tok in (obj, *obj.children):
                for c in tok.children:
                    if c.dep_ == "poss" and c.lower_ in ("his", "her"):
                        return PRONOUNS_PERSON[c.lower_]
    return None


def _named_before(pronoun: Token, ants: Antecedents) -> bool:
    """A person is named before the pronoun in its own sentence, outside quotations."""
    sent = ants.sent_of[pronoun.i]
    return any(p.sentence == sent and p.token < pronoun.i and ants.qid[p.token] == -1
               for p in ants.people.persons)  # fmt: skip


def _subjects(pronoun: Token, ants: Antecedents) -> list[Token]:
    """Subjects above the pronoun in its sentence (nearest clause first), then those of
    the root and its conjoined verbs in the sentence before, left to right; outside
    quotations."""
    # not the clause a cue is set into ("A new campaign manager, he said, could set …":
    # the manager is what he said, not who he is; coref's principle C)
    above = [] if pronoun.head.dep_ == "parataxis" else pronoun.ancestors
    out = [c for verb in above for c in verb.children
           if c.dep_ in _SUBJECT and c.i < pronoun.i]  # fmt: skip
    for n in list(ants.earlier(ants.sent_of[pronoun.i]))[:1]:
        root = ants.sents[n].root
        for verb in (root, *root.conjuncts):
            out += [c for c in verb.children if c.dep_ in _SUBJECT]
    return [s for s in out if ants.qid[s.i] == -1]
