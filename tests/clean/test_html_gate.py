"""The gate before trafilatura's readability/jusText comparison (``clean/html_gate.py``).

The gate skips the comparison only where trafilatura's own rules say it cannot change
the result; a page whose own extraction is poor must still get readability's text.
These tests use real trafilatura, readability and lxml on pages written for them, and,
where the dev sets are present, compare gate on and off on real pages.
"""

from __future__ import annotations

import inspect
import json
from copy import copy

import pytest
import trafilatura
import trafilatura.core
from lxml import etree
from lxml import html as lxml_html
from trafilatura.external import try_readability
from trafilatura.settings import Extractor
from trafilatura.utils import trim

from newsprism.clean import html_gate
from newsprism.clean.html import extract_html
from newsprism.eval import read_page
from tests.conftest import SHARED_DATA

SENTENCE = (
    "The council voted on Tuesday to rebuild the old bridge over the river, after years "
    "of delays, and the work is due to start in the spring, officials said. "
)
# trafilatura's own rules keep the <article>'s lead (~340 characters) and miss the story
# told in bare <div>s next to it; readability turns those divs into paragraphs (~2,400).
POOR_OWN_RESULT = f"""<html><head><title>Bridge</title></head><body>
<div class="nav"><a href="/">Home</a></div>
<article><h1>Council votes to rebuild the bridge</h1><p>{SENTENCE * 2}</p></article>
<section class="story-body">{"".join(f"<div>{SENTENCE * 2}</div>" for _ in range(8))}</section>
</body></html>"""
# The article is most of the page: the comparison cannot prefer another text.
PLAIN_ARTICLE = f"""<html><head><title>Bridge</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
<article><h1>Council votes to rebuild the bridge</h1>
{"".join(f"<p>{SENTENCE}</p>" for _ in range(6))}</article>
<script>var tracking = "{"x" * 5000}";</script>
</body></html>"""


def _body(*paragraphs: str, tag: str = "p") -> etree._Element:
    body = etree.Element("body")
    for text in paragraphs:
        etree.SubElement(body, tag).text = text
    return body


def _decide(body: etree._Element, page: str, focus: str = "balanced") -> str | None:
    options = Extractor()
    options.focus = focus
    text = trim(" ".join(body.itertext()))
    return html_gate.comparison_needed(body, text, lxml_html.document_fromstring(page), options)


def test_the_gate_is_installed_on_the_trafilatura_it_was_derived_from() -> None:
    """The gate rewrites ``_extract_and_compare``: if trafilatura changes it, re-derive."""
    assert html_gate.INSTALLED
    assert trafilatura.core._extract_and_compare is html_gate._gated_extract_and_compare
    source = inspect.getsource(html_gate._ORIGINAL)
    assert "postbody, temp_text = extract_content(cleaned_tree, options)" in source
    call = "compare_extraction(cleaned_tree_backup, copy(tree), postbody, temp_text, options)"
    assert call in source
    rules = inspect.getsource(trafilatura.external._prefer_readability)
    assert "len_algo > 2 * len_text" in rules
    assert "options.min_extracted_size * 2" in rules


def test_the_decision_follows_trafilaturas_rules() -> None:
    """Each rule of the comparison that could act sends the page to it; none: skipped."""
    long = [SENTENCE] * 6
    page = PLAIN_ARTICLE
    assert _decide(_body(*long), page) is None
    assert _decide(_body(*long), page, focus="recall") == "focus"
    assert _decide(_body(SENTENCE), page) == "short"  # under min_extracted_size: jusText
    unclean = _body(*long)
    etree.SubElement(unclean, "figure").text = "A photo"
    assert _decide(unclean, page) == "unclean"
    assert _decide(_body(*long, tag="head"), page) == "structure"  # no paragraph text
    tables = _body(*long[:1])
    for _ in range(2):
        etree.SubElement(tables, "table").text = SENTENCE * 2
    assert _decide(tables, page) == "structure"  # more tables than paragraphs
    # the same own text on a page with three times as much readable text elsewhere
    bigger = PLAIN_ARTICLE.replace("</article>", f"</article><div>{SENTENCE * 18}</div>")
    assert _decide(_body(*long), bigger) == "ceiling"


def test_the_ceiling_leaves_out_what_readability_drops() -> None:
    """Scripts, styles and unlikely candidates do not count; their tails and videos do."""
    page = ("<html><body><p>one two</p><script>var x = 1;</script>tail"
            "<div class='sidebar'>gone <p>also gone</p></div> after "
            "<div class='sidebar main'>kept</div><!-- a comment -->end"
            "<iframe src='https://www.youtube.com/embed/x'></iframe></body></html>")  # fmt: skip
    tree = lxml_html.document_fromstring(page)
    assert html_gate.readability_ceiling(tree) == len("one two tail after kept end") + 6


