"""Sort the errors of ``eval extraction`` by kind, from the page's markup around each one.

    newsprism eval extraction ../shared/data/trafilatura-eval --system newsprism \\
        --pages errors.jsonl
    python scripts/extraction_error_kinds.py ../shared/data/trafilatura-eval errors.jsonl \\
        [--show 1] [--json kinds.json]

For every wrong segment of the ``--pages`` file (a *without* segment kept: FP; a *with*
segment missed: FN), the page is cleaned again and read, and the segment gets the first
kind that applies:

FN (article text missed):
- ``removed:<reason>``: newsprism had the text and a layer of its own removed it (the
  reason is the one stored with the removed block);
- ``soft-hyphen``: the gold segment holds U+00AD, which the output never has;
- ``page-miss``: half or more of the page's *with* segments are missed (trafilatura kept
  the wrong part of the page, or the page is a script's JSON);
- ``heading`` / ``list-item`` / ``table-cell`` / ``quote-box`` / ``caption`` /
  ``comment``: the innermost element holding the segment, or one of its ancestors, is
  that (``<h2>``, ``<li>``, ``<td>``, ``<blockquote>``, a caption, a reader comment);
- ``not-in-markup``: the segment is not found in the page's text (a script writes it);
- ``paragraph``: a plain paragraph missed.

FP (furniture kept): by its words (``date-stamp``, ``copyright-credit``,
``source-disclaimer``, ``contact-press``, ``teaser-label``: the heading or label of a
teaser, ``outlet-promo``: the outlet's own newsletter, app, channel or appeal), else by
the class, id and tag words of the element holding the segment and its nearest
ancestors (``comment``, ``related-teaser``, ``caption``, ``author-box``,
``share-social``, ``navigation``, ``tags-categories``, ``promo-ad``, ``paywall-prompt``,
``meta-byline-date``, ``contact-address``), else ``unmarked`` (in the article's
container, named by nothing).

Prints the counts per kind with one example each (page and segment), as a Markdown table.
Writes nothing unless ``--json`` is given. Only pages of the dev set (trafilatura-eval)
are read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from lxml import etree

from newsprism.clean.html import extract_html, parse_tree
from newsprism.eval import read_page

# Markup words, tried in this order on the element and then its ancestors (innermost
# first): the first ancestor that names a kind names the segment's kind.
FP_MARKUP = (
    ("comment", r"comment|respond|kommentar|disqus|reply|replies|discussion"),
    ("paywall-prompt", r"paywall|regwall|kiosq|piano|subscri|abo-|premium|meter"),
    ("caption", r"caption|figcaption|bildunterschrift|bildtext|legend|credit|gallery|galerie"),
    ("author-box", r"author|autor|\bbio\b|byline-bio|about-?us|about-?the"),
    ("related-teaser", r"related|teaser|recommend|more-|weitere|popular|trending|read-?more"
                       r"|also|outbrain|taboola|widget|latest|news-?list|post-?list"),
    ("share-social", r"share|social|sharing|follow|facebook|twitter|whatsapp"),
    ("tags-categories", r"\btags?\b|tag-|categor|schlagw|keywords|topics"),
    ("promo-ad", r"\bads?\b|ad-|advert|promo|banner|sponsor|newsletter|anzeige|werbung|cta"),
    ("navigation", r"\bnav|menu|breadcrumb|footer|header|sidebar|masthead|pagination"),
    ("meta-byline-date", r"\bmeta|byline|\bdate|\btime|posted|entry-info|publish|rating"),
    ("contact-address", r"contact|kontakt|address|adresse|impressum|vcard"),
)
MARK_LEVELS = 4
FP_TAGS = {"aside": "related-teaser", "nav": "navigation", "footer": "navigation",
           "header": "navigation", "figcaption": "caption", "time": "meta-byline-date"}
FP_WORDS = (
    ("date-stamp", r"^\W*(\d{1,2}[./:]\d{1,2}([./:]\d{2,4})?|\d{4}-\d\d-\d\d)\b.{0,30}$"),
    ("copyright-credit", r"©|copyright|all rights reserved|alle rechte|foto:|photo:|bild:"),
    ("source-disclaimer", r"^(quelle|source|fuente)\s*:|ohne gewähr|disclaimer|haftung"),
    ("contact-press", r"^(kontakt|telefon|tel\.|contact|pressesprecher|ansprechpartner)"),
    ("teaser-label", r"^(lea|mire|vea|mehr zum thema|weitere|top-themen|beiträge aus"
                     r"|vorschau auf|auch auf|más sobre|kommentierte artikel)\b"),
    ("outlet-promo", r"newsletter|subscri|abonn|\babo\b|follow|canal de|inbox|posteingang"
                     r"|sign up|jetzt auch|magazin\?|ausgabe der|wesprzyj|subskrypcj"
                     r"|periodismo|letter to the editor|unser(en)? [\w-]*(finder|tools)"),
)
FN_TAGS = (
    ("heading", {"h1", "h2", "h3", "h4", "h5", "h6"}),
    ("list-item", {"li", "dt", "dd"}),
    ("table-cell", {"td", "th"}),
    ("quote-box", {"blockquote"}),
    ("caption", {"figcaption"}),
)
FN_MARKUP = (("comment", r"comment|kommentar|respond"), ("caption", r"caption|bildunterschrift"),
             ("heading", r"headline|heading|subtitle|zwischentitel"))  # fmt: skip


def collapse(text: str) -> str:
    return " ".join(text.split())


def holder(tree: etree._Element, segment: str) -> etree._Element | None:
    """The innermost element whose text holds the segment's first 60 characters."""
    probe = collapse(segment)[:60]
    node = tree
    if probe not in collapse(node.text_content()):
        return None
    while True:
        inner = next((c for c in node.iterchildren(etree.Element)
                      if probe in collapse(c.text_content())), None)  # fmt: skip
        if inner is None:
            return node
        node = inner


