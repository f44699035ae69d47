"""Main text and metadata from an HTML page: a numbered cascade of layers.

Each layer runs on what the one before left; the figures are in docs/eval-extraction.md.

1. **parse** the page once (trafilatura's lenient loader; an XML declaration or a
   truncated page is fine), for the metadata, the page-structure layers and the dates;
   trafilatura gets this tree (it works on a copy) instead of parsing the page again
   (htmldate still parses the page itself: its parser keeps the comments, where some
   pages keep their date). A page over ``HTML_MAX_CHARS`` is cut at the last tag start
   before that limit first (``capped`` says so), since the trees of a 16 MB page cost
   ~380 MB; the 1,789 pages of the shared eval sets are all under 1.6 M characters;
2. **trafilatura** extracts the main text as blocks, comments off: reader comments are
   not the article, and keeping them costs precision. Its comparison with readability
   and jusText runs only where its own rules say it could change the result
   (``clean/html_gate.py``: on ~74 % of pages it cannot, and is skipped);
3. **fallbacks** when that is empty: trafilatura again favouring recall, and last the
   page's visible text taken whole (so an odd page yields something; ``layer`` says so);
4. **standfirst**: the lead paragraph that sits between the headline and the first
   block trafilatura kept, which trafilatura drops when the page marks it up as a
   "teaser"; taken back when it is prose (a sentence of 12+ words, not links, not a
   caption, byline or widget), at most two such paragraphs;
5. **teaser links**: a block that is nothing but the text of a link to another page of
   the same site (another article's headline), and the headline-shaped blocks under a
   "Related" / "Lesen Sie auch" heading, removed as ``read-more``; and the blocks that
   lie inside furniture named by its markup (``clean/html_containers.py``, the
   ``[[container]]`` entries of ``data/boilerplate.toml``): picture captions
   (``caption``), author biographies (``author-box``), paywall stubs (``paywall``) and
   lists of other articles (``read-more``);
6. **line rules** (``data/boilerplate.toml``) on every block: share prompts, "read also"
   teasers, newsletter and comment prompts, credits and stamps that trafilatura keeps.
   The shape rules and the line scorer of the plain-text path stay off, because in
   HTML a short block between paragraphs is usually a real subheading or list item.
   When every block left is the text of a link, the page is navigation, not an
   article (``navigation_only``; the clean stage fails it with E121);
7. **title**: the page's headline, i.e. the ``<h1>`` that agrees with the metadata
   title, else the metadata title without the site name appended to it;
8. **dates**: stamps from ``html_dates`` (metadata with zones, then htmldate) and the
   stamp lines the rules removed;
9. **truncation**: whether a paywall cut the article (``clean/truncation.py``);
10. **live blog**: each entry's time and first kept paragraph (``clean/live_blog.py``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import htmldate.utils
import trafilatura
import trafilatura.utils
from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from newsprism.clean.dates import FoundStamp
from newsprism.clean.html_containers import furniture_reason, furniture_texts
from newsprism.clean.html_dates import htmldate_stamp, meta_stamps
from newsprism.clean.html_gate import fallback_gate
from newsprism.clean.language import declared_languages
from newsprism.clean.live_blog import live_entries
from newsprism.clean.rules import RuleSet, load_rules
from newsprism.clean.scorer import FEATURES, LineScorer
from newsprism.clean.text import clean_lines, ends_sentence
from newsprism.clean.truncation import truncation
from newsprism.errors import IngestError
from newsprism.models import RemovedLine

log = logging.getLogger(__name__)

# The line scorer is tuned on plain scraped text; on trafilatura's blocks it removes more
# article lines (list items, subheadings) than debris, so the HTML path does without it.
_NO_SCORER = LineScorer(weights=(0.0,) * len(FEATURES), threshold=2.0, max_words=0,
                        version="off")  # fmt: skip

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dd dt blockquote div section header article figcaption td th "
    "pre address main aside footer nav figure ul ol table form".split()
)
_NOT_PROSE_TAGS = frozenset("figure figcaption nav footer aside form a button label".split())
# Class/id words of the page furniture that may sit between a headline and the body.
_NOT_PROSE_CLASS = re.compile(
    r"caption|credit|byline|author|date|time|meta|breadcrumb|share|social|nav|menu|related|"
    r"comment|footer|copyright|tags?\b|categor|newsletter|promo|advert|cookie|subscribe",
    re.IGNORECASE,
)
_NOT_HEADLINE_TAGS = frozenset(("a", "li", "nav", "footer", "aside"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# A "read also" heading with nothing after it: the blocks below it are teasers.
_HEADING_ONLY = re.compile(r"^[^:：|»>]*[:：|»>?]?\s*$")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·»›~•:-]\s+|\s+[|·»›~•]|[|·»›~•]\s+")
_WORD = re.compile(r"\w+")
# A list bullet and a label in capitals before a teaser link: "- VIDEO: The 20-second wash".
_CAPS_LABEL = r"[A-Z0-9][A-Z0-9 '’&-]{1,30}:\s*"
_TEASER_LABEL = re.compile(rf"^[-–—•·*]\s*(?:{_CAPS_LABEL})?|^{_CAPS_LABEL}")

STANDFIRST_MIN_WORDS = 12
STANDFIRST_MAX_BLOCKS = 2
STANDFIRST_SEARCH_BLOCKS = 60  # leaf blocks after the headline searched for the body start
TEASER_MIN_WORDS = 3
TEASER_MAX_WORDS = 20
FURNITURE_MAX_SHARE = 0.4  # more of the page than this in captions: a gallery, keep them
# Pages longer than this (in characters) are cut before parsing: about 70 MB of trees.
HTML_MAX_CHARS = 3_000_000


@dataclass
class HtmlExtraction:
    """What the HTML layers found."""

    paragraphs: list[str]
    title: str | None = None
    url: str | None = None
    author: str | None = None
    sitename: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    stamps: list[FoundStamp] = field(default_factory=list)
    layer: str = "trafilatura"
    navigation_only: bool = False  # every paragraph is link text: a menu, not an article
    declared_languages: dict[str, str] = field(default_factory=dict)  # html lang, og:locale…
    capped: str | None = None  # "first N of M characters" when the page was cut
    truncated: str | None = None  # why the article is cut (a paywall), else None
    live_entries: list[dict[str, object]] = field(default_factory=list)  # a live blog's
    live_blog: str | None = None  # how the page was found to be a live blog, else None


@dataclass
class _PageMeta:
    title: str | None = None
    url: str | None = None
    author: str | None = None
    sitename: str | None = None


# lxml.html asks a Python method (``HtmlElementClassLookup.lookup``) for the class of every
# element it hands to Python: ~0.5 µs each, thousands of times a page in trafilatura,
# readability and our layers (~15 % of a page's cleaning). The same classes looked up in
# C, on the parsers of the pages' trees (trafilatura's, whose copies trafilatura and
# readability walk, and htmldate's). All that is lost are the form controls' subclasses
# (``FormElement.fields``, ``InputElement.value``...), which no extractor reads: a
# ``<form>`` is a plain ``HtmlElement``, with the same text and tree methods.
C_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement,
    comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity,
)
for _parser in (trafilatura.utils.HTML_PARSER, htmldate.utils.HTML_PARSER):
    _parser.set_element_class_lookup(C_CLASS_LOOKUP)


def parse_tree(html: str, location: str = "<html>") -> lxml_html.HtmlElement:
    """Parse HTML leniently (truncated pages are fine); fail clearly on non-HTML."""
    tree = None
    try:
        tree = load_html(html)
    except (etree.ParserError, ValueError, TypeError) as exc:
        log.debug("trafilatura could not load %s: %s", location, exc)
    if tree is None:
        try:
            tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
        except (etree.ParserError, ValueError) as exc:
            raise IngestError(f"unparseable HTML: {exc}", code="E110") from exc
    if tree is None or (tree.find(".//body") is None and not tree.text_content().strip()):
        raise IngestError("HTML has no body or text", code="E111")
    return tree


def extract_html(html: str, *, url: str | None = None, with_dates: bool = True) -> HtmlExtraction:
    """Run the cascade on one page.

    Args:
        html: the decoded page.
        url: the page's address if known (helps trafilatura and htmldate).
        with_dates: also collect date stamps (off for the extraction benchmark).

    Returns:
        The kept paragraphs, the removed blocks with their reasons, the metadata
        (title, URL, author, site name), the date stamps, and the extraction layer
        that produced the text (``trafilatura``, ``trafilatura-recall``, ``visible-text``,
        with ``+standfirst`` when layer 4 took a lead paragraph back).
    """
    # 1. parse
    html, capped = cap_html(html)
    tree = parse_tree(html)
    meta = _page_meta(tree, url)
    headline = _headline(tree, meta)
    # 2-4. trafilatura, then its recall mode, then the visible text; the standfirst
    blocks, layer = _main_blocks(tree, url, headline)
    # 5. teaser links, 6. line rules
    rules = load_rules()
    anchors = _anchors(tree)  # read once: the teaser links here, the navigation test below
    links = _link_targets(anchors, url or meta.url)
    for own in (_text(headline), meta.title):  # the page's own headline links to itself
        links.pop(own or "", None)
    blocks, removed = _drop_teasers(blocks, rules, links, furniture_texts(tree))
    cleaned = clean_lines(
        "\n".join(b for _, b in blocks),
        rules=rules,
        scorer=_NO_SCORER,
        find_title=False,
        shape_rules=False,
        source="html-text",
    )
    removed += [RemovedLine(r.text, r.reason, blocks[r.position][0]) for r in cleaned.removed]
    removed.sort(key=lambda r: r.position)
    gone = {r.position for r in cleaned.removed}
    kept = [block for j, block in enumerate(blocks) if j not in gone]
    # 8. dates
    stamps = _page_stamps(tree, html, url, cleaned.stamps) if with_dates else []
    entries, live_blog = live_entries(tree, html, cleaned.paragraphs)
    # 7. title
    return HtmlExtraction(
        paragraphs=cleaned.paragraphs,
        title=_title(headline, meta),
        url=meta.url or url,
        author=meta.author,
        sitename=meta.sitename,
        removed=removed,
        stamps=stamps,
        layer=layer,
        navigation_only=_navigation_only(anchors, cleaned.paragraphs),
        declared_languages=declared_languages(tree),
        capped=capped,
        truncated=truncation(tree, removed, kept),
        live_entries=entries,
        live_blog=live_blog,
    )


def _main_blocks(tree: lxml_html.HtmlElement, url: str | None,
                 headline: lxml_html.HtmlElement | None) -> tuple[list, str]:  # fmt: skip
    """The main text's blocks and the layer that found them: trafilatura, then its
    recall mode, then the visible text; ``+standfirst`` when a lead paragraph that
    trafilatura left out was taken back."""
    layer = "trafilatura"
    with fallback_gate():  # readability/jusText only where they can change the result
        blocks = _blocks(
            trafilatura.bare_extraction(tree, url=url, include_comments=False, include_tables=True)
        )
    if not blocks:
        blocks = _blocks(
            trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_recall=True)
        )
        layer = "trafilatura-recall"
    if not blocks:
        blocks = _visible_lines(tree)
        layer = "visible-text"
    leads = _standfirst(tree, headline, blocks) if layer != "visible-text" else []
    if leads:
        at = 1 if _collapse(blocks[0]) == _text(headline) else 0
        blocks[at:at] = leads
        layer += "+standfirst"
    return blocks, layer


def _page_stamps(tree: lxml_html.HtmlElement, html: str, url: str | None,
                 text_stamps: list[FoundStamp]) -> list[FoundStamp]:  # fmt: skip
    """The page's date stamps: its metadata, htmldate's day when the metadata has no
    time, and the stamps the line rules removed from the text."""
    stamps = meta_stamps(tree, url)
    if not any(s.has_time for s in stamps):
        day = htmldate_stamp(html, url)  # its own parse keeps comments, ours drops them
        if day is not None:
            stamps.append(day)
    stamps.extend(text_stamps)
    return stamps


def cap_html(html: str, limit: int | None = None) -> tuple[str, str | None]:
    """The page, or its first ``limit`` characters cut at a tag start, and a note saying so.

    lxml builds a tree of any truncated page; the article of a page this long (inline
    data, endless comment threads, a generated dump) starts near its top.
    """
    limit = HTML_MAX_CHARS if limit is None else limit
    if len(html) <= limit:
        return html, None
    cut = html.rfind("<", limit // 2, limit)
    cut = cut if cut > 0 else limit
    return html[:cut], f"first {cut:,} of {len(html):,} characters (pages over {limit:,} are cut)"


def _navigation_only(anchors: list[tuple[str, str | None]], paragraphs: list[str]) -> bool:
    """Whether every paragraph is made of the texts of the page's links, and separators.

    A home page, a menu or a section front, where trafilatura finds no article and keeps
    the link texts ("Home", "News", "Sport"); they would be stored as an article titled
    "Home". A paragraph of an article has words outside its links.
    """
    if not paragraphs:
        return False
    links = sorted({text for text, _ in anchors if text}, key=len, reverse=True)
    for paragraph in paragraphs:
        rest = _collapse(paragraph)
        for link in links:
            if link in rest:
                rest = rest.replace(link, " ")
        if _WORD.search(rest):
            return False
    return True


def _visible_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The lines of the page's ``<body>`` a reader sees: never the ``<head>``.

    Taking the whole document's text made a page cut before its body yield its
    ``<title>`` as the article; with nothing in the body, the item fails as empty (E120).
    """
    body = tree if tree.tag == "body" else tree.find(".//body")
    if body is None:
        return []
    parts = [
        text
        for node in body.iter()
        if node.tag not in ("script", "style", "noscript", "template") and isinstance(node.tag, str)
        for text in (node.text, node.tail if node is not body else None)
        if text
    ]
    return [line for line in "".join(parts).splitlines() if line.strip()]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _text(element: lxml_html.HtmlElement | None) -> str:
    return _collapse(element.text_content()) if element is not None else ""


