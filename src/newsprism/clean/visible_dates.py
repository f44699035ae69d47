"""Layer 5 of the page's date evidence: the stamp printed near the headline.

"Veröffentlicht am 16.08.2019", "November 8, 2023", "Updated Mar 12, 2020": found in the
visible text around the ``<h1>`` (outside sidebars, navigation and footers), with a
dateline ("WASHINGTON (Reuters) – …") told apart from a stamp. ``html_dates`` weighs
these beside the other layers.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import html as lxml_html

from newsprism.clean.dates import (
    FoundStamp,
    find_stamps,
    is_stamp_only,
    numeric_order_hint,
)

# Body areas whose dates belong to other articles or to comments.
_NOISE_TAGS = frozenset(("aside", "nav", "footer", "form", "select", "button", "blockquote"))


_NOISE_CLASS = re.compile(
    r"related|teaser|sidebar|widget|comment|recommend|more-|popular|trending|footer|"
    r"newsletter|breadcrumb|navigation|menu|slider|carousel|latest|also|instagram|twitter|"
    r"tiktok|embed",
    re.I,
)


_HIDDEN = re.compile(r"hidden|sr-only|screen-reader|logo|brand|site-title|site-name", re.I)


_SKIP_TEXT = frozenset(("script", "style", "noscript", "template", "svg"))


_TEXT_WINDOW_AFTER = 1500  # characters of visible text read after the headline


_TEXT_WINDOW_BEFORE = 300


# place names before it ("Karlsruhe, (", "BERLIN -"), punctuation after it
_DATELINE_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w.'-]*[ ,/(–-]*){0,4}")


_DATELINE_AFTER = re.compile(r"\s*\)?\s*(?:[.:–—|-]|$)")


_LINE_MAX = 150  # a byline or date line; longer blocks are article paragraphs


_BLOCK_TAGS = frozenset((
    "p", "div", "li", "td", "th", "dd", "dt", "header", "section", "article", "main",
    "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "figure", "address",
    "ul", "ol", "table", "tr", "body",
))  # fmt: skip


def visible_stamps(tree: lxml_html.HtmlElement) -> list[FoundStamp]:
    """Stamps printed in short lines just around the page's headline (its ``<h1>``).

    A date inside a paragraph of the article ("the rules in force since 28.01.2022")
    is not the article's stamp: only lines up to ``_LINE_MAX`` characters count, or a
    stamp with a label ("Published", "Veröffentlicht am", "Updated").
    """
    headline = _headline(tree)
    if headline is None:
        return []
    before: deque[_Chunk] = deque()  # the last _TEXT_WINDOW_BEFORE characters before it
    before_size = 0
    after: list[_Chunk] = []  # the headline and _TEXT_WINDOW_AFTER characters after it
    after_size = 0
    for chunk in _text_chunks(tree, headline):
        if not after and not chunk.in_headline:
            before.append(chunk)
            before_size += len(chunk.text)
            while before_size - len(before[0].text) > _TEXT_WINDOW_BEFORE:
                before_size -= len(before.popleft().text)
            continue
        after.append(chunk)
        after_size += 0 if chunk.in_headline else len(chunk.text)
        if after_size > _TEXT_WINDOW_AFTER:
            break  # the rest of the page is not walked
    if not after:
        return []
    before.reverse()  # nearest the headline first
    day_first = numeric_order_hint([c.text for c in (*before, *after)])
    day_first = True if day_first is None else day_first  # most of the world writes D/M/Y
    lengths: dict[lxml_html.HtmlElement, int] = {}
    found: list[FoundStamp] = []
    for where, window in (("after", after), ("before", before)):
        for i, chunk in enumerate(window):
            stamps = find_stamps(chunk.text[:300], source=f"html-visible:{where}:{i}",
                                 day_first=day_first)  # fmt: skip
            if not stamps:
                continue
            if chunk.block not in lengths:
                lengths[chunk.block] = len(" ".join(chunk.block.text_content().split()))
            short = lengths[chunk.block] <= _LINE_MAX
            if chunk.in_headline and not is_stamp_only(chunk.text, stamps):
                continue  # "Minutes of the board meeting of 10 October 2019" is a title
            found.extend(s for s in stamps if short or s.role != "bare" or _is_dateline(chunk, s))
            if len(found) >= 3:
                return found[:3]
    return found


@dataclass(frozen=True)
class _Chunk:
    text: str
    in_headline: bool
    block: lxml_html.HtmlElement  # the block element whose line this text belongs to


def _headline(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The page's headline: the ``<h1>`` that best matches its title (a logo is an h1 too)."""
    heads: list[lxml_html.HtmlElement] = []
    for tag in ("h1", "h2"):  # an h2 only when the page has no visible h1
        heads = [h for h in tree.iter(tag) if h.text_content().strip() and not _is_hidden(h)][:8]
        if heads:
            break
    if len(heads) <= 1:
        return heads[0] if heads else None
    title = " ".join(
        (m.get("content") or "") for m in tree.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title")
    )  # fmt: skip
    title_el = tree.find(".//title")
    title += " " + (title_el.text_content() if title_el is not None else "")
    words = set(re.findall(r"\w{3,}", title.lower()))

    def shared(h: lxml_html.HtmlElement) -> int:
        return len(set(re.findall(r"\w{3,}", h.text_content().lower())) & words)

    best = max(heads, key=shared)  # the first of the best: max keeps the earliest
    return best if shared(best) > 0 else heads[0]


