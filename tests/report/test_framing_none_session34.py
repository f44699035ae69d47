"""An outlet with nothing to report in framing gets one line, not six empty headings
(docs/web.md, "Session 34: the pages read as a user"): a wire report of four plain
sentences drew a card of "Loaded terms: None. Attribution verbs: None beyond neutral
ones. Hedges: None. …" that a reader had to scroll past. An outlet with anything at
all keeps every heading, so two outlets can still be read part by part."""

from __future__ import annotations

import copy
import re
from typing import Any

from newsprism.report.html import render_html
from tests.report.conftest import A_ID, B_ID


def _card(page: str, anchor_label: str) -> str:
    """The framing panel of one outlet: from its heading to the next panel."""
    section = page.split('<section id="framing">', 1)[1].split("</section>", 1)[0]
    panels = re.split(r'<div class="panel">', section)[1:]
    found = [p for p in panels if anchor_label in p.split("</h3>", 1)[0]]
    assert len(found) == 1, anchor_label
    return found[0]


def _silent(analysis: dict[str, Any], article_id: str) -> dict[str, Any]:
    quiet = copy.deepcopy(analysis)
    quiet["framing"][article_id].update(
        terms=[], attribution_verbs={}, scare_quotes=[], voices={}, hedges=[],
        attribution_spans=[])  # fmt: skip
    return quiet


def _label(analysis: dict[str, Any], article_id: str) -> str:
    article = next(a for a in analysis["articles"] if a["id"] == article_id)
    return str(article["outlet"])


def test_an_outlet_with_nothing_to_report_gets_one_line(story_analysis) -> None:
    analysis = _silent(story_analysis, A_ID)
    card = _card(render_html(analysis), _label(analysis, A_ID))
    assert 'class="muted framing-none"' in card
    assert "<h4>" not in card and "None." not in card


def test_an_outlet_with_anything_keeps_every_heading(story_analysis) -> None:
    page = render_html(_silent(story_analysis, A_ID))
    card = _card(page, _label(story_analysis, B_ID))  # B: loaded terms and a scare quote
    assert "framing-none" not in card
    assert card.count("<h4>") == 6 and "<h4>Hedges</h4>" in card
    # A's one endorsing verb, unsilenced, keeps A's headings too
    card = _card(render_html(story_analysis), _label(story_analysis, A_ID))
    assert "framing-none" not in card and "<h4>Attribution verbs</h4>" in card
