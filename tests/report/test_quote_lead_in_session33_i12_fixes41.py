"""A quotation's later sentence is shown after the quotation's earlier words
(report/quote_lead_in.py, session 33); words unlike any gold story's."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.console import Console

from newsprism.report import quote_lead_in as rule
from newsprism.report.html import build_view, render_html
from newsprism.report.quote_lead_in import MAX_WORDS, lead_in, lead_ins
from newsprism.report.text import print_text
from tests.report.conftest import A_ID, B_ID

TEXT = ("The harbour master spoke after the vote. She said, “The new dock will double our "
        "cargo. It will also take three years to build.”")
FIRST = TEXT.index("The new dock")
SECOND = TEXT.index("It will also")
QUOTE = {"kind": "direct", "article_id": "A", "start": FIRST, "end": TEXT.index("”"),
         "text": TEXT[FIRST:TEXT.index("”")]}


def _fact(start: int, end: int | None = None, fid: str = "F1", article: str = "A") -> dict:
    return {"id": fid, "text": TEXT[start:end or len(TEXT)],
            "evidence": [{"article_id": article, "start": start, "end": end or len(TEXT)}]}


def test_a_later_sentence_gets_its_quotations_earlier_words() -> None:
    assert lead_in(_fact(SECOND), [QUOTE]) == "“The new dock will double our cargo."


@pytest.mark.parametrize("fact", [
    _fact(TEXT.index("She said"), SECOND),  # the quotation's first sentence
    _fact(0, TEXT.index("She said")),  # no quotation
    _fact(SECOND, article="B"),  # another article's quotation
])
def test_no_lead_in(fact: dict) -> None:
    assert lead_in(fact, [QUOTE]) == ""


def test_not_for_a_reported_quote_nor_a_fact_of_two_outlets() -> None:
    assert lead_in(_fact(SECOND), [QUOTE | {"kind": "reported"}]) == ""
    two = _fact(SECOND)
    two["evidence"] = two["evidence"] * 2
    assert lead_in(two, [QUOTE]) == ""


def test_a_long_lead_in_keeps_its_last_words() -> None:
    words = " ".join(f"w{i}" for i in range(MAX_WORDS + 5)) + ". "
    quote = QUOTE | {"start": FIRST - len(words), "text": words + QUOTE["text"]}
    shown = lead_in(_fact(SECOND), [quote])
    assert shown.startswith("“… ") and "w4 " not in shown and shown.endswith("our cargo.")
    assert len(shown.split()) == MAX_WORDS + 1


def test_lead_ins_by_fact_and_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = [_fact(SECOND, fid="F2"), _fact(0, TEXT.index("She said"), fid="F1")]
    assert lead_ins(facts, [QUOTE]) == {"F2": "“The new dock will double our cargo."}
    monkeypatch.setattr(rule, "LEAD_IN_RULE", False)
    assert lead_ins(facts, [QUOTE]) == {}


def _tail_story(story_analysis: dict[str, Any]) -> dict[str, Any]:
    """The fixture story with a two-sentence quotation whose second sentence (F90) is a
    unique fact and an omission of the other outlet, and whose first (F91) is a fact too."""
    quote = {"id": f"{A_ID}:qx", "article_id": A_ID, "speaker": "Nadia Perle",
             "speaker_entity_id": None, "text": "The ferry will stop. It runs at a loss.",
             "kind": "direct", "cue": "said", "sentence_index": 9, "start": 5000, "end": 5039,
             "variant_group": None, "within": None}  # fmt: skip
    for fid, text, start in (("F90", "It runs at a loss.”", 5021),
                             ("F91", "Perle said, “The ferry will stop.", 4988)):
        story_analysis["claims"].append({
            "id": fid, "status": "unique", "article_ids": [A_ID], "text": text,
            "evidence": [{"article_id": A_ID, "claim_id": f"{A_ID}:{fid}", "sentence": text,
                          "sentence_index": 9, "start": start, "end": start + 19}]})  # fmt: skip
    story_analysis["quotes"].append(quote)
    story_analysis["omissions"] = {B_ID: [{"claim_id": "F90", "status": "unique",
                                           "article_ids": [A_ID], "text": "It runs at a loss.”"}]}
    return story_analysis


def test_the_text_report_shows_the_lead_in(story_analysis: dict[str, Any]) -> None:
    console = Console(record=True, width=200, file=io.StringIO())
    print_text(_tail_story(story_analysis), console)
    output = " ".join(console.export_text().split())
    # in the unique table and in the omissions, the fact after its quotation's start
    assert output.count("“The ferry will stop. It runs at a loss.”") == 2
    assert "“The ferry will stop. Perle said" not in output  # the first sentence as it is


def test_the_html_omissions_carry_the_lead_in(story_analysis: dict[str, Any]) -> None:
    view = build_view(_tail_story(story_analysis))
    missing = next(o["missing"] for o in view["omissions"] if o["missing"])
    assert [m["lead_in"] for m in missing] == ["“The ferry will stop."]
    page = render_html(story_analysis)
    assert 'earlier words">“The ferry will stop.</span> <bdi>It runs at a loss.”' in page


def test_no_lead_in_that_is_no_sentence_nor_before_a_quotation_of_its_own() -> None:
    # the fact opens on its own mark: it reads as a quotation already
    own = _fact(SECOND) | {"text": "“It will also take three years to build.”"}
    assert lead_in(own, [QUOTE]) == ""
    # the earlier words do not end a sentence (a fragment of their own)
    cut = QUOTE | {"text": "The new dock will double our cargo and It will also take three years."}
    assert lead_in(_fact(SECOND), [cut]) == ""
    # the fact's words are not in the quote's text
    assert lead_in(_fact(SECOND), [QUOTE | {"text": "Nothing of the kind."}]) == ""