def _blocks(doc: object) -> list[str]:
    """The lines of trafilatura's text, in NFC as its ``extract`` returns them."""
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str):
        return []
    text = unicodedata.normalize("NFC", text)
    return [line.strip() for line in text.split("\n") if line.strip()]


def _page_meta(tree: lxml_html.HtmlElement, url: str | None) -> _PageMeta:
    """Title, URL, author and site name from the head (OpenGraph, meta tags, JSON-LD).

    trafilatura's metadata helpers, without its date search: the dates come from
    ``html_dates``, so running htmldate twice per page would only cost time.
    """
    try:
        from trafilatura import metadata as tm

        doc = tm.extract_meta_json(tree, tm.examine_meta(tree))
        title = doc.title or tm.extract_title(tree)
        author = doc.author if doc.author and " " in doc.author else None
        page_url = doc.url or tm.extract_url(tree, url)
        sitename = doc.sitename or tm.extract_sitename(tree)
    except Exception as exc:  # a metadata failure must not cost the text
        log.debug("metadata helpers failed (%s); using extract_metadata", exc)
        doc = trafilatura.extract_metadata(tree, default_url=url)
        title, author = doc.title, doc.author
        page_url, sitename = doc.url, doc.sitename
    if isinstance(sitename, str):
        sitename = sitename.lstrip("@")
    return _PageMeta(_clean(title), _clean(page_url), _clean(author), _clean(sitename))


