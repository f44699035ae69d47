"""The people of an article: every mention of a person, who it is, and the gender known.

A speaker is named once and then referred to: "Matthew Miller" becomes "Miller",
"Mr. Miller". This module keeps every PERSON mention with its surname, the title words
around it and a gender hint, and says which full name a mention stands for:

- **Mentions** are the tagger's PERSON names, without the title words it sometimes
  takes in ("RNC Chair Reince Priebus" is Reince Priebus, the chair a title), plus the
  surnames it missed or mislabelled ("Akin looks into the camera", "Trump" as an ORG):
  a capitalised proper noun equal to the surname of a person the article names in
  full, or right after Mr./Ms., is a mention of that person.
- **Who**: a mention with a given name is the fullest mention of that name ("Bill" and
  "William" being one name); a bare surname is the one full name with that surname,
  or, when the family has several ("Dick", "Liz" and "Mary Cheney"), the one named
  most recently before it (of the gender asked for, when a pronoun asks).
- **Gender**: Mr./Ms. and gendered titles (spokeswoman, father) on a mention with the
  person's given name, or a kin noun beside it ("his wife, Ann Roe": :mod:`.kin_apposed`),
  else the given name (``data/given_names.toml``), else a titled
  bare surname when no one else has that surname, else what a pronoun that resolved
  to the person said. Unknown stays unknown. A bare surname with its own title asks
  for that gender ("Mrs. Clinton" is never Bill), and in a family one named before and
  known to be of the asked gender comes before one whose gender nothing says.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from newsprism.extract.entities import load_names
from newsprism.extract.quotes.apposed_name import name_chain, role_apposed_names
from newsprism.extract.quotes.article import Article, Step
from newsprism.extract.quotes.family_tie import tied_by_recency
from newsprism.extract.quotes.fronted import fronted_subject
from newsprism.extract.quotes.kin_apposed import kin_gender
from newsprism.extract.quotes.mistyped_person import mistyped_names
from newsprism.extract.quotes.noun_surname import surname_read_as_noun
from newsprism.extract.quotes.partitive_name import partitive_names
from newsprism.extract.quotes.party_label import PartyTag, party_tag_after
from newsprism.extract.quotes.surnames import bare_surnames, is_modifier, nicknamed
from newsprism.extract.states import abbreviated_states
from newsprism.extract.tree import climb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["NAME_LABELS", "PRONOUNS_PERSON", "People", "Person", "load_given_names", "surname_of"]

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
HONORIFIC = {"mr.": "m", "mr": "m", "ms.": "f", "ms": "f", "mrs.": "f", "mrs": "f",
             "miss": "f", "sir": "m", "lady": "f"}  # fmt: skip
GENDERED = {"spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
            "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
            "wife": "f", "husband": "m", "mother": "f", "father": "m", "daughter": "f",
            "son": "m", "king": "m", "queen": "f", "brother": "m", "sister": "f",
            "widow": "f", "grandmother": "f", "grandfather": "m",
            # titles of office that say the holder's sex (session 33): "Councilman Arlo
            # Venn … she said" is not the councilman
            "councilman": "m", "councilwoman": "f", "assemblyman": "m", "assemblywoman": "f",
            "committeeman": "m", "committeewoman": "f", "policeman": "m", "policewoman": "f",
            "anchorman": "m", "anchorwoman": "f", "newsman": "m", "newswoman": "f"}  # fmt: skip
NAME_LABELS = {"PERSON"}
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"}
_TITLE_WORDS = {"of", "to", "for", "-", "the", "’s", "'s", "&", "and"}
# A party label after a name, "Sen. John McCain, R-Ariz.", read as the party's name.
_PARTY = re.compile(r"\b([rd])\s?-\s?(?=[a-z])")
_PARTY_NAMES = {"r": "republican", "d": "democrat"}
# Last words of a place's or a building's name ("Grant Park", "Ronald Reagan Airport").
_PLACE_WORDS = frozenset({
    "park", "street", "avenue", "road", "square", "center", "centre", "hospital", "airport",
    "station", "bridge", "hall", "house", "county", "city", "island", "river", "lake",
    "mountain", "valley", "beach", "building", "tower", "stadium", "arena", "library", "museum",
})  # fmt: skip
# A generational suffix ends a name but is not its surname: "Jesse Jackson Jr." is a
# Jackson ("Mr. Jackson said"), and not the same person as "Jesse Jackson".
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# "Nahlah al-Hababi", "Abu Firas al-Suri": an Arabic surname keeps its article in lower
# case, and is capitalised after it (gold/speakers-fresh37: five quotes of such speakers
# went to the last other "he" or "she" because the name was no person mention)
_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-(?=[A-Z])")


def _with_bracket_party(title: str, tag: PartyTag | None) -> str:
    """The title with the party a label after the name gives ("Sen. Brian Schatz (D.,
    Hawaii)" is a Democrat: "The Democrat argued" is he, NeuS raw row 225, session 28).
    The appositive after a comma is in the title already (", D-Calif.", ", Democrat of
    Vermont"); a bracketed tag is not read there, so its party is added here."""
    if tag is None or tag.party.lower() not in _PARTY_NAMES:
        return title
    party = _PARTY_NAMES[tag.party.lower()]
    return title if re.search(rf"\b{party}", title) else f"{title} {party}".strip()


def _split_name(words: list[str]) -> tuple[list[str], str | None]:
    """A name's words without its generational suffix, and the suffix."""
    if len(words) > 1 and words[-1].lower().strip(",") in SUFFIXES:
        core = words[:-1]
        core[-1] = core[-1].rstrip(",")  # "Jackson, Jr."
        return core, words[-1]
    return words, None


def surname_of(name: str) -> str:
    """The surname of a full name, lower case: "Jesse Jackson Jr." -> "jackson"."""
    core, _ = _split_name(name.split())
    return _surname_key(core[-1]) if core else ""


def _surname_key(word: str) -> str:
    """A surname as mentions are matched on: lower case, without its Arabic article, so
    that a bare "Hababi" is "Nahlah al-Hababi"."""
    return _PARTICLE.sub("", word).lower().strip(".,")


def _capitalised(word: str) -> bool:
    """The last word of a name: capitalised, or an Arabic surname ("al-Hababi")."""
    return word[:1].isupper() or bool(_PARTICLE.match(word))


@cache
def _gender_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The honorifics and gendered titles as patterns, compiled once: each mention
    escaped and looked up some 40 patterns (10,000 a 10-article story, session 36)."""
    return tuple((re.compile(rf"(?<![\w.]){re.escape(word)}(?!\w)"), g)
                 for word, g in {**HONORIFIC, **GENDERED}.items())  # fmt: skip


def title_gender(title: str) -> str | None:
    """The sex a person's title words say ("Mrs.", "spokeswoman"), the last one found
    in :data:`HONORIFIC` then :data:`GENDERED` order; None when none. An empty title
    holds none of those words (none is empty)."""
    gender = None
    if title:
        for pattern, g in _gender_words():
            if pattern.search(title):
                gender = g
    return gender


@cache
def load_given_names() -> dict[str, str]:
    """Given name -> "m" or "f", from ``data/given_names.toml`` (read once)."""
    raw = files("newsprism").joinpath("data", "given_names.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return {**dict.fromkeys(data["male"], "m"), **dict.fromkeys(data["female"], "f")}


@dataclass
class Person:
    """A mention of a person: offsets, cleaned text, surname, title words, gender hint."""

    start: int
    end: int
    text: str
    surname: str
    title: str
    gender: str | None
    token: int  # index of its last token
    sentence: int
    subject: bool
    given: str | None = None  # the first word, when the mention has a given name
    suffix: str | None = None  # "Jr.", "III": a father and a son are two people


def _suffix_key(person: Person) -> str:
    return (person.suffix or "").lower().strip(".,")


def _same_suffix(a: Person, b: Person) -> bool:
    return _suffix_key(a) == _suffix_key(b)


def same_given(a: str, b: str) -> bool:
    """One given name: equal, an initial of the other, or a nickname of it."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return load_names().same_person_given(a, b)


class People(Step):
    """The PERSON mentions of one article, who each stands for, and their gender."""

    def __init__(self, art: Article) -> None:
        super().__init__(art)
        self.title_words = frozenset(self.lex.roles) | frozenset(HONORIFIC)
        self.persons = self._find_persons()
        self.gender_memo: dict[str, str] = {}  # best name -> gender a pronoun gave it
        self._referents: dict[tuple[int, str | None], Person] = {}

    # mentions ----------------------------------------------------------------------

    def _find_persons(self) -> list[Person]:
        found: list[Person] = []
        covered: set[int] = set()
        given = load_given_names()
        for a, b in nicknamed(self.doc, given):
            person = self._mention(a, b)
            if person is not None:
                found.append(person)
                covered.update(range(a, b))
        for ent in self.ents:
            if ent.label_ in NAME_LABELS and not covered & set(range(ent.start, ent.end)):
                person = self._mention(ent.start, ent.end)
                if person is not None:
                    found.append(person)
                    covered.update(range(ent.start, ent.end))
        found += self._mistyped(covered, found)  # "Raven-Symone" as an ORG, "Symone wrote"
        found += self._given_named(covered)
        # "Rahm Emanuel, the mayor of Chicago": no entity, no known given name
        # "One of its members, Demetrios Minor,": the mirror, the role before the name
        before = partitive_names(self.doc, covered, self._is_people_noun,
                                 self.lex.bodies | _PLACE_WORDS)  # fmt: skip
        for a, b in [*role_apposed_names(self.doc, covered, self._is_role), *before]:
            if covered & set(range(a, b)):
                continue
            person = self._mention(a, b)
            if person is not None:
                found.append(person)
                covered.update(range(a, b))
        surnames = {p.surname for p in found if p.given}
        first_bare = bare_surnames(self.doc, found, given)
        for tok in self.doc:
            if tok.i in covered or not tok.is_title or not (
                    tok.pos_ == "PROPN" or surname_read_as_noun(tok, surnames)):  # fmt: skip
                continue
            after_honorific = tok.i > 0 and self.doc[tok.i - 1].lower_ in HONORIFIC
            # a surname the tagger called a PERSON alone earlier ("Cowan", tagged ORG 12
            # of 14 times in one article) is that person too, unless it only modifies a
            # noun here ("the Kazakh economy")
            bare = first_bare.get(tok.lower_, tok.i) < tok.i and not is_modifier(tok)
            if (tok.lower_ in surnames or after_honorific or bare) and \
                    not self._in_long_entity(tok):  # fmt: skip
                person = self._mention(tok.i, tok.i + 1)
                if person is not None:
                    found.append(person)
        return sorted(found, key=lambda p: p.token)

    def _mistyped(self, covered: set[int], found: list[Person]) -> list[Person]:
        """Names the tagger labelled ORG whose last word alone speaks elsewhere
        (:mod:`.mistyped_person`), with their given name and surname."""
        out = []
        names = load_names()
        spans = mistyped_names(self.doc, self.ents, covered, speech_forms=self.lex.forms,
                               stop_words=self.lex.bodies | _PLACE_WORDS,
                               organisations=names.organisations,
                               surnames={p.surname for p in found})  # fmt: skip
        for a, b, given, surname in spans:
            person = self._mention(a, b)
            if person is not None:
                out.append(replace(person, given=given, surname=surname))
                covered.update(range(a, b))
        return out

    def _given_named(self, covered: set[int]) -> list[Person]:
        """Names the tagger took for something else ("Brad Woodhouse" as an ORG): two or
        three capitalised proper nouns, the first a known given name, the last none of
        the words that end a place's or a body's name."""
        found = []
        names = load_given_names()
        for tok in self.doc:
            a = name_chain(tok, covered)
            if a is None:
                continue
            if self.doc[a].lower_ in names and tok.lower_ not in self.lex.bodies | _PLACE_WORDS:
                person = self._mention(a, tok.i + 1)
                if person is not None:
                    found.append(person)
                    covered.update(range(a, tok.i + 1))
        return found

    def _is_role(self, tok: Token) -> bool:
        """A title noun ("mayor", "spokesman"), of the role table."""
        return tok.lemma_.lower() in self.lex.roles or tok.lower_ in self.lex.roles

    def _is_people_noun(self, tok: Token) -> bool:
        """A title noun or a noun for people ("member", "protester", "man")."""
        lemma = tok.lemma_.lower()
        return self._is_role(tok) or lemma in self.lex.people or lemma in self.lex.individuals

    def _in_long_entity(self, tok: Token) -> bool:
        """Part of a longer name of something else: "Georgetown University", "Ford Motor"."""
        if not tok.ent_type_ or tok.ent_type_ in NAME_LABELS:
            return False
        ent = self.art.ent_of.get(tok.i)
        return ent is not None and len(ent) > 1

    def _mention(self, a: int, b: int) -> Person | None:
        """The person named by tokens ``a..b``, title words taken off the front."""
        if b - a > 1 and self.doc[b - 1].tag_ == "POS":
            b -= 1
        lead = [k for k in range(a, b - 1) if self.doc[k].lower_ in self.title_words]
        stripped = [self.doc[k].lower_ for k in range(a, lead[-1] + 1)] if lead else []
        a = lead[-1] + 1 if lead else a
        start, end, text = self.clean_name(self.doc[a:b])
        words = text.split()
        if len(words) > 1 and words[0] in abbreviated_states() and a > 0 and \
                self.doc[a - 1].text == ",":  # fmt: skip
            # "in Washington, D.C. Jackson's wife": the tagger glued the place that ends
            # one sentence to the name that starts the next
            start = self.text.index(words[1], start)
            words = words[1:]
            text = " ".join(words)
        names = load_names()
        if not words or not _capitalised(words[-1]) or text.lower() in names.not_names \
                or text.lower() in names.organisations:  # "Twitter" tagged PERSON
            return None
        last = self.doc[b - 1]
        title = " ".join([*stripped, self._title_of(a, b)]).strip()
        title = _PARTY.sub(lambda m: _PARTY_NAMES[m.group(1)] + " ", title)
        title = _with_bracket_party(title, party_tag_after(self.text, end))
        gender = title_gender(title) or kin_gender(last)  # "his wife, Marta Venn"
        core, suffix = _split_name(words)
        given = core[0] if len(core) > 1 else None
        return Person(start, end, text, _surname_key(core[-1]), title, gender, last.i,
                      self.sent_of[last.i], self._is_subject(last), given, suffix)  # fmt: skip

    @staticmethod
    def _is_subject(token: Token) -> bool:
        """The name is a subject: itself, or the proper name or appositive it is part of
        ("Romney" in "the Romney campaign said" is not)."""
        head = climb(token, lambda t: t.dep_ == "appos" or (
            t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN"))  # fmt: skip
        return head.dep_ in ("nsubj", "nsubjpass")

    def clean_name(self, span: Span) -> tuple[int, int, str]:
        """A name's offsets and text without a possessive or a leading article."""
        start, end = span.start_char, span.end_char
        text = self.text[start:end]
        m = re.search(r"[’']s?$", text)
        if m:
            end -= len(m.group(0))
        lead = re.match(r"(?i)(the|a|an)\s+", self.text[start:end])
        if lead:
            start += lead.end()
        bracket = self.text.find("(", start, end)
        if bracket > start and ")" not in self.text[bracket:end]:
            # "American Academy of Pediatrics (AAP": the tagger stopped inside the
            # abbreviation's brackets; the name is what stands before them
            end = len(self.text[start:bracket].rstrip()) + start
        # an editor's brackets inside a quotation ("[US President Barack] Obama says")
        # are no part of the name: "Barack Obama", not "Barack] Obama"
        return start, end, " ".join(re.sub(r"[\[\]]", " ", self.text[start:end]).split())

    def _title_of(self, a: int, b: int) -> str:
        """Title words before the name and in an appositive after it, lower case. The
        words before a possessive name its owner ("the congressman's aide Jo Roe" is an
        aide, not a congressman); the appositive stops at another person's name or
        honorific."""
        words: list[str] = []
        sent = self.sents[self.sent_of[a]]
        i = a - 1
        while i >= sent.start and a - i <= 10:
            tok = self.doc[i]
            if tok.tag_ == "POS":  # "the congressman's Twitter": the owner's words, not a title
                break
            if tok.ent_type_ in NAME_LABELS and self.doc[i + 1].lower_ == "and":
                del words[:1]  # the "and": no title word of hers
                break  # "Councilman Arlo Venn and Marta Soto": his title, not hers
            if tok.pos_ in _TITLE_POS or tok.lower_ in _TITLE_WORDS:
                words.insert(0, tok.lower_)
                i -= 1
            else:
                break
        j, before = b, len(words)
        if j < sent.end and self.doc[j].text == ",":
            for k in range(j + 1, min(sent.end, j + 12)):
                tok = self.doc[k]
                if tok.text in (",", ".", ";") or tok.is_quote or self.qid[k] != self.qid[b - 1]:
                    break  # "… beat Jo Roe,” the governor said": the cue's subject, not hers
                if tok.pos_ in ("VERB", "AUX"):
                    # "In an interview with … Mika Brzezinski, the Democratic presidential
                    # candidate stated": the verb's swallowed subject, not her title
                    if j < (fronted_subject(tok, sent, self.qid) or self.doc[0]).i < k:
                        del words[before:]
                    break
                if tok.lower_ in HONORIFIC or tok.ent_type_ in NAME_LABELS:
                    # "hosts like Laura Ingraham, Mr. Brat was able …": another person,
                    # the next clause's subject, not her title (nor his "Mr.")
                    break
                words.append(tok.lower_)
        return " ".join(words)

    def person_at(self, token: Token) -> Person | None:
        for p in self.persons:
            if p.start <= token.idx < p.end:
                return p
        return None

    # who a mention is ------------------------------------------------------------------

    def referent(self, person: Person, gender: str | None = None, *, own: bool = True) -> Person:
        """The fullest mention of the person ``person`` names (see the module docstring).

        With ``gender``, a bare surname shared by several people stands for the most
        recently named one of that gender (or of unknown gender). A bare surname with
        its own Mr./Mrs./Ms. or gendered title asks for that gender itself: "Mrs.
        Clinton" is never Bill Clinton, "Ms. Khan" never her son Humayun (``own``
        False: the name alone, as the gender check itself reads it).
        """
        if own and gender is None and person.given is None:
            gender = person.gender
        key = (person.token, gender)
        if key not in self._referents:
            self._referents[key] = self._find_referent(person, gender)
        return self._referents[key]

    def _find_referent(self, person: Person, gender: str | None) -> Person:
        same = [p for p in self.persons if p.surname == person.surname and p.given]
        if person.suffix and not person.given:  # "his son Donald Jr.": a given name
            same = [p for p in self.persons if p.given and p.suffix and
                    same_given(p.given, person.surname)] or same  # fmt: skip
        if person.given or person.suffix:  # "Jesse Jackson" is not "Jesse Jackson Jr."
            same = [p for p in same if _same_suffix(p, person)]
        if person.given:
            same = [p for p in same if same_given(p.given or "", person.given)]
        elif gender:
            # one named before and known to be of that gender, before one whose gender
            # nothing says: "Mr. Clinton" is Bill, not Chelsea, whom no table marks
            if same and person.gender == gender and self._other_person(person, same):
                return person
            known = [p for p in same if p.start <= person.start and
                     self._name_gender(p) == gender]  # fmt: skip
            same = known or [p for p in same if self._name_gender(p) is None] or same
        if not same:
            return person
        # a bare surname of a family (a father and a son count as two): the one named last
        names = {(p.given.lower(), _suffix_key(p)) for p in same if p.given}
        if len(names) > 1 and not person.given:
            before = [p for p in same if p.start <= person.start]
            if tied_by_recency(before):  # "Mark Mattioli, whose son, James Mattioli"
                return person
            chosen = before[-1] if before else same[0]
            same = [p for p in same if p.given and same_given(p.given, chosen.given or "")
                    and _same_suffix(p, chosen)]  # fmt: skip
        longest = max(len(p.text.split()) for p in same)
        full = [p for p in same if len(p.text.split()) == longest]
        if len({p.text for p in full}) > 1:
            before = [p for p in full if p.start <= person.start]
            chosen_text = before[-1].text if before else full[0].text
            full = [p for p in full if p.text == chosen_text]
        return full[0]

    def _other_person(self, person: Person, same: list[Person]) -> bool:
        """A bare surname under its own Mr./Mrs./Ms. (or gendered title) names none of
        ``same``, the full names of its surname, none of them known to be of that
        gender by its own mentions, when each is known to be of the other ("Mr. Clinton" after only
        "Hillary Clinton": Bill, not named in full), or when the article named the
        surname first bare under a role title, before any of them ("President Obama’s
        daughters … an open letter to Sasha and Malia Obama … “You want to pet him?”
        Mr. Obama asked", BASIL 96b7046f): the titled one is the person the article
        knows by surname alone; the full names named after are his family (session 24).
        """
        own = {self._given_gender(p) for p in same}
        if person.gender in own:
            return False
        if None not in own:
            return True
        first = min(p.start for p in same)
        return any(p.surname == person.surname and not p.given and p.start < first and
                   p.title.split()[-1:] and p.title.split()[-1] in self.lex.roles
                   for p in self.persons)  # fmt: skip

    def _given_gender(self, full: Person) -> str | None:
        """The gender a full name's own mentions say: a title on a mention with its
        given name, else the given name; not a titled bare surname, which may be
        another person of the family."""
        for p in self.persons:
            if p.gender and p.surname == full.surname and p.given and \
                    same_given(p.given, full.given or ""):  # fmt: skip
                return p.gender
        return load_given_names().get((full.given or "").lower())

    def name_speaker(self, person: Person) -> tuple[str, int, int]:
        """The name, start and end a speaker is shown with: its fullest mention."""
        best = self.referent(person)
        return best.text, best.start, best.end

    def _name_gender(self, full: Person) -> str | None:
        """The gender of the person a full mention names: a title on a mention with its
        given name, then the given name, then a title on a bare surname that recency
        gives to it, when no one else of the article has that surname: in a family
        that would be a guess ("Mrs. Clinton" after "Bill Clinton" is not Bill), and
        it never overrules the given name."""
        bare = None
        family = len({(p.given or "").lower() for p in self.persons
                      if p.surname == full.surname and p.given}) > 1  # fmt: skip
        for p in self.persons:
            if not p.gender or p.surname != full.surname:
                continue
            if full.given is None or (p.given and same_given(p.given, full.given)):
                return p.gender
            if bare is None and not family and not p.given and \
                    self.referent(p, own=False) is full:  # fmt: skip
                bare = p.gender
        return load_given_names().get((full.given or "").lower()) or bare

    def name_gender(self, person: Person) -> str | None:
        """The gender the name of the person a mention names gives, a pronoun's never."""
        return self._name_gender(self.referent(person))

    def gender_of(self, person: Person) -> str | None:
        """The gender of the person a mention names, or None when nothing says."""
        best = self.referent(person)
        return self._name_gender(best) or self.gender_memo.get(best.text)
