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

from collections.abc import Mapping, Sequence
from typing import Any


def source_word(articles: Sequence[Mapping[str, Any]]) -> str:
    """"outlet" when every article has a known outlet, else "source"."""
    known = all(isinstance(a.get("outlet"), str) and a["outlet"].strip() for a in articles)
    return "outlet" if known else "source"
