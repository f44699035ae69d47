"""The cross-outlet framing tables of a report: label choice, hedges, loaded words, voices.

Shared by the HTML report and the web story page (both render ``_sections.html.j2``).
Like the rest of the report, it reads the public JSON and tolerates missing or odd
values: an analysis stored by an older ``compare`` has no ``label_choice`` and simply
shows none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report._shared import article_colours, as_int
from newsprism.report.possessive_label import possessive

LOADED_WORDS_SHOWN = 12


def _columns(articles: Sequence[Mapping[str, Any]], labels: Sequence[str],
             colours: Sequence[int] | None) -> list[tuple]:  # fmt: skip
    return list(zip(labels, article_colours(articles) if colours is None else colours,
                    strict=True))  # fmt: skip


def _label_cell(items: Any) -> list[dict[str, Any]]:
    cell = []
    for item in items or []:
        if not isinstance(item, Mapping):
            continue
        terms = [t for t in item.get("terms") or [] if isinstance(t, Mapping)]
        cell.append({
            "text": str(item.get("text", "")), "count": as_int(item.get("count")),
            "neutral": "; ".join(str(t.get("neutral", "")) for t in terms if t.get("neutral")),
            "described": bool(item.get("descriptors")),
            "quoted": bool(item.get("quoted")),  # inside a quotation: the speaker's word
        })  # fmt: skip
    return cell


def _headline_cell(forms: Any) -> list[dict[str, Any]]:
    """A column's headline forms of the entity (``headlines``, session 34): shown with
    the body's labels, marked, once each."""
    return [{"text": str(f), "count": 1, "neutral": "", "described": False, "quoted": False,
             "headline": True} for f in forms or [] if isinstance(f, str)]  # fmt: skip


def label_choice_view(
    analysis: Mapping[str, Any], articles: Sequence[Mapping[str, Any]], labels: Sequence[str],
    colours: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Entities and terms, one column per article, from ``label_choice``; ``colours``
    are the columns' (the page's own, as the store gives them), else the story's."""
    choice = analysis.get("label_choice") or {}
    ids = [a.get("id") for a in articles]
    entities = []
    for row in choice.get("entities") or []:
        outlets = row.get("outlets") or {}
        heads = row.get("headlines") or {}
        cells = [_label_cell(outlets.get(i)) + _headline_cell(heads.get(i)) for i in ids]
        if sum(1 for c in cells if c) >= 2:
            entities.append({"name": str(row.get("name", "")), "type": str(row.get("type", "")),
                             "cells": cells})  # fmt: skip
    terms = []
    framing = analysis.get("framing") or {}
    for row in choice.get("terms") or []:
        outlets = row.get("outlets") or {}
        term = str(row.get("term", ""))
        cells = []
        for i in ids:
            cell = outlets.get(i) or {}
            forms = cell.get("neutral_forms") or {}
            text = _forms_text(forms, cell.get("neutral_quoted") or {})
            # the outlet's own uses; a store written before 1.6 has only "loaded"
            own = cell.get("own", cell.get("loaded"))
            written = written_forms(framing.get(i) or {}, term)
            cells.append({"loaded": as_int(own),
                          "quoted": as_int(cell.get("quoted")),  # a source's uses, apart
                          "attributed": as_int(cell.get("attributed")),  # session 24
                          "attributed_note": attributed_note(
                              as_int(cell.get("attributed")), framing.get(i) or {}, term),
                          "neutral": as_int(cell.get("neutral")), "forms": text,
                          "written": written[False], "quoted_written": written[True],
                          # an outlet that uses neither the term nor a neutral form does
                          # not speak of the referent: no "×0" (a store written before
                          # session 21 has no "speaks": shown as before)
                          "speaks": bool(cell.get("speaks", True))})  # fmt: skip
        terms.append({"term": term, "neutral": str(row.get("neutral", "")),
                      "cells": cells})  # fmt: skip
    return {"columns": _columns(articles, labels, colours), "entities": entities, "terms": terms}


def _forms_text(forms: Mapping[str, Any], quoted: Mapping[str, Any]) -> str:
    """The neutral forms an outlet wrote, with how many of them are a source's words
    inside a quotation ("Hamas ×1 (in a quotation)"): a neutral word in Miller's quote
    is Miller's choice, not the outlet's (session-20 reader)."""
    parts = []
    for form, n in forms.items():
        q = as_int(quoted.get(form)) if isinstance(quoted, Mapping) else 0
        note = "" if not q else " (in a quotation)" if q == as_int(n) else f" ({q} in a quotation)"
        parts.append(f"{form} ×{as_int(n)}{note}")
    return ", ".join(parts)