def _clean(value: object) -> str | None:
    return _collapse(value) if isinstance(value, str) and value.strip() else None


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").casefold()))


def _inside(element: lxml_html.HtmlElement, tags: frozenset[str]) -> bool:
    return any(a.tag in tags for a in element.iterancestors())


def _headline(tree: lxml_html.HtmlElement, meta: _PageMeta) -> lxml_html.HtmlElement | None:
    """The ``<h1>`` that is the article's headline, not the site's logo.

    An ``<h1>`` that reads as the metadata title; else, of the ``<h1>`` elements outside
    links, lists, navigation and footers and unlike the site name, the one sharing most
    words with the metadata title (at least 30 % of its words; a lone such ``<h1>``
    needs a shared word or three words of its own); else an ``<h2>``-``<h4>`` that
    reads as the title.
    """
    title_words = _words(meta.title)
    title = (meta.title or "").casefold()
    site = (meta.sitename or "").casefold()
    scored: list[tuple[float, lxml_html.HtmlElement]] = []
    for h1 in tree.iter("h1"):
        text = _text(h1)
        if not text or len(text.split()) > 40 or text.casefold() == site:
            continue
        if text.casefold() == title:
            return h1  # the metadata title, even in a sticky bar or a breadcrumb
        if _inside(h1, _NOT_HEADLINE_TAGS):
            continue
        words = _words(text)
        scored.append((len(words & title_words) / max(len(words), 1), h1))
    if scored:
        share, best = max(scored, key=lambda s: s[0])
        if share >= 0.3:
            return best
        if len(scored) == 1 and (share > 0 or len(_text(best).split()) >= 3):
            return best
    # no <h1> headline: a lower heading that reads as the title does
    wanted = {t.casefold() for t in (meta.title, _title(None, meta)) if t}
    return next((h for h in tree.iter("h2", "h3", "h4") if _text(h).casefold() in wanted), None)


