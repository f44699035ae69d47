"""What only the HTML pages need: links, chart geometry and text in context.

Every value here is plain data; the templates escape it. The story page is the compare
report's view (``newsprism.report.html.build_view``) with links added and a timeline,
so the web and ``compare --format html`` show a story the same way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode

from newsprism.analyses import index_key
from newsprism.report._shared import (
    article_colours,
    article_labels,
    outlet_colour,
    published,
    source_name,
)
from newsprism.report.chart import framing_chart
from newsprism.report.html import build_view
from newsprism.report.outlet_colours import outlet_key, story_colours
from newsprism.web.analyses import fold
from newsprism.web.story_sources import member_sources, source_links

CONTEXT_CHARS = 70  # characters of article text shown either side of a framing span
SPANS_PER_TERM = 6
COVERAGE_WIDTH = 180

# Timeline geometry, in SVG user units.
_TL_LEFT = 150
_TL_RIGHT = 24
_TL_WIDTH = 760
_TL_ROW = 26
_TL_TOP = 16
_TL_TICKS = 5


def outlet_url(name: str) -> str:
    return "/outlets/" + quote(name, safe="")


def entity_url(name: str) -> str:
    return "/entities/" + quote(fold(name), safe="")


def entity_href(entity: Mapping[str, Any]) -> str:
    """The page of one story's entity: its index row's key, so that a country written
    "U.S." links to the one page of every spelling (analyses.index_key, session 35)."""
    return "/entities/" + quote(index_key(entity), safe="")


def page_url(path: str, params: Mapping[str, Any]) -> str:
    """``path?query`` with the empty parameters left out."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def outlet_colours(outlets: Sequence[Mapping[str, Any]],
                   known: Mapping[str, int]) -> dict[str, str]:  # fmt: skip
    """The colour class of each outlet: the store's colour of it (``known``,
    :func:`newsprism.web.queries.outlet_colours`), as on every page."""
    return {str(o["outlet"]): f"o{known.get(outlet_key(o['outlet']), outlet_colour(o['outlet']))}"
            for o in outlets}  # fmt: skip


def coverage_bar(story: Mapping[str, Any], known: Mapping[str, int]) -> list[dict[str, Any]]:
    """Segments of a stacked bar: one per outlet, as wide as its share of the articles,
    in the outlet's colour on the story page (the store's, ``known``, no two alike)."""
    counts: dict[str, int] = {}
    members = story.get("articles") or []
    # each article by the name its story page gives it (web.story_sources), so the bar's
    # segments and colours are the story page's; "unknown source" only when not given
    names = story.get("member_sources") or [source_name(m) or "unknown source" for m in members]
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    total = sum(counts.values()) or 1
    colours = dict(zip(counts, story_colours(list(counts), known), strict=True))
    x = 0.0
    segments = []
    for name, n in counts.items():
        width = COVERAGE_WIDTH * n / total
        segments.append({"outlet": name, "articles": n, "x": round(x, 1),
                         "width": round(max(width - 1, 1), 1),
                         "colour": f"o{colours[name]}"})  # fmt: skip
        x += width
    return segments


def span_text(first: str | None, last: str | None) -> str:
    """``2024-03-25 23:21 UTC – 2024-03-26 08:00 UTC``, one end when they are the same."""
    if not first and not last:
        return "date unknown"
    if first == last or not last:
        return published(first)
    return f"{published(first)} – {published(last)}"


