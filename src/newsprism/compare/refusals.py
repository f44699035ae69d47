"""An act done in one outlet and refused in another: "has apologised for … the club" /
"refused to apologize for his family's membership in … the club".

Why a rule of its own: the ``negation`` kind (compare/frames.py) covers one-off events
that happen *to* a person (charged, arrested, killed) or a bill. A refusal is a
person's own choice about an act, worded as "refused / declined to X" or "has not X-ed",
and outlets that disagree on it disagree on what the person did.

An :class:`Act` is one act of :data:`ACTS` (apologise, resign, concede, testify …,
acts a person is asked to do and can refuse), with

- its **agent**: the named subject (a person or organisation mention; a role noun or a
  pronoun is no agent, so "the senator" never matches);
- its **objects**: the head nouns of its object and of its "for / over / about / to /
  from / as / in / on" phrases, one "of / in" level deeper ("for his family's membership
  in a … club" → membership, club); "apologised for – but has not left – a club" shares
  its conjunct's object;
- its **polarity**: ``done`` ("has apologised"), ``refused`` ("refused / declined to
  apologize") or ``not`` ("has not apologized", "never apologized"); an act that is
  wished, asked for, expected, possible or in a question is none of these and is skipped;
- its **time**: the date words on the act or its refusal ("last week", "on Friday"),
  and whether the sentence marks a sequence ("later apologized", "initially refused",
  "had refused").

Two acts clash (conflicts.py) when one article states the act done and another refused
or not done, with the same agent, act and object (a shared object head, or both with
none), no sequence marked, and no two different dates. An article that states both
sides itself ("refused at first, then apologised") tells a sequence: its acts clash
with nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsprism.extract.nlp import span_text
from newsprism.models import Mention

# acts a person is pressed to do and can refuse; a verb of saying is never one ("declined
# to comment" is routine and says nothing of what the person did elsewhere)
ACTS = {
    "apologize": "apologize", "apologise": "apologize", "resign": "resign",
    "concede": "concede", "testify": "testify", "recuse": "recuse", "retract": "retract",
    "endorse": "endorse", "condemn": "condemn", "denounce": "denounce",
    "disavow": "disavow",
}  # fmt: skip
# not acts here: "withdraw" and "comply" (troops withdrawn from one place and refused
# from another; partial compliance), which are often both true of one agent
_REFUSING = frozenset({"refuse", "decline"})
_NEGATORS = frozenset({"not", "n't", "never"})
_MODAL = frozenset("will would could may might should must 'll can".split())
# words that tell a sequence: the other state held at another time
_SEQUENCE = frozenset("later eventually finally ultimately initially originally first "
                      "earlier previously subsequently since again once afterwards "
                      "afterward then now already".split())  # fmt: skip
_OBJECT_PREPS = frozenset("for over about to from as in on".split())
_NESTED_PREPS = frozenset({"of", "in"})
# nouns too general to make two objects one
_GENERIC = frozenset("thing way time year week day people state part one".split())
#: entity labels that can name an agent (frames reads the same set)
NAMED_KINDS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True)
class Act:
    """One act of :data:`ACTS` with its agent, objects, polarity and time."""

    act: str  # "apologize"
    word: str  # as written: "apologised"
    agent: str
    objects: frozenset[str]
    polarity: str  # done | refused | not
    when: frozenset[str]  # date words on the act or its refusal, lower case
    sequence: bool  # the sentence marks the act as one step of a sequence
    text: str


def read_acts(span: Any, mentions: list[Mention], key_of: Any, outside: Any,
              known: frozenset[str] = frozenset(), pronoun: Any = None) -> list[Act]:
    """The acts a claim's ``span`` states, outside quotation marks.

    Args:
        span: the claim's tokens.
        mentions: the entity mentions inside the claim.
        key_of: mention → the key equal across articles (the linked person's surname).
        outside: token → whether it is outside quotation marks.
        known: the keys of the story's named entities, so that a surname the tagger
            left untagged ("Whitehouse apologized") is still that person.
        pronoun: token → the named person a subject "he" / "she" stands for, or None
            (frames.pronoun_person: "Smith said he had not resigned" → smith).
    """
    def named(token: Any) -> str | None:
        hits = [m for m in mentions if m.start <= token.idx < m.end and m.label in NAMED_KINDS]
        if hits:
            return key_of(min(hits, key=lambda m: m.start))
        if token.pos_ == "PROPN" and token.lower_ in known:
            return token.lower_
        return pronoun(token) if pronoun is not None else None

    found = []
    for token in span:
        act = ACTS.get(token.lemma_.lower())
        if act is None or token.pos_ != "VERB" or not outside(token):
            continue
        polarity, governor = _polarity(token)
        if polarity is None:
            continue
        agent = _agent(token, named)
        if agent is None:
            continue
        found.append(Act(act, token.text, agent, _objects(token, named), polarity,
                         _when(token, governor), _sequence(token, governor), span_text(token.sent)))
    return found


def _polarity(verb: Any) -> tuple[str | None, Any]:
    """done, refused or not, and the token that carries it (the verb or its "refused");
    None for an act that is not stated as done or refused (wished, expected, asked)."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        if head.lemma_.lower() in _REFUSING and _plain(head):
            return "refused", head
        return None, verb  # "urged him to apologize", "plans to resign", "wants to"
    if not _plain(verb, allow_negation=True) or _infinitive(verb):
        return None, verb
    if any(c.dep_ == "neg" and c.lower_ in _NEGATORS for c in verb.children):
        return "not", verb
    return "done", verb


def _plain(verb: Any, allow_negation: bool = False) -> bool:
    """A verb stated as fact: no modal, not negated (unless allowed), not a question."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in _MODAL for c in kids):
        return False
    if not allow_negation and any(c.dep_ == "neg" for c in kids):
        return False
    if span_text(verb.sent).rstrip().endswith("?"):
        return False
    return not any(c.lower_ in ("whether", "if") for c in kids)


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _agent(verb: Any, named: Any) -> str | None:
    """The named subject of the act, inherited from "refused" in "X refused to apologize";
    None when the subject is a role noun, missing, or a pronoun that names nobody
    for sure."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        if subjects:
            return named(subjects[0])
        if current.dep_ not in ("xcomp", "conj") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _objects(verb: Any, named: Any) -> frozenset[str]:
    """Head nouns of the act's object and of its object phrases, one level deeper."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if not objects:  # "apologised for – but has not left – a club": the shared object
            objects = [g for c in verb.children if c.dep_ == "conj"
                       for g in c.children if g.dep_ == "dobj"]  # fmt: skip
        heads += objects
    nested = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _NESTED_PREPS
              for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    keys = set()
    for token in [*heads, *nested]:
        key = named(token)
        lemma = token.lemma_.lower()
        if key or (token.pos_ in ("NOUN", "PROPN") and lemma not in _GENERIC):
            keys.add(key or lemma)
    return frozenset(keys)


def _when(verb: Any, governor: Any) -> frozenset[str]:
    """Date words hanging on the act or on its refusal ("last week refused")."""
    words = set()
    for head in {verb.i: verb, governor.i: governor}.values():
        for child in head.children:
            if child.ent_type_ in ("DATE", "TIME") or (
                child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.subtree)
            ):
                words |= {g.lower_ for g in child.subtree if g.ent_type_ in ("DATE", "TIME")}
    return frozenset(words)


def _sequence(verb: Any, governor: Any) -> bool:
    """Whether the act or its refusal is marked as one step of a sequence: "later
    apologized", "initially refused", "had refused", "at first"."""
    for head in (verb, governor):
        kids = list(head.children)
        if any(c.lower_ in _SEQUENCE for c in kids if c.dep_ in ("advmod", "npadvmod")):
            return True
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in kids):
            return True
        at = [c for c in kids if c.dep_ == "prep" and c.lower_ == "at"]
        if any(g.lower_ == "first" for c in at for g in c.children):
            return True
    return False


