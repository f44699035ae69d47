"""How file names and messages are shown: on one line, as valid text, readable.

A file name on Linux is any bytes but ``/`` and NUL: it may hold a newline (which would
split an error line in two), ESC (a terminal escape sequence), U+202E (which turns the
rest of the line around), or bytes that are not UTF-8 (which Python carries as lone
surrogates, which a terminal shows as ``\\udcff`` and SQLite refuses). One escaping is used
wherever an item's location is printed or stored (CLI error lines, the JSON report, web
upload messages, ``source_path`` and ``ingest_failures.location`` in the store), the one
``ls -b`` and a shell's ``$'…'`` use:

=====================================  =========================
what is in the name                    how it is shown
=====================================  =========================
a byte that is not UTF-8 (0x80-0xFF)   ``\\xe9``
tab, newline, carriage return          ``\\t`` ``\\n`` ``\\r``
other ASCII control characters, DEL    ``\\x1b`` ``\\x7f``
C1 controls, bidi and invisible        ``\\u0085`` ``\\u202e`` ``\\u200b``
format characters, line separators,
lone surrogates
a backslash (in a path)                ``\\\\``
=====================================  =========================

Everything else, ``café`` and ``東京`` included, is shown as it is. A ``\\x`` escape below
``\\x80`` is always an ASCII control character and one from ``\\x80`` up always a byte that
is not UTF-8 (a character in that range is shown as ``\\u0080``…), so a shown path maps
back to exactly one file name: the escaped form is also what the store keeps, and a
re-run finds the same rows under it.
"""

from __future__ import annotations

import os
import unicodedata

__all__ = ["display_path", "one_line"]

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_ESCAPED_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))


def _shown(ch: str) -> str:
    """One character as shown: itself, or its escape."""
    if ch.isprintable() or unicodedata.category(ch) not in _ESCAPED_CATEGORIES:
        return ch  # spaces such as U+00A0, private-use and unassigned characters stay
    code = ord(ch)
    if ch in _NAMED:
        return _NAMED[ch]
    if code < 0x80:
        return f"\\x{code:02x}"
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as os.fsdecode carries it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def one_line(text: str) -> str:
    """``text`` with every control, bidi or invisible character and every lone surrogate
    escaped: one line of valid, visible text. Backslashes are left alone, so that running
    it again (on a message that holds a path shown by ``display_path``) changes nothing.
    """
    if text.isprintable():
        return text
    return "".join(map(_shown, text))


def display_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path as it is shown and stored: see the table in the module docstring."""
    name = os.fsdecode(path)
    if os.sep == "/":  # on Windows the backslash is the separator, shown as it is
        name = name.replace("\\", "\\\\")
    return one_line(name)
