"""The HTML cascade's speed-ups give the same extraction as the slow way they replace.

Each test runs the cascade on small pages written for it (forms, labels, inputs,
entities and comments, where lxml.html's Python class lookup gives special classes)
both ways and compares every field of the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

import htmldate.utils
import pytest
import trafilatura.utils
from lxml import html as lxml_html

from newsprism.clean.html import C_CLASS_LOOKUP, extract_html, parse_tree

BODY = (
    "<p>The regional council approved the new budget on Monday after a debate that lasted "
    "six hours and ended late in the evening, officials said.</p>"
    "<p>The first road repairs would begin in April, weather permitting, and would last "
    "until the autumn of next year, the mayor told reporters.</p>"
)

PAGES = {
    "form in the article": (
        "<html lang='en'><head><title>Council approves budget</title>"
        "<meta property='article:published_time' content='2024-03-25T10:00:00+01:00'>"
        "</head><body><article><h1>Council approves budget</h1>" + BODY +
        "<form action='/subscribe'><label for='m'>Your e-mail address for our newsletter"
        "</label><input id='m' name='m' value='you@example.org'><select name='s'>"
        "<option>Daily</option><option selected>Weekly</option></select>"
        "<textarea name='t'>Tell us what you think of this article</textarea>"
        "<button>Sign up</button></form></article></body></html>"
    ),
    "comments and entities": (
        "<!DOCTYPE html><html><head><title>Rates held &amp; steady</title></head><body>"
        "<!-- published 2024-03-25 --><main><h1>Rates held &amp; steady</h1>"
        "<p class='byline'>By Jane Smith, 25 March 2024</p>" + BODY +
        "<?php echo 'x'; ?><p>Posted on 25/03/2024 &mdash; updated at 14:05.</p>"
        "</main><footer><form><input type='search'></form></footer></body></html>"
    ),
}


@contextmanager
def python_class_lookup() -> Iterator[None]:
    """lxml.html's own (Python) class lookup on the parsers, as before the speed-up."""
    parsers = (trafilatura.utils.HTML_PARSER, htmldate.utils.HTML_PARSER)
    for parser in parsers:
        parser.set_element_class_lookup(lxml_html.HtmlElementClassLookup())
    try:
        yield
    finally:
        for parser in parsers:
            parser.set_element_class_lookup(C_CLASS_LOOKUP)


def test_page_trees_use_plain_html_elements() -> None:
    tree = parse_tree(PAGES["form in the article"])
    form = tree.find(".//form")
    assert type(form) is lxml_html.HtmlElement  # not lxml.html.FormElement
    assert type(tree.find(".//input")) is lxml_html.HtmlElement
    assert form.text_content().startswith("Your e-mail address")
    with python_class_lookup():
        assert type(parse_tree(PAGES["form in the article"]).find(".//form")) is (
            lxml_html.FormElement
        )


@pytest.mark.parametrize("name", sorted(PAGES))
def test_same_extraction_as_with_the_python_lookup(name: str) -> None:
    page = PAGES[name]
    fast = dataclasses.asdict(extract_html(page, url="https://news.example/2024/03/25/budget"))
    with python_class_lookup():
        slow = dataclasses.asdict(
            extract_html(page, url="https://news.example/2024/03/25/budget")
        )
    assert fast == slow
    assert fast["paragraphs"]  # the pages are articles: something was extracted


def test_lingua_reads_only_the_opening_of_the_text() -> None:
    """lingua's time grows with its sample: it reads ``DETECT_CHARS``, not the whole text."""
    from newsprism.clean.language import DETECT_CHARS, detect_language

    english = ("The council approved the new budget on Monday after a long debate. " * 20)
    german = ("Der Stadtrat hat den neuen Haushalt am Montag nach langer Debatte beschlossen. "
              * 80)  # fmt: skip
    opening = english[:DETECT_CHARS]
    assert detect_language(german) == "de"
    assert detect_language(opening + german) == "en"  # the German after it is not read
    assert detect_language(opening[: DETECT_CHARS // 4] + german) == "de"
