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

Any other line takes a second needle set (:func:`wide_needles`), in which every branch
keeps its literal, lower-cased by ``str.lower``; that is exact unless the line or the
literal holds one of the few letters (``CASE_TWINS``) that ``re`` folds otherwise than
``str.lower`` (``ı`` and ``i``, ``ſ`` and ``s``, the Greek final sigma…): such a line runs
every rule as before, and such a literal gives no needle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from re import _constants as sre  # the parser's opcodes (Python 3.11+)
from re import _parser as sre_parse

Needles = frozenset[str]
_ASCII = [chr(i) for i in range(128)]
# The non-ASCII letters whose match ignoring case in ``re`` is not equality after
# ``str.lower``: ``re`` folds them with another letter (its extra cases: ``ı`` with ``i``,
# ``ſ`` with ``s``, ``µ`` with ``μ``…), or ``str.lower`` maps them otherwise than ``re``
# does (``İ`` to two characters, ``Σ`` to ``ς`` at a word's end). Computed over every code
# point of this Python's Unicode tables; ``tests/clean/test_rule_needles.py`` recomputes it.
CASE_TWINS = (
    "\xb5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba"
    "\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"
    "\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
HAS_CASE_TWIN = re.compile(f"[{CASE_TWINS}]")
# A literal run, whether the pattern ignores case -> its needle (None: no needle).
Literal = Callable[[str, bool], Needles | None]


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Strings one of which every match of ``pattern`` contains, as an ASCII line reads
    them (lower-cased when the pattern ignores case); None when none could be found.

    An empty set means the pattern can never match an ASCII line.
    """
    return _needles(pattern, _literal)


def wide_needles(pattern: re.Pattern[str]) -> Needles | None:
    """:func:`needles` for a line that is not ASCII but holds no letter of ``CASE_TWINS``
    (lower-cased by ``str.lower`` when the pattern ignores case)."""
    return _needles(pattern, _wide_literal)


def _needles(pattern: re.Pattern[str], literal: Literal) -> Needles | None:
    if pattern.flags & (re.LOCALE | re.VERBOSE):
        return None
    folded = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _sequence(list(parsed), folded, literal)


def could_match(found: Needles | None, text: str) -> bool:
    """False only when ``text`` (an ASCII line, lower-cased for a pattern that ignores
    case) holds none of the needles."""
    return found is None or any(n in text for n in found)


def _sequence(items: list, folded: bool, literal: Literal) -> Needles | None:
    """The best needle set of one required element of a sequence: the set whose shortest
    needle is longest (an impossible element makes the whole sequence impossible)."""
    options: list[Needles] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found = literal("".join(run), folded)
            if found is not None:
                options.append(found)
            run = []
        if op is sre.SUBPATTERN and av[1] == 0 and av[2] == 0:  # a group, flags unchanged
            inner = _sequence(list(av[3]), folded, literal)
            if inner is not None:
                options.append(inner)
        elif op is sre.BRANCH:
            inner = _branch(av[1], folded, literal)
            if inner is not None:
                options.append(inner)
    if not options:
        return None
    if any(not o for o in options):
        return frozenset()
    return max(options, key=lambda o: min(len(n) for n in o))


def _branch(alternatives: list, folded: bool, literal: Literal) -> Needles | None:
    found: set[str] = set()
    for alternative in alternatives:
        inner = _sequence(list(alternative), folded, literal)
        if inner is None:
            return None
        found |= inner
    return frozenset(found)


def _literal(text: str, folded: bool) -> Needles | None:
    """The run as an ASCII line would hold it, or no needle when it cannot be in one."""
    if text.isascii():
        return frozenset({text.lower() if folded else text})
    if not folded or any(_no_ascii_twin(ch) for ch in text if not ch.isascii()):
        return frozenset()
    # A letter such as ``ſ`` or the Kelvin sign matches an ASCII letter: keep the longest
    # ASCII part, which the line must hold as well.
    parts = [p for p in re.split(r"[^\x00-\x7f]", text) if p]
    return frozenset({max(parts, key=len).lower()}) if parts else frozenset({""})


def _wide_literal(text: str, folded: bool) -> Needles | None:
    """The run as a line without a ``CASE_TWINS`` letter holds it once lower-cased; no
    needle when the run has such a letter itself."""
    if not folded:
        return frozenset({text})
    if HAS_CASE_TWIN.search(text):
        return None
    return frozenset({text.lower()})


@lru_cache(maxsize=1024)
def _no_ascii_twin(ch: str) -> bool:
    """Whether ``ch`` matches no ASCII character case-insensitively (asked of ``re``)."""
    probe = re.compile(re.escape(ch), re.IGNORECASE)
    return not any(probe.fullmatch(a) for a in _ASCII)
