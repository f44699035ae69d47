"""One self-contained HTML page for a compared story (``newsprism compare --format html``).

The page makes no request of its own: the stylesheet and the small script are inline
and pinned by hash in a Content-Security-Policy, the chart is SVG drawn here, and the
only URLs on the page are the articles' own ``http(s)`` addresses, as plain links. A
report is often opened from disk or mailed around, and a page that fetched a font or a
library would tell a third party who reads which story.

Article text is untrusted (it is whatever a web page said). Every string reaches the
page through Jinja2 autoescaping; highlighting splits the text at the evidence offsets
here, in Python, and the template escapes each piece, so no markup is ever spliced
into article text. Anchor ids are built from list positions, never from data.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from newsprism.report._shared import (
    STATUS_HELP,
    STATUSES,
    article_colours,
    article_labels,
    as_int,
    headline_aliases,
    labels_by_id,
    published,
    quote_speaker_labels,
    tally,
    title_or_opening,
    unresolved_label,
)
from newsprism.report._shared import status as _status
from newsprism.report.chart import framing_chart
from newsprism.report.facts_view import conflicts_view, shared_facts_view
from newsprism.report.framing_view import hedges_and_loaded, label_choice_view, voices_view
from newsprism.report.hedge_view import CHECK, hedge, hedge_note
from newsprism.report.html_cites import Citation, CiteFn, Citer  # noqa: F401 (re-exported)
from newsprism.report.partial_quote_view import partial_quotes_view
from newsprism.report.partly_view import rest_note
from newsprism.report.quote_lead_in import lead_ins
from newsprism.report.source_word import source_word, status_help
from newsprism.report.truncation_view import (
    cut_note,
    cut_reasons,
    fact_cut_note,
    not_seen,
    stopped_ids,
)

logger = logging.getLogger(__name__)

TEMPLATES = "data/templates"  # inside the newsprism package: package data installs it

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_UTC_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$")


@dataclass(frozen=True)
class CrossRef:
    """A link from a highlighted sentence to the same fact in another column."""

    anchor: str
    number: int
    outlet: str


@dataclass
class Mark:
    """One evidence sentence to highlight.

    ``fact`` is the fact's position in ``claims`` (it names the group in the page, so no
    data reaches a selector), ``fact_id`` its id (``F1``), ``claim_id`` the article's own
    claim (``<article id>:c3``).
    """

    fact: int
    fact_id: str
    claim_id: str
    status: str
    start: int
    end: int
    anchor: str
    note: str = ""
    links: list[CrossRef] = field(default_factory=list)
    cut: str = ""  # shown beside the sentence: a cut article's silence is not evidence


@dataclass
class Segment:
    """A run of article text, highlighted when ``mark`` is set.

    A mark that crosses a paragraph break becomes several segments: only the first
    carries the anchor id (ids are unique) and only the last the cross-links.
    """

    text: str
    mark: Mark | None = None
    first: bool = False
    last: bool = False


def render_html(analysis: Mapping[str, Any], known: Mapping[str, int] | None = None) -> str:
    """Render the analysis of one story as a single self-contained HTML page.

    Args:
        analysis: the public JSON of ``newsprism compare`` (``StoryAnalysis.as_dict()``,
            or the same loaded from a ``--format json`` file); see docs/json-schema.md.
        known: the store's outlet colours when the articles come from a store
            (``report.outlet_colours.store_colours``), so the report colours each outlet
            as the web does; None for files, which no store colours.

    Returns:
        The page: articles side by side with the evidence of each fact highlighted by
        status and linked across columns, then conflicts, omissions, framing (with an
        SVG chart), entities, quotes and quote variants. No external resources.
    """
    css, js = _asset("report.css"), _asset("report.js")
    csp = (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    view = build_view(analysis, known)
    # The assets are this package's own files, never data: Markup keeps them verbatim
    # so that the hashes in the policy match what the browser sees.
    return (
        _environment()
        .get_template("report.html.j2")
        .render(**view, css=Markup(css), js=Markup(js), csp=csp)
    )


def build_view(analysis: Mapping[str, Any],
               known: Mapping[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    """The template's data: plain values, offsets already resolved into text segments;
    apart from rendering so that tests can check the highlighting without parsing HTML,
    and the template holds no logic beyond loops. ``known``: the store's outlet colours
    (the web's story page; a standalone report has none)."""
    articles: list[Mapping[str, Any]] = list(analysis.get("articles") or [])
    facts: list[Mapping[str, Any]] = list(analysis.get("claims") or [])
    index = {a.get("id"): i for i, a in enumerate(articles)}
    labels = article_labels(articles)
    colours = article_colours(articles, known)
    names = labels_by_id(articles)
    reasons = cut_reasons(analysis)
    stopped = stopped_ids(reasons)

    marks = _evidence_marks(facts, index, labels, names, stopped, source_word(articles))
    columns, fact_anchor, claim_anchor = _columns(articles, marks, labels)
    citer = Citer(index, labels, colours, names, facts, fact_anchor, claim_anchor, stopped,
                  lead_ins(facts, analysis.get("quotes") or []))
    cite, fact_refs = citer.cite, citer.fact_refs
    omissions = analysis.get("omissions") or {}
    unseen = not_seen(analysis)
    framing = analysis.get("framing") or {}
    status_counts = Counter(_status(f.get("status")) for f in facts)
    helps = status_help(STATUS_HELP, source_word(articles))  # "source" for files
    return {
        "page_title": _page_title(articles),
        "source_word": source_word(articles),  # "outlet", or "source" for files (session 35)
        "schema_version": str(analysis.get("schema_version", "")),
        "embedder": str(analysis.get("embedder", "")),
        "statuses": [(s, helps[s], status_counts.get(s, 0)) for s in STATUSES],
        "articles": [
            {**_article_view(i, article, (labels[i], colours[i]), segment_text(text, kept)),
             "cut_note": cut_note(reasons.get(str(article.get("id")))),
             "cut_reason": reasons.get(str(article.get("id")), "")}
            for i, (article, text, kept) in enumerate(columns)
        ],
        "summary": fact_refs(analysis.get("summary")),
        "shared_facts": shared_facts_view(facts, articles, cite),
        "conflicts": conflicts_view(facts, cite, articles),
        "omissions": _omissions_view(articles, (labels, colours), fact_refs,
                                     (omissions, reasons, unseen)),
        "framing": [
            _framing_view(i, (labels[i], colours[i]), framing.get(a.get("id")))
            for i, a in enumerate(articles)
        ],
        "chart": framing_chart(articles, framing, labels, colours),
        "label_choice": label_choice_view(analysis, articles, labels, colours),
        "voices_heard": voices_view(analysis, articles, labels),
        "partial_quotes": partial_quotes_view(analysis, articles, labels, colours),
        "entity_columns": list(zip(labels, colours, strict=True)),
        "entities": _entities_view(analysis.get("entities") or [], articles),
        **_quotes_view(analysis.get("quotes") or [], analysis.get("quote_variants") or [], cite),
    }


def _omissions_view(articles: Sequence[Mapping[str, Any]],
                    looks: tuple[Sequence[str], Sequence[str]], fact_refs: Any,
                    found: tuple[Mapping[str, Any], Mapping[str, str], Mapping[str, Any]],
                    ) -> list[dict[str, Any]]:  # fmt: skip
    """Per article: the corroborated facts it leaves out, why its text was cut, and the
    facts of parts it was not seen to cover (``found``: omissions, cut reasons, unseen)."""
    labels, colours = looks
    omissions, reasons, unseen = found
    return [
        {
            "label": labels[i],
            "anchor": f"art-{i}",
            "colour": colours[i],
            "missing": fact_refs(omissions.get(a.get("id"))),
            "cut": cut_note(reasons.get(str(a.get("id")))),
            "not_seen": fact_refs(unseen.get(str(a.get("id")))),
        }
        for i, a in enumerate(articles)
    ]


def _evidence_marks(facts: Sequence[Mapping[str, Any]], index: Mapping[Any, int],
                    labels: Sequence[str], names: Mapping[str, str],
                    stopped: frozenset[str] = frozenset(),
                    word: str = "outlet") -> dict[int, list[Mark]]:
    """Each article's highlights (by its position): one per piece of evidence with
    resolvable offsets, carrying its fact's status and note."""
    marks: dict[int, list[Mark]] = defaultdict(list)
    for f, fact in enumerate(facts):
        status = _status(fact.get("status"))
        cut = fact_cut_note(fact, names, stopped)
        note = _fact_note(fact, index, labels, word) + (f"; {cut}" if cut else "")
        for k, evidence in enumerate(fact.get("evidence") or []):
            i = index.get(evidence.get("article_id"))
            start, end = evidence.get("start"), evidence.get("end")
            if i is None or not isinstance(start, int) or not isinstance(end, int):
                continue
            marks[i].append(Mark(f, str(fact.get("id", "")), str(evidence.get("claim_id", "")),
                                 status, start, end, f"ev-{i}-{f}-{k}", note,
                                 cut=cut))  # fmt: skip
    return marks


def _columns(articles: Sequence[Mapping[str, Any]], marks: Mapping[int, list[Mark]],
             labels: Sequence[str],
             ) -> tuple[list, dict[tuple[int, int], str], dict[str, str]]:
    """(article, text, kept marks) per column, the first anchor of each (fact, article)
    and of each claim; each kept mark linked to the same fact in the other columns."""
    columns = []
    fact_anchor: dict[tuple[int, int], str] = {}  # (fact, article) -> first anchor on the page
    claim_anchor: dict[str, str] = {}
    for i, article in enumerate(articles):
        text = str(article.get("text") or "")
        for mark in marks.get(i, []):
            mark.end = past_closing_quote(text, mark.end)
        kept = clip_marks(marks.get(i, []), len(text))
        for mark in kept:
            fact_anchor.setdefault((mark.fact, i), mark.anchor)
            claim_anchor.setdefault(mark.claim_id, mark.anchor)
        columns.append((article, text, kept))
    for i, (_article, _text, kept) in enumerate(columns):
        for mark in kept:
            mark.links = [
                CrossRef(fact_anchor[(mark.fact, j)], j + 1, labels[j])
                for j in range(len(articles))
                if j != i and (mark.fact, j) in fact_anchor
            ]
    return columns, fact_anchor, claim_anchor


_CLOSING_QUOTES = "\"”’»'"


def past_closing_quote(text: str, end: int) -> int:
    """A sentence's end moved over the quotation marks that close it.

    The segmenter ends a sentence at its full stop, so ``… of the investigation."``
    ends before the mark that closes the quote: highlighted so, the closing mark was
    left outside, and the note beside a sentence ("✂ not in …") was printed inside the
    quotation, before its closing mark. A quote mark right after a ``.``, ``?``, ``!``
    or ``,`` and before a space or the end of the text can only close a quote.

    Example:
        >>> text = 'He said "it is done." Then he left.'
        >>> text[:past_closing_quote(text, 20)]
        'He said "it is done."'
    """
    if not 0 < end < len(text) or text[end - 1] not in ".?!,":
        return end
    moved = end
    while moved < len(text) and text[moved] in _CLOSING_QUOTES:
        moved += 1
    if moved != end and moved < len(text) and not text[moved].isspace():
        return end  # a quote mark that opens the next word, not one that closes
    return moved


def clip_marks(marks: Sequence[Mark], length: int) -> list[Mark]:
    """Marks in text order, inside the text and not overlapping.

    Claims are sentences or clauses and should not overlap; if two ever do, the one
    that starts first keeps the shared characters, because highlighting cannot nest
    without hiding a status. A mark with offsets outside the text is dropped.
    """
    kept: list[Mark] = []
    cursor = 0
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        start, end = max(mark.start, cursor), min(mark.end, length)
        if mark.start < 0 or start >= end:
            logger.debug("evidence %s not highlighted: offsets %d-%d", mark.anchor,
                         mark.start, mark.end)  # fmt: skip
            continue
        mark.start, mark.end = start, end
        kept.append(mark)
        cursor = end
    return kept


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: text between blank lines, edges stripped."""
    bounds = []
    position = 0
    for found in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((position, found.start()))
        position = found.end()
    bounds.append((position, len(text)))
    stripped = []
    for start, end in bounds:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            stripped.append((start, end))
    return stripped


def segment_text(text: str, marks: Sequence[Mark]) -> list[list[Segment]]:
    """Split the text into paragraphs of segments at the (clipped, sorted) mark offsets.

    The pieces are plain strings: the template escapes each one, so a ``<script>`` in
    an article stays text however the offsets fall.
    """
    paragraphs: list[list[Segment]] = []
    m = 0
    for p_start, p_end in paragraph_bounds(text):
        pieces: list[Segment] = []
        position = p_start
        while position < p_end:
            while m < len(marks) and marks[m].end <= position:
                m += 1
            mark = marks[m] if m < len(marks) and marks[m].start < p_end else None
            if mark is None:
                pieces.append(Segment(text[position:p_end]))
                break
            if mark.start > position:
                pieces.append(Segment(text[position : mark.start]))
                position = mark.start
                continue
            stop = min(mark.end, p_end)
            pieces.append(Segment(text[position:stop], mark))
            position = stop
        paragraphs.append(pieces)
    seen: dict[str, Segment] = {}
    for pieces in paragraphs:
        for piece in pieces:
            if piece.mark is not None:
                if piece.mark.anchor not in seen:
                    piece.first = True
                seen[piece.mark.anchor] = piece
    for piece in seen.values():
        piece.last = True
    return paragraphs


def safe_url(url: Any) -> str | None:
    """The URL if it may become a link (absolute http or https), else None.

    Anything else (``javascript:``, ``data:``, relative paths, URLs with whitespace or
    control characters that browsers strip before reading the scheme) is shown as text.
    """
    if not isinstance(url, str):
        return None
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


# --- pieces of the view -----------------------------------------------------------


def _article_view(
    i: int, article: Mapping[str, Any], name: tuple[str, int], paragraphs: list[list[Segment]]
) -> dict[str, Any]:
    """One column's header data and its segmented paragraphs."""
    title, fallback = title_or_opening(article)
    when = article.get("published_at")
    language = article.get("language")
    return {
        "anchor": f"art-{i}",
        "number": i + 1,
        "label": name[0],
        "colour": name[1],
        "title": title,
        "title_fallback": fallback,
        "published": published(when),
        "published_iso": when if isinstance(when, str) and _UTC_TIME.match(when) else None,
        "published_original": article.get("published_at_original"),
        "url": article.get("url"),
        "href": safe_url(article.get("url")),
        "source_path": article.get("source_path"),
        "lang": language if isinstance(language, str) and _LANGUAGE_TAG.match(language)
        else None,
        "paragraphs": paragraphs,
    }  # fmt: skip


def _framing_view(
    i: int, name: tuple[str, int], frame: Mapping[str, Any] | None
) -> dict[str, Any]:
    """One outlet's framing tables; the verbs carry their connotation when known."""
    frame = frame or {}
    connotation = {
        str(a.get("verb")): str(a.get("connotation"))
        for a in frame.get("attribution_spans") or []
        if isinstance(a, Mapping) and a.get("connotation")
    }
    terms = []
    for term in sorted(frame.get("terms") or [],
                       key=lambda t: (-as_int(t.get("count")), str(t.get("term")))):  # fmt: skip
        spans = term.get("spans") or []
        examples = sorted({str(s.get("text", "")) for s in spans if isinstance(s, Mapping)})
        terms.append({"term": str(term.get("term", "")), "category": str(term.get("category", "")),
                      "neutral": str(term.get("neutral") or ""), "count": as_int(term.get("count")),
                      "quoted": as_int(term.get("quoted")),
                      # outside quotations, given to a named source (session 24)
                      "attributed": as_int(term.get("attributed")),
                      "examples": examples})  # fmt: skip
    return {
        "label": name[0],
        "anchor": f"art-{i}",
        "colour": name[1],
        "present": bool(frame),
        "terms": terms,
        "verbs": [(v, n, connotation.get(v, "")) for v, n in tally(frame.get("attribution_verbs"))],
        "scare_quotes": [
            str(s.get("text", "")) if isinstance(s, Mapping) else str(s)
            for s in frame.get("scare_quotes") or []
        ],
        "voices": tally(frame.get("voices")),
        **hedges_and_loaded(frame),
    }


def _entities_view(
    entities: Sequence[Mapping[str, Any]], articles: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Entity rows with one mention count per article, in column order."""
    rows = []
    for entity in entities:
        mentions = entity.get("mentions") or {}
        name = str(entity.get("name", ""))
        rows.append({
            "name": name,
            "type": str(entity.get("type", "")),
            "aliases": [str(a) for a in entity.get("aliases") or [] if a != name]
            + headline_aliases(entity),
            "mentions": [as_int(mentions.get(a.get("id"))) for a in articles],
        })  # fmt: skip
    return rows


def _quotes_view(
    quotes: Sequence[Mapping[str, Any]], variants: Sequence[Mapping[str, Any]], cite: CiteFn
) -> dict[str, Any]:
    """The quote table and the variant groups, each difference against the first quote."""
    variant_anchor = {v.get("id"): f"variant-{n}" for n, v in enumerate(variants)}
    by_id = {q.get("id"): q for q in quotes}
    rows = [
        {"speaker": speaker, "unresolved": unresolved_label(q), "kind": str(q.get("kind", "")),
         "text": str(q.get("text", "")), "cue": str(q.get("cue") or ""),
         "cite": cite(q.get("article_id")), "variant": q.get("variant_group"),
         "variant_href": f"#{variant_anchor[q.get('variant_group')]}"
         if q.get("variant_group") in variant_anchor else None}
        for q, speaker in zip(quotes, quote_speaker_labels(quotes), strict=True)
    ]  # fmt: skip
    groups = []
    for n, variant in enumerate(variants):
        members = [by_id.get(qid) for qid in variant.get("quote_ids") or []]
        shown = [
            {"cite": cite(q.get("article_id")) if q else None,
             "text": str(q.get("text", "")) if q else str(qid)}
            for q, qid in zip(members, variant.get("quote_ids") or [], strict=True)
        ]  # fmt: skip
        differences = []
        for k, changes in enumerate(variant.get("differences") or [], start=1):
            other = shown[k]["cite"] if k < len(shown) else None
            differences.append({
                "against": other.label if other else f"quote {k + 1}",
                "changes": [{"op": str(c.get("op", "")), "a": str(c.get("a", "")),
                             "b": str(c.get("b", ""))} for c in changes or []],
            })  # fmt: skip
        groups.append({"id": str(variant.get("id", "")), "anchor": f"variant-{n}",
                       "speaker": str(variant.get("speaker") or ""), "quotes": shown,
                       "first": shown[0]["cite"].label if shown and shown[0]["cite"] else "",
                       "differences": differences})  # fmt: skip
    return {"quotes": rows, "variants": groups}


# --- helpers ------------------------------------------------------------------------


def _fact_note(fact: Mapping[str, Any], index: Mapping[Any, int], labels: Sequence[str],
               word: str = "outlet") -> str:
    """The tooltip of a highlighted sentence: the fact, who reports it, what differs
    (``word``: the story's "outlet" or "source", as its headings)."""
    outlets = [labels[index[a]] for a in fact.get("article_ids") or [] if a in index]
    status = _status(fact.get("status"))
    fact_id = str(fact.get("id", ""))
    rest = rest_note(fact)  # the rest of a partly shared sentence
    if status == "unique":
        return f"{fact_id} unique to {', '.join(outlets)}" + (f"; {rest}" if rest else "")
    if rest:
        return f"{fact_id} {status}: {', '.join(outlets)}; {rest}"
    if status == "possibly_shared":
        label_of = {str(a): labels[i] for a, i in index.items()}
        line = hedge_note(fact, ", ".join(outlets), label_of, word)
        if hedge(fact) != CHECK:
            return f"{fact_id}: {line}"
        return f"{fact_id} possibly shared: {', '.join(outlets)}" + (
            f"; check {line}" if line else "")
    if status == "partly_shared":
        return (f"{fact_id} partly shared: {', '.join(outlets)}; only the part marked under "
                f"“What the {word}s agree on” is shared")
    note = f"{fact_id} {status}: {', '.join(outlets)}"
    for conflict in fact.get("conflicts") or []:
        sides = [f"{labels[index[s.get('article_id')]]} says “{s.get('value', '')}”"
                 for s in conflict.get("sides") or [] if s.get("article_id") in index]  # fmt: skip
        note += f"; {conflict.get('kind', 'value')}: " + " vs ".join(sides)
    return note


def _page_title(articles: Sequence[Mapping[str, Any]]) -> str:
    for article in articles:
        if article.get("title"):
            return str(article["title"])
    return "Story comparison"


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return resources.files("newsprism").joinpath(f"{TEMPLATES}/{name}").read_text("utf-8")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape is on for every template, whatever its file name: they are all HTML.
    return Environment(
        loader=PackageLoader("newsprism", TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
