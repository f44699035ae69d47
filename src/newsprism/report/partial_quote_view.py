"""Each outlet's partial quotes, as the reports show them: the words, whose, the sentence.

A partial quote is a source's few words set in quotation marks inside the outlet's own
sentence (the plan is “a disaster”): framing counts them (``partial_quotes`` in each
article's framing, extract/framing/quoting.py) but no report table showed them until
session 34, so a reader could not check them. Which words an outlet lifts from a source,
and into what sentence of its own, is a framing choice worth seeing beside the others.

The sentence is the one the compare stage read (a fact's evidence holding the span),
else the text between the sentence ends around it; like every report reader this one
takes the public JSON and tolerates missing or odd values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report._shared import article_colours

SENTENCE_CHARS = 400  # a longer "sentence" is a run-on or a list: shown cut, with "…"
# A sentence ends at ., ! or ? (with a closing quote or bracket after it) before a space
# and a capital, a digit or an opening quote; or at a paragraph break.
_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n?")
# A title or an initial before a name ends no sentence: "Sen. Warren", "J. Smith".
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|"
                           r"Adm|Prof|Rev|St|Jr|Sr|No|[A-Z])\.$")


def partial_quotes_view(
    analysis: Mapping[str, Any], articles: Sequence[Mapping[str, Any]], labels: Sequence[str],
    colours: Sequence[int] | None = None,
) -> list[dict[str, Any]]:
    """Per article, in order: its partial quotes (``quotes``: ``text``, ``speaker``,
    ``before`` / ``span`` / ``after`` the sentence around the words). [] when no article
    has one, so that the reports leave the table out rather than show an empty one."""
    colours = article_colours(articles) if colours is None else colours
    framing = analysis.get("framing") or {}
    sentences = _evidence_sentences(analysis.get("claims") or [])
    out = []
    for i, article in enumerate(articles):
        frame = framing.get(article.get("id")) or {}
        text = str(article.get("text") or "")
        known = sentences.get(str(article.get("id")), [])
        quotes = [_quote_row(span, text, known) for span in _spans(frame, text)]
        out.append({"label": labels[i], "anchor": f"art-{i}", "colour": colours[i],
                    "quotes": quotes})  # fmt: skip
    return out if any(row["quotes"] for row in out) else []


def _spans(frame: Mapping[str, Any], text: str) -> list[Mapping[str, Any]]:
    """The frame's partial quotes whose offsets fall inside the text, in text order."""
    found = []
    for span in frame.get("partial_quotes") or []:
        if not isinstance(span, Mapping):
            continue
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            found.append(span)
    return sorted(found, key=lambda s: (s["start"], s["end"]))


def _quote_row(span: Mapping[str, Any], text: str,
               known: Sequence[tuple[int, int]]) -> dict[str, Any]:  # fmt: skip
    start, end = span["start"], span["end"]
    first, last = sentence_bounds(text, start, end, known)
    return {"text": " ".join(text[start:end].split()),
            "speaker": " ".join(str(span.get("speaker") or "").split()),
            **_cut(text, first, start, end, last)}  # fmt: skip


def _evidence_sentences(facts: Sequence[Any]) -> dict[str, list[tuple[int, int]]]:
    """Every evidence sentence's offsets, by article id: the sentences compare read."""
    found: dict[str, list[tuple[int, int]]] = {}
    for fact in facts:
        for item in (fact.get("evidence") or []) if isinstance(fact, Mapping) else []:
            if not isinstance(item, Mapping):
                continue
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and start < end:
                found.setdefault(str(item.get("article_id")), []).append((start, end))
    return found


def sentence_bounds(text: str, start: int, end: int,
                    known: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:  # fmt: skip
    """The sentence holding ``text[start:end]``: the shortest of ``known`` that holds it,
    else from the last sentence end before ``start`` to the first after ``end`` (a full
    stop after a title or an initial, "Sen." or "J.", is no end)."""
    holding = [(a, b) for a, b in known if a <= start and end <= b]
    if holding:
        return min(holding, key=lambda pair: pair[1] - pair[0])
    first = 0
    for m in _END.finditer(text, 0, start):
        if not _ABBREVIATION.search(text[max(0, m.start() - 6) : m.start()]):
            first = m.end()
    last = len(text)
    for m in _END.finditer(text, end):
        if not _ABBREVIATION.search(text[max(0, m.start() - 6) : m.start()]):
            last = m.start()
            break
    return first, last


def _cut(text: str, first: int, start: int, end: int, last: int) -> dict[str, str]:
    """The sentence as ``before`` / ``span`` / ``after``, each side cut to keep the whole
    under :data:`SENTENCE_CHARS` (with "…"), on one line."""
    room = max(0, SENTENCE_CHARS - (end - start)) // 2
    before, after = text[first:start], text[end:last]
    if len(before) > room:
        before = "…" + before[len(before) - room :].split(" ", 1)[-1]
    if len(after) > room:
        after = after[:room].rsplit(" ", 1)[0] + "…"
    return {"before": " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
            "span": " ".join(text[start:end].split()),
            "after": (" " if after[:1].isspace() else "") + " ".join(after.split())}  # fmt: skip