def test_a_page_whose_own_result_is_poor_still_gets_the_comparison() -> None:
    """Without the comparison the page gives its lead alone; with the gate, the story."""
    fast = trafilatura.bare_extraction(POOR_OWN_RESULT, fast=True, include_comments=False,
                                       include_tables=True)  # fmt: skip
    html_gate.DECISIONS.clear()
    gated = extract_html(POOR_OWN_RESULT)
    assert html_gate.DECISIONS == {"ceiling": 1}
    with html_gate.fallback_gate(on=True):
        assert html_gate._ACTIVE.get()
    html_gate.FALLBACK_GATE = False
    try:
        ungated = extract_html(POOR_OWN_RESULT)
    finally:
        html_gate.FALLBACK_GATE = True
    assert gated.paragraphs == ungated.paragraphs
    text = "\n".join(gated.paragraphs)
    assert len(text) > 3 * len(fast.text)  # readability's text, not the lead alone
    assert text.count("officials said") >= 16


def test_a_plain_article_skips_the_comparison_with_the_same_text() -> None:
    html_gate.DECISIONS.clear()
    gated = extract_html(PLAIN_ARTICLE)
    assert html_gate.DECISIONS == {"skipped": 1}
    full = trafilatura.bare_extraction(PLAIN_ARTICLE, include_comments=False, include_tables=True)
    assert "\n".join(gated.paragraphs) == full.text


def test_a_gate_that_fails_runs_the_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error inside the gate costs the page nothing: trafilatura compares as before."""
    def broken(tree: etree._Element) -> int:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(html_gate, "readability_ceiling", broken)
    html_gate.DECISIONS.clear()
    text = "\n".join(extract_html(POOR_OWN_RESULT).paragraphs)
    assert html_gate.DECISIONS == {"error": 1}
    assert text.count("officials said") >= 16


def test_trafilatura_outside_the_gate_is_unchanged() -> None:
    """A direct trafilatura call (the eval's own row) never meets the gate."""
    html_gate.DECISIONS.clear()
    trafilatura.bare_extraction(PLAIN_ARTICLE)
    assert not html_gate.DECISIONS


EVAL = SHARED_DATA / "trafilatura-eval"


@pytest.mark.skipif(not (EVAL / "evaldata.json").is_file(), reason="no shared eval data")
def test_dev_pages_give_the_same_text_and_readability_stays_under_the_ceiling() -> None:
    """On 60 trafilatura-eval pages: same paragraphs gate on and off; the bound holds."""
    pages = list(json.loads((EVAL / "evaldata.json").read_text(encoding="utf-8")).items())
    checked = 0
    for url, gold in pages[::16]:
        html = read_page(EVAL, gold["file"])
        if html is None:
            continue
        on = extract_html(html, url=url, with_dates=False).paragraphs
        html_gate.FALLBACK_GATE = False
        try:
            off = extract_html(html, url=url, with_dates=False).paragraphs
        finally:
            html_gate.FALLBACK_GATE = True
        assert on == off, url
        tree = lxml_html.document_fromstring(html.encode("utf-8"))
        ceiling = html_gate.readability_ceiling(tree)
        algo = try_readability(copy(tree))
        assert len(trim(etree.tostring(algo, method="text", encoding="unicode"))) <= ceiling, url
        checked += 1
    assert checked >= 50


@pytest.mark.skipif(not (EVAL / "html" / "spiegel.de.albtraum.html.gz").is_file(),
                    reason="no shared eval data")  # fmt: skip
def test_a_real_page_whose_fast_result_is_poor_takes_the_full_path() -> None:
    """spiegel.de: trafilatura's own rules keep ~950 characters of a ~15,000 article."""
    url = "https://www.spiegel.de/spiegel/print/d-161500790.html"
    html = read_page(EVAL, "spiegel.de.albtraum.html")
    assert html is not None
    fast = trafilatura.bare_extraction(html, url=url, fast=True, include_comments=False,
                                       include_tables=True)  # fmt: skip
    html_gate.DECISIONS.clear()
    text = "\n".join(extract_html(html, url=url, with_dates=False).paragraphs)
    assert html_gate.DECISIONS["ceiling"] == 1
    assert len(text) > 5 * len(fast.text)
