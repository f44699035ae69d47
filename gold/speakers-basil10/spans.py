"""Find and print every quoted span of one BASIL article, as [Qn|offset: ... ]Qn, for
annotation by hand.

The pairs are gold/speakers-basil9's (every pair of double quotation marks, curly or
straight, across sentences; an opening mark never closed runs to the end of its
sentence). One addition, the newspaper convention for a quotation that runs over
paragraphs: the paragraph a quotation leaves carries no closing mark and the next one
opens again. So a mark that starts a paragraph while a span opened in an earlier
paragraph is open closes that span at the end of the paragraph before and opens a new
one; basil9's finder read that mark as the closing one and paired every mark after it
off by one.

    python gold/speakers-basil10/spans.py ../shared/data TRIPLET N YEAR
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]


def _load(name: str):
    """A sibling gold's spans.py, as a module."""
    spec = importlib.util.spec_from_file_location(f"{name.replace('-', '_')}_spans",
                                                  GOLD / name / "spans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans(trip: str, n: str, year: str, data: Path):
    """gold/speakers-basil9's finder with its run-on-paragraph rule on (module docstring)."""
    return _load("speakers-basil9").spans(trip, n, year, data, run_on=True)


def show(data: Path, trip: str, n: str, year: str) -> None:
    """Print the article with its spans tagged: gold/speakers-basil8's printer, this finder."""
    _load("speakers-basil8").show(data, trip, n, year, finder=spans)


if __name__ == "__main__":
    show(Path(sys.argv[1]), *sys.argv[2:5])