def _title(headline: lxml_html.HtmlElement | None, meta: _PageMeta) -> str | None:
    """The headline's text, else the metadata title minus an appended site name."""
    if headline is not None:
        return _text(headline)
    if not meta.title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(meta.title) if p.strip()]
    site = (meta.sitename or "").casefold()
    if site:
        parts = [p for p in parts if site not in p.casefold()] or parts
    return max(parts, key=len) if len(parts) > 1 else meta.title


def _leaf_blocks_after(start: lxml_html.HtmlElement):
    """Block elements with no block inside them, in document order, after ``start``."""
    for element in start.itersiblings():
        yield from _leaf_blocks_in(element)
    parent = start.getparent()
    if parent is not None:
        yield from _leaf_blocks_after(parent)


def _leaf_blocks_in(element: lxml_html.HtmlElement):
    if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript"):
        return
    children = [c for c in element if isinstance(c.tag, str)]
    inner = [c for c in children if c.tag in _BLOCK_TAGS]
    if element.tag in _BLOCK_TAGS and not inner:
        yield element
        return
    for child in children:
        yield from _leaf_blocks_in(child)


def _standfirst(
    tree: lxml_html.HtmlElement, headline: lxml_html.HtmlElement | None, blocks: list[str]
) -> list[str]:
    """Prose paragraphs between the headline and the first kept block (layer 4)."""
    if headline is None:
        return []
    head_text = _text(headline)
    first = next((_collapse(b) for b in blocks if _collapse(b) != head_text), None)
    if not first:
        return []
    probe = first[:40]
    shared = set(headline.iterancestors())  # the page's frame, whose classes say nothing
    kept = _collapse(" ".join(blocks))
    found: list[str] = []
    for n, element in enumerate(_leaf_blocks_after(headline)):
        text = _text(element)
        if probe in text or (len(text) >= 20 and first.startswith(text)):
            return found if len(found) <= STANDFIRST_MAX_BLOCKS else []
        if n >= STANDFIRST_SEARCH_BLOCKS:
            break
        if len(text.split()) < STANDFIRST_MIN_WORDS or not ends_sentence(text) or text in kept:
            continue
        if _not_prose(element, text, shared):
            continue
        found.append(text)
    return []  # the body start was not found near the headline: leave the text alone


