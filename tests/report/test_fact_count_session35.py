"""The story page's and report's count of agreed facts is the home page's (session 35;
docs/web.md, "Session 35: the pages read as a user"): NeuS row 435's home row said "3
facts shared" and its page "4 facts stated by more than one outlet", the fourth a fact
shared in part. The count is now the fully shared facts, the partly shared ones said
apart; a story with none in part reads as before."""

from __future__ import annotations

import copy
import re
from typing import Any

from newsprism.report.facts_view import fact_counts
from newsprism.report.html import render_html


def _head(page: str) -> str:
    found = re.search(r'<p class="meta">\d+ articles compared: (.*?)</p>', page, re.S)
    assert found, "no count line"
    return found.group(1)


def test_a_fact_shared_in_part_is_counted_apart(story_analysis: dict[str, Any]) -> None:
    partly = copy.deepcopy(story_analysis)
    shared = [f for f in partly["claims"] if f.get("status") == "shared"]
    assert shared, "the fixture has a shared fact"
    shared[0]["status"] = "partly_shared"
    whole = fact_counts(partly)["shared"]
    head = _head(render_html(partly))
    assert head.startswith(f"{whole} fact{'s' if whole != 1 else ''} stated by more than one")
    assert "(1 more in part)" in head


def test_no_fact_in_part_reads_as_the_home_count(story_analysis: dict[str, Any]) -> None:
    whole = fact_counts(story_analysis)["shared"]
    head = _head(render_html(story_analysis))
    assert head.startswith(f"{whole} fact{'s' if whole != 1 else ''} stated by more than one")
    assert "in part" not in head
