"""The state, party, nation or "former" a role phrase names, and what the article gives
each person.

"The Idaho congressman said" names one person only when read whole: the office noun
alone ("congressman") fits every representative of the article, and the last one
named before it is often another ("Rep. Eric Cantor", named after "Rep. Raul
Labrador"). The qualifier says which: the person of the article whose own labels give
that state or party. Labels are read from every mention of the person, since an
article gives them apart ("Rep. Raul Labrador" first, "Labrador, of Idaho" later):

- a state or party among the title words before a name or in its apposition ("Idaho
  Rep.", "Republican Sen.", ", the Texas Republican,"; "R-" and "D-" read as the party);
- a party-and-state label right after the name ("(R-Idaho)", ", D-N.Y.,", "(R)",
  "(D., Hawaii)", ", Democrat of Vermont,"), the reader compare/person_labels.py uses
  for its label check (``party_tag_after``, party_label.py: compare/ depends on
  extract/, not the reverse);
- "of <State>" right after the name ("House Speaker John Boehner of Ohio").

States are the full names and AP abbreviations of ``data/us_states.toml``, matched as
written (a postal code is read only inside a party label, where it cannot be a word:
"in", "or", "me"). "Former" is read from a mention's own title words ("Former Gov.
Jeb Bush"). "Independent" is a party in a label ("(I-Vt.)") but not in a phrase,
where it is mostly no party ("the independent counsel").

A nationality is read the same way (session 37): a demonym or a country of
``data/demonyms.toml`` among a phrase's modifiers or as its possessor ("the Palestinian
president", "Israel's prime minister"), and among a person's own title words or
apposition ("Egyptian President Abdel Fattah al-Sisi", "Israel's Prime Minister
Benjamin Netanyahu"). A word joined by a hyphen names no nationality ("the
Israeli-Palestinian talks", "the African-American congressman"). How coref.py uses these
(a nationality takes only a person whose labels give it, never a guess;
a state or party: one match; none: the last holder unless its labels contradict):
docs/eval-quotes.md, sections "Role nouns with a state, a party or former" and
"Session 37: nationality qualifiers".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsprism.extract.nations import nations_in
from newsprism.extract.nlp import doc_text
from newsprism.extract.quotes.party_label import party_tag_after
from newsprism.extract.states import state_code, state_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsprism.extract.quotes.people import Person

__all__ = ["Qualifiers", "is_past", "label_nations", "label_qualifiers", "phrase_qualifiers"]

_PARTY_WORDS = {"republican": "republican", "republicans": "republican",
                "gop": "republican", "democrat": "democrat", "democratic": "democrat",
                "democrats": "democrat", "independent": "independent",
                "libertarian": "libertarian"}  # fmt: skip
_OF_STATE = re.compile(r"^,?\s+of\s+(?P<state>[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?)")
# an apposition after the name, to the next comma: ", the Texas Republican,", ", of Idaho,"
_APPOS = re.compile(
    r"^,\s+(?P<words>(?:the\s+|of\s+)?[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,4}?)\s*[,;)]"
)
_PAST = frozenset({"former", "ex", "ex-"})
_PAST_TITLE = re.compile(r"(?<![\w-])(?:former\b|ex-)")
_BEFORE_POS = {"PROPN", "ADJ", "NOUN"}
_PHRASE_DEPS = ("compound", "amod", "nmod", "npadvmod", "nummod")
_POSSESSIVE = frozenset({"'s", "’s"})


@dataclass(frozen=True)
class Qualifiers:
    """A state (postal code), a party ("republican", "democrat"), a past office, a
    nation ("palestine", as ``data/demonyms.toml`` keys it)."""

    state: str | None = None
    party: str | None = None
    former: bool = False  # "the former governor": one whose title says former
    nation: str | None = None  # "the Palestinian president"

    def __bool__(self) -> bool:
        return self.state is not None or self.party is not None or self.former or \
            self.nation is not None  # fmt: skip


def _states_in(words: list[str]) -> set[str]:
    """States named by one or two consecutive words ("idaho", "new york", "ariz.")."""
    names = state_names()
    found = set()
    for n in range(len(words)):
        for width in (1, 2):
            key = " ".join(words[n : n + width])
            if len(words[n : n + width]) == width and key in names:
                found.add(names[key])
    return found


def phrase_qualifiers(head: Token) -> Qualifiers:
    """The state and party a role phrase's modifiers name: "the Idaho congressman"
    (ID), "the Republican senator", "the Texas Republican" (TX; the head itself is the
    office), "former", and the nation of a demonym or a possessor ("the Palestinian
    president", "Israel's prime minister"). Two states, parties or nations in one phrase
    say nothing usable."""
    mods = [t for t in head.subtree if t.i < head.i and (t.head.i == head.i or
            t.head.dep_ in _PHRASE_DEPS) and t.dep_ in _PHRASE_DEPS]  # fmt: skip
    words = [t.lower_ for t in mods]
    states = _states_in(words)
    parties = {_PARTY_WORDS[w] for w in words if w in _PARTY_WORDS} - {"independent"}
    owner = [c for c in head.children if c.dep_ == "poss"]  # "Israel's prime minister"
    nations = nations_in(_unhyphened([*mods, *(t for c in owner for t in c.subtree)]))
    return Qualifiers(next(iter(states)) if len(states) == 1 else None,
                      next(iter(parties)) if len(parties) == 1 else None,
                      any(w in _PAST for w in words),
                      next(iter(nations)) if len(nations) == 1 else None)  # fmt: skip


def _unhyphened(tokens: list[Token]) -> list[str]:
    """The lower-case words of ``tokens`` in text order, a word joined to another by a
    hyphen left out: "Israeli-Palestinian" and "African-American" name no one nation."""
    words = []
    for t in sorted(set(tokens), key=lambda t: t.i):
        before = t.nbor(-1).text if t.i > 0 else ""
        after = t.nbor(1).text if t.i + 1 < len(t.doc) else ""
        if "-" not in (before, after) and not (t.whitespace_ == "" and after.startswith("-")):
            words.append(t.lower_)
    return words


def words_before(doc: Doc, mention: Person, titles: frozenset[str], *,
                 through_names: bool = False) -> list[str]:  # fmt: skip
    """The title words right before a mention, lower case, not past "and", nor past
    another name unless ``through_names`` ("Former Clinton pollster Douglas Schoen")."""
    words: list[str] = []
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    first = span.start if span is not None else 0
    for tok in reversed(doc[max(0, first - 5) : first]):
        # the tagger may take "Sen." into a PERSON: a title word is not another name
        other_name = tok.ent_type_ == "PERSON" and tok.lower_ not in titles and \
            not through_names  # fmt: skip
        if other_name or tok.pos_ not in _BEFORE_POS or tok.lower_ == "and":
            break
        words.insert(0, tok.lower_)
    return words


def is_past(doc: Doc, mention: Person, titles: frozenset[str]) -> bool:
    """A mention whose own title words say the office was held before: "former Gov.
    Jeb Bush", "Jeb Bush, the former governor,". Its own words only: the title reader
    of people.py runs on over a list ("Former Gov. Jeb Bush and Gov. Rick Perry") and
    into the next name's ("Hillary Clinton, former UN Ambassador John Bolton")."""
    own = " ".join([*words_before(doc, mention, titles, through_names=True),
                    *_own_apposition(doc, mention)])  # fmt: skip
    return bool(_PAST_TITLE.search(own))


def _own_apposition(doc: Doc, mention: Person) -> list[str]:
    """The lower-case words of the apposition right after a mention (", the Texas
    Republican,"), or none when it names another person: "Roe, Texas Gov. Rick Perry,
    and …" is a list, and those are Perry's words, not Roe's."""
    appos = _APPOS.match(doc_text(doc)[mention.end : mention.end + 60])
    if appos is None:
        return []
    a, b = mention.end + appos.start("words"), mention.end + appos.end("words")
    between = doc.char_span(a, b, alignment_mode="expand") or []
    if any(t.ent_type_ == "PERSON" for t in between):
        return []
    return appos.group("words").lower().split()


def label_nations(doc: Doc, mention: Person, titles: frozenset[str]) -> set[str]:
    """The nations one mention's own words give: its title words ("Egyptian President
    Abdel Fattah al-Sisi"), a country owning them ("Israel's Prime Minister Benjamin
    Netanyahu"), its apposition (", the Palestinian president,") and the role it is the
    apposition of ("Iran's foreign minister, Mohammad Javad Zarif")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    first = span.start if span is not None else 0
    n = len(words_before(doc, mention, titles))
    tokens = list(doc[first - n : first])
    if first - n >= 2 and doc[first - n - 1].lower_ in _POSSESSIVE:
        tokens = [*doc[first - n - 2].subtree, *tokens]
    found = nations_in(_unhyphened(tokens))
    if not party_tag_after(doc_text(doc), mention.end):
        found |= nations_in(_own_apposition(doc, mention))
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "appos" and root.head.i < first:
        # "Iran's foreign minister, Mohammad Javad Zarif": the role before the comma
        nation = phrase_qualifiers(root.head).nation
        found |= {nation} if nation else set()
    return found


def label_qualifiers(
    doc: Doc, mention: Person, titles: frozenset[str]
) -> tuple[set[str], set[str]]:
    """The states and parties one mention's own words give: the title words right
    before it (not past another name: in "Republican Sen. Mary Roe and Democratic Sen.
    John Doe" Doe is no Republican), a party label or an apposition after it.
    ``titles``: the title words a PERSON entity may hold ("Sen.", "Republican")."""
    text = doc_text(doc)
    words = words_before(doc, mention, titles)
    after = party_tag_after(text, mention.end)
    if not after:
        words += _own_apposition(doc, mention)
    states = _states_in(words)
    parties = {_PARTY_WORDS[w] for w in words if w in _PARTY_WORDS}
    if after:
        parties.add({"R": "republican", "D": "democrat", "I": "independent"}[after.party])
        code = state_code(after.state or "")
        if code:
            states.add(code)
    of = _OF_STATE.match(text[mention.end : mention.end + 30])
    if of:
        states |= _states_in([of.group("state").lower()])
    return states, parties