def _time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        if len(value) == 10:
            return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def timeline(articles: Sequence[Mapping[str, Any]],
             known: Mapping[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    """Geometry of the timeline: a row per outlet, a numbered dot per article.

    The numbers are the columns' numbers on the page, and each dot links to its column.
    A date-only stamp is drawn hollow at midnight UTC; undated articles are listed
    under the chart, since there is no place on a time axis for them.
    """
    labels = article_labels(articles)
    colours = article_colours(articles, known)
    rows: dict[str, int] = {}
    dated, undated = [], []
    for i, article in enumerate(articles):
        when = _time(article.get("published_at"))
        item = {"number": i + 1, "anchor": f"art-{i}", "label": labels[i],
                "colour": colours[i],
                "published": published(article.get("published_at"))}  # fmt: skip
        if when is None:
            undated.append(item)
            continue
        outlet = str(article.get("outlet") or labels[i])
        rows.setdefault(outlet, len(rows))
        dated.append((when, outlet, item, len(str(article.get("published_at"))) == 10))
    height = _TL_TOP + max(1, len(rows)) * _TL_ROW + 34
    chart: dict[str, Any] = {"width": _TL_WIDTH, "height": height, "left": _TL_LEFT,
                             "right": _TL_WIDTH - _TL_RIGHT, "axis_y": height - 30,
                             "rows": [], "dots": [], "ticks": [], "undated": undated,
                             "date_only": False}  # fmt: skip
    if not dated:
        chart["empty"] = True
        return chart
    chart["empty"] = False
    start, end = min(d[0] for d in dated), max(d[0] for d in dated)
    span = (end - start).total_seconds()
    plot = chart["right"] - _TL_LEFT - 20

    def x_of(when: dt.datetime) -> float:
        if span == 0:
            return _TL_LEFT + 10 + plot / 2
        return round(_TL_LEFT + 10 + plot * (when - start).total_seconds() / span, 1)

    for outlet, r in rows.items():
        chart["rows"].append({"label": outlet, "y": _TL_TOP + r * _TL_ROW + _TL_ROW / 2})
    for when, outlet, item, date_only in dated:
        y = _TL_TOP + rows[outlet] * _TL_ROW + _TL_ROW / 2
        chart["dots"].append({**item, "x": x_of(when), "y": y, "hollow": date_only})
    # Times of day only when the stamps have them and the span is short.
    short = span < 3 * 86400 and not all(d[3] for d in dated)
    count = 1 if span == 0 else _TL_TICKS
    for k in range(count):
        when = start + dt.timedelta(seconds=span * k / max(count - 1, 1))
        text = when.strftime("%m-%d %H:%M") if short else when.strftime("%Y-%m-%d")
        chart["ticks"].append({"x": x_of(when), "text": text})
    chart["scale"] = "UTC" if short else "UTC, by day"
    chart["date_only"] = any(d[3] for d in dated)
    return chart


def in_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> dict[str, Any]:
    """The span with up to ``width`` characters either side, cut at word boundaries."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    if start - width > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1 :]
    if end + width < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "…"
    return {
        "before": before.replace("\n", " "),
        "span": text[start:end],
        "after": after.replace("\n", " "),
    }


def framing_spans(
    articles: Sequence[Mapping[str, Any]], framing: Mapping[str, Any],
    known: Mapping[str, int] | None = None,
) -> list[dict[str, Any]]:
    """Per article: each loaded term and non-neutral attribution verb, in context."""
    labels = article_labels(articles)
    colours = article_colours(articles, known)
    out = []
    for i, article in enumerate(articles):
        text = str(article.get("text") or "")
        frame = framing.get(article.get("id")) or {}
        terms = []
        for term in frame.get("terms") or []:
            uses = [
                {**in_context(text, s["start"], s["end"]), "in_quote": bool(s.get("in_quote")),
                 "source": _source(s)}
                for s in (term.get("spans") or [])[:SPANS_PER_TERM]
                if _valid_span(s, text)
            ]
            more = max(0, len(term.get("spans") or []) - SPANS_PER_TERM)
            terms.append({"term": str(term.get("term", "")),
                          "neutral": str(term.get("neutral") or ""), "uses": uses,
                          "more": more})  # fmt: skip
        verbs = [
            {**in_context(text, s["start"], s["end"]), "verb": str(s.get("verb", "")),
             "connotation": str(s.get("connotation") or ""), "in_quote": bool(s.get("in_quote"))}
            for s in frame.get("attribution_spans") or []
            if _valid_span(s, text)
        ]  # fmt: skip
        out.append({"label": labels[i], "anchor": f"art-{i}", "colour": colours[i],
                    "terms": terms, "verbs": verbs})  # fmt: skip
    return out


def _source(span: Mapping[str, Any]) -> str:
    """Whose word a use outside quotations is, when the text gives it to a named source
    ("a statement … describing X as a genocide": the statement's, session 24); ""."""
    return "" if span.get("in_quote") else " ".join(str(span.get("speaker") or "").split())


def _valid_span(span: Any, text: str) -> bool:
    if not isinstance(span, Mapping):
        return False
    start, end = span.get("start"), span.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def story_view(story: Mapping[str, Any], analysis: Mapping[str, Any],
               known: Mapping[str, int] | None = None) -> dict[str, Any]:  # fmt: skip
    """The story page: the compare report's view, with links, a timeline and spans, its
    outlets in their colours in the store (``known``)."""
    view = build_view(analysis, known)
    articles = list(analysis.get("articles") or [])
    for art, article in zip(view["articles"], articles, strict=True):
        if article.get("outlet"):
            art["outlet_href"] = outlet_url(str(article["outlet"]))
    for entity in view["entities"]:
        if fold(entity["name"]):
            entity["href"] = entity_href(entity)
    view["timeline"] = timeline(articles, known)
    view["framing_spans"] = framing_spans(articles, analysis.get("framing") or {}, known)
    view["story"] = story
    view["span"] = span_text(story.get("first_seen"), story.get("last_seen"))
    view["outlet_links"] = source_links(member_sources(articles), story.get("outlets") or [],
                                        outlet_url)  # fmt: skip
    view["key_entities"] = key_entity_links(story.get("key_entities") or [], view["entities"])
    return view


def _compact(name: str) -> str:
    """A name folded with its dots and dashes gone, so "U.S" and "US" meet."""
    return fold(name).replace("-", "")


def key_entity_links(names: Sequence[str], entities: Sequence[Mapping[str, Any]],
                     ) -> list[tuple[str, str | None]]:  # fmt: skip
    """The story's key names for its header, as the analysis below names them.

    The clusterer picks its key names from raw text, before any merging, so a story's
    header read "U.S, …, US" and "United Arab Emirates, UAE, Tom Barrack, Thomas
    Barrack": one body twice, beside an entity table that lists it once. Each key name
    is shown as the analysed entity it is a name or alias of (once, linked to its
    page); a key name no analysed entity carries ("Jan" of "Jan. 6") is left out.
    Before an analysis, or when none matches, the clusterer's names stand as they are.
    """
    index: dict[str, str] = {}
    hrefs = {str(e.get("name") or ""): entity_href(e) for e in entities}
    for entity in entities:
        name = str(entity.get("name") or "")
        for alias in [name, *(entity.get("aliases") or [])]:
            index.setdefault(_compact(str(alias)), name)
    shown: dict[str, None] = {}
    for name in names:
        found = index.get(_compact(name))
        if found and _compact(found):
            shown.setdefault(found)
    if not shown:
        return [(name, None) for name in names]
    return [(name, hrefs.get(name) or entity_url(name)) for name in shown]


def outlet_chart(terms_by_month: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The compare report's grouped bar chart, with months in place of articles."""
    months = sorted({str(r["month"]) for r in terms_by_month})
    framing: dict[str, dict[str, Any]] = {m: {"terms": []} for m in months}
    for r in terms_by_month:
        framing[str(r["month"])]["terms"].append({"category": r["category"],
                                                  "count": int(r["count"])})  # fmt: skip
    return framing_chart([{"id": m} for m in months], framing, months)


def pages(total: int, limit: int, offset: int, *, exact: bool = True) -> dict[str, Any]:
    """Pagination: this page, the page count (None when ``total`` is only a lower
    bound), and the offsets of the pages before and after."""
    return {
        "page": offset // limit + 1,
        "pages": max(1, math.ceil(total / limit)) if exact else None,
        "previous": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if offset + limit < total else None,
    }
