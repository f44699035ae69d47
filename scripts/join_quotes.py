"""Whether the words a report quotes tell the dense day's wrong joins from its right ones,
and the quote check as a veto (issue 13, session 33; docs/eval-clustering.md, "Session
33: the clusterer trained without the leak; the quoted words measured").

Two reports of one act quote its one statement ("'shadow diplomacy'", "“We have lost a
remarkable …”"): the outlets pick the same line. Two stages of one process, or two acts
of one person, quote two statements. The cue was never read by sessions 30-32 (weekday,
act, doer, numbers, dates, title overlap). A quote is a span in straight or curly
double quotes, or in single quotes not inside a word, of 2 to 40 words, in the title or
the first ``LEAD`` words; two quotes *share* when they have a word pair in common
(lower-cased, in order).

- ``cues``: for every join of the dense day (right / wrong / dense-only, as
  ``dense_joins.py`` and ``join_cues.py`` count them), whether both sides quote, and if
  they do, whether a quote is shared.
- ``measure``: ``dense_joins.py measure`` with one more veto, ``quote[:N]``: refuse a
  dated join when the article quotes (title + first N words, default ``LEAD``), members
  of the story quote, and no quote of the article shares a word pair with one of
  theirs. Use as ``built|quote`` to run it on the packaged model beside its own checks.

Example::

    PYTHONPATH=src python scripts/join_quotes.py cues ../shared/data --sets neus-raw
    PYTHONPATH=src python scripts/join_quotes.py measure ../shared/data built built\\|quote
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterable

import dense_joins as dj
import join_cues

LEAD = 90
QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]|(?<!\w)['‘]([^'‘’\"“”]+)['’](?!\w)")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PLAIN = dj.make_veto


def quote_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The word pairs of every quote of ``text`` of 2 to 40 words (lower-cased)."""
    pairs: set[tuple[str, str]] = set()
    for m in QUOTE.finditer(text):
        words = WORD.findall((m.group(1) or m.group(2)).lower())
        if 2 <= len(words) <= 40:
            pairs.update(itertools.pairwise(words))
    return frozenset(pairs)


def quoted(aid: str, words: int = LEAD) -> frozenset[tuple[str, str]]:
    """The quote word pairs of an article's title and its first ``words`` words."""
    return quote_pairs(" ".join(dj.TEXT.get(aid, "").split()[: words + 1]))


def clash(aid: str, others: Iterable[str], words: int = LEAD) -> bool:
    """Both sides quote and no quote is shared: what the veto refuses."""
    mine = quoted(aid, words)
    theirs = [q for q in (quoted(o, words) for o in others) if q]
    return bool(mine) and bool(theirs) and not any(mine & q for q in theirs)


def make_veto(spec: str) -> dj.Veto | None:
    """``dense_joins.make_veto`` with ``quote[:N]`` (module docstring)."""
    name, _, arg = spec.partition(":")
    if name == "quote" and "|" not in spec and "&" not in spec:
        n = int(arg or LEAD)
        return lambda f, c, lc: clash(f.article_id, [r.article_id for r in c.log], n)
    return _PLAIN(spec)


CUE_WORDS = (15, 40, LEAD)  # the title alone (about), a short lead, the lead


def cue(s: Counter, a: str, before: list[str], _p: float | None) -> None:
    """Count, for each cut of ``CUE_WORDS``, joins where both sides quote, and of
    those the ones sharing a quote and the ones not."""
    s["joins"] += 1
    for n in CUE_WORDS:
        mine = quoted(a, n)
        theirs = [q for q in (quoted(b, n) for b in before) if q]
        if mine and theirs:
            s[f"{n}: both quote"] += 1
            s[f"{n}: {'shared' if any(mine & q for q in theirs) else 'disjoint'}"] += 1


def cues(argv: list[str]) -> None:
    """``join_cues.py`` with the quote cue in place of its own."""
    join_cues.cues = cue
    join_cues.main(argv)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    dj.make_veto = make_veto  # the nested specs ("built|quote") find it too
    if argv and argv[0] == "cues":
        cues(argv[1:])
    else:
        dj.main(argv)


if __name__ == "__main__":
    main()
