"""The needle shortcut of the line rules gives the rule a plain search of every rule gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsprism.clean.rule_needles import needles
from newsprism.clean.rules import RuleSet, load_rules, parse_rules


def _every_rule(rules: RuleSet, line: str, words: int) -> str | None:
    """The first rule whose pattern matches, searched rule by rule (no shortcut); a rule
    that only follows another's line never judges a line on its own."""
    return next((r.name for r in rules.rules if not r.follows and r.matches(line, words)),
                None)  # fmt: skip


LINES = [
    "The minister met his counterpart in Washington on Monday, officials said.",
    "Share this article",
    "Last updated: March 26, 2024",
    "LAST UPDATE: 3/26/2024 05:28 AM",
    "Would you consider supporting our journalism?",
    "To continue reading, please subscribe now.",
    "This post contains affiliate links.",
    "Copyright 2024 Example Media. All rights reserved.",
    "(c) 2024 Example",
    "twitter: @someone",
    "Photo: AFP via Getty Images",
    "Source: Reuters",
    "Advertisement",
    "we use cookies",
    "Jetzt spenden",
    "Unterstützen Sie uns",
    "Updated on: 12 May",
    "He said the update to the software was modified last year.",
    "Download the Example News app for iOS and Android",
    "ſhare this article",  # a long s matches "s" when case is ignored: no shortcut there
]


@pytest.mark.parametrize("line", LINES)
def test_first_match_is_the_plain_search(line: str) -> None:
    rules = load_rules()
    for words in (len(line.split()), 1):
        found = rules.first_match(line, words)
        assert (found.name if found else None) == _every_rule(rules, line, words)


def test_first_match_on_every_example_of_the_rule_table() -> None:
    """Every string of the rules' own tests (debris and kept sentences), in capitals and
    cut too."""
    rules = load_rules()
    source = (Path(__file__).parent / "test_rules.py").read_text(encoding="utf-8")
    lines = re.findall(r'"([^"\n]{3,})"', source)  # every string of the tests
    assert len(lines) > 100
    for line in lines:
        for variant in (line, line.upper(), line[: len(line) // 2], line[len(line) // 3 :]):
            found = rules.first_match(variant, len(variant.split()))
            assert (found.name if found else None) == _every_rule(
                rules, variant, len(variant.split())
            ), variant


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("^(share|tweet) this", re.I, {"share", "tweet"}),
        ("(would you )?consider supporting (us|our)", re.I, {"consider supporting "}),
        ("جميع الحقوق محفوظة", re.I, set()),  # never in an ASCII line
        ("^(#[^\\s#]+)+$", re.I, None),  # no literal every match holds
        ("Copyright", 0, {"Copyright"}),  # case kept when the rule keeps it
    ],
)
def test_needles(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = needles(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


def test_a_case_sensitive_rule_keeps_its_case() -> None:
    rules = parse_rules('[[rule]]\nname = "caps"\npattern = "BREAKING"\nignore_case = false\n')
    assert rules.first_match("BREAKING news", 2) is not None
    assert rules.first_match("breaking news", 2) is None


WIDE_LINES = [
    "Die Ministerin traf am Montag ihren Amtskollegen in Washington, hieß es.",
    "Jetzt spenden für unabhängigen Journalismus",
    "Zuletzt aktualisiert: 26. März 2024",
    "“Share this article”",
    "Updated on: 12 May — 10:30",
    "© 2024 Example Media. Alle Rechte vorbehalten.",
    "جميع الحقوق محفوظة",
    "اقرأ أيضا: عنوان آخر",
    "SHARE THIS ARTICLE – NOW",
    "ſhare this article — now",  # a long s: the rules run as before
    "Fotoğraf: AFP – İstanbul",  # a dotless i and a dotted capital I
    "ΣΧΟΛΙΑ: comment on this",
]


@pytest.mark.parametrize("line", WIDE_LINES)
def test_first_match_on_a_line_that_is_not_ascii_is_the_plain_search(line: str) -> None:
    rules = load_rules()
    for variant in (line, line.upper(), line.lower()):
        for words in (len(variant.split()), 1):
            found = rules.first_match(variant, words)
            assert (found.name if found else None) == _every_rule(rules, variant, words)


def test_case_twins_are_every_letter_re_folds_otherwise_than_str_lower() -> None:
    """``CASE_TWINS``, recomputed over every code point of this Python's Unicode tables."""
    import _sre
    import sys
    from re import _casefix

    from newsprism.clean.rule_needles import CASE_TWINS

    extra = {c for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}
    found = set()
    for code in range(128, sys.maxunicode + 1):
        lowered = chr(code).lower()
        if len(lowered) != 1 or ord(lowered) != _sre.unicode_tolower(code) or code in extra:
            found.add(chr(code))
    found.add("\u03a3")  # str.lower reads a capital sigma at a word's end as "ς"
    assert found == set(CASE_TWINS)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        ("jetzt spenden|unterstützen sie", re.I, {"jetzt spenden", "unterstützen sie"}),
        ("جميع الحقوق محفوظة", re.I, {"جميع الحقوق محفوظة"}),
        ("ſhare|tweet", re.I, None),  # a letter re folds otherwise: no needle
        ("Copyright ©", 0, {"Copyright ©"}),
    ],
)
def test_wide_needles(pattern: str, flags: int, expected: set[str] | None) -> None:
    from newsprism.clean.rule_needles import wide_needles

    found = wide_needles(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected
