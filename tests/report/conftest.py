"""A hand-made ``compare`` analysis of a two-outlet story, with offsets computed, not typed.

Shaped on the seed pair (Al Jazeera and Al Mayadeen on Blinken, Gallant and Rafah) but
short, and with one conflict the seeds do not have (1.4 vs 1.9 million people in Rafah),
so that every status, a quote variant and the framing tables all appear.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator

A_ID = "4498c096fcb5d195"
B_ID = "5d5473341a11394e"

XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def _offsets(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _evidence(article_id: str, text: str, claim_n: int, sentence: str, index: int) -> dict:
    start, end = _offsets(text, sentence)
    return {"article_id": article_id, "claim_id": f"{article_id}:c{claim_n}",
            "sentence": sentence, "sentence_index": index, "start": start, "end": end}  # fmt: skip


def _article(article_id: str, paragraphs: list[str], **meta: Any) -> dict[str, Any]:
    return {
        "id": article_id,
        "source_path": f"examples/{article_id}.txt",
        "source_line": None,
        "url": None,
        "title": None,
        "outlet": None,
        "language": "en",
        "published_at": None,
        "published_at_original": None,
        "date_reason": "no date or time stamp found",
        "text": "\n\n".join(paragraphs),
        "paragraphs": paragraphs,
        "removed": [],
        "stamps": [],
        "provenance": {"extraction": "line-rules"},
        "content_hash": article_id * 4,
        "encoding": "utf-8",
        "raw_format": "text",
        **meta,
    }


def make_analysis(payload: str | None = None) -> dict[str, Any]:
    """The analysis; ``payload`` (an XSS string) goes into every field a page shows."""
    story = _Story.told(payload)
    a, b = _articles(story, payload)
    return {
        "schema_version": "1.0",
        "embedder": "static",
        "articles": [a, b],
        "entities": _entities(story),
        "quotes": _quotes(story, payload),
        "quote_variants": _variants(story),
        "claims": _claims(story),
        "framing": _framing(story),
        "omissions": _omissions(story),
        "summary": _summary(story),
    }


# B's sentence in the conflict, and its part that A's second sentence shares
B_CONFLICT = "who said such a move “would further jeopardize the welfare of the more than " \
    "1.9 million Palestinian civilians sheltering there.”"  # fmt: skip
B_SHARED_2 = "Blinken reiterated US “opposition to a major ground operation in Rafah,” " \
    "according to Miller,"  # fmt: skip


@dataclass(frozen=True)
class _Story:
    """The two articles' sentences and texts, and the payload tag that the builders below
    put into the fields a page shows (empty without a payload)."""

    tag: str
    a: list[str]
    b: list[str]

    @classmethod
    def told(cls, payload: str | None) -> _Story:
        """The story, with ``payload`` (when given) inside A's last sentence."""
        tag = f" {payload}" if payload else ""
        a = [
            "US Secretary of State Antony Blinken warned Israeli Defense Minister Yoav Gallant "
            "on Monday of the dangers of invading Rafah.",
            "State Department spokesman Matthew Miller said Blinken “reiterated his opposition "
            "to a large-scale ground operation in Rafah.”",
            "He pointed out that there are currently about 1.4 million people in Rafah.",
            f"Israel canceled a visit by a delegation{tag} in protest against Washington’s "
            "failure to use its veto. [bold]Not bold[/bold]",
        ]
        b = [
            "Blinken stressed US opposition to a major ground operation in Rafah during talks "
            "with the Israeli occupation’s security minister Yoav Gallant on Monday.",
            "Blinken reiterated US “opposition to a major ground operation in Rafah,” according "
            "to Miller, who said such a move “would further jeopardize the welfare of the more "
            "than 1.9 million Palestinian civilians sheltering there.”",
            "The US is “very disappointed” by the cancellation, the White House said.",
            "‘Israel’ goes ballistic over the resolution, which calls for the release of all "
            "captives.",
        ]
        return cls(tag, a, b)

    @property
    def ta(self) -> str:
        """Article A's text, as :func:`_article` joins its paragraphs."""
        return "\n\n".join(self.a)

    @property
    def tb(self) -> str:
        """Article B's text."""
        return "\n\n".join(self.b)


