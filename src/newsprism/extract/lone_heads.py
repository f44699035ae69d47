"""A body's head word standing alone for the one body of the story named with it
(session 39, gold/entities-fresh9).

Outlets write "the Court" (capitalised) for the Supreme Court after naming it once
("Members of the Court", Vox, NeuS raw row 485; rows 127, 233 likewise), "the Committee"
for "the House Ways and Means Committee" (row 212) and "the Board" for "Facebook's
Oversight Board" (row 465). Tagged alone, the head word was a row of its own beside the
body's. It joins the body when the story names exactly one organisation ending with that
word; with two ("Financial Stability Oversight Council", "National Economic Council",
row 416) or a body opening on it ("the 5th U.S. Circuit Court of Appeals", row 430:
"the Court" could be either court) it stays apart. "House" and "Senate" are no head
words here: "the House" beside "the White House" or "the Texas House" is often the other
chamber (rows 47, 391).
"""

from __future__ import annotations

from newsprism.extract.body_heads import HEADS
from newsprism.models import Mention

_LONE = frozenset(h.lower() for h in HEADS) | {"court"}
# a country in front names the same body: "U.S. Supreme Court" is the Supreme Court
_COUNTRY = ("us ", "u s ", "united states ")


def _base(name: str) -> str:
    """The folded name without a leading country."""
    for country in _COUNTRY:
        if name.startswith(country):
            return name[len(country):]
    return name


def merge_lone_heads(other: dict[tuple[str, str], list[Mention]]) -> None:
    """Move the mentions of a lone head word ("Court") into the one organisation of the
    story whose name ends with it (see the module docstring). Keys are ``(kind, folded
    name)``, as ``entities._attach_short_names`` writes them; every group tagged ORG."""
    orgs = {key[1]: key for key, group in other.items()
            if all(m.label == "ORG" for m in group)}
    for name, key in list(orgs.items()):
        if name not in _LONE:
            continue
        longer = [k for n, k in orgs.items() if n.endswith(f" {name}")]
        bodies = {_base(k[1]) for k in longer}
        opening = any(f"{name} of " in n or n.startswith(f"{name} ") for n in orgs)
        if len(bodies) == 1 and not opening and key in other:
            target = max(longer, key=lambda k: len(other.get(k, [])))
            other[target].extend(other.pop(key))
