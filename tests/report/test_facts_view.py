"""The reader's view of facts and conflicts, outlet colours and source names (issue 12).

Built on a hand-written compare JSON (the public contract), so each rule is checked
alone; the browser test (tests/web/test_browser_facts.py) checks the same on real pages.
"""

from __future__ import annotations

from typing import Any

from newsprism.report._shared import article_labels, outlet_colour, source_name
from newsprism.report.facts_view import conflicts_view, fact_counts, shared_facts_view
from newsprism.report.html import build_view, render_html

A, B = "aaaa000000000000", "bbbb000000000000"


def _evidence(article: str, n: int, sentence: str) -> dict[str, Any]:
    return {"article_id": article, "claim_id": f"{article}:c{n}", "sentence": sentence,
            "sentence_index": n, "start": 0, "end": len(sentence)}  # fmt: skip


def _analysis() -> dict[str, Any]:
    sides = [
        {**_evidence(B, 2, "The 47-page indictment."), "value": "47"},
        {**_evidence(A, 2, "The 48-page <b>indictment</b>."), "value": "48"},
    ]
    conflict = {"kind": "number", "about": "a number (page of indictment)", "sides": sides}
    return {
        "articles": [
            {"id": A, "outlet": None, "url": "https://www.example.org/a", "text": "x"},
            {"id": B, "outlet": None, "url": None, "source_path": "/up/003_report.txt",
             "text": "y"},
        ],
        "claims": [
            {"id": "F1", "status": "shared", "article_ids": [A, B], "agreement": 0.61,
             "evidence": [_evidence(B, 1, "Grimm's lawyer called it a vendetta."),
                          _evidence(A, 1, "His lawyer said it was a vendetta."),
                          _evidence(A, 3, "A vendetta, the lawyer said again.")]},
            {"id": "F2", "status": "conflict", "article_ids": [A, B],
             "evidence": [sides[1], sides[0]], "conflicts": [conflict]},
            # The same disagreement reached through a second fact is listed once.
            {"id": "F3", "status": "conflict", "article_ids": [A, B],
             "evidence": [sides[0]], "conflicts": [conflict]},
            {"id": "F4", "status": "unique", "article_ids": [A], "evidence": []},
        ],
    }


def _cite(article_id: Any, fact_id: Any = None, claim_id: Any = None) -> str:
    return f"{article_id}|{claim_id}"


def test_each_outlet_keeps_its_own_sentences_in_column_order() -> None:
    analysis = _analysis()
    facts = shared_facts_view(analysis["claims"], analysis["articles"], _cite)
    assert [f["id"] for f in facts] == ["F1"]  # conflict facts are not "agreed"
    cards = facts[0]["cards"]
    assert [c["cite"].split("|")[0] for c in cards] == [A, B]
    assert [s["text"] for s in cards[0]["sentences"]] == [
        "His lawyer said it was a vendetta.", "A vendetta, the lawyer said again."]
    assert cards[1]["sentences"][0]["href"] is None  # the stub cite has no href


def test_each_conflict_once_in_plain_words_with_the_value_marked() -> None:
    analysis = _analysis()
    conflicts = conflicts_view(analysis["claims"], _cite, analysis["articles"])
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c["kind_text"] == "different numbers for the same thing"
    assert [s["marked"] for s in c["sides"]] == ["48", "47"]  # column order, A first
    assert c["sides"][0]["before"] == "The " and c["sides"][0]["after"].startswith("-page")
    assert fact_counts(analysis) == {"shared": 1, "conflicts": 1}


def test_report_escapes_sentences_and_names_sources() -> None:
    page = render_html(_analysis())
    assert "&lt;b&gt;indictment&lt;/b&gt;" in page and "<b>indictment</b>" not in page
    assert "example.org" in page and "003_report.txt" in page
    assert "Article 1" not in page and "Article 2" not in page
    assert page.count('data-kind="number"') == 1
    assert "schema" not in page.split("<section")[0]  # not in the header


def test_source_names_and_labels() -> None:
    assert source_name({"outlet": " Al Jazeera "}) == "Al Jazeera"
    assert source_name({"url": "https://www.aljazeera.net/news/1"}) == "aljazeera.net"
    assert source_name({"url": "javascript:alert(1)", "source_path": "/x/f.jsonl"}) == "f.jsonl"
    assert source_name({}) is None
    labels = article_labels([{"source_path": "/x/feed.jsonl"}, {"source_path": "/y/feed.jsonl"},
                             {}])  # fmt: skip
    assert labels == ["feed.jsonl (1)", "feed.jsonl (2)", "Article 3"]


def test_one_colour_per_outlet_whatever_the_story() -> None:
    assert outlet_colour("New York Times") == outlet_colour(" new york times")
    first = build_view({"articles": [{"id": A, "outlet": "Fox News"},
                                     {"id": B, "outlet": "New York Times"}]})  # fmt: skip
    second = build_view({"articles": [{"id": B, "outlet": "New York Times"},
                                      {"id": A, "outlet": "HuffPost"}]})  # fmt: skip
    assert first["articles"][1]["colour"] == second["articles"][0]["colour"]
    assert first["articles"][1]["colour"] == outlet_colour("New York Times")
    # Five outlets of one story draw five colours (session 32: whatever their names hash to).
    names = ["Fox News", "New York Times", "HuffPost", "Al Jazeera", "Al Mayadeen"]
    view = build_view({"articles": [{"id": f"{i:016d}", "outlet": n} for i, n in enumerate(names)]})
    assert len({a["colour"] for a in view["articles"]}) == 5
