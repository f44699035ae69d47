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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsprism.extract.quotes import holders
from newsprism.extract.quotes.agency import named_agency
from newsprism.extract.quotes.and_name import and_name
from newsprism.extract.quotes.apposed_group import apposed_names
from newsprism.extract.quotes.article import Article, Step, is_quoted, passive, quoted_subject
from newsprism.extract.quotes.clause_noun import verb_read_as_noun
from newsprism.extract.quotes.company import org_named_before, subject_company
from newsprism.extract.quotes.coref import DEFINITE, Antecedents, determiners
from newsprism.extract.quotes.fullest_org import fullest_org
from newsprism.extract.quotes.holders import (
    MAKERS,
    data_owner,
    definite_source,
    office_holder,
    signed_by,
)
from newsprism.extract.quotes.hung_relative import hung_antecedent
from newsprism.extract.quotes.joint_sources import joint_account
from newsprism.extract.quotes.named_next import named_next
from newsprism.extract.quotes.number import plural_head
from newsprism.extract.quotes.org_in import org_in
from newsprism.extract.quotes.own_referent import earlier_alone
from newsprism.extract.quotes.people import PRONOUNS_PERSON, People, Person
from newsprism.extract.quotes.phrases import (
    branded,
    joined_subjects,
    named_body,
    names_joined,
    proper_name,
    restricts,
    says_which_document,
    says_which_people,
    share_of_people,
    speaker_tokens,
    whole_org_name,
)
from newsprism.extract.quotes.place_body import place_body
from newsprism.extract.quotes.place_modifier import place_only
from newsprism.extract.quotes.place_surname import in_place_name
from newsprism.extract.quotes.role_epithet import role_epithet
from newsprism.extract.quotes.set_off import set_off
from newsprism.extract.quotes.subjects import Subjects, owner
from newsprism.extract.quotes.team_named import group_named_for
from newsprism.extract.quotes.variation import epithet_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RELATIVE", "Resolution", "Speaker", "Speakers"]

Resolution = Literal["name", "pronoun", "role", "organisation", "description", "none"]

_PRONOUNS_OTHER = {"it", "its", "they", "them", "their"}
_QUANTIFIERS = {"both", "all", "each", "some", "many", "most", "either", "neither", "several"}
RELATIVE = {"who", "that", "which", "whom"}
_MAX_DEPTH = 6  # a chain: "the statement" -> "a statement from his office" -> "his"


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
    via_source: bool = False  # "the sources": the unnamed source quoted before (session 21)
    plural: bool = False  # the phrase's head is plural ("two people familiar with …")


