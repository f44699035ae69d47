"""Rules 6 to 8 of the speaker resolution: a role, a description, a body, an organisation.

6. A singular role noun with "the" ("the spokesman"): the last person introduced with
   a title of that group.
7. An unnamed source, a person or a group the article describes but does not name ("a
   Ryan spokesman", "Netanyahu's lawyers", "five Missouri Republican senators"):
   that description, never the person it speaks for.
8. A proper name that is not a person's ("the White House") is an organisation.

Its own step because these are the rules for a phrase that names nobody: they look back
through the article for whom it meant, or keep the description as written. The rules
are methods of :class:`UnnamedRules`, a mixin of
:class:`~newsprism.extract.quotes.speakers.Speakers` (as the store's SQL mixins are of a
store): moved out of :mod:`newsprism.extract.quotes.speakers` unchanged (session 34).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsprism.extract.quotes.agency import named_agency
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.clause_noun import verb_read_as_noun
from newsprism.extract.quotes.company import org_named_before, subject_company
from newsprism.extract.quotes.coref import DEFINITE, Antecedents, determiners
from newsprism.extract.quotes.former_holder import former_only
from newsprism.extract.quotes.fullest_org import fullest_org
from newsprism.extract.quotes.holders import office_holder
from newsprism.extract.quotes.lexicon import SpeechLexicon
from newsprism.extract.quotes.named_next import named_next
from newsprism.extract.quotes.office_word import names_office
from newsprism.extract.quotes.org_in import org_in
from newsprism.extract.quotes.outlet_noun import subject_outlet
from newsprism.extract.quotes.own_referent import earlier_alone
from newsprism.extract.quotes.people import People, Person
from newsprism.extract.quotes.phrases import (
    branded,
    restricts,
    says_which_people,
    share_of_people,
    whole_org_name,
)
from newsprism.extract.quotes.place_body import place_body
from newsprism.extract.quotes.place_modifier import place_only
from newsprism.extract.quotes.role_epithet import role_epithet
from newsprism.extract.quotes.rolequal import phrase_qualifiers
from newsprism.extract.quotes.speaker_record import Resolution, Speaker
from newsprism.extract.quotes.subjects import owner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class UnnamedRules:
    """The role, description, body and organisation rules of
    :class:`~newsprism.extract.quotes.speakers.Speakers`."""

    # what the rules read of the class that mixes this in (annotations only)
    art: Article
    doc: Doc
    lex: SpeechLexicon
    qid: list[int]
    ents: list[Span]
    sents: list[Span]
    sent_of: list[int]
    people: People
    antecedents: Antecedents
    speaker_from: Callable[..., Speaker]
    is_person_noun: Callable[[Token], bool]
    is_group: Callable[[Token], bool]
    _named: Callable[[Person, Resolution], Speaker]
    _described: Callable[[list[Token]], Speaker]

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
        earlier = self._same_nation_mention(head) if qualified else self._earlier_mention(head)
        if earlier is not None and (person is None or earlier.i > person.token):
            inner = earlier_alone(self, earlier, depth)  # own_referent.py
            if inner.name is not None:
                return inner
        if person is not None:
            return self._named(person, "role")
        # "the DNC communications director" names one person; "the spokesman" alone does not
        # "the Iraqi lawmaker" unnamed: its nation says which as well (session 37); not
        # an owner ("the Iraqi prime minister's media office" is the office)
        nation = qualified and head.dep_ != "poss" and phrase_qualifiers(head).nation
        specific = any(t.pos_ == "PROPN" for t in tokens if t.i != head.i) or bool(nation)
        if specific or says_which_people(head):
            return self._described(tokens)
        return role_epithet(self, head, tokens, depth) or Speaker()  # "the … expert"

    def _same_nation_mention(self, head: Token) -> Token | None:
        """For a role with a nation only ("the Iranian foreign minister"), the earlier
        mention of the noun whose own phrase names that nation ("Iran's foreign
        minister, Mohammad Javad Zarif"); None for a state, a party or "former"."""
        want = phrase_qualifiers(head)
        if want.nation is None or want.state or want.party or want.former:
            return None
        earlier = self._earlier_mention(head)
        return earlier if earlier is not None and \
            phrase_qualifiers(earlier).nation == want.nation else None  # fmt: skip

    def _earlier_mention(self, head: Token) -> Token | None:
        """The last noun before ``head`` with its lemma and number, heading its phrase
        (not "spokesman" in "spokesman Matthew Miller"), outside quotations."""
        lemma = head.lemma_.lower()
        for tok in reversed(self.doc[: head.i]):
            if (tok.lemma_.lower() == lemma and tok.tag_ == head.tag_ and tok.dep_ != "compound"
                    and self.qid[tok.i] == -1 and not names_office(tok)
                    and not former_only(tok, head)):  # fmt: skip
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
        near = (self.sents, self.sent_of, self.art.ent_of, quoted, clean)
        agency = named_agency(head, self.ents, quoted, clean) or subject_company(
            head, *near) or subject_outlet(head, *near)  # agency.py, company.py, outlet_noun.py
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
