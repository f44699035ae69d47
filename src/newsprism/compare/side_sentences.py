"""Every sentence of one article that states a side's value joins that side (session 37).

``find_conflicts`` lists a disagreement once per pair of values ("19" / "nearly
two-dozen"): the first pair of sentences found stood for it, and a second sentence of
the same article stating the same value was dropped. A fact-checker reading the
conflict then did not see that the NYT states 19 twice, once in its own words ("lay out
19 separate actions the president could take") and once quoting Representative Speier
("there are “19 independent steps that the president can take”"; gold/conflicts-basil
526cabb7). The second sentence passed every check the first did (one counted thing,
one owner, topical against the other side), so it is shown beside the first.
"""

from __future__ import annotations

from typing import Any

from newsprism.models import Claim


def join_sides(item: dict[str, Any], a: Claim, value_a: str, b: Claim, value_b: str) -> None:
    """Add ``a`` and ``b`` to ``item``'s sides when their sentence is not there yet.

    Args:
        item: a conflict already listed for the same kind, key and pair of values.
        a, b: the two claims of a later pair with the same values.
        value_a, value_b: their values as written.
    """
    have = {side["claim_id"] for side in item["sides"]}
    for claim, value in ((a, value_a), (b, value_b)):
        if claim.id not in have:
            item["sides"].append({"article_id": claim.article_id, "claim_id": claim.id,
                                  "value": value, "sentence": claim.text})  # fmt: skip
            have.add(claim.id)
    order = list(dict.fromkeys(side["value"] for side in item["sides"]))
    item["sides"].sort(key=lambda side: order.index(side["value"]))  # one value's sides together
