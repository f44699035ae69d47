"""A role noun set right before a person's name is that person (issue 12, session 35).

News names people after a lower-case role with no comma: "former state treasurer Mark
Ellison was charged", "acting police chief Dana Ortiz resigned". The small parser
often makes the role noun the head of the phrase and hangs the name on it as an
apposition ("treasurer" ← appos "Ellison"), so the subject of the clause is the token
"treasurer". The claim frames key a subject by the name its token stands in
(``frame_subjects._entity``); "treasurer" stands in none, so it was keyed "treasurer",
and the same person written "Ellison" in another report was another subject: "was
charged with four federal crimes" against "no formal charges have been filed" (the
article's person, "ellison") was never one event. Two reports that both wrote the role
first met only by the role word, which two different treasurers share.

Read only where nothing else can be meant: a singular common noun (not a proper noun,
not a pronoun, not "the suspects, Tom Ray and Al Fox"), an apposition that begins on
the very next token or right after one comma, with no conjunct of its own, that is a
PERSON mention; after a comma, the name must be closed by a comma that opens no list
("the treasurer, Mark Ellison, and the mayor" names two; "the treasurer, Mark Ellison
and the mayor" is a list the parser may misread).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsprism.extract.titles import one_word_roles
from newsprism.models import Mention

# nouns of kin and company, which news sets before a name as it does a title
_KIN = frozenset("wife husband widow widower son daughter brother sister father mother "
                 "friend girlfriend boyfriend fiancé fiancee cousin nephew niece".split())
# agent nouns ("treasurer", "director", "commentator", "comedian", "councilman",
# "attendee", "assistant"): a noun that names what a person does
_AGENT = re.compile(r"(?:er|or|ist|ian|man|woman|ee|ant)$")


def titled_name(token: Any, mentions: Sequence[Mention]) -> Mention | None:
    """The PERSON mention set beside the singular role noun ``token`` that the parse made
    the head of the name: right after it with no comma ("state treasurer | Mark
    Ellison"), or between two commas with no list going on ("the state treasurer, Mark
    Ellison, resigned"); else None."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.i + 2 >= len(doc) \
            or not _person_noun(token.lemma_.lower()):
        return None
    for child in token.children:
        if child.dep_ != "appos" or any(c.dep_ in ("conj", "cc") for c in child.children):
            continue
        first = token.i + 1 + (doc[token.i + 1].text == ",")
        if child.left_edge.i != first:
            continue
        hit = next((m for m in mentions if m.label == "PERSON" and m.start == doc[first].idx
                    and child.idx < m.end), None)  # fmt: skip
        if hit is not None and (first == token.i + 1 or _closed(doc, child)) \
                and not _name_not_the_role(token, child):
            return hit
    return None


def _person_noun(lemma: str) -> bool:
    """A noun that can name a person by what they are: a role noun of
    ``data/roles.toml``, a noun of kin, or an agent noun. Not "at one point Obama,
    wearing …", "Grimm's Washington office, Nick Iacono", "the gun-control group Brady
    United" (the parser's appositions over the wide stories, session 35)."""
    return lemma in one_word_roles() or lemma in _KIN or bool(_AGENT.search(lemma))


def _name_not_the_role(role: Any, name: Any) -> bool:
    """The name is not the role's holder but the owner of something ("Attorney General
    Letitia James's office"), the name of a noun the role completes ("the nominee for
    president, Mitt Romney", "the wife of the mayor, Ann Ruiz"), or the subject of a
    clause of its own ("the words of the president Blumenthal worked for": a verb right
    after the name that is not the verb the role is the subject of, as "was" is in
    "treasurer Mark Ellison was charged")."""
    if any(c.dep_ == "case" for c in name.children):
        return True
    if role.dep_ == "pobj" and role.head.lower_ in ("of", "for") and role.head.head.pos_ == "NOUN":
        return True  # "the Republican nominee for president, Mitt Romney": the nominee's name
    after = name.right_edge.i + 1
    if after >= len(name.doc) or name.doc[after].pos_ not in ("VERB", "AUX"):
        return False
    verb = name.doc[after]
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head
    return not (role.dep_ in ("nsubj", "nsubjpass") and role.head.i == verb.i)


def _closed(doc: Any, name: Any) -> bool:
    """A name set off by commas is closed by a comma that opens no list (", and the
    mayor, …" would make it one member of several) or by the end of the phrase."""
    after = name.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    return after + 1 < len(doc) and doc[after + 1].lower_ not in ("and", "or")
