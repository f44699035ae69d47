"""Boilerplate line rules, loaded from ``data/boilerplate.toml``.

The rules are data so that a new site's debris needs a new entry, not new code;
each rule's ``name`` is the ``reason`` stored with every line it removes. A rule with
``follows`` judges only the lines right after another rule's lines (the paywall's offer
after its stub): it is left out of :meth:`RuleSet.first_match`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from newsprism.clean.rule_needles import HAS_CASE_TWIN, Needles, needles, wide_needles

Position = Literal["any", "head", "tail"]
_ASCII_NEEDLES, _WIDE_NEEDLES = 2, 3  # places in a step of ``RuleSet._plan``
HEAD_LINES = 6


@dataclass(frozen=True)
class LineRule:
    """One named pattern over a stripped line."""

    name: str
    pattern: re.Pattern[str]
    description: str = ""
    max_words: int = 40
    position: Position = "any"
    stamps: bool = False
    # Set: the rule judges only a line right after one removed by the rule of that name
    # (or by a rule that follows it too), never a line on its own (``clean/text.py``).
    follows: str | None = None
    # Set from the pattern: literals one of which every match holds (``rule_needles``).
    needles: Needles | None = field(default=None, init=False, repr=False, compare=False)
    # The same for a line that is not ASCII but has no ``CASE_TWINS`` letter.
    wide: Needles | None = field(default=None, init=False, repr=False, compare=False)
    folded: bool = field(default=False, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needles", needles(self.pattern))
        object.__setattr__(self, "wide", wide_needles(self.pattern))
        object.__setattr__(self, "folded", bool(self.pattern.flags & re.IGNORECASE))

    def matches(self, line: str, word_count: int) -> bool:
        return word_count <= self.max_words and self.pattern.search(line) is not None


@dataclass(frozen=True)
class RuleSet:
    """All pattern rules in order, plus the parameters of the shape rules."""

    version: int
    rules: tuple[LineRule, ...]
    shapes: dict[str, dict[str, Any]]
    # The rules that judge a line on its own, and those that judge only the lines after
    # another rule's line (``follows``), each in file order.
    line_rules: tuple[LineRule, ...] = field(default=(), init=False, repr=False, compare=False)
    followers: tuple[LineRule, ...] = field(default=(), init=False, repr=False, compare=False)
    # Per line rule: (rule, max words, ASCII needles, wide needles, ignores case, search),
    # read in one tuple by ``_first_with_needles`` (attribute look-ups were half its time).
    _plan: tuple[tuple[Any, ...], ...] = field(default=(), init=False, repr=False,
                                               compare=False)  # fmt: skip

    def __post_init__(self) -> None:
        object.__setattr__(self, "line_rules", tuple(r for r in self.rules if not r.follows))
        object.__setattr__(self, "followers", tuple(r for r in self.rules if r.follows))
        object.__setattr__(self, "_plan", tuple(
            (r, r.max_words, r.needles, r.wide, r.folded, r.pattern.search)
            for r in self.line_rules))  # fmt: skip

    def first_match(self, line: str, word_count: int) -> LineRule | None:
        if line.isascii():
            return self._first_with_needles(line, word_count, _ASCII_NEEDLES)
        if HAS_CASE_TWIN.search(line) is None:
            return self._first_with_needles(line, word_count, _WIDE_NEEDLES)
        for rule in self.line_rules:
            if rule.matches(line, word_count):
                return rule
        return None

    def _first_with_needles(self, line: str, word_count: int, which: int) -> LineRule | None:
        """``first_match``, skipping each rule none of whose needles the line holds: the
        ASCII needles, or the wide ones for a line without a ``CASE_TWINS`` letter
        (``which`` is their place in a step of ``_plan``)."""
        lowered = line.lower()
        for step in self._plan:
            if word_count > step[1]:
                continue
            found = step[which]
            if found is not None:
                text = lowered if step[4] else line
                for needle in found:
                    if needle in text:
                        break
                else:
                    continue
            if step[5](line) is not None:
                return step[0]
        return None

    def shape(self, name: str, key: str, default: int) -> int:
        return int(self.shapes.get(name, {}).get(key, default))


def parse_rules(text: str, origin: str = "<rules>") -> RuleSet:
    """Compile a rules TOML document; a bad pattern names its rule and file."""
    data = tomllib.loads(text)
    rules: list[LineRule] = []
    for entry in data.get("rule", []):
        flags = re.IGNORECASE if entry.get("ignore_case", True) else 0
        try:
            pattern = re.compile(entry["pattern"], flags)
        except re.error as exc:
            raise ValueError(f"{origin}: rule {entry.get('name')!r}: bad pattern: {exc}") from exc
        rules.append(
            LineRule(
                name=entry["name"],
                pattern=pattern,
                description=entry.get("description", ""),
                max_words=int(entry.get("max_words", 40)),
                position=entry.get("position", "any"),
                stamps=bool(entry.get("stamps", False)),
                follows=entry.get("follows"),
            )
        )
    names = [r.name for r in rules]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"{origin}: duplicate rule names {sorted(duplicates)}")
    unknown = sorted({r.follows for r in rules if r.follows and r.follows not in names})
    if unknown:
        raise ValueError(f"{origin}: rules follow rules that do not exist: {unknown}")
    return RuleSet(int(data.get("version", 0)), tuple(rules), dict(data.get("shape", {})))


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> RuleSet:
    """The packaged rules, or a user's rules file (which replaces them whole)."""
    if path is None:
        text = resources.files("newsprism").joinpath("data/boilerplate.toml").read_text("utf-8")
        return parse_rules(text, "data/boilerplate.toml")
    return parse_rules(Path(path).read_text("utf-8"), str(path))