def _not_prose(
    element: lxml_html.HtmlElement, text: str, shared: set[lxml_html.HtmlElement]
) -> bool:
    """Furniture: captions, bylines, widgets, hidden blocks, link lists.

    Only the block and its two nearest containers are looked at, and none it shares
    with the headline: ``<article class="post category-news tag-x">`` frames the whole
    story and says nothing about one block.
    """
    for depth, node in enumerate((element, *element.iterancestors())):
        if node in shared or depth > 2 or node.tag in ("article", "main", "body"):
            break
        if node.tag in _NOT_PROSE_TAGS or _HIDDEN_STYLE.search(node.get("style") or ""):
            return True
        if _NOT_PROSE_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    linked = sum(len(_text(a)) for a in element.iter("a"))
    return linked > 0.3 * len(text)


def _anchors(tree: lxml_html.HtmlElement) -> list[tuple[str, str | None]]:
    """(collapsed text, ``href``) of every link of the page, in document order."""
    return [(_text(a), a.get("href")) for a in tree.iter("a")]


def _link_targets(anchors: list[tuple[str, str | None]], page_url: str | None
                  ) -> dict[str, bool]:  # fmt: skip
    """Texts of the links of 3+ words; True when one leads to another page of the site.

    A malformed page address (``https://news.example[/2024``, from a feed) is as good
    as none: ``urlsplit`` raises on it, and the links are still judged, relative to nothing.
    """
    try:
        page = urlsplit(page_url or "")
    except ValueError:
        page_url, page = None, urlsplit("")
    targets: dict[str, bool] = {}
    for text, given in anchors:
        if len(text.split()) < TEASER_MIN_WORDS:
            continue
        href = (given or "").strip()
        other_page = False
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            try:
                target = urlsplit(urljoin(page_url or "", href))
            except ValueError:  # a malformed address ("https://[ccpa-preferences]")
                continue
            other_page = (
                target.scheme in ("http", "https", "")
                and (not page.netloc or target.netloc == page.netloc)
                and target.path.rstrip("/") != page.path.rstrip("/")
            )
        targets[text] = targets.get(text, False) or other_page
    return targets


