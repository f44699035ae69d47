"""The reports say when an outlet's text is cut by a paywall: beside the article and
beside each fact only another outlet states (its silence is not evidence)."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newsprism.report.html import build_view, render_html
from newsprism.report.truncation_view import CUT_NOTE
from tests.report.conftest import B_ID, XSS, make_analysis
from tests.report.test_text import _render


def _cut(payload: str = "") -> dict[str, Any]:
    """The conftest story with Al Mayadeen's (B's) text cut: A's unique F4 not seen in B."""
    analysis = make_analysis()
    analysis["schema_version"] = "1.3"
    reason = f"paywall stub: 'Subscribe to read on{payload}'"
    for article in analysis["articles"]:
        if article["id"] == B_ID:
            article["truncated"] = True
            article["provenance"]["truncated"] = reason
    for fact in analysis["claims"]:
        if fact["id"] == "F4":
            fact["not_seen_in_truncated"] = [B_ID]
    analysis["truncated_articles"] = [{"article_id": B_ID, "outlet": "Al Mayadeen",
                                       "reason": reason,
                                       "not_seen": analysis["omissions"][B_ID]}]  # fmt: skip
    analysis["omissions"][B_ID] = []
    return analysis


def test_the_cut_analysis_is_valid(schema: dict[str, Any]) -> None:
    Draft202012Validator(schema).validate(_cut())


def test_the_html_notes_the_cut_article_and_the_unique_fact() -> None:
    view = build_view(_cut())
    by_id = {a["anchor"]: a for a in view["articles"]}
    assert by_id["art-1"]["cut_note"] == CUT_NOTE and by_id["art-0"]["cut_note"] == ""
    marks = [s.mark for a in view["articles"] for p in a["paragraphs"] for s in p if s.mark]
    f4 = [m for m in marks if m.fact_id == "F4"]
    assert f4 and all("paywall" in m.cut for m in f4)
    assert all(m.cut == "" for m in marks if m.fact_id != "F4")
    [line] = [s for s in view["summary"] if s["claim_id"] == "F4"]
    assert "paywall" in line["cut"] and "unknown whether it says it" in line["cut"]
    b = view["omissions"][1]
    assert b["missing"] == [] and b["cut"] and [r["claim_id"] for r in b["not_seen"]] == ["F4"]


def test_the_html_note_is_escaped() -> None:
    page = render_html(_cut(XSS))
    assert "Text cut by a paywall — what it does not say is unknown." in page
    assert 'class="cut-note"' in page and 'class="cut-banner"' in page
    assert XSS not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_an_analysis_without_the_list_still_notes_a_flagged_article() -> None:
    analysis = _cut()
    del analysis["truncated_articles"]
    assert build_view(analysis)["articles"][1]["cut_note"] == CUT_NOTE


@pytest.mark.parametrize("cut", [True, False])
def test_the_text_report_prints_the_note(cut: bool) -> None:
    out = _render(_cut() if cut else make_analysis())
    assert (CUT_NOTE in out) is cut
    assert ("not in" in out and "which a paywall cuts" in out) is cut


def _stopped() -> dict[str, Any]:
    """The conftest story with B's text stopping mid-sentence (a crawled lead, no paywall):
    compare lists it as cut, and the article itself is not flagged by cleaning."""
    analysis = _cut()
    reason = "the text stops mid-sentence: '…offers Trump the opportunity to...'"
    for article in analysis["articles"]:
        if article["id"] == B_ID:
            article["truncated"] = False
            article["provenance"].pop("truncated")
    analysis["truncated_articles"][0]["reason"] = reason
    return analysis


def test_a_text_that_stops_mid_sentence_is_no_paywall() -> None:
    """NeuS-AllSides 2021 leads end in "..."; the reports said a paywall cut them."""
    from newsprism.report.truncation_view import STOPPED_NOTE

    out = " ".join(_render(_stopped()).split())  # the table wraps its cells
    assert STOPPED_NOTE in out and CUT_NOTE not in out and "paywall" not in out
    assert "which stops mid-sentence: unknown whether it says it" in out
    view = build_view(_stopped())
    assert view["articles"][1]["cut_note"] == STOPPED_NOTE
    [line] = [s for s in view["summary"] if s["claim_id"] == "F4"]
    assert "stops mid-sentence" in line["cut"] and "paywall" not in line["cut"]
    marks = [s.mark for a in view["articles"] for p in a["paragraphs"] for s in p if s.mark]
    assert all("paywall" not in m.cut for m in marks)


def test_a_possibly_shared_fact_is_maybe_in_the_cut_text() -> None:
    """Its near sentence may be in that very text: "not in" would deny what the reader
    sees beside it (NeuS-AllSides excerpts, docs/web.md, session 15)."""
    from newsprism.report.truncation_view import fact_cut_note

    fact = {"status": "possibly_shared", "not_seen_in_truncated": [B_ID]}
    note = fact_cut_note(fact, {B_ID: "Al Mayadeen"})
    assert note.startswith("maybe in Al Mayadeen's text") and "unknown whether" in note
    assert fact_cut_note({**fact, "status": "unique"}, {B_ID: "Al Mayadeen"}).startswith(
        "not in Al Mayadeen's text")
