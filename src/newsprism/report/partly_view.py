"""How every report words a partly shared fact (schema 1.8), so that none shows a
sentence linked through one part of it as agreed by the other outlets whole.

A ``partly_shared`` fact holds sentences of several outlets that state one fact, where
an outlet's sentence says more than that fact ("He pointed out that there are 1.4
million people in Rafah and that Israel has not presented a coherent evacuation plan").
Its ``evidence[].shared_part`` is the part the other outlets state; the rest of the
sentence is that outlet's own, and is a one-outlet fact of its own (``unique`` or
``possibly_shared``, with ``partly_shared_in`` pointing back), listed as an omission of
the outlets that do not state it. The text report, the HTML report and the web story
page all take their words from here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

PARTLY = "partly_shared"


def part_text(evidence: Mapping[str, Any]) -> str:
    """The shared part of an evidence sentence, or "" when the whole sentence is the fact."""
    part = evidence.get("shared_part")
    return str(part.get("text", "")).strip() if isinstance(part, Mapping) else ""


def rest_ids(facts: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """``(partly shared fact id, claim id) -> id of the fact that is the sentence's rest``."""
    found = {}
    for fact in facts:
        for ref in fact.get("partly_shared_in") or []:
            for evidence in fact.get("evidence") or []:
                key = (str(ref.get("fact_id")), str(evidence.get("claim_id")))
                found[key] = str(fact.get("id", ""))
    return found


def claim_facts(facts: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """``claim id -> ids of the facts whose evidence holds it``, in report order."""
    found: dict[str, list[str]] = {}
    for fact in facts:
        for evidence in fact.get("evidence") or []:
            found.setdefault(str(evidence.get("claim_id")), []).append(str(fact.get("id", "")))
    return found


def part_note(fact_id: Any, evidence: Mapping[str, Any], outlet: str,
              rests: Mapping[tuple[str, str], str], names: Mapping[str, str] | None = None,
              holders: Mapping[str, list[str]] | None = None) -> str:  # fmt: skip
    """The line under a partly shared sentence: which part is shared, and that the rest
    is the outlet's own (with the rest's own fact, when it states enough to be one), or
    only the part when another outlet's sentence is matched to it whole but is not found
    to state the rest (``whole_match_in``: neither "own" nor "also stated"); or,
    when other outlets' sentences state the rest too (``rest_also_in``), who does and in
    which fact (``names``: article id → label; ``holders``: :func:`claim_facts`)."""
    part = part_text(evidence)
    if not part:
        return ""
    also = _also_stated(fact_id, evidence, names or {}, holders or {})
    if also:
        whole = any(r.get("through") == "sentence" for r in evidence.get("rest_also_in") or [])
        rest = "the rest of the sentence is" if whole else "more of this sentence is"
        return f"shared: only “{part}”; {rest} also stated by {also}"
    rest = rests.get((str(fact_id), str(evidence.get("claim_id"))))
    where = f" ({rest})" if rest else ""
    if evidence.get("whole_match_in"):  # matched whole elsewhere, the rest not found there
        return f"shared: only “{part}”" + (f" (the rest of the sentence: {rest})" if rest else "")
    return f"shared: only “{part}”; the rest of the sentence is {outlet}'s own{where}"


def _also_stated(fact_id: Any, evidence: Mapping[str, Any], names: Mapping[str, str],
                 holders: Mapping[str, list[str]]) -> str:  # fmt: skip
    """"National Review (F9)": the outlets whose sentences state a member's rest, each
    with the first other fact that holds that sentence."""
    who = []
    for ref in evidence.get("rest_also_in") or []:
        article = str(ref.get("article_id", ""))
        elsewhere = [f for f in holders.get(str(ref.get("claim_id")), []) if f != str(fact_id)]
        label = names.get(article, article) + (f" ({elsewhere[0]})" if elsewhere else "")
        if label not in who:
            who.append(label)
    return ", ".join(who)


def rest_note(item: Mapping[str, Any]) -> str:
    """The note of a fact (or an omission) that is the rest of a partly shared sentence:
    which part of it other outlets state, so that the sentence is not read as one
    outlet's alone, nor its omission as leaving out that part."""
    notes = []
    own = part_text(item)  # an omitted partly shared fact: what is left out is the part
    if own:
        notes.append(f"left out: only “{own}” (partly shared); the rest of the sentence "
                     "is its outlet's own")
    for ref in item.get("partly_shared_in") or []:
        text = part_text(ref)  # a reference carries its part as evidence does
        said = f"“{text}” is" if text else "a part of this sentence is"
        notes.append(f"{said} also reported elsewhere ({ref.get('fact_id', '')}, partly "
                     "shared); this is about the rest of the sentence")
    return "; ".join(notes)
