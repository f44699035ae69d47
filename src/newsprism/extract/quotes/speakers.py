"""Step 4: who speaks. The speaker phrase at a cue, and the name it resolves to.

The phrase's head comes from :mod:`subjects`; then the first rule that applies:

1. "who", "which": the noun the relative clause hangs on.
2. A pronoun by recency and agreement (:mod:`coref`); "I", "we", "you" or none: unresolved.
3. A person's name: the fullest mention of that person ("Miller" → "Matthew Miller";
   "Brendan Buck, a spokesman for Speaker Boehner" is Buck, not Boehner).
4. A title with the name in apposition: "the spokesperson, Matthew Miller".
5. A document or an office speaks for its owner ("a statement from his office", "a letter
   signed by X"; owners joined by "and" together; "the letter": the one before). Else the
   document as first described ("a cable"); "the statement" alone: the last statement's
   speaker; "the documents": the papers introduced ("court papers …") or unresolved.
6. A singular role noun with "the" ("the spokesman"): the last person introduced with
   a title of that group.
7. An unnamed source, a person or a group the article describes but does not name ("a
   Ryan spokesman", "Netanyahu's lawyers", "five Missouri Republican senators"):
   that description, never the person it speaks for (an epithet: :mod:`variation`).
8. A proper name that is not a person's ("the White House") is an organisation.

Otherwise the speaker is unresolved (``speaker`` None), never guessed.

Rule 5 lives in :mod:`.document_speakers`, rules 6 to 8 in :mod:`.unnamed_speakers`
(session 34): mixins of :class:`Speakers`, their methods moved unchanged. The
:class:`Speaker` record is in :mod:`.speaker_record`, imported back here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsprism.extract.quotes.act_phrase import is_act_phrase
from newsprism.extract.quotes.and_name import and_name
from newsprism.extract.quotes.apposed_group import apposed_names
from newsprism.extract.quotes.article import Article, Step, is_quoted, passive, quoted_subject
from newsprism.extract.quotes.bound_gender import bound_gender
from newsprism.extract.quotes.coref import DEFINITE, KIN, Antecedents
from newsprism.extract.quotes.described_antecedent import described_antecedent, named_later
from newsprism.extract.quotes.document_speakers import DocumentRules
from newsprism.extract.quotes.holders import definite_source
from newsprism.extract.quotes.hung_relative import hung_antecedent
from newsprism.extract.quotes.joint_sources import joint_account
from newsprism.extract.quotes.number import plural_head
from newsprism.extract.quotes.people import PRONOUNS_PERSON, People, Person
from newsprism.extract.quotes.phrases import (
    joined_subjects,
    named_body,
    names_joined,
    proper_name,
    speaker_tokens,
)
from newsprism.extract.quotes.place_surname import in_place_name
from newsprism.extract.quotes.set_off import set_off
from newsprism.extract.quotes.speaker_record import Resolution, Speaker
from newsprism.extract.quotes.subjects import Subjects, owner
from newsprism.extract.quotes.team_named import group_named_for
from newsprism.extract.quotes.they_governed import governs
from newsprism.extract.quotes.unnamed_speakers import UnnamedRules
from newsprism.extract.quotes.variation import epithet_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RELATIVE", "Resolution", "Speaker", "Speakers"]

_PRONOUNS_OTHER = {"it", "its", "they", "them", "their"}
_QUANTIFIERS = {"both", "all", "each", "some", "many", "most", "either", "neither", "several"}
_OWNERS = ("his", "her", "their", "my", "our", "your")  # a description starting "Her mother"
RELATIVE = {"who", "that", "which", "whom"}
_MAX_DEPTH = 6  # a chain: "the statement" -> "a statement from his office" -> "his"


class Speakers(DocumentRules, UnnamedRules, Step):
    """Finds the speaker phrase of a cue and resolves it, for one article (rule 5 in
    :class:`.document_speakers.DocumentRules`, rules 6–8 in
    :class:`.unnamed_speakers.UnnamedRules`)."""

    def __init__(self, art: Article) -> None:
        super().__init__(art)
        self.people = People(art)
        self.antecedents = Antecedents(art, self.people)
        self.subjects = Subjects(art)
        self.subject_of = self.subjects.subject_of
        self.loose_subject = self.subjects.loose_subject
        self.lost_subject = self.subjects.lost_subject
        self.owner = owner

    def speaker_for(self, verb: Token, previous: Sequence[Speaker], *,
                    subject: Token | None = None) -> Speaker:  # fmt: skip
        """The speaker of a cue (its subject, unless given), resolved."""
        if subject is None and is_quoted(verb):
            subject = quoted_subject(verb)
        elif subject is None:
            subject = self.subject_of(verb) or self.loose_subject(verb)
        if subject is None and verb.dep_ == "ROOT" and not passive(verb):
            subject = self.lost_subject(verb)
        if subject is None:
            return Speaker()
        sp = self.resolve_document(self.speaker_from(subject), previous)
        return epithet_of(self, subject, sp)  # "The former Alaska governor said": Palin

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
        if sp.name is None and sp.via_source:
            # "the sources told Politico": the last unnamed source of its number quoted before
            for prev in reversed(previous):
                if prev.resolved == "description" and not prev.via_document and \
                        prev.plural == sp.plural and prev.name is not None:  # fmt: skip
                    sp.name, sp.resolved = prev.name, "description"
                    break
        return sp

    # the phrase ------------------------------------------------------------------------

    def phrase(self, head: Token) -> list[Token]:
        """The noun phrase of ``head`` without relative clauses, comma appositions and
        edge punctuation."""
        left, right = head.left_edge.i, head.i
        for child in head.rights:
            if child.dep_ == "appos" and self.doc[child.left_edge.i - 1].text != ",":
                right = child.right_edge.i  # "the spokesperson Matthew Miller"
                continue
            if child.dep_ in ("relcl", "appos", "acl", "punct", "advcl", "cc", "conj") or \
                    is_act_phrase(child):  # "a little girl in support of her teacher"
                break
            right = child.right_edge.i
        nested = {t.i for t in self.doc[left : right + 1] if t.i != head.i and t.head.i != t.i
                  and (t.dep_ in ("relcl", "acl") or set_off(t)) for t in t.subtree}  # fmt: skip
        tokens = [self.doc[i] for i in range(left, right + 1) if i not in nested]
        return speaker_tokens(tokens, head) or [head]

    def speaker_from(self, head: Token, *, depth: int = 0) -> Speaker:
        """Classify and resolve the noun phrase headed by ``head``."""
        tokens = self.phrase(head)
        s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        sp = Speaker(surface=self.text[s:e], surface_start=s, surface_end=e)
        if depth >= _MAX_DEPTH:
            return sp
        rules: list[Callable[[Token, list[Token], int], Speaker | None]] = [
            self._relative, self._pronoun, self._together, self._person, self._apposed,
            self._papers, self._document, self._role, self._description, self._body,
            self._organisation,
        ]  # fmt: skip
        sp.plural = plural_head(head, self.people)  # "Sanders" (NNPS) is one (number.py)
        for rule in rules:
            found = rule(head, tokens, depth)
            if found is not None:
                sp.name, sp.name_start, sp.name_end = found.name, found.name_start, \
                    found.name_end  # fmt: skip
                sp.resolved = found.resolved if found.name is not None else "none"
                sp.via_document = found.via_document
                break
        sp.via_source = sp.name is None and definite_source(head)
        if sp.name and sp.name_start is not None and sp.name_end is not None and \
                (whole := and_name(head, (sp.name_start, sp.name_end), self.lex.bodies)):
            sp.name, sp.name_start, sp.name_end = whole  # "the Food and Drug …" (and_name)
        return sp

    def _named(self, person: Person, resolved: Resolution) -> Speaker:
        name, start, end = self.people.name_speaker(person)
        return Speaker(name=name, name_start=start, name_end=end, resolved=resolved)

    def _described(self, tokens: list[Token]) -> Speaker:
        """An unnamed source as the article describes it, a leading article in lower
        case and a possessive pronoun replaced by its owner ("Netanyahu's lawyers")."""
        words = []
        for n, tok in enumerate(tokens):
            text = tok.text_with_ws
            if tok.lower_ in ("his", "her") and tok.dep_ == "poss" and \
                    tok.head.lemma_.lower() not in KIN:  # fmt: skip
                # "his father said": the last man named is as often the father himself
                # (FNC-1 bodies 1199, 1684: "Jason Steward's father"), so kin keep "his"
                person = self.antecedents.resolve_pronoun(tok)
                if person is not None:
                    text = f"{person.text}’s{tok.whitespace_}"
            elif n == 0 and (tok.lower_ in ("a", "an", "the", "another") or (
                    tok.lower_ in _OWNERS and tok.dep_ == "poss" and tok.head.pos_ != "PROPN")):
                # "Her mother said" at a sentence start is "her mother" (not "Her Majesty")
                text = tok.lower_ + tok.whitespace_
            words.append(text)
        if len(words) > 1 and tokens[-1].tag_ == "POS" and tokens[-1].head.dep_ == "poss":
            words.pop()  # "the girl's full letter reads": the owner, "the girl"
        elif len(words) > 1 and tokens[-1].lower_ in _QUANTIFIERS:
            words.pop()  # "major corporations like Apple all (wrote)"
        return Speaker(name="".join(words).strip(), resolved="description")

    # the rules -------------------------------------------------------------------------

    def _relative(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "Barkley, who said …": the speaker is the relative's antecedent."""
        if (hung := hung_antecedent(head)) is not None:  # "Fastly, which said" as advcl
            return self.speaker_from(hung, depth=depth + 1)
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
            noun = head.head.head
            found = self.speaker_from(noun, depth=depth + 1)
            det = {c.lower_ for c in noun.children if c.dep_ == "det"}
            if found.name is None and depth == 0 and head.lower_ == "who" and \
                    noun.tag_ == "NNS" and noun.pos_ == "NOUN" and not det & DEFINITE and \
                    not noun.conjuncts:  # fmt: skip
                # "echoing some far-right commentators who have suggested that …": the
                # people described, as when they are the subject themselves ("who": not
                # a thing; one noun: in a list, the parse may hang "who" on any of them)
                return self._described(self.phrase(noun))
            if found.name is None and head.lower_ == "who":
                named = self.antecedents.name_before(head)
                if named is not None:
                    return self.speaker_from(named, depth=depth + 1)
            return found
        return None

    def _pronoun(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        low = head.lower_
        if not (head.pos_ == "PRON" or low in PRONOUNS_PERSON or low in _PRONOUNS_OTHER):
            return None
        if low in _QUANTIFIERS:  # "both of them saying": them
            of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "PRON"]  # fmt: skip
            if of:
                head, low = of[0], of[0].lower_
        if low in PRONOUNS_PERSON:
            if (noun := described_antecedent(head, self.antecedents, self._for_people)) \
                    is not None:  # "A former rebel fighter admitted …. He said": him
                later = named_later(noun, self.antecedents)  # "The judge, Roger Benitez"
                return self._named(later, "pronoun") if later else \
                    self._described(self.phrase(noun))  # fmt: skip
            person = self.antecedents.resolve_pronoun(head)
            return self._named(person, "pronoun") if person is not None else Speaker()
        found = None
        if low in ("they", "them"):
            found = self.antecedents.antecedent_they(head, self.is_group, self.named_together)
        elif low == "it":
            found = self.antecedents.antecedent_it(head, self.is_body, self.is_thing)
        if found is None:
            return Speaker()  # "I", "we", "you", or no antecedent: unresolved
        # the cue's own plural subject is read as that cue reads it (they_governed.py)
        inner = self.speaker_from(found, depth=depth + 1 - governs(head, found, self.antecedents))
        inner.resolved = "pronoun"
        return inner

    def _together(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "Carson, Fiorina and Huckabee say": the people named together all speak.

        Each is named by its fullest mention, and the speaker is the list, as a
        description: one of them alone would give the others' words to one person.
        Only names joined by "and" count ("Carson or Fiorina" says who might have).
        """
        joined = [c for c in head.conjuncts if c.i > head.i] or joined_subjects(head)
        if not joined or not any(t.dep_ == "cc" and t.lower_ == "and"
                                 for c in (head, *joined) for t in c.children):  # fmt: skip
            return None
        items = (head, *joined)
        people = [self.people.person_at(t) for t in items]
        joint = joint_account(head, items)  # "according to CNN and Politico"
        if people[0] is None and not (named_body(head, items) or joint):
            return None
        if None in people and not (names_joined(head, items) or joint):
            return None
        # a proper name the tagger did not take for a person ("Emanuel Cleaver" tagged
        # ORG) is still one of those speaking: the list, never its first name alone
        names = [self.people.name_speaker(p)[0] if p is not None else proper_name(t)
                 for p, t in zip(people, items, strict=True)]  # fmt: skip
        if len(set(names)) < len(names):
            return None
        return Speaker(name=", ".join(names[:-1]) + " and " + names[-1], resolved="description")

    def _person(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """A person's name at the head, or a surname the tagger missed ("said Skelly");
        not a group named for one ("Team Trump", :mod:`.team_named`)."""
        if group_named_for(head):
            return None
        person = self.people.person_at(head)
        if person is None and (head.pos_ == "PROPN" or (head.is_title and not head.is_sent_start)) \
                and not in_place_name(head, self.art):  # "South Korea" (:mod:`place_surname`)
            same = [p for p in self.people.persons if p.surname == head.lower_
                    and p.token < head.i]  # fmt: skip
            person = same[-1] if same else None
        if person is None:
            return None
        if (gender := bound_gender(head, person, self.people, self.qid)) is not None:
            # "Sotloff described himself": of a family, the relative of that gender
            best = self.people.referent(person, gender)
            return Speaker(name=best.text, name_start=best.start, name_end=best.end,
                           resolved="name")
        return self._named(person, "name")

    def _apposed(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "the spokesperson, Matthew Miller": the person in apposition speaks.

        For a role noun, a name set off after its complement is the role's too: "A
        lawyer for Mr. Grimm, William McGinley of Patton Boggs, said" (the parse hangs
        McGinley on Grimm).
        """
        if head.tag_ in ("NNS", "NNPS"):  # "the organizers, Jesse Bloom … and David Relman"
            names = apposed_names(head, self.people)  # all of them speak, or the group
            return Speaker(name=names, resolved="description") if names else None
        found = [c for c in head.children if c.dep_ == "appos"]
        if self.is_person_noun(head):
            pobjs = [o for c in head.children if c.dep_ == "prep"
                     for o in c.children if o.dep_ == "pobj"]  # fmt: skip
            found += [c for o in pobjs for c in o.children if c.dep_ == "appos"
                      and self.doc[c.left_edge.i - 1].text == ","]  # fmt: skip
        for child in found:
            if any(self.people.person_at(t) for t in child.subtree):
                return self.speaker_from(child, depth=depth + 1)
        return None

    # kinds of nouns --------------------------------------------------------------------

    def is_person_noun(self, head: Token) -> bool:
        """A noun for a person by role: spokesman, aide, senator, lawyer, official."""
        return bool(self.antecedents.role_groups(head)) or \
            head.lemma_.lower() in self.lex.proxies or head.lower_ in self.lex.proxies  # fmt: skip

    def _for_people(self, head: Token) -> bool:
        """A noun for a person: a role noun or a noun of the lexicon's people."""
        lemma = head.lemma_.lower()
        return self.is_person_noun(head) or lemma in self.lex.people or \
            lemma in self.lex.individuals  # fmt: skip

    def is_group(self, head: Token) -> bool:
        """A plural that names people or a group: senators, Democrats, officials."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        lemma = head.lemma_.lower()
        return (lemma in self.lex.people or self.is_person_noun(head)
                or head.ent_type_ == "NORP")  # fmt: skip

    def named_together(self, head: Token) -> bool:
        """People named together ("Mr. Udall and Mr. Wyden"), whom a "they" can stand
        for; they then speak together (:meth:`_together`)."""
        return self._together(head, [], 0) is not None

    def is_thing(self, head: Token) -> bool:
        """A singular noun for a thing that is neither a person nor a body ("the
        original", "the final wording", "the economy", "China"): what a following "it"
        stands for, which :meth:`is_body` does not let speak."""
        if head.tag_ not in ("NN", "NNP", "JJ") or head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        if head.pos_ == "ADJ" and not any(c.dep_ == "det" for c in head.children):
            return False  # an adjective speaks for a noun only as "the original"
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
            return False  # "a national outlet, Slate magazine": a name, not a thing
        return head.ent_type_ not in ("PERSON", "NORP") and \
            self.people.person_at(head) is None and not self.is_person_noun(head) and \
            head.lemma_.lower() not in self.lex.people  # fmt: skip

    def is_body(self, head: Token) -> bool:
        """A singular organisation or document: the committee, the cable, the FBI."""
        if head.tag_ in ("NNS", "NNPS") or self.people.person_at(head) is not None:
            return False
        lemma = head.lemma_.lower()
        return head.ent_type_ == "ORG" or lemma in self.lex.documents or \
            lemma in self.lex.bodies  # fmt: skip
