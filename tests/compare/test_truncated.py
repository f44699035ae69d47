"""A paywall-cut article's silence is not evidence (compare reads ``Article.truncated``).

The story is two real cleanings of the truncation tests' pages: one outlet serves the
whole article, the other only its lead and a paywall stub.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

from newsprism.clean import clean_document
from newsprism.compare.story import analyze_story
from newsprism.models import Article, RawDocument
from tests.clean.test_truncation import LEAD, REST, STUB, _page, _ps


def _clean(name: str, body: str, url: str) -> Article:
    return clean_document(RawDocument(name, _page(body), "html", meta={"url": url}))


@pytest.fixture(scope="module")
def cut_story() -> dict:
    whole = _clean("whole.html", _ps(LEAD + REST), "https://www.whole-news.example/council")
    cut = _clean("cut.html", _ps(LEAD) + STUB, "https://www.example-times.example/council")
    assert cut.truncated and not whole.truncated
    return analyze_story([whole, cut]).as_dict()


def test_a_fact_only_the_whole_text_states_names_the_cut_article(cut_story: dict) -> None:
    whole_id, cut_id = (a["id"] for a in cut_story["articles"])
    one_outlet = [f for f in cut_story["claims"] if f["status"] in ("unique", "possibly_shared")]
    from_whole = [f for f in one_outlet if f["article_ids"] == [whole_id]]
    assert from_whole, "the rest of the article is stated by the whole text only"
    for fact in from_whole:
        assert fact["status"] in ("unique", "possibly_shared")  # kept as it was
        assert fact["not_seen_in_truncated"] == [cut_id]


def test_the_cut_article_is_listed_and_does_not_omit(cut_story: dict) -> None:
    whole_id, cut_id = (a["id"] for a in cut_story["articles"])
    [entry] = cut_story["truncated_articles"]
    assert entry["article_id"] == cut_id
    assert entry["reason"].startswith("paywall stub")
    assert cut_story["omissions"][cut_id] == []
    assert {r["claim_id"] for r in entry["not_seen"]} >= {
        f["id"] for f in cut_story["claims"] if f["article_ids"] == [whole_id]
        and f["status"] == "unique"}  # fmt: skip


def test_shared_facts_and_conflicts_are_unaffected(cut_story: dict) -> None:
    for fact in cut_story["claims"]:
        if fact["status"] in ("shared", "conflict"):
            assert "not_seen_in_truncated" not in fact
    assert all(f["status"] != "conflict" for f in cut_story["claims"])


def test_the_output_validates_against_the_packaged_schema(cut_story: dict) -> None:
    schema = json.loads(resources.files("newsprism").joinpath("data/compare.schema.json")
                        .read_text("utf-8"))  # fmt: skip
    Draft202012Validator(schema).validate(json.loads(json.dumps(cut_story)))


def test_a_story_without_a_cut_text_has_no_notes() -> None:
    a = _clean("a.html", _ps(LEAD + REST), "https://www.whole-news.example/a")
    b = _clean("b.html", _ps(LEAD), "https://www.other-news.example/b")
    out = analyze_story([a, b]).as_dict()
    assert out["truncated_articles"] == []
    assert not any("not_seen_in_truncated" in f for f in out["claims"])


WHOLE_TEXT = (
    "Former President Donald Trump will visit the U.S.-Mexico border on Wednesday.\n\n"
    "He will tour an unfinished section of the border wall near Weslaco.\n\n"
    "The trip is part of his efforts to ramp up his political activity before the midterms."
)
CUT_TEXT = (
    "Former President Donald Trump visits the U.S.-Mexico border on Wednesday.\n\n"
    "Trump pilloried Biden at an Ohio rally on Saturday, his first such..."
)


def test_a_text_stopped_mid_sentence_is_cut_and_its_fragment_is_no_fact() -> None:
    """NeuS-AllSides 2021: each report is a crawled lead whose last sentence stops at
    "..."; the fragment was shown as a fact, and the outlet was said to omit facts that
    its missing part may state."""
    whole = clean_document(RawDocument("whole.txt", WHOLE_TEXT, "text"))
    cut = clean_document(RawDocument("cut.txt", CUT_TEXT, "text"))
    assert not cut.truncated  # no paywall: compare reads the text itself
    out = analyze_story([whole, cut]).as_dict()
    [entry] = out["truncated_articles"]
    assert entry["article_id"] == cut.id
    assert entry["reason"] == ("the text stops mid-sentence: "
                               "'…Biden at an Ohio rally on Saturday, his first such...'")
    assert out["omissions"][cut.id] == []
    sentences = [e["sentence"] for f in out["claims"] for e in f["evidence"]]
    assert not any("his first such" in s for s in sentences)
    assert any("Weslaco" in s for s in sentences)  # the whole text's facts stay
    for fact in out["claims"]:
        if fact["status"] in ("unique", "possibly_shared") and fact["article_ids"] == [whole.id]:
            assert fact["not_seen_in_truncated"] == [cut.id]
