"""A shared summary line names the fact's other outlets (docs/web.md, "Session 34: the
pages read as a user"): the line is one outlet's sentence, cited only by the outlets
that hold its details, so a fact two outlets state read "shared — Washington Post"
alone. The others are named beside it, linked; a line cited by all, or a unique one,
gets no such note."""

from __future__ import annotations

import copy
import re
from typing import Any

from newsprism.report.html import render_html
from tests.report.conftest import A_ID, B_ID


def _shared_fact(analysis: dict[str, Any]) -> dict[str, Any]:
    return next(f for f in analysis["claims"] if f["status"] == "shared"
                and {A_ID, B_ID} <= set(f["article_ids"]))  # fmt: skip


def _summary(analysis: dict[str, Any], cited: list[str], status: str = "shared") -> str:
    page_of = copy.deepcopy(analysis)
    fact = _shared_fact(page_of)
    page_of["summary"] = [{"text": "The pier reopened at noon.", "claim_id": fact["id"],
                           "status": status, "article_ids": cited}]  # fmt: skip
    page = render_html(page_of)
    return page.split('<section id="summary">', 1)[1].split("</section>", 1)[0]


def _outlet(analysis: dict[str, Any], article_id: str) -> str:
    return next(str(a["outlet"]) for a in analysis["articles"] if a["id"] == article_id)


def test_a_line_cited_by_one_outlet_names_the_facts_other(story_analysis) -> None:
    section = _summary(story_analysis, [A_ID])
    note = re.search(r'<span class="muted also-note">(.*?)</span>\)?', section, re.S)
    assert note, section
    assert _outlet(story_analysis, B_ID) in section.split("also-note", 1)[1]
    assert _outlet(story_analysis, A_ID) not in section.split("also-note", 1)[1]


def test_a_line_cited_by_all_or_unique_has_no_note(story_analysis) -> None:
    assert "also-note" not in _summary(story_analysis, [A_ID, B_ID])
    assert "also-note" not in _summary(story_analysis, [A_ID], status="unique")
