"""How every report says that a fact's agreement rests on a relay (compare/relays.py).

"Axios + Washington Post" agree on a sentence of Axios that ends "…, the Washington
Post reports": a reader who counts outlets counts one source twice. The text report,
the HTML report and the web story page take the words from here: which outlet cites
which, and the count of independent sources when it is fewer than the outlets.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def relay_note(fact: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """"Axios cites Washington Post for this: one source", or "" for a fact without a
    relay. ``names``: article id → the outlet's label in the report."""
    cites = []
    for evidence in fact.get("evidence") or []:
        relay = evidence.get("relayed_from")
        if not isinstance(relay, Mapping):
            continue
        article = str(evidence.get("article_id", ""))
        line = f"{names.get(article, article)} cites {cited(relay)} for this"
        if line not in cites:
            cites.append(line)
    if not cites:
        return ""
    sources, outlets = fact.get("independent_sources"), len(fact.get("article_ids") or [])
    if not isinstance(sources, int) or sources >= outlets:
        return "; ".join(cites)
    count = "one source" if sources == 1 else f"{sources} independent sources"
    return f"{'; '.join(cites)}: {count}, not {outlets}"


def cited(relay: Mapping[str, Any]) -> str:
    """The outlets a relay cites, as a note names them: "CNN", or "CNN and Politico"
    when the sentence cites several together (``outlets``)."""
    outlets = [str(o) for o in relay.get("outlets") or [relay.get("outlet", "")]]
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


def sources_note(item: Mapping[str, Any]) -> str:
    """A summary line's note when its citations are fewer independent sources than
    outlets (``independent_sources``): "one source (one outlet cites another)"."""
    sources, outlets = item.get("independent_sources"), len(item.get("article_ids") or [])
    if not isinstance(sources, int) or sources >= outlets:
        return ""
    count = "one source" if sources == 1 else f"{sources} independent sources"
    return f"{count} (an outlet cites another)"
