"""Page furniture known by its markup: captions, author boxes, paywalls, related lists.

trafilatura keeps some furniture that sits inside the article's container: a picture's
caption, the author's biography, a paywall's "subscribe to read on", the list of other
articles. Their text alone often reads like prose, so no line rule can tell them; their
markup does (``<figcaption>``, ``class="author-bio"``, ``class="paywall"``,
``class="related-posts"``). The ``[[container]]`` entries of ``data/boilerplate.toml``
name them, so a new kind of furniture is a new entry, not code.

A block is furniture when its text lies inside such an element's text. An element with
more words than its entry's ``max_words``, or one that holds the headline, an
``<article>`` or a ``<main>``, frames the page rather than a piece of it, and counts for
nothing (a theme's ``<div class="related-wrapper">`` around the whole story).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lxml import etree
from lxml import html as lxml_html

_FRAMES = ("article", "main", "h1", "body")
MIN_BLOCK_CHARS = 3  # "©" or "|" alone are left to the line rules


@dataclass(frozen=True)
class ContainerRule:
    """One kind of furniture: its reason name, and the markup that names it."""

    name: str
    tags: frozenset[str]
    pattern: re.Pattern[str] | None
    max_words: int
    description: str = ""
    keywords: tuple[str, ...] = ()  # one of them is in every match: a cheap first test

    def matches(self, element: lxml_html.HtmlElement) -> bool:
        if element.tag in self.tags:
            return True
        if self.pattern is None:
            return False
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        return marks.strip() != "" and self.pattern.search(marks) is not None


def parse_container_rules(text: str, origin: str = "<rules>") -> tuple[ContainerRule, ...]:
    """The ``[[container]]`` entries of a rules document; a bad pattern names its entry."""
    rules = []
    for entry in tomllib.loads(text).get("container", []):
        try:
            pattern = re.compile(entry["class"], re.IGNORECASE) if entry.get("class") else None
        except re.error as exc:
            raise ValueError(f"{origin}: container {entry.get('name')!r}: {exc}") from exc
        rules.append(ContainerRule(
            name=entry["name"], tags=frozenset(entry.get("tags", [])), pattern=pattern,
            max_words=int(entry.get("max_words", 100)),
            description=entry.get("description", ""),
            keywords=tuple(k.lower() for k in entry.get("keywords", ())),
        ))  # fmt: skip
    return tuple(rules)


@lru_cache(maxsize=1)
def load_container_rules() -> tuple[ContainerRule, ...]:
    text = resources.files("newsprism").joinpath("data/boilerplate.toml").read_text("utf-8")
    return parse_container_rules(text, "data/boilerplate.toml")


@lru_cache(maxsize=8)
def _prefilter(rules: tuple[ContainerRule, ...]) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The tags, and one regex of every keyword, that any rule's match must show.

    Judging every element with every rule in Python cost more than the rest of the layer
    (a page has thousands of elements, many with ids of their own); one search of a
    literal alternation per distinct class or id string costs a tenth of that.
    """
    tags = frozenset(tag for rule in rules for tag in rule.tags)
    if any(rule.pattern is not None and not rule.keywords for rule in rules):
        return tags, None  # a rule without keywords: every marked element is a candidate
    words = sorted({k for rule in rules for k in rule.keywords}, key=len, reverse=True)
    return tags, re.compile("|".join(map(re.escape, words)))  # searched in lower case


def furniture_texts(
    tree: lxml_html.HtmlElement, rules: tuple[ContainerRule, ...] | None = None
) -> list[tuple[str, str]]:
    """(collapsed text, reason) of every furniture element of the page, outermost first.

    An element inside one already taken is skipped: its text is part of the outer one's.
    """
    rules = load_container_rules() if rules is None else rules
    tags, keywords = _prefilter(rules)
    found: list[tuple[str, str]] = []
    taken: set[lxml_html.HtmlElement] = set()
    seen: dict[str, bool] = {}  # class or id string: holds a keyword

    def marked(value: str | None) -> bool:
        if not value:
            return False
        if value not in seen:
            seen[value] = keywords is None or keywords.search(value.lower()) is not None
        return seen[value]

    judged: dict[tuple[str, str | None, str | None], ContainerRule | None] = {}
    for element in tree.iter(etree.Element):
        if element.tag not in tags and not (marked(element.get("class"))
                                            or marked(element.get("id"))):  # fmt: skip
            continue
        # a rule reads only the tag, the class and the id, which repeat down a list
        key = (element.tag, element.get("class"), element.get("id"))
        if key not in judged:
            judged[key] = next((r for r in rules if r.matches(element)), None)
        rule = judged[key]
        if rule is None or (taken and any(a in taken for a in element.iterancestors())):
            continue
        # a frame first: its text (the whole article, often) need not be read
        if element.tag in _FRAMES or next(element.iter(*_FRAMES[:3]), None) is not None:
            continue
        text = " ".join(element.text_content().split())
        if not text or len(text.split()) > rule.max_words:
            continue
        taken.add(element)
        found.append((text, rule.name))
    return found


def furniture_reason(block: str, furniture: list[tuple[str, str]]) -> str | None:
    """The reason of the furniture element whose text holds ``block``, if one does."""
    if len(block) < MIN_BLOCK_CHARS:
        return None
    return next((reason for text, reason in furniture if block in text), None)