def _drop_teasers(
    blocks: list[str], rules: RuleSet, links: dict[str, bool],
    furniture: list[tuple[str, str]] | None = None,
) -> tuple[list[tuple[int, str]], list[RemovedLine]]:  # fmt: skip
    """Layer 5: other articles' headlines, as links or under a "read also" heading, and
    blocks inside furniture named by its markup.

    Returns the kept blocks with their index in ``blocks``, and the removed ones.
    """
    kept: list[tuple[int, str]] = []
    removed: list[RemovedLine] = []
    under_heading = False
    reasons = _furniture_reasons(blocks, furniture or [])
    for i, block in enumerate(blocks):
        text = _collapse(block)
        reason = reasons[i]
        if reason is not None:
            removed.append(RemovedLine(block, reason, i))
            continue
        words = len(text.split())
        if under_heading and words <= TEASER_MAX_WORDS and not ends_sentence(text):
            removed.append(RemovedLine(block, "read-more", i))
            continue
        under_heading = False
        rule = rules.first_match(text, words)
        if rule is not None and rule.name == "read-more" and _HEADING_ONLY.match(text):
            under_heading = True  # the rule itself removes the heading in layer 6
        elif _is_teaser_link(text, links) and words <= TEASER_MAX_WORDS + 10:
            removed.append(RemovedLine(block, "read-more", i))
            continue
        kept.append((i, block))
    return kept, removed


def _furniture_reasons(blocks: list[str], furniture: list[tuple[str, str]]) -> list[str | None]:
    """Each block's furniture reason, unless that kind of furniture is the page itself.

    When the blocks of one kind hold more than ``FURNITURE_MAX_SHARE`` of the page's words,
    they are its content: the captions of a picture gallery, the entries of a list page.
    """
    reasons = [furniture_reason(_collapse(b), furniture) for b in blocks]
    if not any(reasons):
        return reasons
    words = [len(b.split()) for b in blocks]
    total = sum(words) or 1
    share: dict[str, int] = {}
    for reason, count in zip(reasons, words, strict=True):
        if reason is not None:
            share[reason] = share.get(reason, 0) + count
    content = {reason for reason, count in share.items() if count > FURNITURE_MAX_SHARE * total}
    return [None if reason in content else reason for reason in reasons]


def _is_teaser_link(text: str, links: dict[str, bool]) -> bool:
    """The block is a link to another page of the site, shaped like a headline, maybe after
    a bullet and a label in capitals ("- A SIMPLE GUIDE: How do I protect myself?")."""
    core = _TEASER_LABEL.sub("", text, count=1) if text[:1] in "-–—•·*" or ":" in text else text
    return bool(links.get(text) or links.get(core)) and _teaser_shaped(core)


def _teaser_shaped(text: str) -> bool:
    """A headline: no sentence-final full stop (a question or exclamation may end one)."""
    return not ends_sentence(text) or text.rstrip("\"'”’»)]").endswith(("?", "!"))