def _text_chunks(tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement
                 ) -> Iterator[_Chunk]:  # fmt: skip
    """The body's text pieces in document order, outside sidebars, menus and footers.

    A loop over a stack of child iterators, not a recursive generator: each chunk of a
    recursive one climbs back through one ``yield from`` per level of nesting. An
    element's tail belongs to its parent's line.
    """
    body = tree.find(".//body")
    if body is None:
        return
    # a set of the elements themselves: lxml proxies (and their ids) live only while referenced
    keep = {*headline.iterancestors(), headline}
    noise: dict[str, bool] = {}  # class and id string: names a sidebar, a menu...
    frame = _enter(body, False, body, headline, keep, noise)
    if frame is None:
        return
    if body.text and body.text.strip():
        yield _Chunk(body.text.strip(), frame[2], frame[3])
    stack = [frame]
    while stack:
        el, children, inside, block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack and el.tail and el.tail.strip():
                yield _Chunk(el.tail.strip(), stack[-1][2], stack[-1][3])
            continue
        entered = _enter(child, inside, block, headline, keep, noise)
        if entered is None:  # not walked; its tail is still its parent's text
            if child.tail and child.tail.strip():
                yield _Chunk(child.tail.strip(), inside, block)
            continue
        if child.text and child.text.strip():
            yield _Chunk(child.text.strip(), entered[2], entered[3])
        stack.append(entered)


_Frame = tuple[lxml_html.HtmlElement, Iterator[lxml_html.HtmlElement], bool,
               lxml_html.HtmlElement]  # fmt: skip


def _enter(el: lxml_html.HtmlElement, inside: bool, block: lxml_html.HtmlElement,
           headline: lxml_html.HtmlElement, keep: set[lxml_html.HtmlElement],
           noise: dict[str, bool]) -> _Frame | None:  # fmt: skip
    """The walk's frame for ``el`` (its children, in the headline?, its block), or None
    when its text is not read: a script, a comment, a sidebar outside the headline's path."""
    tag = el.tag
    if not isinstance(tag, str) or tag in _SKIP_TEXT:
        return None
    if not inside and (tag in _NOISE_TAGS or _is_noise_cached(el, noise)) and el not in keep:
        return None
    return (el, iter(el), inside or el is headline, el if tag in _BLOCK_TAGS else block)


def _is_noise_cached(el: lxml_html.HtmlElement, seen: dict[str, bool]) -> bool:
    """:func:`_is_noise`, judged once per distinct class and id string of the page."""
    marks = _marks(el)
    if marks not in seen:
        seen[marks] = bool(_NOISE_CLASS.search(marks))
    return seen[marks]


def _is_dateline(chunk: _Chunk, stamp: FoundStamp) -> bool:
    """A dateline opening a paragraph: "Karlsruhe, (12.11.2021). Traditionell …"."""
    first = next((t.strip() for t in chunk.block.itertext() if t.strip()), "")
    if first != chunk.text:
        return False  # not the opening of its paragraph
    at = chunk.text.find(stamp.original)
    return at >= 0 and bool(
        _DATELINE_BEFORE.fullmatch(chunk.text[:at])
        and _DATELINE_AFTER.match(chunk.text[at + len(stamp.original) :])
    )


def _marks(el: lxml_html.HtmlElement) -> str:
    """The class and id an element names itself by, the one string the patterns read."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _is_hidden(el: lxml_html.HtmlElement) -> bool:
    return bool(_HIDDEN.search(_marks(el)))


def _is_noise(el: lxml_html.HtmlElement) -> bool:
    return bool(_NOISE_CLASS.search(_marks(el)))


def in_noise(el: lxml_html.HtmlElement) -> bool:
    return any(anc.tag in _NOISE_TAGS or _is_noise(anc) for anc in el.iterancestors())
