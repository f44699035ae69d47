"""The reader's view of a compared story in a real browser (issue 12): each fact with
every outlet's own sentence side by side, each conflict once with its kind in plain
words, one colour per outlet on every page, per-story fact counts on the home page, and
articles with no known outlet labelled by their file.

Same real ``newsprism serve`` and chromium as ``test_browser.py`` (its fixtures). The
conflict story is uploaded here, through the API, as a user would add two reports: two
outlets tell one indictment with a different page count and a different party label,
and one shared sentence carries a script that must stay text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import httpx

from tests.web.test_browser import page, save, shots  # noqa: F401  (fixtures)

_INDICTMENT = (
    "{title}\n\n"
    "Rep. Thomas Hale ({party}) was {verb} on Monday, prosecutors in Columbus said.\n\n"
    "The {pages}-page indictment accuses {who} of hiding more than $1 million in sales and "
    "wages at a restaurant he owned.\n\n"
    "Hale surrendered to the FBI on Monday morning and pleaded not guilty "
    "<script>window.__xss=9</script> to all counts.\n\n"
    "{lawyer}\n"
)
DAILY = _INDICTMENT.format(
    title="Congressman Thomas Hale charged in tax fraud case", party="R-Ohio",
    verb="charged with 20 federal crimes", pages=48, who="the Ohio Republican",
    lawyer="His lawyer said the case was a political vendetta.")  # fmt: skip
TIMES = _INDICTMENT.format(
    title="Hale indicted over restaurant accounts", party="D-Ohio", verb="indicted", pages=47,
    who="Hale", lawyer="Hale's lawyer called the case a political vendetta.")  # fmt: skip
HARBOUR = (
    "Ferry crews walk out over rosters\n\n"
    "Ferry crews on the northern routes walked out on Tuesday over new rosters that "
    "the operator introduced without consultation, the crews' union said.\n\n"
    "Sailings to the islands were cancelled until further notice.\n"
)


def as_page(text: str, published: str = "2026-12-01T09:00:00+00:00") -> bytes:
    """The text as a web page with its publication time in its metadata (dated, so the
    story is among the newest), every character of the text escaped as a page would."""
    title, *paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>"
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>"
            ).encode()  # fmt: skip


def _upload(base: str, name: str, text: str, outlet: str | None = None) -> dict[str, Any]:
    data = {"outlet": outlet} if outlet else {}
    answer = httpx.post(f"{base}/api/upload", files={"files": (name, as_page(text))},
                        data=data, timeout=300)  # fmt: skip
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["added"] == 1, body
    return body["articles"][0]


def _colour(locator: Any) -> str:
    """The o<N> colour class of an element."""
    found = re.search(r"\bo\d\b", locator.get_attribute("class") or "")
    assert found, locator.get_attribute("class")
    return found.group(0)


def test_conflict_story_facts_side_by_side(page: Any, shots: Path) -> None:  # noqa: F811
    first = _upload(page.base, "hale-daily.html", DAILY, "Daily Example")
    second = _upload(page.base, "hale-times.html", TIMES, "Example Times")
    assert first["story_id"] == second["story_id"], "the clusterer split the two reports"
    page.goto(page.base + f"/stories/{first['story_id']}")

    # Each conflict once, its kind in plain words, both sentences, the values marked.
    conflicts = page.locator("#conflicts .panel.conflict")
    kinds = sorted(conflicts.locator(".conflict-kind").all_inner_texts())
    assert kinds == ["Different numbers for the same thing",
                     "The same person labelled differently (party, state or office)"]
    number = page.locator('#conflicts .panel[data-kind="number"]')
    assert number.locator(".fact-card").count() == 2
    assert number.locator("mark.value").all_inner_texts() == ["48", "47"]  # column order
    cards = number.locator(".fact-card")
    assert "Daily Example" in cards.nth(0).locator(".fact-outlet").inner_text()
    assert cards.nth(1).locator(".fact-sentence").inner_text().startswith("The 47-page")
    label = page.locator('#conflicts .panel[data-kind="label"] mark.value').all_inner_texts()
    assert label == ["(R-Ohio)", "(D-Ohio)"]

    # Each shared fact: one card per outlet, each with that outlet's own sentence.
    facts = page.locator("#facts .panel.fact")
    assert facts.count() >= 1
    for n in range(facts.count()):
        outlets = facts.nth(n).locator(".fact-outlet").all_inner_texts()
        assert sorted(outlets) == ["Daily Example", "Example Times"]
    lawyer = page.locator("#facts .panel.fact", has_text="political vendetta")
    sentences = lawyer.locator(".fact-sentence").all_inner_texts()
    assert sentences == ["His lawyer said the case was a political vendetta.",
                         "Hale's lawyer called the case a political vendetta."]
    # A card's sentence links to the same sentence in its article's column.
    link = lawyer.locator(".fact-sentence a").nth(1)
    anchor = page.locator(link.get_attribute("href"))
    assert anchor.inner_text() in sentences[1]
    # Article text stays text in the cards too.
    script = page.locator("#facts .fact-sentence", has_text="<script>window.__xss=9</script>")
    assert script.count() == 2
    assert page.evaluate("() => window.__xss") is None
    page.locator("#facts").scroll_into_view_if_needed()
    save(page, shots, "story-facts")
    page.locator("#conflicts").scroll_into_view_if_needed()
    save(page, shots, "story-conflicts")

    # The surrender, the lawyer and the charge ("was charged … on Monday" / "was indicted
    # on Monday"): a label conflict is a fact of its own, so the two parties do not make
    # the charge disputed (docs/compare.md, "Conflicts"); the page count stays a conflict.
    shared = facts.count()
    assert shared == 3
    charge = page.locator("#facts .panel.fact", has_text="was indicted on Monday")
    assert charge.locator(".fact-sentence").count() == 2
    counts = page.locator("#fact-counts").inner_text()
    assert counts == "3 facts stated by more than one outlet · 2 conflicts"
    # The home page says the same, for this story, now that it is analysed.
    page.goto(page.base + "/")
    row = page.locator("li.story", has=page.locator(f'a[href="/stories/{first["story_id"]}"]'))
    assert row.first.locator(".fact-counts").inner_text() == "3 facts shared · 2 conflicts"
    assert "has-conflicts" in row.first.locator(".conflict-count").get_attribute("class")
    assert page.errors == [] and page.dialogs == []


def test_one_colour_per_outlet_on_every_page(page: Any, browser_store: dict) -> None:  # noqa: F811
    page.goto(page.base + f"/stories/{browser_store['seed_story']}")
    on_story = {}
    for n in range(page.locator("article.column").count()):
        header = page.locator(f"#art-{n} .outlet")
        on_story[header.locator("bdi").inner_text()] = _colour(header.locator(".num"))
    # Every other mark of the outlet on the story page has its colour too.
    for name, colour in on_story.items():
        swatches = page.locator(f"#omissions h4:has-text('{name}') .swatch")
        assert _colour(swatches.first) == colour
    page.goto(page.base + "/")
    on_home = {}
    for link in page.locator("#outlets .legend a").all():
        on_home[link.locator("bdi").inner_text()] = _colour(link.locator("rect"))
    for name, colour in on_story.items():
        assert on_home[name] == colour, name
    # A coverage bar segment has its outlet's colour.
    bar = page.locator("#biggest svg.coverage rect").first
    outlet = bar.locator("title").text_content().split(":")[0]
    if outlet in on_home:
        assert _colour(bar) == on_home[outlet]
    page.goto(page.base + "/outlets")
    rows = page.locator("table tr", has=page.locator("svg.key"))
    for n in range(rows.count()):
        name = rows.nth(n).locator("bdi").inner_text()
        assert _colour(rows.nth(n).locator("rect")) == on_home[name]
    assert page.errors == [] and page.dialogs == []


def test_reader_pages_have_no_internal_words(page: Any, browser_store: dict) -> None:  # noqa: F811
    page.goto(page.base + "/")
    assert "analysed" not in page.locator("#store-facts").inner_text()
    if browser_store.get("basil"):  # BASIL stories nobody opened yet: said in plain words
        assert page.locator("li.story .not-analysed").count() >= 1
    page.goto(page.base + f"/stories/{browser_store['seed_story']}")
    head = page.locator("header.story-head").inner_text()
    assert "schema" not in head and "embedder" not in head
    assert "embedder" in page.locator("#about").text_content()  # kept, out of the way
    assert page.errors == [] and page.dialogs == []


def test_articles_without_outlet_are_named_by_their_file(page: Any, tmp_path: Path) -> None:  # noqa: F811
    first = _upload(page.base, "ferry-report.html", HARBOUR)
    copy = HARBOUR.replace("Tuesday", "Tuesday morning")
    second = _upload(page.base, "ferry-repost.html", copy)
    assert first["outlet"] is None and second["outlet"] is None
    assert first["story_id"] == second["story_id"]
    page.goto(page.base + f"/stories/{first['story_id']}")
    labels = page.locator("article.column .outlet bdi").all_inner_texts()
    assert sorted(labels) == ["ferry-report.html", "ferry-repost.html"]
    assert "Article" not in " ".join(page.locator("#omissions h4").all_inner_texts())
    page.goto(page.base + "/stories?sort=newest")
    row = page.locator("li.story", has=page.locator(f'a[href="/stories/{first["story_id"]}"]'))
    facts = row.first.locator(".facts").inner_text()
    assert facts.startswith("2 articles · 2 sources"), facts
    assert page.errors == [] and page.dialogs == []
