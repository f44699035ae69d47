"""One event told by two sentences: who did what to what, read clause by clause.

Two outlets often share one fact of several: "Obama met Clinton at the White House
on Thursday to discuss the deficit" and "Obama, who met Clinton this week, said the
deficit …". Whole-sentence similarity scores such a pair low, and clause-pair
features in the model raised every pair that shares a speech frame ("Trump said …")
as much (docs/eval-compare.md, "Clause features: measured, not kept"). So this is a
precise rule over the model (``event_link``, a link as ``shared_passage`` is): two
sentences of different articles are one fact when a clause of each states the same
event tuple:

- the same **subject referent**: the story entity the subject or its apposition
  names (entity linking across articles), or for a name the linker left unlinked the
  same name as written (never a bare surname: Mary and Liz Cheney are two people); a
  "he"/"she" only when the sentence names one person before it; another pronoun or a
  common noun is no referent;
- the same **predicate** lemma, neither a verb of saying or attributing ("said",
  "told", "announced": they match every statement of a person), nor a light verb
  ("be", "have", "do", "get") alone;
- the same **stance**: a prospect ("will meet", "is expected to meet"), an uncertain
  event ("urged him to resign"), a negated one ("did not meet") never matches a plain
  one (:func:`stance`, with the lexicons of the conflict rules, compare/frames.py);
- a matching **argument**: the head of an object, complement or prepositional object
  (its entity, else its lemma), a number, or a weekday that dates the verb.

Measured on the BASIL 2010–2012 gold (``scripts/event_link_pairs.py``): it holds 7 gold
pairs and no false one that no veto stops, 6 of which the model links already
(docs/eval-compare.md, "A clause event link").

A passive clause with an agent is read as its active ("the bill was signed by Obama"
→ Obama sign bill), one without is its own predicate ("Sestak was offered a
position" → Sestak offer/passive position); a verb without a subject of its own takes
its head's ("Obama met Clinton and discussed the deficit"); a relative clause's "who"
is the noun it describes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.calendar_words import WEEKDAYS
from newsprism.compare.frames import (
    _EXPECTING,
    _FUTURE_AUX,
    _NEGATORS,
    _WISHING,
    _verb_of,
)
from newsprism.models import Mention
from newsprism.pronoun_words import PERSON_SUBJECTS

# verbs of saying, attributing and asking: "X said …" frames every statement of X
SPEECH = frozenset(
    "say tell add state report note announce explain write claim confirm insist argue "
    "acknowledge comment speak tweet respond reply suggest ask interview declare describe "
    "warn urge predict call quote cite mention emphasize stress repeat reiterate recall "
    "answer admit concede contend maintain assert testify post".split()
)  # fmt: skip
# verbs too light to carry an event alone
LIGHT = frozenset("be have do get make take go come give put seem become include".split())
_SUBJECTS = ("nsubj", "nsubjpass")
_ARGUMENTS = ("dobj", "attr", "dative", "oprd", "acomp", "pobj", "npadvmod", "nummod")
_RELATIVE = frozenset("who whom which that".split())
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "ROLE"})
_PERSONAL = frozenset(PERSON_SUBJECTS)
# Verbs that say an event did not, or will not, happen ("refused to resign"): what they
# govern is negated. One list for this module and pairs.py (which imports it from here:
# pairs.py imports this module, so the list cannot live there).
CANCELLING = frozenset("cancel scrap abandon halt suspend withdraw refuse decline deny "
                       "reject postpone block veto scuttle revoke rescind".split())  # fmt: skip


@dataclass(frozen=True)
class Event:
    """One clause as a tuple: its subject referents, predicate, stance and arguments."""

    subjects: frozenset[str]
    predicate: str
    stance: str  # done | not | expected | uncertain (:func:`stance`)
    arguments: frozenset[str]

    def keys(self) -> set[tuple[str, str, str, str]]:
        """Every (subject, predicate, stance, argument): two events match when they
        share one."""
        return {(s, self.predicate, self.stance, a) for s in self.subjects
                for a in self.arguments}  # fmt: skip


def events(tokens: Sequence[Any], mentions: Sequence[Mention]) -> list[Event]:
    """The events the clauses of a sentence state (``tokens``: its spaCy tokens;
    ``mentions``: the linked entity mentions inside it)."""
    found = []
    dated: dict[int, set[str]] = {}  # a verb → the weekdays that date it, wherever they hang
    for token in tokens:
        if token.lower_ in WEEKDAYS and token.ent_type_ in ("DATE", "TIME"):
            dated.setdefault(_verb_of(token).i, set()).add(f"d:{token.lower_}")
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in SPEECH | LIGHT:
            continue
        subject, arguments = _roles(verb)
        if subject is None:
            continue
        subjects = _subject_referents(subject, mentions)
        args = set().union(*(_argument_keys(a, mentions) for a in arguments)) - subjects
        args |= dated.get(verb.i, set())
        if not subjects or not args:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children)  # fmt: skip
        predicate = verb.lemma_.lower() + ("/passive" if passive else "")
        found.append(Event(frozenset(subjects), predicate, stance(verb),
                           frozenset(args)))  # fmt: skip
    return found


def stance(verb: Any) -> str:
    """Whether a clause states its event as so: ``not`` (negated: "did not meet", or
    governed by a cancelling verb: "refused to meet"), ``expected`` (a modal or a verb
    of expectation governs it: "will meet", "is expected to meet", "plans to meet"),
    ``uncertain`` (an open question or a wish: "whether to meet", "urged him to meet"),
    else ``done``. The lexicons are the conflict rules' (compare/frames.py)."""
    children = list(verb.children)
    head = verb.head if verb.dep_ in ("xcomp", "ccomp", "conj") else verb
    if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in children if c.dep_ != "conj"):
        return "not"
    if head is not verb and head.lemma_.lower() in CANCELLING and verb.dep_ == "xcomp":
        return "not"
    auxes = {c.lower_ for c in children if c.dep_ == "aux"}
    if verb.dep_ in ("conj", "xcomp"):  # "will meet and discuss", "would like him to show"
        auxes |= {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & _FUTURE_AUX or (head is not verb and head.lemma_.lower() in _EXPECTING):
        return "expected"
    if any(c.dep_ == "acomp" and c.lemma_.lower() in _EXPECTING for c in head.children):
        return "expected"  # "is likely to pass"
    if any(c.lower_ in ("whether", "if") for c in children) or (
            head is not verb and head.lemma_.lower() in _WISHING):
        return "uncertain"
    return "done"


def _roles(verb: Any) -> tuple[Any | None, list[Any]]:
    """(subject token, argument tokens) of a verb: a passive with an agent read as its
    active, a missing subject inherited from the verb it hangs on."""
    children = list(verb.children)
    agent = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    patient = [c for c in children if c.dep_ == "nsubjpass"]
    arguments = [c for c in children if c.dep_ in _ARGUMENTS]
    arguments += [g for c in children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if agent:
        return agent[0], arguments + patient
    return _subject_token(verb), arguments


def _subject_token(verb: Any) -> Any | None:
    """The subject of a verb, inherited through ``xcomp``/``conj`` ("X wants to sign",
    "X signed and praised"); a relative "who" is the noun its clause describes."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                return child
        if current.dep_ in ("xcomp", "conj") and current.head.i != current.i:
            current = current.head
            continue
        break
    return None


def _subject_referents(token: Any, mentions: Sequence[Mention]) -> set[str]:
    """Who a subject names: its head's referents, or those of an apposition ("the
    presumptive nominee, Mitt Romney"); a "he" or "she" is the one person the sentence
    names before it ("Akin said he …"), when it names only one."""
    keys = referents(token, mentions)
    for child in token.children:
        if child.dep_ == "appos":
            keys |= referents(child, mentions)
    if not keys and token.lower_ in _PERSONAL:
        before = {m.entity_id for m in mentions if m.label == "PERSON" and m.end <= token.idx}
        if len(before) == 1:
            keys = {f"e:{before.pop()}"}
    return keys


def referents(token: Any, mentions: Sequence[Mention]) -> set[str]:
    """Who a phrase names, as keys equal across articles: the story entity of a linked
    mention its head is in; for a name the entity linker left unlinked, the name as
    written with its compounds ("liz cheney"). Never a bare surname: Mary and Liz
    Cheney are two people, which the entity linking knows. Nothing for a pronoun or a
    common noun."""
    hits = [m for m in mentions if m.start <= token.idx < m.end and m.label in _NAMED]
    keys = {f"e:{m.entity_id}" for m in hits if m.entity_id}
    if not keys and token.pos_ == "PROPN" and token.ent_type_ in _NAMED:
        words = [c.lower_ for c in token.children if c.dep_ == "compound"] + [token.lower_]
        keys.add("n:" + " ".join(words))
    return keys


def _argument_keys(token: Any, mentions: Sequence[Mention]) -> set[str]:
    """An argument's keys: its entity and name, a number, a weekday, or the lemma of
    a content head (nouns, adjectives, verbs; no pronoun or function word)."""
    keys = referents(token, mentions)
    if token.like_num:
        keys.add(f"#:{token.text.replace(',', '')}")
    elif token.lower_ in WEEKDAYS:
        keys.add(f"d:{token.lower_}")
    elif token.pos_ in ("NOUN", "PROPN", "ADJ") and not token.is_stop and token.is_alpha:
        keys.add(f"w:{token.lemma_.lower()}")
    for child in token.children:  # "a 97-1 vote", "the bill's 97 votes"
        if child.dep_ == "nummod" and child.like_num:
            keys.add(f"#:{child.text.replace(',', '')}")
    return keys


def event_keys(found: Iterable[Event]) -> set[tuple[str, str, str, str]]:
    """The union of the events' keys (what :func:`newsprism.compare.pairs` intersects)."""
    return set().union(*(e.keys() for e in found))
