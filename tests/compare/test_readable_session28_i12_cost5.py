"""``reads_alone`` answers as ``not unusable_reasons`` and parses no line that a test
needing no parse rejects (session 28, issue 12)."""

from __future__ import annotations

import pytest

import newsprism.compare.line_parse as line_parse
from newsprism.compare.readable import reads_alone, unusable_reasons

EARLIER = ["The Senate passed the bill 52-48 on Tuesday night."]
# (line, rejected before any parse)
LINES = [
    ("The House will vote on the measure next week, leaders said.", False),  # reads alone
    ("The Senate passed the bill 52-48 on Tuesday night.", True),  # a repeat
    ("It would undermine the talks, officials said.", True),  # a pronoun opening
    ("“We will not back down,” she said.", True),  # a pronoun speaker
    ("The governor said the plan was “a disaster.", True),  # unbalanced marks
    ("Why should you care about the deficit?", True),  # the reader addressed
    ("The agreement was signed in Geneva …", True),  # cut
    ("Those measures were rejected by the committee.", False),  # a parse says: points back
    ("The new rules, which take effect in May.", False),  # a parse says: a fragment
]


@pytest.mark.parametrize(("line", "cheap"), LINES)
def test_reads_alone_is_no_reason_and_parses_only_what_it_must(
        line: str, cheap: bool, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    parsed: list[str] = []
    real = line_parse.parse_line

    def counted(text: str) -> object:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(line_parse, "parse_line", counted)
    answer = reads_alone(line, EARLIER, line, "")
    asked = len(parsed)
    assert answer == (not unusable_reasons(line, EARLIER, line, ""))
    assert (asked == 0) == cheap
    if cheap:
        assert not answer


def test_the_lines_read_something() -> None:
    answers = [reads_alone(line, EARLIER, line, "") for line, _ in LINES]
    assert answers[0] and not any(answers[1:])