def _articles(story: _Story, payload: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Al Jazeera's article (A, with a url, title and date) and Al Mayadeen's (B)."""
    tag = story.tag
    a = _article(
        A_ID, story.a,
        url="javascript:alert(1)" if payload else "https://aja.ws/d5f3wh",
        title=f"US Warns Israel Against Large-Scale Invasion of Rafah{tag}",
        outlet=f"Al Jazeera{tag}",
        published_at="2024-03-25T23:21:30Z",
        published_at_original="2024-03-26 02:21:30",
    )  # fmt: skip
    b = _article(B_ID, story.b, outlet="Al Mayadeen")
    return a, b


def _claims(story: _Story) -> list[dict[str, Any]]:
    """Two shared facts, a conflict of numbers and one unique fact per article."""
    a, b, ta, tb = story.a, story.b, story.ta, story.tb
    return [
        {"id": "F1", "status": "shared", "article_ids": [A_ID, B_ID], "text": a[0],
         "evidence": [_evidence(A_ID, ta, 1, a[0], 0), _evidence(B_ID, tb, 1, b[0], 0)],
         "conflicts": []},
        {"id": "F2", "status": "shared", "article_ids": [A_ID, B_ID], "text": a[1],
         "evidence": [_evidence(A_ID, ta, 2, a[1], 1), _evidence(B_ID, tb, 2, B_SHARED_2, 1)],
         "conflicts": []},
        {"id": "F3", "status": "conflict", "article_ids": [A_ID, B_ID], "text": a[2],
         "evidence": [_evidence(A_ID, ta, 3, a[2], 2), _evidence(B_ID, tb, 3, B_CONFLICT, 1)],
         "conflicts": [{"kind": "number", "sides": [
             {"article_id": A_ID, "claim_id": f"{A_ID}:c3", "value": "about 1.4 million",
              "sentence": a[2]},
             {"article_id": B_ID, "claim_id": f"{B_ID}:c3", "value": "more than 1.9 million",
              "sentence": B_CONFLICT}]}]},
        {"id": "F4", "status": "unique", "article_ids": [A_ID], "text": a[3],
         "evidence": [_evidence(A_ID, ta, 4, a[3], 3)], "conflicts": []},
        {"id": "F5", "status": "unique", "article_ids": [B_ID], "text": b[2],
         "evidence": [_evidence(B_ID, tb, 4, b[2], 2)], "conflicts": []},
    ]  # fmt: skip


def _quotes(story: _Story, payload: str | None) -> list[dict[str, Any]]:
    """Matthew Miller quoted by both outlets (variant group V1), twice more by B."""
    ta, tb = story.ta, story.tb
    qa_text = f"reiterated his opposition to a large-scale ground operation in Rafah.{story.tag}"
    if payload:  # the quote's offsets must still index the text, so it is not in the text
        qa_start, qa_end = -1, -1
    else:
        qa_start, qa_end = _offsets(ta, qa_text)
    qb1 = "opposition to a major ground operation in Rafah,"
    qb2 = "would further jeopardize the welfare of the more than 1.9 million Palestinian " \
        "civilians sheltering there."  # fmt: skip
    qb3 = "very disappointed"
    return [
        {"id": f"{A_ID}:q1", "article_id": A_ID, "speaker": "Matthew Miller",
         "speaker_entity_id": "E3", "text": qa_text, "kind": "direct", "cue": "said",
         "sentence_index": 1, "start": qa_start, "end": qa_end, "variant_group": "V1"},
        {"id": f"{B_ID}:q1", "article_id": B_ID, "speaker": "Matthew Miller",
         "speaker_entity_id": "E3", "text": qb1, "kind": "direct", "cue": "according to",
         "sentence_index": 1, "start": _offsets(tb, qb1)[0], "end": _offsets(tb, qb1)[1],
         "variant_group": "V1"},
        {"id": f"{B_ID}:q2", "article_id": B_ID, "speaker": "Matthew Miller",
         "speaker_entity_id": "E3", "text": qb2, "kind": "direct", "cue": "said",
         "sentence_index": 1, "start": _offsets(tb, qb2)[0], "end": _offsets(tb, qb2)[1],
         "variant_group": None},
        {"id": f"{B_ID}:q3", "article_id": B_ID, "speaker": "White House",
         "speaker_entity_id": "E6", "text": qb3, "kind": "direct", "cue": "said",
         "sentence_index": 2, "start": _offsets(tb, qb3)[0], "end": _offsets(tb, qb3)[1],
         "variant_group": None},
    ]  # fmt: skip


def _variants(story: _Story) -> list[dict[str, Any]]:
    """The one quote variant: A's and B's wording of Miller's first quote."""
    return [{
        "id": "V1", "speaker": "Matthew Miller", "speaker_entity_id": "E3",
        "quote_ids": [f"{A_ID}:q1", f"{B_ID}:q1"],
        "differences": [[
            {"op": "delete", "a": "reiterated his", "b": ""},
            {"op": "replace", "a": "large-scale", "b": "major"},
            {"op": "replace", "a": f"Rafah.{story.tag}", "b": "Rafah,"},
        ]],
    }]  # fmt: skip


def _entities(story: _Story) -> list[dict[str, Any]]:
    """Six entities; E3 and E6 are the quotes' speakers."""
    return [
        {"id": "E1", "name": "Antony Blinken", "type": "PERSON",
         "aliases": ["Antony Blinken", "Blinken"], "mentions": {A_ID: 2, B_ID: 2}},
        {"id": "E2", "name": "Rafah", "type": "GPE", "aliases": ["Rafah"],
         "mentions": {A_ID: 3, B_ID: 2}},
        {"id": "E3", "name": "Matthew Miller", "type": "PERSON",
         "aliases": ["Matthew Miller", "Miller", "spokesman"], "mentions": {A_ID: 1, B_ID: 1}},
        {"id": "E4", "name": "Yoav Gallant", "type": "PERSON",
         "aliases": ["Yoav Gallant", "Israeli Defense Minister"],
         "mentions": {A_ID: 1, B_ID: 1}},
        {"id": "E5", "name": f"Israel{story.tag}", "type": "GPE",
         "aliases": ["Israel", "‘Israel’"], "mentions": {A_ID: 2, B_ID: 1}},
        {"id": "E6", "name": "White House", "type": "ORG", "aliases": ["White House"],
         "mentions": {B_ID: 1}},
    ]  # fmt: skip


def _framing(story: _Story) -> dict[str, dict[str, Any]]:
    """A: one endorsing attribution verb; B: two loaded terms and a scare quote."""
    ta, tb = story.ta, story.tb
    return {
        A_ID: {
            "terms": [],
            "attribution_verbs": {"point out": 1},
            "scare_quotes": [],
            "voices": {"Matthew Miller": 1},
            "attribution_spans": [{"verb": "point out", "connotation":
                                   "endorsement: presents the statement as fact",
                                   **_span(ta, "pointed out")}],
            "neutral_attributions": 1,
            "lexicon_version": "1.0.0",
        },
        B_ID: {
            "terms": [
                {"term": f"Israeli occupation (for Israel or its government){story.tag}",
                 "category": "occupation", "neutral": "Israel; the Israeli government",
                 "count": 1, "quoted": 0, "spans": [_span(tb, "Israeli occupation")]},
                {"term": "captives", "category": "captives-hostages", "neutral": "hostages",
                 "count": 1, "quoted": 0, "spans": [_span(tb, "captives")]},
            ],
            "attribution_verbs": {},
            "scare_quotes": [{k: v for k, v in _span(tb, "‘Israel’").items() if k != "in_quote"}],
            "voices": {"Matthew Miller": 2, "White House": 1},
            "attribution_spans": [],
            "neutral_attributions": 3,
            "lexicon_version": "1.0.0",
        },
    }  # fmt: skip


def _omissions(story: _Story) -> dict[str, list[dict[str, Any]]]:
    """Each article leaves out the other's unique fact."""
    return {
        A_ID: [{"claim_id": "F5", "status": "unique", "article_ids": [B_ID],
                "text": story.b[2]}],
        B_ID: [{"claim_id": "F4", "status": "unique", "article_ids": [A_ID],
                "text": story.a[3]}],
    }  # fmt: skip


def _summary(story: _Story) -> list[dict[str, Any]]:
    """A shared line, the conflict's line and the two unique facts."""
    a, b = story.a, story.b
    return [
        {"text": a[0], "claim_id": "F1", "status": "shared", "article_ids": [A_ID, B_ID]},
        {"text": f"Accounts differ — {A_ID}: {a[2]}; {B_ID}: {B_CONFLICT}",
         "claim_id": "F3", "status": "conflict", "article_ids": [A_ID, B_ID]},
        {"text": a[3], "claim_id": "F4", "status": "unique", "article_ids": [A_ID]},
        {"text": b[2], "claim_id": "F5", "status": "unique", "article_ids": [B_ID]},
    ]  # fmt: skip


def _span(text: str, part: str) -> dict[str, Any]:
    start, end = _offsets(text, part)
    return {"start": start, "end": end, "text": part, "in_quote": False}


@cache
def _schema() -> dict[str, Any]:
    path = resources.files("newsprism").joinpath("data/compare.schema.json")
    return json.loads(path.read_text("utf-8"))


@pytest.fixture
def schema() -> dict[str, Any]:
    """The packaged JSON Schema of ``compare --format json``."""
    return _schema()


@pytest.fixture
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture
def story_analysis() -> dict[str, Any]:
    """A valid two-article analysis with a shared, a conflict and unique facts."""
    return make_analysis()


@pytest.fixture
def hostile_analysis() -> dict[str, Any]:
    """The same story with markup and a javascript: URL in every field a page shows."""
    return make_analysis(XSS)


@pytest.fixture
def analysis_factory() -> Callable[[str | None], dict[str, Any]]:
    return make_analysis
