"""A summary line's pronoun subject after a fronted phrase that names no one (session 39,
i12-reader39): Fox's "At home, he accused the administration of presiding over a shoddy
recovery." (Paul Ryan) was shown under a line about Biden (BASIL 2012, the vice
presidential debate). Real parses."""

from __future__ import annotations

import pytest

from newsprism.compare import readable
from newsprism.compare.line_parse import parse_line
from newsprism.compare.readable import subject_points_back


@pytest.mark.parametrize(("line", "points_back"), [
    ("At home, he accused the administration of presiding over a shoddy recovery.", True),
    ("On Monday, he left the city.", True),
    ("After Trump spoke, he left.", False),
    ("In Trump's view, he won.", False),
    ("The senator said he would vote.", False),
])
def test_a_fronted_setting_is_no_antecedent(line: str, points_back: bool) -> None:
    assert subject_points_back(list(parse_line(line).sents)) is points_back


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readable, "FRONTED_SETTING_RULE", False)
    line = "At home, he accused the administration of presiding over a shoddy recovery."
    assert not subject_points_back(list(parse_line(line).sents))
