"""How file names and messages are shown: one line, no raw control or bidi characters."""

from __future__ import annotations

import os

import pytest

from newsprism.display import display_path, one_line
from newsprism.models import IngestFailure


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain/café – 東京.txt", "plain/café – 東京.txt"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),
        (b"caf\xe9.txt", "caf\\xe9.txt"),
        ("new\nline\r\ttab", "new\\nline\\r\\ttab"),
        ("esc\x1b[31m\x7f\x00", "esc\\x1b[31m\\x7f\\x00"),
        ("rlo\u202etxt.exe", "rlo\\u202etxt.exe"),
        ("c1\x85 zw\u200b ls\u2028 bom\ufeff", "c1\\u0085 zw\\u200b ls\\u2028 bom\\ufeff"),
        ("back\\slash", "back\\\\slash"),
        ("lone\ud800", "lone\\ud800"),
    ],
)
def test_display_path(name: str | bytes, shown: str) -> None:
    assert display_path(name) == shown


def test_display_path_tells_a_byte_from_the_character_of_that_number() -> None:
    """A stray byte 0xE9 and the character U+0085 never look alike; ``é`` is shown as is."""
    names = {display_path(n) for n in (b"\xe9", "\x85", "é", "\\xe9", b"\x85")}
    assert len(names) == 5


def test_one_line_keeps_backslashes_so_it_can_run_twice() -> None:
    shown = display_path("a\nb\\c")
    assert one_line(shown) == shown == "a\\nb\\\\c"
    assert one_line("line one\nline two\x1b") == "line one\\nline two\\x1b"


def test_failures_are_one_line_of_valid_text_whatever_they_are_given() -> None:
    failure = IngestFailure("dir/a\nb.txt", "bad \udcff byte\n\u202e", "E100")
    assert failure.location == "dir/a\\nb.txt"
    assert failure.reason == "bad \\xff byte\\n\\u202e"
    assert failure.line == "error dir/a\\nb.txt: bad \\xff byte\\n\\u202e [E100]"
    failure.line.encode("utf-8")  # valid text: SQLite and a terminal take it