def written_forms(frame: Mapping[str, Any], term: str) -> dict[bool, str]:
    """The words an article wrote for a lexicon term, its own (``False``) and inside
    quotations (``True``), each as "“…”, “…”", or "" when they are the term itself.

    A term stands for its family: NYT's "illegal immigrants" counts under "illegal
    alien", and a cell that printed only the family's name read as if the NYT had
    written "illegal alien" (session 19's reading). A use outside quotations that the
    text gives to a named source (a span with a ``speaker``) is not the outlet's own:
    :func:`attributed_note` shows it (session 24)."""
    found: dict[bool, list[str]] = {False: [], True: []}
    for span in _term_spans(frame, term):
        if span.get("text") and (span.get("in_quote") or not span.get("speaker")):
            _add_once(found[bool(span.get("in_quote"))], " ".join(str(span["text"]).split()))
    return {key: _as_written(words, term) for key, words in found.items()}


def attributed_note(count: int, frame: Mapping[str, Any], term: str) -> str:
    """The uses of a term outside quotations that the text gives to a named source
    (``attributed``, session 24), in the words every label table prints: "+1 in a
    source's words: statement" ("a statement … describing X as a genocide": BBC's
    "genocide" is the statement's). With the written words when they are not the
    term's own ("…: Smith, as “genocidal”"); "" when there is none. Before, a reader
    saw "genocide ×0" for BBC and could not tell the word was there as a source's."""
    if count <= 0:
        return ""
    speakers: list[str] = []
    words: list[str] = []
    for span in _term_spans(frame, term):
        if span.get("speaker") and not span.get("in_quote"):
            _add_once(speakers, " ".join(str(span["speaker"]).split()))
            _add_once(words, " ".join(str(span.get("text") or "").split()))
    whose = "sources' words" if len(speakers) > 1 else "a source's words"
    note = f"+{count} in {whose}" + (f": {', '.join(speakers)}" if speakers else "")
    written = _as_written([w for w in words if w], term)
    return note + (f", as {written}" if written else "")


def _term_spans(frame: Mapping[str, Any], term: str) -> list[Mapping[str, Any]]:
    """The spans of one lexicon term in an article's framing (tolerant of odd values)."""
    return [span for item in frame.get("terms") or []
            if isinstance(item, Mapping) and str(item.get("term", "")) == term
            for span in item.get("spans") or [] if isinstance(span, Mapping)]  # fmt: skip


def _add_once(found: list[str], words: str) -> None:
    if words not in found:
        found.append(words)


def _as_written(words: Sequence[str], term: str) -> str:
    """"“…”, “…”", or "" when every one is the term itself."""
    if all(_same_words(w, term) for w in words):
        return ""
    return ", ".join(f"“{w}”" for w in words)


def _same_words(written: str, term: str) -> bool:
    """The term itself, in any case, singular or plural ("Undocumented immigrants")."""
    return written.lower().rstrip("s") == term.lower().rstrip("s")


def voices_view(
    analysis: Mapping[str, Any], articles: Sequence[Mapping[str, Any]], labels: Sequence[str]
) -> list[dict[str, Any]]:
    """Each quoted speaker's quotes per article; ``only`` names the one side that quotes;
    ``unnamed``: a record or an unnamed source, no named voice (session 35)."""
    ids = [a.get("id") for a in articles]
    label_of = dict(zip(ids, labels, strict=True))
    rows = []
    for row in analysis.get("voices_heard") or []:
        if not isinstance(row, Mapping):
            continue
        counts = row.get("counts") or {}
        rows.append({"speaker": str(row.get("speaker", "")),
                     "cells": [as_int(counts.get(i)) for i in ids],
                     "only": label_of.get(row.get("only")),
                     "unnamed": bool(row.get("unnamed_source"))})  # fmt: skip
    return rows


def hedges_and_loaded(frame: Mapping[str, Any]) -> dict[str, Any]:
    """One outlet's hedges and the detector's loaded words (own voice first: a word
    with a ``speaker`` is a source's, quoted or in reported speech)."""
    hedges = [(str(h.get("text", "")), str(h.get("connotation", "")), bool(h.get("in_quote")))
              for h in frame.get("hedges") or [] if isinstance(h, Mapping)]  # fmt: skip
    words = [w for w in frame.get("loaded_words") or [] if isinstance(w, Mapping)]
    words.sort(key=lambda w: (bool(w.get("in_quote") or w.get("speaker")),
                              -float(w.get("score") or 0)))  # fmt: skip
    loaded = [{"text": str(w.get("text", "")), "score": f"{float(w.get('score') or 0):.2f}",
               "speaker": str(w.get("speaker") or ("a quotation" if w.get("in_quote") else ""))}
              for w in words[:LOADED_WORDS_SHOWN]]  # fmt: skip
    for item in loaded:  # "Republicans'", not "Republicans's" (session 28)
        item["whose"] = possessive(item["speaker"])
    return {"hedges": hedges, "loaded": loaded,
            "loaded_more": max(0, len(words) - LOADED_WORDS_SHOWN)}  # fmt: skip
