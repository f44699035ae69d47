"""A live blog's entry times (issue 16): found from the page's JSON-LD or from its named
entry containers, kept beside the paragraph each entry starts at, and never taken for
the article's date; a page with ``<time>`` elements that is not a live blog has none."""

from __future__ import annotations

import json

import pytest

from newsprism.clean import clean_document
from newsprism.clean.html import extract_html
from newsprism.models import RawDocument

ENTRIES = [  # newest first, as a live blog prints them
    "Rain is expected to make the work harder in the afternoon, the weather service warned.",
    "The regional governor said 14 people had been taken to hospital, two of them in a "
    "serious condition.",
    "Rescue teams reached the village at dawn and began searching the collapsed school.",
]
TIMES = ["2024-03-25T09:15+01:00", "2024-03-25T08:15+01:00", "2024-03-25T07:15+01:00"]
PUBLISHED = "2024-03-25T06:00:00Z"


def live_page(entry_class: str = "live-blog__entry", wrapper: str = "live-blog",
              head: str = "", times: list[str] = TIMES) -> str:  # fmt: skip
    """The live-blog test page: entries with a time each, and the blog's controls."""
    entries = "".join(
        f"<div class='{entry_class}'><time datetime='{t}'>{t[11:16]}</time><p>{e}</p>"
        "<div class='share'><a href='#'>Share</a></div></div>"
        for t, e in zip(times, ENTRIES, strict=True)
    )
    return (
        "<html><head><title>Earthquake: live updates</title>"
        f"<meta property='article:published_time' content='{PUBLISHED}'>{head}</head>"
        "<body><main><h1>Earthquake: live updates</h1>"
        f"<div class='{wrapper}'><button>Show key events only</button>{entries}"
        "<button>Load more updates</button></div></main></body></html>"
    )


def _jsonld(updates: list[dict] | None) -> str:
    posting: dict = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Earthquake: live updates",
        "datePublished": PUBLISHED,
    }
    if updates is not None:
        posting["liveBlogUpdate"] = updates
    return f"<script type='application/ld+json'>{json.dumps(posting)}</script>"


def _expected(paragraphs: list[str]) -> list[dict[str, object]]:
    at = [paragraphs.index(e) for e in ENTRIES]
    return [{"time": t, "paragraph": i, "first_words": " ".join(e.split()[:8])}
            for t, i, e in zip(TIMES, at, ENTRIES, strict=True)]  # fmt: skip


def test_the_entries_of_the_test_page_keep_their_times_in_page_order() -> None:
    page = extract_html(live_page(), with_dates=False)
    assert page.live_blog == "markup"
    assert page.live_entries == _expected(page.paragraphs)
    assert [e["paragraph"] for e in page.live_entries] == sorted(
        e["paragraph"] for e in page.live_entries
    )
    text = "\n".join(page.paragraphs)
    assert "Load more" not in text and "Share" not in text  # the controls stay out


def test_the_json_ld_updates_place_the_entries_without_a_named_container() -> None:
    """A ``LiveBlogPosting`` lists its updates: the containers need no live-blog name."""
    updates = [{"@type": "BlogPosting", "datePublished": t, "headline": "",
                "articleBody": e + " More words the page does not show."}
               for t, e in zip(TIMES, ENTRIES, strict=True)]  # fmt: skip
    html = live_page(entry_class="post", wrapper="stream", head=_jsonld(updates[::-1]))
    page = extract_html(html, with_dates=False)
    assert page.live_blog == "json-ld"
    assert page.live_entries == _expected(page.paragraphs)


def test_microdata_updates_place_the_entries_with_their_time_printed_before_them() -> None:
    """``itemprop="liveBlogUpdate"`` items; the page prints each time glued to its text."""
    items = "".join(
        f"<li itemprop='liveBlogUpdate' itemscope itemtype='https://schema.org/BlogPosting'>"
        f"<meta itemprop='datePublished' content='{t}'>"
        f"<meta itemprop='articleBody' content='{e}'>{t[11:16]} (CET){e}</li>"
        for t, e in zip(TIMES, ENTRIES, strict=True)
    )
    html = (
        "<html><head><title>Earthquake</title></head><body><article><h1>Earthquake</h1>"
        f"<p>{'The latest on the earthquake, as it happens, from our reporters. ' * 2}</p>"
        f"<ul>{items}</ul></article></body></html>"
    )
    page = extract_html(html, with_dates=False)
    assert page.live_blog == "microdata"
    assert [e["time"] for e in page.live_entries] == TIMES
    assert [ENTRIES[k] in page.paragraphs[e["paragraph"]]
            for k, e in enumerate(page.live_entries)] == [True] * 3  # fmt: skip


def test_a_declared_live_blog_without_updates_is_read_from_its_markup() -> None:
    html = live_page(entry_class="post", wrapper="stream", head=_jsonld(None))
    page = extract_html(html, with_dates=False)
    assert page.live_blog == "markup"
    assert page.live_entries == _expected(page.paragraphs)


NOT_LIVE = {
    # a dated timeline in an article: repeated containers with a time each, kept as text
    "timeline": (
        "<html><head><title>How the budget was passed</title>"
        f"<meta property='article:published_time' content='{PUBLISHED}'></head><body>"
        "<article><h1>How the budget was passed</h1><p class='byline'>By Jane Smith, "
        f"<time datetime='{PUBLISHED}'>25 March 2024</time></p><ul class='timeline'>"
        + "".join(f"<li class='event'><time datetime='{t[:10]}'>{t[:10]}</time> {e}</li>"
                  for t, e in zip(["2024-01-10", "2024-02-12", "2024-03-20"], ENTRIES,
                                  strict=True))
        + "</ul></article></body></html>"
    ),
    # the same entries, in containers that no name or declaration calls a live blog
    "unnamed containers": live_page(entry_class="comment", wrapper="comments"),
    # a live blog with one entry placed is a page with a dated box
    "one entry": live_page(times=[TIMES[0], "", ""]),
}  # fmt: skip


@pytest.mark.parametrize("name", list(NOT_LIVE))
def test_a_page_with_time_elements_is_not_a_live_blog(name: str) -> None:
    page = extract_html(NOT_LIVE[name], with_dates=False)
    assert page.live_blog is None and page.live_entries == []
    article = clean_document(RawDocument(f"{name}.html", NOT_LIVE[name], "html"))
    assert "live_entries" not in article.provenance and article.live_entries == []
    assert article.as_dict()["live_entries"] == []


def test_the_entry_times_are_kept_in_the_provenance_and_are_not_the_date() -> None:
    plain = live_page(entry_class="post", wrapper="stream")  # the same page, not a live blog
    live = clean_document(RawDocument("live.html", live_page(), "html"))
    other = clean_document(RawDocument("plain.html", plain, "html"))
    assert live.published_at == other.published_at == PUBLISHED  # chosen as before
    assert live.stamps == other.stamps and live.date_reason == other.date_reason
    assert live.live_entries == _expected(live.paragraphs)
    assert json.loads(live.provenance["live_entries"]) == live.live_entries
    assert live.provenance["live_blog"] == "markup, 3 entries"
    assert live.as_dict()["live_entries"] == live.live_entries


def test_a_broken_live_entries_text_reads_as_no_entries() -> None:
    article = clean_document(RawDocument("live.html", live_page(), "html"))
    article.provenance["live_entries"] = "[not json"
    assert article.live_entries == []
