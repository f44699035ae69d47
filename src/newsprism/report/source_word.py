"""The word a story's counts use for who reports it: "outlet", or "source" when one of
its articles has no known outlet (issue 12, session 35).

A story of two uploaded files read "1 fact stated by more than one outlet" and "F1
stated by 2 outlets" on its page and in its report, while the home page rightly said "2
sources": a file or a web site is not an outlet, and a fact-checker who reads "2
outlets" looks for two publishers that are not there. The home page's rule
(``web/_macros.html.j2``'s ``sources``) is used here too: "outlet" only when every
article has one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

_OUTLET = re.compile(r"\boutlet(?=s?\b|'s\b)")


def source_word(articles: Sequence[Mapping[str, Any]]) -> str:
    """"outlet" when every article has a known outlet, else "source"."""
    known = all(isinstance(a.get("outlet"), str) and a["outlet"].strip() for a in articles)
    return "outlet" if known else "source"


def in_words_of(text: str, word: str) -> str:
    """``text`` with its word "outlet" ("outlets", "outlet's") in ``word``'s: a story of
    files reads "reported by one source only" in its status legend, as its counts do
    (session 35). A story of outlets reads as before."""
    return text if word == "outlet" else _OUTLET.sub(word, text)


def status_help(help_by_status: Mapping[str, str], word: str) -> dict[str, str]:
    """Each status's help line (``_shared.STATUS_HELP``) in the story's word."""
    return {status: in_words_of(help, word) for status, help in help_by_status.items()}


def retitle(table: Table, word: str) -> None:
    """A text report's table in the story's word: its title and column heads ("Unique:
    reported by one source only", "source" over the first column) for a story of files."""
    if word == "outlet":
        return
    if isinstance(table.title, Text):
        table.title = Text(in_words_of(table.title.plain, word), style=table.title.style)
    elif isinstance(table.title, str):
        table.title = in_words_of(table.title, word)
    for column in table.columns:
        if isinstance(column.header, str):
            column.header = in_words_of(column.header, word)
