"""compare/resolved_subject.py: a main-clause "he"/"she"/role subject counts the entity
the quote extractor's antecedent finder resolves it to; unresolved stays unresolved."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import claim_profiles, pair_features
from newsprism.compare.resolved_subject import main_subjects, resolve_subjects, subject_entities
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp


def _story(*texts: str):
    """Articles a0, a1, … as compare builds them: claims, linked mentions, profiles."""
    nlp = load_nlp()
    ids = [f"a{k}" for k in range(len(texts))]
    docs = dict(zip(ids, nlp.pipe(texts), strict=True))
    entities = link_entities({a: find_mentions(d, a) for a, d in docs.items()},
                             dict(zip(ids, texts, strict=True)))  # fmt: skip
    claims = [c for a, d in docs.items() for c in extract_claims(d, a, entities.mentions)]
    units = claim_profiles(docs, claims, (), entities.mentions)
    return claims, resolve_subjects(docs, claims, units, entities.mentions)


def _unit(claims, units, start: str):
    return next(u for c, u in zip(claims, units, strict=True) if c.text.startswith(start))


def test_a_she_subject_counts_the_person_named_before() -> None:
    claims, units = _story(
        "Governor Ruth Castellanos toured the flooded valley on Sunday.\n"
        "She vetoed the water bill on Monday.",
        "Governor Ruth Castellanos vetoed the water bill on Monday.")
    named = _unit(claims, units, "Governor Ruth Castellanos vetoed")
    she = _unit(claims, units, "She vetoed")
    assert named.entities and named.entities <= she.entities
    features = pair_features(units, np.zeros((len(units), 8), dtype=np.float32))
    i, j = units.index(she), units.index(named)
    assert features["entity_shared"][i, j] > 0


def test_a_pronoun_of_the_other_gender_stays_unresolved() -> None:
    claims, units = _story(
        "Governor Ruth Castellanos toured the flooded valley on Sunday.\n"
        "He vetoed the water bill on Monday.")
    assert not _unit(claims, units, "He vetoed").entities


def test_a_pronoun_with_nobody_before_it_stays_unresolved() -> None:
    _claims, units = _story("She vetoed the water bill on Monday, aides confirmed.")
    assert not units[0].entities


def test_an_object_pronoun_or_a_quoted_subject_adds_nothing() -> None:
    claims, units = _story(
        "Governor Ruth Castellanos toured the flooded valley on Sunday.\n"
        "Farmers thanked her for the visit.\n"
        "“She will veto the water bill,” a farmer predicted.")
    assert not _unit(claims, units, "Farmers thanked").entities
    assert not _unit(claims, units, "“She will veto").entities


def test_main_subjects_reads_the_root_and_the_clause_it_reports() -> None:
    doc = load_nlp()("The mayor said she would close the pier, which he opposed.")
    assert [t.text for t in main_subjects(list(doc))] == ["mayor", "she"]
    doc = load_nlp()("Crowds cheered while she spoke.")
    assert [t.text for t in main_subjects(list(doc))] == ["Crowds"]


def test_subject_entities_tells_a_named_subject_from_a_resolved_one() -> None:
    nlp = load_nlp()
    text = ("Governor Ruth Castellanos toured the flooded valley on Sunday.\n"
            "She vetoed the water bill on Monday.\n"
            "Farmers thanked her for the visit.")
    docs = {"a0": nlp(text)}
    entities = link_entities({"a0": find_mentions(docs["a0"], "a0")}, {"a0": text})
    claims = extract_claims(docs["a0"], "a0", entities.mentions)
    found = subject_entities(docs, claims, entities.mentions)
    (_, named), (resolved, none), (nothing, _) = found
    assert named and resolved == named and not none and not nothing
