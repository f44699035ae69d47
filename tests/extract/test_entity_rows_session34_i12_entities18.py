"""Entity rows, session 34 (i12-entities18): a bill's number is no name. Sentences
written for the tests (not the gold's), with guards for each rule."""

from __future__ import annotations

from newsprism.extract.bill_numbers import bill_spans, drop_bill_numbers
from tests.extract.test_place_heads import _m, _rows


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in bill_spans(text)]


def test_a_chamber_number_is_a_bill() -> None:
    text = ("Members backed H.R. 812 and H. Res. 77, and the Senate took up S. 2093, "
            "S. Con. Res. 3 and H.J.Res. 9 before HR 55 came up.")
    assert _spans(text) == ["H.R. 812", "H. Res. 77", "S. 2093", "S. Con. Res. 3",
                            "H.J.Res. 9", "HR 55"]


def test_initials_a_country_and_a_score_are_no_bill() -> None:
    assert _spans("H. Smith met S. Africa's envoy after the U.S. 2-1 win over Res Publica.") == []
    assert _spans("The HRC and the SR-71 flew.") == []


def test_a_mention_inside_a_bill_number_is_dropped_and_others_kept() -> None:
    text = "Walsh voted for H. Res. 410 in Albany."
    mentions = {"a": [_m("Walsh", text, "PERSON"), _m("H. Res", text, "PERSON"),
                      _m("Albany", text, "GPE")]}
    drop_bill_numbers(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Walsh", "Albany"]


def test_no_bill_row_through_the_real_parse_and_linker() -> None:
    rows = _rows({"a": "Lawmakers in Helena passed S. Con. Res. 22 and H. Res. 415 on Friday, "
                       "said Gov. Dana Whitfield."})
    assert not any(n.startswith(("S. Con", "H. Res", "Res")) for n in rows), rows
    assert "Dana Whitfield" in rows
