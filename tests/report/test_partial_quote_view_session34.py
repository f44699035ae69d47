"""Each outlet's partial quotes in the reports (session 34): the words, whose, the sentence.

The analysis is the report tests' hand-made one (tests/report/conftest.py) with partial
quotes added at offsets computed from the texts; one of them carries markup, which every
report must print as text.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from newsprism.report._shared import article_labels
from newsprism.report.html import build_view, render_html
from newsprism.report.partial_quote_view import partial_quotes_view, sentence_bounds
from tests.report.conftest import A_ID, B_ID, make_analysis
from tests.report.test_text import _render

MARKED = "The minister called the plan “<b>a</b> <i>trap</i>” on Tuesday."


def _span(text: str, part: str, speaker: str | None) -> dict[str, Any]:
    start = text.index(part)
    span = {"start": start, "end": start + len(part), "text": part, "in_quote": True}
    return {**span, "speaker": speaker} if speaker else span


def with_partial_quotes() -> dict[str, Any]:
    """B quotes the White House's “very disappointed”; A gains a closing paragraph whose
    partial quote holds markup and has no resolved speaker."""
    analysis = copy.deepcopy(make_analysis())
    a, b = analysis["articles"]
    a["text"] += "\n\n" + MARKED
    analysis["framing"][B_ID]["partial_quotes"] = [
        _span(b["text"], "“very disappointed”", "White House")]
    analysis["framing"][A_ID]["partial_quotes"] = [
        _span(a["text"], "“<b>a</b> <i>trap</i>”", None)]
    return analysis


def _view(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    articles = analysis["articles"]
    return partial_quotes_view(analysis, articles, article_labels(articles))


def test_each_outlet_shows_its_words_speaker_and_sentence() -> None:
    view = _view(with_partial_quotes())
    assert [len(row["quotes"]) for row in view] == [1, 1]
    [quote] = view[1]["quotes"]
    assert quote["text"] == "“very disappointed”" and quote["speaker"] == "White House"
    sentence = quote["before"] + quote["span"] + quote["after"]
    assert sentence == ("The US is “very disappointed” by the cancellation, the White House "
                        "said.")  # the paragraph only, not its neighbours
    [marked] = view[0]["quotes"]
    assert marked["speaker"] == "" and marked["before"] + marked["span"] + marked["after"] == MARKED


def test_no_table_when_no_outlet_has_a_partial_quote() -> None:
    assert _view(make_analysis()) == []
    assert build_view(make_analysis())["partial_quotes"] == []


def test_odd_spans_are_skipped_not_raised() -> None:
    analysis = with_partial_quotes()
    text = analysis["articles"][1]["text"]
    analysis["framing"][B_ID]["partial_quotes"] += [
        "not a span", {"start": 5, "end": len(text) + 9}, {"start": "x", "end": 3}]
    assert [q["text"] for q in _view(analysis)[1]["quotes"]] == ["“very disappointed”"]


def test_the_evidence_sentence_is_the_sentence() -> None:
    text = "First one. Then Sen. Ortiz called it “a mess” today. Last one."
    start = text.index("“a mess”")
    end = start + len("“a mess”")
    # no sentence known: cut at the full stops, but not at the one after "Sen."
    first, last = sentence_bounds(text, start, end)
    assert text[first:last] == "Then Sen. Ortiz called it “a mess” today."
    # a known sentence holding the span wins, the shortest of those that hold it
    known = [(0, len(text)), (text.index("Ortiz"), text.index(" Last"))]
    first, last = sentence_bounds(text, start, end, known)
    assert text[first:last] == "Ortiz called it “a mess” today."
    # a known sentence that does not hold the span is not taken
    assert sentence_bounds(text, start, end, [(0, 10)]) == sentence_bounds(text, start, end)


def test_a_long_sentence_is_cut_around_the_words() -> None:
    words = " ".join(f"word{n}" for n in range(200))
    text = f"{words} “a mess” {words}."
    start = text.index("“a mess”")
    analysis = {"articles": [{"id": "x", "text": text}],
                "framing": {"x": {"partial_quotes": [_span(text, "“a mess”", "Ortiz")]}}}
    [quote] = partial_quotes_view(analysis, analysis["articles"], ["X"])[0]["quotes"]
    assert quote["before"].startswith("…") and quote["after"].endswith("…")
    assert len(quote["before"] + quote["after"]) < 420 and start > 420


def test_text_report_lists_them_and_leaves_the_table_out_when_none() -> None:
    out = _render(with_partial_quotes())
    assert "Partial quotes" in out
    assert "very disappointed" in out and "White House" in out
    assert "<b>a</b> <i>trap</i>" in out and "not resolved" in out
    assert "Partial quotes" not in _render(make_analysis())


@pytest.mark.parametrize("partial", [True, False])
def test_html_report_section_is_there_only_with_partial_quotes(partial: bool) -> None:
    page = render_html(with_partial_quotes() if partial else make_analysis())
    assert ('id="partial-quotes"' in page) is partial
    assert ('href="#partial-quotes"' in page) is partial  # the contents line links it


def test_html_report_escapes_the_quoted_words_and_sentence() -> None:
    page = render_html(with_partial_quotes())
    section = page[page.index('id="partial-quotes"'):]
    section = section[: section.index("</section>")]
    assert "<b>a</b>" not in section and "<i>trap</i>" not in section
    assert "&lt;b&gt;a&lt;/b&gt; &lt;i&gt;trap&lt;/i&gt;" in section
    assert "<mark>“very disappointed”</mark>" in section