def marks(element: etree._Element) -> list[tuple[str, str]]:
    """(tag, "class id") of the element and its ancestors, innermost first."""
    chain = [element, *element.iterancestors()]
    return [(e.tag if isinstance(e.tag, str) else "", f"{e.get('class') or ''} "
             f"{e.get('id') or ''}".lower()) for e in chain]  # fmt: skip


def fp_kind(element: etree._Element | None, segment: str) -> str:
    """Its words first (a stamp is a stamp wherever it sits), then the markup of the
    element and of its nearest ``MARK_LEVELS`` ancestors (a page's outer wrappers name
    every block of it)."""
    text = collapse(segment).lower()
    kind = next((k for k, rx in FP_WORDS if re.search(rx, text)), None)
    if kind is not None or element is None:
        return kind or "unmarked"
    for tag, words in marks(element)[:MARK_LEVELS]:
        if tag in FP_TAGS:
            return FP_TAGS[tag]
        kind = next((k for k, rx in FP_MARKUP if re.search(rx, words)), None)
        if kind is not None:
            return kind
    return "unmarked"


def fn_kind(element: etree._Element | None, segment: str, removed: dict[str, str],
            page_share: float) -> str:  # fmt: skip
    text = collapse(segment)
    reason = next((r for block, r in removed.items() if text[:60] in block), None)
    if reason is not None:
        return f"removed:{reason}"
    if "\xad" in segment:
        return "soft-hyphen"
    if page_share >= 0.5:
        return "page-miss"
    if element is None:
        return "not-in-markup"
    for tag, words in marks(element)[:MARK_LEVELS]:
        kind = next((k for k, tags in FN_TAGS if tag in tags), None)
        kind = kind or next((k for k, rx in FN_MARKUP if re.search(rx, words)), None)
        if kind is not None:
            return kind
    return "paragraph"


def page_kinds(data_dir: Path, record: dict) -> list[tuple[str, str, str]]:
    """(FP or FN, kind, segment) of every wrong segment of one page."""
    html = read_page(data_dir, record["file"])
    if html is None:
        return []
    tree = parse_tree(html)
    result = extract_html(html, url=record["url"], with_dates=False)
    removed = {collapse(r.text): r.reason for r in result.removed}
    share = record["fn"] / max(1, record["with"])
    found = [("FP", fp_kind(holder(tree, s), s), s) for s in record["fp_segments"]]
    return found + [("FN", fn_kind(holder(tree, s), s, removed, share), s)
                    for s in record["fn_segments"]]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("errors", type=Path, help="the --pages file of eval extraction")
    parser.add_argument("--show", type=int, default=1, help="examples per kind")
    parser.add_argument("--json", type=Path, help="also write every segment's kind here")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    rows = []
    for line in args.errors.read_text("utf-8").splitlines():
        record = json.loads(line)
        for side, kind, segment in page_kinds(args.data_dir, record):
            counts[side, kind] += 1
            host = re.sub(r"^https?://(www\.)?", "", record["url"]).split("/")[0]
            examples.setdefault((side, kind), []).append(f"{host}: {collapse(segment)[:90]}")
            rows.append({"url": record["url"], "side": side, "kind": kind, "segment": segment})
    print("| side | kind | segments | example |\n|---|---|---:|---|")
    for (side, kind), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        shown = "; ".join(examples[side, kind][: args.show]).replace("|", "/")
        print(f"| {side} | {kind} | {n} | {shown} |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
