"""Session 32 (i12-reader): two outlets whose names hash to one colour, uploaded as two
reports of one event, get two colours on the story page, and each keeps its colour on
the home page, the outlets page and every coverage bar; every number drawn on an outlet's
colour reads (WCAG 4.5:1), measured on the colours chromium paints.

Same real ``newsprism serve`` and chromium as ``test_browser.py`` (its fixtures).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsprism.report.outlet_colours import home_colour
from tests.web.test_browser import page, save, shots  # noqa: F401  (fixtures)
from tests.web.test_browser_facts import _colour, _upload

_REPORT = (
    "Barge strikes the Kessel river bridge\n\n"
    "A grain barge struck a pier of the Kessel river bridge early on {day}, and engineers "
    "closed the bridge to all traffic while divers inspected the damage, the county said.\n\n"
    "The barge's captain told investigators the current had pushed the vessel off course "
    "near the eastern channel.\n\n"
    "{closing}\n"
)
FIRST = _REPORT.format(day="Thursday", closing="The county said the bridge would stay closed "
                       "for at least two weeks.")  # fmt: skip
SECOND = _REPORT.format(day="Thursday", closing="Drivers were told to expect detours for at "
                        "least two weeks, the county said.")  # fmt: skip


def _clashing_names() -> tuple[str, str]:
    """Two outlet names with one home colour (found, not written in)."""
    seen: dict[int, str] = {}
    for n in range(100):
        name = f"Riverside Ledger {n}"
        if home_colour(name) in seen:
            return seen[home_colour(name)], name
        seen[home_colour(name)] = name
    raise AssertionError("no two names share a colour")


def _rgb(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in re.findall(r"\d+", text)[:3])


def _contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    def lum(rgb: tuple[int, ...]) -> float:
        c = [v / 255 for v in rgb]
        r, g, bl = (x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4 for x in c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_two_outlets_of_one_colour_are_told_apart(page: Any, shots: Path) -> None:  # noqa: F811
    first_name, second_name = _clashing_names()
    first = _upload(page.base, "barge-1.html", FIRST, first_name)
    second = _upload(page.base, "barge-2.html", SECOND, second_name)
    assert first["story_id"] == second["story_id"], "the clusterer split the two reports"
    page.goto(page.base + f"/stories/{first['story_id']}")
    on_story = {}
    for n in range(page.locator("article.column").count()):
        header = page.locator(f"#art-{n} .outlet")
        on_story[header.locator("bdi").inner_text()] = _colour(header.locator(".num"))
    assert set(on_story) == {first_name, second_name}
    assert on_story[first_name] != on_story[second_name]
    # The timeline's dots carry the columns' colours.
    for dot in page.locator(".timeline circle").all():
        label = dot.locator("title").text_content().split(":")[0]
        assert _colour(dot) == on_story[label]
    # Every number on an outlet's colour reads, as chromium paints it.
    for badge in page.locator(".num").all():
        fg, bg = badge.evaluate("e => [getComputedStyle(e).color, "
                                "getComputedStyle(e).backgroundColor]")  # fmt: skip
        assert _contrast(_rgb(fg), _rgb(bg)) >= 4.5, (fg, bg)
    for label in page.locator(".timeline .num-label").all():
        fg = label.evaluate("e => getComputedStyle(e).fill")
        bg = label.evaluate("e => getComputedStyle(e.previousElementSibling).fill")
        assert _contrast(_rgb(fg), _rgb(bg)) >= 4.5, (fg, bg)
    page.locator("article.column").first.scroll_into_view_if_needed()
    save(page, shots, "story-two-colours")

    # The same colours on the home page (legend and coverage bars) and the outlets page.
    page.goto(page.base + "/")
    for link in page.locator("#outlets .legend a").all():
        name = link.locator("bdi").inner_text()
        if name in on_story:
            assert _colour(link.locator("rect")) == on_story[name], name
    barred = 0
    for bar in page.locator("svg.coverage rect").all():
        name = bar.locator("title").text_content().split(":")[0]
        if name in on_story:
            barred += 1
            assert _colour(bar) == on_story[name], name
    assert barred >= 2  # the story is among the latest
    page.goto(page.base + "/outlets")
    rows = page.locator("table tr", has=page.locator("svg.key"))
    found = 0
    for n in range(rows.count()):
        name = rows.nth(n).locator("bdi").inner_text()
        if name in on_story:
            found += 1
            assert _colour(rows.nth(n).locator("rect")) == on_story[name], name
    assert found == 2
    assert page.errors == [] and page.dialogs == []