class Speakers(Step):
    """Finds the speaker phrase of a cue and resolves it, for one article."""

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
            if child.dep_ in ("relcl", "appos", "acl", "punct", "advcl", "cc", "conj"):
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
            if tok.lower_ in ("his", "her") and tok.dep_ == "poss":
                person = self.antecedents.resolve_pronoun(tok)
                if person is not None:
                    text = f"{person.text}’s{tok.whitespace_}"
            elif n == 0 and tok.lower_ in ("a", "an", "the", "another"):
                text = tok.lower_ + tok.whitespace_
            words.append(text)
        if len(words) > 1 and tokens[-1].lower_ in _QUANTIFIERS:
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
            person = self.antecedents.resolve_pronoun(head)
            return self._named(person, "pronoun") if person is not None else Speaker()
        found = None
        if low in ("they", "them"):
            found = self.antecedents.antecedent_they(head, self.is_group, self.named_together)
        elif low == "it":
            found = self.antecedents.antecedent_it(head, self.is_body, self.is_thing)
        if found is None:
            return Speaker()  # "I", "we", "you", or no antecedent: unresolved
        inner = self.speaker_from(found, depth=depth + 1)
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
        return self._named(person, "name") if person is not None else None

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
        earlier = self._earlier_document(head) if det & DEFINITE else None
        if earlier is not None:
            inner = self.speaker_from(earlier, depth=depth + 1)
            inner.via_document = True
            return inner
        if det & DEFINITE and not says_which_document(head):
            return Speaker(via_document=True)  # "The statement added": the last statement's
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

    def _earlier_document(self, head: Token) -> Token | None:
        """The last mention before ``head`` of the same kind of document, if any."""
        kind = self.lex.document_kind(head.lemma_.lower())
        for tok in reversed(self.doc[: head.i]):
            if tok.pos_ == "NOUN" and self.lex.document_kind(tok.lemma_.lower()) == kind and \
                    self.qid[tok.i] == -1:  # fmt: skip
                return tok
        return None

    def _role(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "The spokesman added", "the scholars say": whom the article meant before.

        The last person introduced with that title (for a singular role noun), or the
        last mention of the same noun, whichever is nearer; nothing else: a definite
        noun with neither is unresolved, unless its words say who without them ("the
        Republicans", "the owners of the diner": :func:`.phrases.says_which_people`). A
        phrase that names a state or a party is the one titled person with those labels,
        or no one (``resolve_role``).
        """
        det = determiners(head)  # "the ex-congressman": "the" on "ex"
        if not det & DEFINITE or not (self.is_person_noun(head) or self.is_group(head)):
            return None
        definite = self.antecedents.is_definite_role(head)
        person = self.antecedents.resolve_role(head) if definite else None
        # "the Idaho congressman": the qualifier decides, not an earlier "the congressman"
        qualified = definite and self.antecedents.is_qualified_role(head)
        earlier = None if qualified else self._earlier_mention(head)
        if earlier is not None and (person is None or earlier.i > person.token):
            inner = earlier_alone(self, earlier, depth)  # own_referent.py
            if inner.name is not None:
                return inner
        if person is not None:
            return self._named(person, "role")
        # "the DNC communications director" names one person; "the spokesman" alone does not
        specific = any(t.pos_ == "PROPN" for t in tokens if t.i != head.i)
        if specific or says_which_people(head):
            return self._described(tokens)
        return role_epithet(self, head, tokens, depth) or Speaker()  # "the … expert"

    def _earlier_mention(self, head: Token) -> Token | None:
        """The last noun before ``head`` with its lemma and number, heading its phrase
        (not "spokesman" in "spokesman Matthew Miller"), outside quotations."""
        lemma = head.lemma_.lower()
        for tok in reversed(self.doc[: head.i]):
            if (tok.lemma_.lower() == lemma and tok.tag_ == head.tag_ and tok.dep_ != "compound"
                    and self.qid[tok.i] == -1):  # fmt: skip
                named = tok.dep_ == "appos" and (self.people.person_at(tok.head) is not None
                                                  or tok.head.ent_type_ == "ORG")  # fmt: skip
                return tok.head if named else tok  # "Cathi Herrod, the center's president"
        return None

    def _description(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """An unnamed person or group the article describes: "a Ryan spokesman". A proper
        name the tagger reads whole as an organisation's ("the World Health Organization")
        is no description: :meth:`_organisation` names it, linked to its entity."""
        if head.pos_ not in ("NOUN", "PROPN") or whole_org_name(head, tokens):
            return None
        # "Georgia's secretary of state": the one; "a reporter" the next sentence names
        holder = office_holder(self, head) or named_next(head, self.people, self.sent_of)
        if holder is not None:
            return self._named(holder, "role")
        # "faculty", "police" are people; so is any plural that speaks ("observers cautioned")
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        bare_plural = head.tag_ == "NNS" and not det & DEFINITE and depth == 0 and \
            not verb_read_as_noun(head)  # "because that testing results in …" (clause_noun.py)
        people = self.is_person_noun(head) or self.is_group(head) or \
            head.lower_ in self.lex.people or bare_plural or \
            (head.lower_ in self.lex.individuals and head.dep_ != "attr")  # fmt: skip
        # a body owned, branded or introduced speaks: "the Romney campaign", "a task force"
        body = head.lemma_.lower() in self.lex.bodies and any(
            (owner(head) is not None, branded(head), bool(det & {"a", "an"})))
        org = org_named_before(head, self.ents, lambda i: self.qid[i] != -1, self.people.clean_name)
        if org is not None:  # "the St. Louis group" after the St. Louis Tea Party (company.py)
            return Speaker(name=org[2], name_start=org[0], name_end=org[1], resolved="organisation")
        return self._described(self._whole(head, tokens)) \
            if people or body or share_of_people(head) else None  # fmt: skip

    def _whole(self, head: Token, tokens: list[Token]) -> list[Token]:
        """An unnamed source with the words that say which: the others joined to it by
        "and" ("Democrats and Republicans in Congress", not "Democrats", who would be
        given a joint claim alone) and a participle that restricts it ("a person briefed
        on the matter", not "a person"). Relative clauses stay out."""
        right = tokens[-1].i
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
        for child in head.rights:
            if (child.dep_ == "acl" and restricts(child)) or (
                    joined and child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")):
                right = max(right, child.right_edge.i)
        if right == tokens[-1].i:
            return tokens
        relative = {t.i for c in self.doc[tokens[-1].i + 1 : right + 1] if c.dep_ == "relcl"
                    for t in c.subtree}  # fmt: skip
        more = [t for t in self.doc[tokens[-1].i + 1 : right + 1] if t.i not in relative]
        while more and more[-1].is_punct:
            more.pop()
        return tokens + more

    def _body(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """ "the Democratic committee", "the agency": the organisation named before whose
        name holds the noun ("the Democratic National Committee"), or the one agency
        named before (:mod:`.agency`); unresolved if none.
        The noun's modifiers must be in the name too: "the terrorist group" is not the
        SITE Intelligence Group that reported on it."""
        lemma = head.lemma_.lower()
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        if head.pos_ != "NOUN" or lemma not in self.lex.bodies or not det & DEFINITE:
            return None
        words = {lemma} | {c.lemma_.lower() for c in head.children
                           if c.dep_ in ("amod", "compound") and c.is_alpha}  # fmt: skip
        for ent in reversed([e for e in self.ents if e.end <= head.i]):
            if ent.label_ == "ORG" and self.qid[ent.start] == -1 and \
                    words <= {t.lemma_.lower() for t in ent}:  # fmt: skip
                a, b, text = self.people.clean_name(ent)
                return Speaker(name=text, name_start=a, name_end=b, resolved="organisation")
        earlier = self._earlier_mention(head)  # "the campaign" after "the Romney campaign"
        if earlier is not None:
            inner = earlier_alone(self, earlier, depth)  # own_referent.py
            return inner if inner.name is not None else None
        quoted, clean = (lambda i: self.qid[i] != -1), self.people.clean_name
        agency = named_agency(head, self.ents, quoted, clean) or subject_company(
            head, self.sents, self.sent_of, self.art.ent_of, quoted, clean)  # agency.py, company.py
        return None if agency is None else Speaker(name=agency[2], name_start=agency[0],
                                                    name_end=agency[1], resolved="organisation")

    def _organisation(self, head: Token, tokens: list[Token], depth: int) -> Speaker | None:
        """A proper name that is not a person's, or an organisation named in the phrase."""
        org = org_in(self.ents, self.people.clean_name, tokens, head)
        if head.pos_ == "PROPN" and (org is None or not org[1] <= head.idx < org[2]):
            names = [t for t in tokens if t.pos_ == "PROPN"]
            a, b = names[0].idx, names[-1].idx + len(names[-1])
            return Speaker(name=" ".join(t.text for t in names), name_start=a, name_end=b,
                           resolved="name")  # fmt: skip
        if org is None:
            return None
        if place_only(self.ents, org[1], head):
            return place_body(self, head, tokens) or Speaker()  # "the U.S. military"
        text, a, b = fullest_org(org, self.people, self.ents, self.qid)
        return Speaker(name=text, name_start=a, name_end=b, resolved="organisation")

    # kinds of nouns --------------------------------------------------------------------

    def is_person_noun(self, head: Token) -> bool:
        """A noun for a person by role: spokesman, aide, senator, lawyer, official."""
        return bool(self.antecedents.role_groups(head)) or \
            head.lemma_.lower() in self.lex.proxies or head.lower_ in self.lex.proxies  # fmt: skip

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
