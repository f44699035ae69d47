"""Pages that are not articles fail with their own code; odd metadata never loses an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.clean import clean_document
from newsprism.errors import IngestError
from newsprism.models import RawDocument
from newsprism.pipeline import ingest_paths

ARTICLE = (
    "<p>The regional council approved the new budget on Monday after a debate that lasted six "
    "hours.</p><p>Officials said the first repairs would begin in April, weather permitting.</p>"
)
NAV = (
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
    '<li><a href="/sport">Sport</a></li><li><a href="/about">About us</a></li></ul></nav>'
)
NAV_ONLY_PAGES = {
    "menu": f"<!doctype html><html><head><title>Home</title></head><body>{NAV}</body></html>",
    "header-nav-footer": (
        "<!doctype html><html><head><title>Example News - Home</title></head><body><header>"
        '<a href="/">Example News</a></header><nav><a href="/world">World</a> | '
        '<a href="/politics">Politics</a> | <a href="/business">Business and economy</a></nav>'
        '<footer><p>Copyright 2024 Example News. All rights reserved.</p><a href="/privacy">'
        "Privacy policy</a></footer></body></html>"
    ),
    "links-with-separators": (
        '<html><body><div class="top"><a href="/">Home</a> · <a href="/news">News</a> · '
        '<a href="/sport">Sport</a></div><div><a href="/login">Sign in</a> | '
        '<a href="/subscribe">Subscribe</a></div></body></html>'
    ),
}
SECTION_FRONT = (  # headlines linking to the same site: removed as teasers, E120
    "<html><body><main><ul>"
    '<li><a href="/2024/03/vote">Council approves the new budget for roads</a></li>'
    '<li><a href="/2024/03/strike">Port workers end their strike after talks</a></li>'
    "</ul></main></body></html>"
)


def _clean(html: str, **meta) -> object:
    return clean_document(RawDocument("page.html", html, "html", meta=meta))


@pytest.mark.parametrize("name", list(NAV_ONLY_PAGES))
def test_navigation_only_page_is_not_an_article(name: str) -> None:
    with pytest.raises(IngestError) as caught:
        _clean(NAV_ONLY_PAGES[name])
    assert caught.value.code == "E121"
    assert caught.value.args[0] == "navigation links only, no article text"


def test_section_front_is_not_an_article() -> None:
    with pytest.raises(IngestError) as caught:
        _clean(SECTION_FRONT)
    assert caught.value.code == "E120"


def test_article_beside_navigation_is_kept() -> None:
    page = f"<html><head><title>Budget</title></head><body>{NAV}<article>{ARTICLE}</article>"
    article = _clean(page + "</body></html>")
    assert article.text.startswith("The regional council approved")


def test_article_whose_paragraphs_hold_links_is_kept() -> None:
    page = (
        '<html><body><article><p>The <a href="/council">regional council</a> approved the '
        'new budget on <a href="/monday">Monday</a> after a long debate.</p></article></body>'
        "</html>"
    )
    assert _clean(page).text.startswith("The regional council approved")


@pytest.mark.parametrize(
    "url",
    ["https://news.example[/2024/budget", "http://[::1", "https://[ccpa-preferences]/x"],
)
def test_malformed_url_in_metadata_keeps_the_article(url: str) -> None:
    page = (
        f'<html><head><link rel="canonical" href="{url}"></head><body><article>{ARTICLE}'
        '<p><a href="/2024/other-story">Read the other story about the port strike</a></p>'
        "</article></body></html>"
    )
    for article in (_clean(page, url=url, _url_from="feed entry"), _clean(page)):
        assert article.text.startswith("The regional council approved")


def test_malformed_link_of_a_feed_entry_keeps_the_article(fresh_store, tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>'
        "Budget</title><link>https://news.example[/2024/budget</link><description>"
        "&lt;p&gt;The regional council approved the new budget on Monday after six hours."
        '&lt;/p&gt;&lt;p&gt;&lt;a href="/2024/other"&gt;Read the other story about the '
        "strike&lt;/a&gt;&lt;/p&gt;</description></item></channel></rss>"
    )
    report = ingest_paths([path], fresh_store, cluster=False)
    assert report.failures == []
    (article,) = fresh_store.iter_articles()
    assert article.url == "https://news.example[/2024/budget"
