"""The reader's notes for cut articles, shared by the HTML and text reports.

A fact only one outlet states reads as "the others do not say it". When another
outlet's text is cut by a paywall, that reading is wrong for that outlet: what it does
not say is unknown. The compare JSON says so (``truncated_articles``,
``not_seen_in_truncated``, docs/json-schema.md); these helpers turn it into the words a
reader sees, next to the cut article and next to each fact it concerns. They return
plain strings: the templates escape them, and rich never parses a ``Text``.

Two causes, said apart: a paywall (cleaning's ``truncated``), and a text that stops
mid-sentence with an ellipsis (a feed excerpt, a crawled lead; its reason starts with
:data:`STOPPED_REASON`, ``compare/truncated.py``). Only the first is a paywall.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from newsprism.report.cut_near_view import checked_near, near_cut_note

CUT_NOTE = "Text cut by a paywall — what it does not say is unknown."
STOPPED_REASON = "the text stops mid-sentence"  # compare/truncated.py's reason, at its start
STOPPED_NOTE = "Text stops mid-sentence (an excerpt) — what it does not say is unknown."
# Above a cut article's own text (the web article page, ``article.truncation_note``).
ARTICLE_NOTE = ("The outlet's page was cut by a paywall (a subscription wall): this text is "
                "only the part shown before it, not the whole article.")  # fmt: skip


def cut_count_note(cut: int, size: int) -> str:
    """The line of a story row that has cut articles: "1 of 3 articles cut by a paywall"
    (and "" when none is cut)."""
    if cut <= 0:
        return ""
    if size <= 1:
        return "its article is cut by a paywall"
    if cut >= size:
        return f"all {size} articles cut by a paywall"
    return f"{cut} of {size} articles cut by a paywall"


def cut_reasons(analysis: Mapping[str, Any]) -> dict[str, str]:
    """Article id -> why its text is cut, for every cut article of the story.

    Reads the story-level list and, for an analysis made before it existed, the
    articles' own ``truncated`` flag.
    """
    reasons = {str(t.get("article_id")): str(t.get("reason") or "")
               for t in analysis.get("truncated_articles") or []}  # fmt: skip
    for article in analysis.get("articles") or []:
        if article.get("truncated") and str(article.get("id")) not in reasons:
            reasons[str(article.get("id"))] = str((article.get("provenance") or {})
                                                  .get("truncated") or "")  # fmt: skip
    return reasons


def cut_note(reason: str | None) -> str:
    """The note beside a cut article ("" when it is not cut): a paywall, or an excerpt."""
    if reason is None:
        return ""
    return STOPPED_NOTE if reason.startswith(STOPPED_REASON) else CUT_NOTE


def stopped_ids(reasons: Mapping[str, str]) -> frozenset[str]:
    """The cut articles whose text stops mid-sentence (no paywall), from :func:`cut_reasons`."""
    return frozenset(a for a, r in reasons.items() if r.startswith(STOPPED_REASON))


def fact_cut_note(fact: Mapping[str, Any] | None, names: Mapping[str, str],
                  stopped: frozenset[str] = frozenset()) -> str:  # fmt: skip
    """The note beside a one-outlet fact: which cut texts do not state it, or "".

    ``stopped`` (:func:`stopped_ids`) are the texts that stop mid-sentence: a fact they
    do not state is said to be missing from an excerpt, not from behind a paywall.

    A ``possibly_shared`` fact has a near sentence elsewhere, often in one of these very
    texts, so "not in X's text" would deny what the reader sees beside it ("closest
    elsewhere: X"). Read on NeuS-AllSides excerpts, 5 of 11 such notes on one story
    named texts that state the fact in their kept part. Its note says "maybe in"."""
    every = (fact or {}).get("not_seen_in_truncated") or []
    stated = stated_in_cut_note(fact, names)
    near = checked_near(fact)  # session 35: its closest sentence is there, shown
    close = [a for a in every if str(a) in near]
    ids = [a for a in every if str(a) not in near]
    if close:
        who = _join([_possessive(names.get(str(a), str(a))) for a in close])
        stated = "; ".join(filter(None, (near_cut_note(close, who), stated)))
    if not ids:
        return stated
    # each name its own possessive: "Reuters' and Politico's texts, which stop"
    who = _join([_possessive(names.get(str(a), str(a))) for a in ids])
    one = len(ids) == 1
    cause = (("which stops" if one else "which stop") + " mid-sentence"
             if all(str(a) in stopped for a in ids)
             else "which a paywall cuts" if not any(str(a) in stopped for a in ids)
             else "which are cut")  # fmt: skip
    text = "text" if one else "texts"
    where = "maybe in" if (fact or {}).get("status") == "possibly_shared" else "not in"
    note = f"{where} {who} {text}, {cause}: unknown whether {_it(ids)} say{_s(ids)} it"
    return f"{note}; {stated}" if stated else note


def stated_in_cut_note(fact: Mapping[str, Any] | None, names: Mapping[str, str]) -> str:
    """The note that a cut text's last, cut sentence states the fact too (``stated_in_cut``,
    session 24): "also in Vox's cut last sentence: “It ultimately passed 94-1 …”", or ""."""
    found = (fact or {}).get("stated_in_cut") or []
    return "; ".join(
        f"also in {_possessive(names.get(str(item.get('article_id')), ''))} cut last "
        f"sentence: “{item.get('words', '')}…”" for item in found)


def not_seen(analysis: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """Article id -> the facts its cut text does not state (unknown, not omitted)."""
    return {str(t.get("article_id")): list(t.get("not_seen") or [])
            for t in analysis.get("truncated_articles") or []}  # fmt: skip


def _join(labels: Sequence[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _possessive(name: str) -> str:
    """"Example Times'" and "Fox News'", but "the NYT's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _it(ids: Sequence[Any]) -> str:
    return "it" if len(ids) == 1 else "they"


def _s(ids: Sequence[Any]) -> str:
    return "s" if len(ids) == 1 else ""
