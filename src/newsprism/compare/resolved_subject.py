"""Who a sentence's subject is, when the sentence says "he", "she" or "the governor".

One outlet names the actor ("Gov. Jan Brewer signed the bill Friday"), another refers
back to them ("She signed the bill on Friday"): the same fact, but the same-fact
features count the entities both sentences name, and the second names none. Issue 12's
recall breakdown (docs/eval-compare.md, "Session 33") found this kind among the missed
gold pairs, nearly all scored under the bar.

This step gives such a sentence the person its subject stands for, as an entity it
names (``entities`` of its profile, not ``people``: the links that read who a sentence
names stay as they were), so ``entity_shared`` and the other entity columns count it.
It writes no resolver of its own: the quote extractor's
:class:`~newsprism.extract.quotes.coref.Antecedents` (recency with gender agreement,
never a guess) resolves the pronoun or the definite role noun, and the story's linked
mentions say which entity the antecedent's words are. When either step finds nothing,
the sentence keeps the entities it names: unresolved stays unresolved.

**Measured, not wired into ``compare``** (docs/eval-compare.md, "Session 34"): the
same-fact model, refitted leave one story out with these entities, finds no more gold
pairs at 0.90 precision than without them, because the person a "he" stands for is the
story's main actor, named by most sentences of the story, gold pair or not.
``scripts/resolved_subject_loso.py`` runs it on the training stories.

Only the subject of the sentence's main clause (of its root, or of the clause a
reporting root governs) outside quotation marks is read: a "he" in an aside or in a
quote says nothing of who the sentence is about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from newsprism.compare.pairs import REPORTING
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.coref import Antecedents
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.extract.quotes.people import People, Person
from newsprism.models import Claim, Mention
from newsprism.pronoun_words import PERSON_SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.compare.pairs import UnitProfile

__all__ = ["main_subjects", "resolve_subjects", "subject_entities", "subject_entity"]

_SUBJECT = ("nsubj", "nsubjpass")
_PERSON_LABELS = ("PERSON", "ROLE")
# the roots that report a statement (pairs.REPORTING: "said", "told"): under them the
# statement's subject is the reported clause's ("The governor said she would sign it")
_CLAUSE = ("ccomp",)


def main_subjects(tokens: Sequence[Token]) -> list[Token]:
    """The subject tokens of a sentence's main clause: the root's own subject, and the
    subject of a clause the root reports. Tokens are one sentence (or a claim's span)."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    heads = list(roots)
    for root in roots:
        if root.lemma_.lower() in REPORTING:
            heads += [c for c in root.children if c.dep_ in _CLAUSE]
    inside = {t.i for t in tokens}
    return [c for h in heads for c in h.children if c.dep_ in _SUBJECT and c.i in inside]


class _ArticleResolver:
    """One article's antecedent finder, built once, on the first sentence that needs it
    (building it reads the whole article's people and quotations)."""

    def __init__(self, doc: Any) -> None:
        art = Article(doc, load_lexicon())
        self.qid = art.qid
        self.antecedents = Antecedents(art, People(art))

    def person(self, token: Token) -> Person | None:
        """The person a subject pronoun or definite role noun stands for, or None."""
        if self.qid[token.i] != -1:
            return None  # inside quotation marks: the speaker's "he", not the writer's
        if token.lower_ in PERSON_SUBJECTS:
            return self.antecedents.resolve_pronoun(token)
        if self.antecedents.is_definite_role(token):
            return self.antecedents.resolve_role(token)
        return None


def subject_entity(person: Person, mentions: Sequence[Mention]) -> str | None:
    """The story entity whose linked mention covers the antecedent's words (one
    article's mentions); None when no person mention or several entities cover it."""
    found = {m.entity_id for m in mentions
             if m.entity_id and m.label in _PERSON_LABELS
             and m.start < person.end and person.start < m.end}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def subject_entities(docs: Mapping[str, Any], claims: Sequence[Claim],
                     mentions: Sequence[Mention]) -> list[tuple[set[str], set[str]]]:
    """For each claim, the entities its main-clause subjects stand for: (resolved, named)
    — a pronoun or role noun resolved as :func:`subject_entity` finds it, and a subject
    word a linked person mention covers."""
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    resolvers: dict[str, _ArticleResolver] = {}
    out: list[tuple[set[str], set[str]]] = []
    for claim in claims:
        resolved: set[str] = set()
        named: set[str] = set()
        out.append((resolved, named))
        doc, own = docs.get(claim.article_id), by_article.get(claim.article_id)
        if doc is None or not own:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        for token in main_subjects(list(span or ())):
            at = doc[token.i : token.i + 1]
            named |= {m.entity_id for m in own if m.entity_id and m.label in _PERSON_LABELS
                      and m.start <= at.start_char < m.end}  # fmt: skip
            if token.lower_ not in PERSON_SUBJECTS and token.pos_ != "NOUN":
                continue
            if claim.article_id not in resolvers:
                resolvers[claim.article_id] = _ArticleResolver(doc)
            person = resolvers[claim.article_id].person(token)
            entity = subject_entity(person, own) if person else None
            if entity:
                resolved.add(entity)
    return out


def resolve_subjects(docs: Mapping[str, Any], claims: Sequence[Claim],
                     units: list[UnitProfile], mentions: Sequence[Mention]
                     ) -> list[UnitProfile]:  # fmt: skip
    """Add to each unit the entity its main-clause subject pronoun or role noun stands
    for (as :func:`subject_entity` finds it); the units, changed in place."""
    for unit, (resolved, _) in zip(units, subject_entities(docs, claims, mentions),
                                   strict=True):  # fmt: skip
        unit.entities |= resolved
    return units