def act_clashes(acts_by_article: dict[str, list[Act]]) -> list[tuple[Act, Act]]:
    """Pairs (done, refused or not) of acts of two articles that cannot both hold.

    An article that states both sides of one agent's act tells a sequence, so its acts
    are left out; so are acts marked as a step of a sequence and pairs on two dates."""
    told: dict[str, set[tuple[str, str, str]]] = {}
    for article, acts in acts_by_article.items():
        told[article] = {(a.agent, a.act, "done" if a.polarity == "done" else "no") for a in acts}
    usable = {article: [a for a in acts if not a.sequence
                        and (a.agent, a.act, "no" if a.polarity == "done" else "done")
                        not in told[article]]
              for article, acts in acts_by_article.items()}  # fmt: skip
    pairs = []
    articles = sorted(usable)
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            for x in usable[first]:
                for y in usable[second]:
                    if _clash(x, y):
                        pairs.append((x, y))
    return pairs


def _clash(x: Act, y: Act) -> bool:
    if x.agent != y.agent or x.act != y.act:
        return False
    if (x.polarity == "done") == (y.polarity == "done"):
        return False
    if x.when and y.when and not x.when & y.when:
        return False  # two dates: two moments, maybe a sequence
    if x.objects or y.objects:
        return bool(x.objects & y.objects)
    return True
