"""The Omissions section says what it lists in a story of two (docs/web.md, "Session 34:
the pages read as a user"): it promised "corroborated facts" and then listed, under the
second article, a sentence of the first marked unique, since with two articles the
other's facts are the story's (compare.story.omissions). A story of three keeps the
corroborated wording."""

from __future__ import annotations

import copy
import re

from newsprism.report.html import render_html


def _intro(page: str) -> str:
    found = re.search(r'<p class="muted omissions-intro">(.*?)</p>', page, re.S)
    assert found, "no Omissions intro"
    return found.group(1)


def test_a_story_of_two_says_the_other_articles_facts_are_listed(story_analysis) -> None:
    assert len(story_analysis["articles"]) == 2
    page = render_html(story_analysis)
    intro = _intro(page)
    assert "with two articles" in intro and "Corroborated" not in intro
    assert "unique" in page.split('id="omissions"', 1)[1].split("</section>", 1)[0]


def test_a_story_of_three_keeps_the_corroborated_wording(story_analysis) -> None:
    three = copy.deepcopy(story_analysis)
    extra = copy.deepcopy(three["articles"][0])
    extra.update(id="c" * 16, outlet="Third Courier", url="https://third.example/a")
    three["articles"].append(extra)
    intro = _intro(render_html(three))
    assert intro == "Corroborated facts of the story that an article leaves out."
    assert "Leaves out nothing the other article reports." not in render_html(three)
