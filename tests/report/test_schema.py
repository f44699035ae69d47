"""The JSON Schema of ``compare --format json``: what it accepts, rejects, and documents."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import EXAMPLES, ROOT
from tests.report.conftest import A_ID, B_ID, make_analysis

REQUIRED = ["schema_version", "embedder", "articles", "entities", "quotes", "quote_variants",
            "claims", "framing", "omissions", "summary"]  # fmt: skip


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == REQUIRED


def test_hand_made_analysis_is_valid(validator, story_analysis) -> None:
    assert _errors(validator, story_analysis) == []


def test_invalid_status_is_rejected(validator, story_analysis) -> None:
    story_analysis["claims"][0]["status"] = "agreed"
    assert any("'agreed' is not one of" in m for m in _errors(validator, story_analysis))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("quotes", 0, "kind"), "paraphrase"),
        (("claims", 2, "conflicts", 0, "kind"), "opinion"),
        (("summary", 0, "status"), "agreed"),
        (("omissions", A_ID, 0, "status"), "missing"),
        (("quote_variants", 0, "differences", 0, 0, "op"), "swap"),
        (("schema_version",), "2.0"),
        (("articles", 0, "published_at"), "2024-03-26T02:21:30+03:00"),
        (("articles", 0, "published_at"), "26 March 2024"),
        (("entities", 0, "mentions", A_ID), -1),
        (("framing", B_ID, "terms", 0, "count"), "1"),
        (("claims", 0, "evidence"), []),
        (("articles",), []),
    ],
)
def test_wrong_values_are_rejected(validator, story_analysis, path: tuple, value: Any) -> None:
    target = story_analysis
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(validator, story_analysis)


@pytest.mark.parametrize("key", REQUIRED)
def test_every_top_level_key_is_required(validator, story_analysis, key: str) -> None:
    del story_analysis[key]
    assert _errors(validator, story_analysis) == [f"'{key}' is a required property"]


@pytest.mark.parametrize(
    ("path", "key"),
    [
        (("articles", 0), "text"),
        (("claims", 0), "evidence"),
        (("claims", 0, "evidence", 0), "start"),
        (("quotes", 0), "speaker"),
        (("framing", A_ID), "voices"),
        (("framing", B_ID, "terms", 0), "neutral"),
    ],
)
def test_nested_fields_are_required(validator, story_analysis, path: tuple, key: str) -> None:
    target = story_analysis
    for step in path:
        target = target[step]
    del target[key]
    assert _errors(validator, story_analysis) == [f"'{key}' is a required property"]


def test_status_agrees_with_articles_and_conflicts(validator, story_analysis) -> None:
    conflict_without_sides = copy.deepcopy(story_analysis)
    conflict_without_sides["claims"][2]["conflicts"] = []
    assert _errors(validator, conflict_without_sides)
    unique_in_two = copy.deepcopy(story_analysis)
    unique_in_two["claims"][3]["article_ids"] = [A_ID, B_ID]
    assert _errors(validator, unique_in_two)
    shared_with_conflict = copy.deepcopy(story_analysis)
    shared_with_conflict["claims"][0]["conflicts"] = story_analysis["claims"][2]["conflicts"]
    assert _errors(validator, shared_with_conflict)


def _objects(data: Any) -> Iterator[dict]:
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value)


# Objects keyed by data (article ids, verbs, speakers), not by field names.
MAPS = {"framing", "omissions", "mentions", "provenance", "attribution_verbs", "voices"}


def _records(data: Any, key: str | None = None) -> Iterator[dict]:
    """Every object of the output that is a record with named fields (not a map)."""
    if isinstance(data, dict):
        if key not in MAPS:
            yield data
        for name, value in data.items():
            yield from _records(value, name if key not in MAPS else None)
    elif isinstance(data, list):
        for value in data:
            yield from _records(value, None)


def test_new_fields_are_allowed_everywhere(validator) -> None:
    """The contract is "add, never rename": an older schema must accept a newer output."""
    analysis = make_analysis()
    records = list(_records(analysis))
    assert len(records) > 40
    for record in records:
        record["added_in_a_later_version"] = {"anything": [1, 2]}
    analysis["schema_version"] = "1.7"
    assert _errors(validator, analysis) == []


def _property_names(schema: Any) -> set[str]:
    names: set[str] = set()
    for obj in _objects(schema):
        if isinstance(obj.get("properties"), dict):
            names.update(obj["properties"])
    return names


def test_every_field_is_documented(schema: dict[str, Any]) -> None:
    doc = (ROOT / "docs" / "json-schema.md").read_text("utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    missing = sorted(_property_names(schema) - documented)
    assert not missing, f"fields missing from docs/json-schema.md: {missing}"


def reference_errors(analysis: dict[str, Any]) -> list[str]:
    """What the schema cannot say: ids point to existing items, offsets index the text."""
    texts = {a["id"]: a["text"] for a in analysis["articles"]}
    facts = {c["id"] for c in analysis["claims"]}
    entity_ids = {e["id"] for e in analysis["entities"]}
    quote_ids = {q["id"] for q in analysis["quotes"]}
    variant_ids = {v["id"] for v in analysis["quote_variants"]}
    errors = []
    for key in ("framing", "omissions"):
        errors += [f"{key}: {k}" for k in analysis[key] if k not in texts]
    for entity in analysis["entities"]:
        errors += [f"{entity['id']}: {k}" for k in entity["mentions"] if k not in texts]
    for fact in analysis["claims"]:
        for ev in fact["evidence"]:
            if ev["article_id"] not in texts:
                errors.append(f"{fact['id']}: {ev['article_id']}")
            elif texts[ev["article_id"]][ev["start"] : ev["end"]] != ev["sentence"]:
                errors.append(f"{fact['id']}: offsets of {ev['claim_id']}")
    refs = analysis["summary"] + [o for items in analysis["omissions"].values() for o in items]
    errors += [f"unknown fact {r['claim_id']}" for r in refs if r["claim_id"] not in facts]
    for quote in analysis["quotes"]:
        if quote["speaker_entity_id"] not in (None, *entity_ids):
            errors.append(f"{quote['id']}: entity {quote['speaker_entity_id']}")
        if quote["variant_group"] not in (None, *variant_ids):
            errors.append(f"{quote['id']}: variant {quote['variant_group']}")
        if quote.get("within") not in (None, *quote_ids):
            errors.append(f"{quote['id']}: within {quote['within']}")
        text = texts.get(quote["article_id"], "")
        if quote["start"] >= 0 and text[quote["start"] : quote["end"]] != quote["text"]:
            errors.append(f"{quote['id']}: offsets")
    for variant in analysis["quote_variants"]:
        errors += [f"{variant['id']}: {q}" for q in variant["quote_ids"] if q not in quote_ids]
        if len(variant["differences"]) != len(variant["quote_ids"]) - 1:
            errors.append(f"{variant['id']}: one difference list per quote after the first")
    return errors


def test_hand_made_references_hold(story_analysis) -> None:
    assert reference_errors(story_analysis) == []


@pytest.mark.slow
def test_compare_output_on_the_seeds_is_valid(validator) -> None:
    """The real pipeline's output on the seed pair (run with --slow)."""
    pytest.importorskip("newsprism.extract.quotes")
    from newsprism.compare.story import analyze_story
    from newsprism.pipeline import clean_paths

    articles, failures = clean_paths([EXAMPLES])
    assert not failures
    analysis = analyze_story(articles).as_dict()
    assert _errors(validator, analysis) == []
    assert reference_errors(analysis) == []
