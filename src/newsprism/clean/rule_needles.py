"""Literal needles of a line rule's pattern: a cheap test that it cannot match.

Most lines are article prose, which no rule matches, and each rule is a large alternation
searched case-insensitively at every position of the line (``last-update``,
``support-appeal``, ``paywall`` cost ~50 µs a line each). Every match of a pattern
contains one of the literal strings found here, so a line holding none of them is skipped
without running the expression.

Exact only for ASCII lines, where ignoring case is ``str.lower``: the rules run as before
on any other line (Unicode case folding has cases such as ``ſ`` matching ``s``). A
needle with a letter that matches no ASCII character (Arabic, ``ü``) can never be found
in an ASCII line, so its branch is dropped there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes (Python 3.11+)
from re import _parser as sre_parse

Needles = frozenset[str]
_ASCII = [chr(i) for i in range(128)]


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Strings one of which every match of ``pattern`` contains, as an ASCII line reads
    them (lower-cased when the pattern ignores case); None when none could be found.

    An empty set means the pattern can never match an ASCII line.
    """
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    folded = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _sequence(list(parsed), folded)


def could_match(found: Needles | None, text: str) -> bool:
    """False only when ``text`` (an ASCII line, lower-cased for a pattern that ignores
    case) holds none of the needles."""
    return found is None or any(n in text for n in found)


def _sequence(items: list, folded: bool) -> Needles | None:
    """The best needle set of one required element of a sequence: the set whose shortest
    needle is longest (an impossible element makes the whole sequence impossible)."""
    options: list[Needles] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(_literal("".join(run), folded))
            run = []
        if op is sre.SUBPATTERN and av[1] == 0 and av[2] == 0:  # a group, flags unchanged
            inner = _sequence(list(av[3]), folded)
            if inner is not None:
                options.append(inner)
        elif op is sre.BRANCH:
            inner = _branch(av[1], folded)
            if inner is not None:
                options.append(inner)
    if not options:
        return None
    if any(not o for o in options):
        return frozenset()
    return max(options, key=lambda o: min(len(n) for n in o))


def _branch(alternatives: list, folded: bool) -> Needles | None:
    found: set[str] = set()
    for alternative in alternatives:
        inner = _sequence(list(alternative), folded)
        if inner is None:
            return None
        found |= inner
    return frozenset(found)


def _literal(text: str, folded: bool) -> Needles:
    """The run as an ASCII line would hold it, or no needle when it cannot be in one."""
    if text.isascii():
        return frozenset({text.lower() if folded else text})
    if not folded or any(_no_ascii_twin(ch) for ch in text if not ch.isascii()):
        return frozenset()
    # A letter such as ``ſ`` or the Kelvin sign matches an ASCII letter: keep the longest
    # ASCII part, which the line must hold as well.
    parts = [p for p in re.split(r"[^\x00-\x7f]", text) if p]
    return frozenset({max(parts, key=len).lower()}) if parts else frozenset({""})


@lru_cache(maxsize=1024)
def _no_ascii_twin(ch: str) -> bool:
    """Whether ``ch`` matches no ASCII character case-insensitively (asked of ``re``)."""
    probe = re.compile(re.escape(ch), re.IGNORECASE)
    return not any(probe.fullmatch(a) for a in _ASCII)
