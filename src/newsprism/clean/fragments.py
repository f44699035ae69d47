"""Boilerplate glued to an article line: a credit before the first sentence, tags after the last.

Scraped Arabic news often runs debris into the article's own lines, so no line rule can
remove it without the sentence beside it: Sabq opens «سبق- متابعة: تعرض الرئيس…», Ain
Alyoum closes «…بحلول عام 2030. سمات الزهايمر عقار» (its tag list), al-Weeam closes
«… رابط الخبر بصحيفة الوئام: <title>». The ``[[fragment]]`` entries of
``data/boilerplate.toml`` name such pieces: each has a ``pattern`` with a group
``frag`` (the debris), a ``position`` (``head``: the first body line; ``tail``: the
last one) and a ``max_words`` bound on the piece. The piece is cut off its line and
recorded as a removed line with the entry's ``name`` as reason, at the line's index,
so the text plus ``removed`` still accounts for every character kept or dropped.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsprism.models import RemovedLine

TAIL_WINDOW = 400  # characters: longer than any tail piece a rule allows


@dataclass(frozen=True)
class FragmentRule:
    """A named pattern whose ``frag`` group is debris at the head or tail of a line."""

    name: str
    pattern: re.Pattern[str]
    position: str  # "head" | "tail"
    max_words: int

    def cut(self, line: str) -> tuple[str, str] | None:
        """(line without the piece, the piece), or None when the rule does not apply."""
        # a tail piece is short: search only the line's end (a lookbehind still sees
        # the character before the window), so a long English line costs nothing
        start = max(0, len(line) - TAIL_WINDOW) if self.position == "tail" else 0
        match = self.pattern.search(line, start)
        if match is None:
            return None
        piece = match.group("frag").strip()
        rest = (line[: match.start("frag")] + line[match.end("frag") :]).strip()
        if not piece or not rest or len(piece.split()) > self.max_words:
            return None
        return rest, piece


def parse_fragment_rules(text: str, origin: str = "<rules>") -> tuple[FragmentRule, ...]:
    """The ``[[fragment]]`` entries of a rules TOML document, compiled."""
    rules = []
    for entry in tomllib.loads(text).get("fragment", []):
        try:
            pattern = re.compile(entry["pattern"], re.IGNORECASE)
        except re.error as exc:
            name = entry.get("name")
            raise ValueError(f"{origin}: fragment {name!r}: bad pattern: {exc}") from exc
        if "frag" not in pattern.groupindex or entry.get("position") not in ("head", "tail"):
            raise ValueError(f"{origin}: fragment {entry.get('name')!r} needs a (?P<frag>…) "
                             "group and position head or tail")  # fmt: skip
        rules.append(FragmentRule(entry["name"], pattern, entry["position"],
                                  int(entry.get("max_words", 20))))  # fmt: skip
    return tuple(rules)


@lru_cache(maxsize=1)
def load_fragment_rules() -> tuple[FragmentRule, ...]:
    text = resources.files("newsprism").joinpath("data/boilerplate.toml").read_text("utf-8")
    return parse_fragment_rules(text, "data/boilerplate.toml")


def cut_fragments(
    lines: list[tuple[int, str]],
    decisions: dict[int, str],
    rules: tuple[FragmentRule, ...] | None = None,
) -> tuple[list[tuple[int, str]], list[RemovedLine]]:
    """Cut head debris off the first undecided line and tail debris off the last one.

    Returns the lines with those two shortened, and the pieces cut, as removed lines.
    Each rule applies at most once, in file order.
    """
    rules = load_fragment_rules() if rules is None else rules
    body = [i for i, _ in lines if i not in decisions]
    if not body or not rules:
        return lines, []
    text = dict(lines)
    removed: list[RemovedLine] = []
    for position, index in (("head", body[0]), ("tail", body[-1])):
        for rule in rules:
            if rule.position != position:
                continue
            cut = rule.cut(text[index])
            if cut is not None:
                text[index] = cut[0]
                removed.append(RemovedLine(cut[1], rule.name, index))
    return [(i, text[i]) for i, _ in lines], removed
