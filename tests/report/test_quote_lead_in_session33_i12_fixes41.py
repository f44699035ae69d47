"""A quotation's later sentence is shown after the quotation's earlier words
(report/quote_lead_in.py, session 33); words unlike any gold story's."""

from __future__ import annotations

import pytest

from newsprism.report import quote_lead_in as rule
from newsprism.report.quote_lead_in import MAX_WORDS, lead_in, lead_ins

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
