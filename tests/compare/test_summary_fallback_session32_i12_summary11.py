"""A story's summary is never empty while one of its sentences reads alone (session 32,
compare/summary_fallback.py; NeuS r469: every fact "possibly shared", no echoed lead,
the one unique line out for an unnamed "her", and the story showed no summary). A
sentence that states a dated act comes first; a column's thesis is never the line."""

from __future__ import annotations

import dataclasses

import pytest

from newsprism.compare import summary_fallback
from newsprism.compare.align import AlignedClaim
from newsprism.compare.summary import summarize
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

VIEW = "Rural libraries are quietly becoming the last public living rooms of the plains."
DATED = ("The Ossory county board on Thursday voted to keep its three branch libraries "
         "open through the winter.")
ANGLE = "Volunteers at the Millbrook reading room have started a seed exchange for gardeners."


def _summary(texts: dict[str, list[str]], columns: tuple[str, ...] = ()) -> list[dict]:
    """Each outlet's sentences, every one its own "possibly shared" fact (a partner under
    the bar): no shared line, no unique line."""
    articles, facts = [], []
    for aid, sentences in texts.items():
        text = " ".join(sentences)
        article = text_article(aid, text)
        if aid in columns:
            article = dataclasses.replace(article, outlet=f"Writer {aid} (Opinion)")
        articles.append(article)
        at = 0
        for i, sentence in enumerate(sentences):
            claim = Claim(id=f"{aid}:c{i}", article_id=aid, sentence_index=i, text=sentence,
                          start=at, end=at + len(sentence))
            facts.append(AlignedClaim(id=f"F{len(facts) + 1}", status="possibly_shared",
                                      claims=[claim]))
            at += len(sentence) + 1
    return summarize(articles, facts)


def test_an_empty_summary_gets_the_dated_act_first() -> None:
    lines = _summary({"a": [VIEW, ANGLE], "b": [DATED]})
    assert [line["text"] for line in lines] == [DATED]
    assert lines[0]["article_ids"] == ["b"]  # cited to its own outlet only


def test_with_no_dated_act_the_summary_stays_empty() -> None:
    """A view or background sentence is no line of its own: it states no dated act (a
    news report's undated act is, since session 33: a column's is not)."""
    assert _summary({"a": [ANGLE], "b": [VIEW]}, columns=("a",)) == []


def test_a_condition_or_a_prospect_is_no_dated_act() -> None:
    condition = ("If the Ossory county board votes on Thursday to close its branch "
                 "libraries, consider the readers.")
    prospect = "The Ossory county board will vote on Thursday to close its branch libraries."
    for undone in (condition, prospect):
        assert _summary({"a": [VIEW], "b": [undone]}) == []
    done = "The Ossory county board voted on Thursday to close its branch libraries."
    assert [line["text"] for line in _summary({"a": [VIEW], "b": [done]})] == [done]


def test_a_month_dates_a_reports_act_but_a_column_needs_its_day() -> None:
    monthly = "The Ossory county board closed two branch libraries in March."
    assert [line["text"] for line in _summary({"a": [VIEW], "b": [monthly]})] == [monthly]
    assert _summary({"a": [VIEW], "b": [monthly]}, columns=("a", "b")) == []
    daily = "The Ossory county board closed two branch libraries on March 3."
    lines = _summary({"a": [VIEW], "b": [daily]}, columns=("a", "b"))
    assert [line["text"] for line in lines] == [daily]


def test_a_columns_thesis_is_never_the_line() -> None:
    assert _summary({"a": [VIEW], "b": [ANGLE]}, columns=("a", "b")) == []


def test_a_columns_dated_act_may_be() -> None:
    lines = _summary({"a": [VIEW, DATED], "b": [ANGLE]}, columns=("a", "b"))
    assert [line["text"] for line in lines] == [DATED]


def test_the_switch_keeps_the_summary_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_fallback, "SUMMARY_FALLBACK_RULE", False)
    assert _summary({"a": [VIEW, ANGLE], "b": [DATED]}) == []
