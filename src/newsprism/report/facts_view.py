"""The reader's view of facts and conflicts: each outlet's own sentence, side by side.

Shared by the HTML report and the web story page (both render ``_sections.html.j2``).
A fact is a complete-link group of sentences (docs/compare.md): every outlet that states
it keeps its own sentence, and a reader checks the fact by reading them next to each
other, so the view shows them all rather than one representative. A conflict is shown
once, with each side's whole sentence and the words that disagree marked.

Everything here is plain strings; the template escapes them (article text is untrusted).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsprism.report._shared import as_int
from newsprism.report.partly_view import PARTLY, claim_facts, part_note, rest_ids
from newsprism.report.relay_view import relay_note

# Each conflict kind of the compare JSON, in plain words for a reader.
CONFLICT_KINDS = {
    "number": "different numbers for the same thing",
    "date": "different days for the same action",
    "status": "done in one report, still expected in another",
    "negation": "happened in one report, denied in another",
    "label": "the same person labelled differently (party, state or office)",
    "place": "different places for the same act",
}


def conflict_kind_text(kind: Any) -> str:
    """A conflict kind in plain words; an unknown (newer) kind as it is written."""
    return CONFLICT_KINDS.get(str(kind), f"they disagree ({kind})")


def shared_facts_view(
    facts: Sequence[Mapping[str, Any]],
    articles: Sequence[Mapping[str, Any]],
    cite: Callable[..., Any],
) -> list[dict[str, Any]]:
    """Every shared fact (stated by two or more articles, in agreement), with each
    article's own sentences. A fact whose sides disagree is a conflict, shown once in
    the conflicts list, not among what the outlets agree on.

    The cards are in column order (the article's position on the page), each with the
    sentences that article contributes, linked to where they stand in its column.
    ``agreement`` is the weakest same-fact probability inside the group (a tooltip).
    """
    order = {a.get("id"): i for i, a in enumerate(articles)}
    rests, holders = rest_ids(facts), claim_facts(facts)
    names = {str(a.get("id")): getattr(cite(a.get("id")), "label", None) or str(a.get("id"))
             for a in articles}  # fmt: skip
    view = []
    for fact in facts:
        # a conflict fact is shown under Conflicts; a partly shared one here, its shared
        # part marked and its rest said to be the outlet's own (report/partly_view.py)
        if fact.get("status") not in ("shared", PARTLY):
            continue
        by_article: dict[int, dict[str, Any]] = {}
        for evidence in fact.get("evidence") or []:
            i = order.get(evidence.get("article_id"))
            if i is None:
                continue
            card = by_article.setdefault(i, {"cite": cite(evidence.get("article_id"),
                                                          fact.get("id")), "sentences": []})
            label = getattr(card["cite"], "label", None) or "this outlet"
            card["sentences"].append({
                "text": str(evidence.get("sentence", "")),
                "href": _href(cite(evidence.get("article_id"), fact.get("id"),
                                   evidence.get("claim_id"))),
                "note": part_note(fact.get("id"), evidence, label, rests, names, holders)
                if fact.get("status") == PARTLY else "",
                **shared_part_split(evidence),
            })  # fmt: skip
        if len(by_article) < 2:
            continue
        agreement = fact.get("agreement")
        view.append({
            "id": str(fact.get("id", "")),
            "status": str(fact.get("status")),
            "agreement": f"{agreement:.2f}" if isinstance(agreement, (int, float)) else "",
            "cards": [by_article[i] for i in sorted(by_article)],
            "relay": relay_note(fact, names),  # "Axios cites Washington Post for this: …"
        })  # fmt: skip
    return view


def shared_part_split(evidence: Mapping[str, Any]) -> dict[str, str]:
    """The sentence split around the part the other outlets state (``shared_part``,
    schema 1.7), for the template to mark it; nothing when the whole sentence is the
    fact or the part's offsets do not fall inside the sentence."""
    part = evidence.get("shared_part")
    sentence = str(evidence.get("sentence", ""))
    if not isinstance(part, Mapping):
        return {}
    begin = as_int(evidence.get("start"))
    a, b = as_int(part.get("start")) - begin, as_int(part.get("end")) - begin
    if not 0 <= a < b <= len(sentence):
        return {}
    return {"before": sentence[:a], "part": sentence[a:b], "after": sentence[b:]}


def conflicts_view(
    facts: Sequence[Mapping[str, Any]],
    cite: Callable[..., Any],
    articles: Sequence[Mapping[str, Any]] = (),
) -> list[dict[str, Any]]:
    """Each conflict once: its kind in plain words, what it is about, and each side.

    Sides are in column order (the articles' order on the page), so the left card is
    the left column's sentence.

    A side is the article's whole sentence, split around the value that disagrees so
    the template can mark it. The same disagreement reached through two facts (its two
    claims each in a fact of their own) is listed once, by kind and claims.
    """
    order = {a.get("id"): i for i, a in enumerate(articles)}
    seen: set[tuple] = set()
    view = []
    for fact in facts:
        for conflict in fact.get("conflicts") or []:
            sides = sorted((s for s in conflict.get("sides") or [] if isinstance(s, Mapping)),
                           key=lambda s: order.get(s.get("article_id"), len(order)))
            key = (str(conflict.get("kind")), tuple(sorted(str(s.get("claim_id")) for s in sides)))
            if key in seen or len(sides) < 2:
                continue
            seen.add(key)
            view.append({
                "id": str(fact.get("id", "")),
                "kind": str(conflict.get("kind", "")),
                "kind_text": conflict_kind_text(conflict.get("kind")),
                "about": str(conflict.get("about") or ""),
                "sides": [_side(s, fact.get("id"), cite) for s in sides],
            })  # fmt: skip
    return view


def _side(side: Mapping[str, Any], fact_id: Any, cite: Callable[..., Any]) -> dict[str, Any]:
    sentence, value = str(side.get("sentence", "")), str(side.get("value", ""))
    at = sentence.find(value) if value else -1
    if at < 0:
        pieces = {"before": sentence, "marked": "", "after": ""}  # a value in other words
    else:
        pieces = {"before": sentence[:at], "marked": value, "after": sentence[at + len(value):]}
    return {"cite": cite(side.get("article_id"), fact_id, side.get("claim_id")),
            "value": value, **pieces}  # fmt: skip


def _href(citation: Any) -> str | None:
    return getattr(citation, "href", None)


def fact_counts(analysis: Mapping[str, Any]) -> dict[str, int]:
    """``{"shared": n, "conflicts": m}``: the counts a story's page shows at its top.

    The same numbers as :func:`shared_facts_view` and :func:`conflicts_view` list, so
    the home page and the story page never disagree.
    """
    facts = list(analysis.get("claims") or [])
    articles = list(analysis.get("articles") or [])
    # a partly shared fact is not counted as shared: the count says what outlets agree on
    shown = shared_facts_view(facts, articles, _no_cite)
    return {"shared": sum(f["status"] == "shared" for f in shown),
            "conflicts": len(conflicts_view(facts, _no_cite, articles))}  # fmt: skip


def _no_cite(*_args: Any) -> None:
    return None
