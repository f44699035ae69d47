"""A quotation two outlets both print: the same-fact link ``shared_quote`` (session 22).

Two outlets that quote one statement print its words inside quotation marks, often only
a few of them, each inside a longer sentence of its own: "Biden responded: “That's a
bunch of malarkey.”" / "Biden was quick to retort: “With all due respect, that's just a
bunch of malarkey. …”"; "“I just think it's very important for Congress to examine the
agreement, …, but get this done.”" / "Obama … urged lawmakers to examine the details of
the deal and “get this done.”". The model reads such pairs as two sentences that share
a few words, and the passage link (``shared_passage``) needs 8 of them.

The link: both sentences hold, inside quotation marks (the project's one finder,
``marks.quoted_spans``), one run of :data:`RUN` words of which :data:`CONTENT` or more
are not function words, inside one stretch between punctuation marks and with a
content word in lower case (:func:`quoted_runs`), and that run is printed by **no
other sentence of either article**, quoted or not; and their speakers agree
(:func:`speakers_agree`). The rarity is what keeps precision: a phrase a story keeps
repeating ("Catholic social teaching", "a preferential option for the poor") is the
topic, not one statement, and two outlets' sentences that both quote it state
different things. Vetoes win over the link, as over every link (a speaker clash, a
prospect, a denial, two quotations in other words). Measured and read in
docs/eval-compare.md, "Session 22".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprism.compare.tfidf import shared_counts
from newsprism.extract.quotes.marks import quoted_spans

# A run of RUN quoted words with CONTENT or more content words (chosen on the BASIL
# 2010–2012 golds, docs/eval-compare.md "Session 22")
RUN = 3
CONTENT = 2
_WORD = re.compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*")
_ANY_CASE = re.compile(_WORD.pattern, re.IGNORECASE)
# what ends a stretch of printed words inside a quotation
_PUNCTUATION = re.compile(r"[,;:!?()\[\]“”\"‘—–…]|\.(?:\s|$)|\s-{1,2}\s")
# Words that carry no statement of their own: a run of them ("and we are") is shared
# by any two quotations
FUNCTION_WORDS = frozenset(
    "the a an of to in and or for on at by with that this these those is was be been are "
    "were am he she it they his her their its we i you our your my me him them us said "
    "says mr ms mrs not no as from has have had will would do does did but if so there "
    "than then what who whom which about up out over just very can could should may "
    "might must all any some".split())  # fmt: skip


def word_runs(words: Sequence[str], content: int) -> set[tuple[str, ...]]:
    """The runs of :data:`RUN` words with ``content`` or more content words."""
    if content <= 0:  # every run: no word counted (2 × 2,138 units, session 27)
        return {tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1)}
    return {tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1)
            if sum(w not in FUNCTION_WORDS for w in words[k : k + RUN]) >= content}  # fmt: skip


def straight(text: str) -> str:
    """Curly apostrophes typed straight: "I’m being myself" and "I'm being myself" are
    one printed run. Public: the echoed-quote link (:mod:`.echoed_quote`) reads the
    same words."""
    return text.replace("’", "'")


def lower_case_words(piece: str) -> set[str]:
    """The words of ``piece`` written in lower case, as printed (curly apostrophes
    kept): a run with none of them is a name or a title, not a statement's words.
    Shared with :mod:`.echoed_quote`."""
    return {w for w in _ANY_CASE.findall(piece) if w.islower()}


def quoted_runs(text: str) -> set[tuple[str, ...]]:
    """The runs of :data:`RUN` words of ``text`` that stand inside quotation marks, each
    inside one stretch between punctuation marks ("personal attacks, and irresponsible
    reporting" has no run "attacks and irresponsible": one statement's words are
    printed with its commas), each with a content word written in lower case (a run of
    capitalised words — "the President and Speaker", "Face the Nation" — is a name or
    a title many statements carry, not one statement's words)."""
    runs: set[tuple[str, ...]] = set()
    for piece in quoted_pieces(text):
        lower = lower_case_words(piece) - FUNCTION_WORDS
        runs |= {run for run in word_runs(written_words(piece), CONTENT) if set(run) & lower}
    return runs


def quoted_pieces(text: str) -> list[str]:
    """The stretches of ``text`` inside quotation marks, cut at punctuation marks."""
    return [piece for a, b in quoted_spans(text) for piece in _PUNCTUATION.split(text[a:b])]


def written_words(piece: str) -> list[str]:
    """The lower-cased words of ``piece``, curly apostrophes straight."""
    return _WORD.findall(straight(piece.lower()))


def shared_quote(texts: Sequence[str], words: Sequence[Sequence[str]], article: Sequence[str],
                 voices: Sequence[set[str]], named: Sequence[set[str]],
                 people: Sequence[set[str]], vouched: np.ndarray | None = None
                 ) -> np.ndarray:  # fmt: skip
    """``shared_quote`` of every pair of sentences: both quote one run of words that no
    other sentence of their articles prints, and their speakers agree
    (:func:`speakers_agree`). ``words``: each sentence's lower-cased words (the
    profile's); ``article``: each sentence's article id; ``voices``: the story entities
    that speak its quotes; ``named``: the story entities it names; ``people``: the
    people among them; ``vouched``: pairs whose speakers are one voice however they
    differ (:func:`.proxy_voice.one_voice`)."""
    quoted = [quoted_runs(t) for t in texts]
    asked = set().union(*quoted)  # only these runs are counted: the rest is never read
    printed = Counter((a, run) for a, ws in zip(article, words, strict=True) if asked
                      for run in word_runs([straight(w) for w in ws], 0)
                      if run in asked)  # fmt: skip
    rare = [{run for run in runs if printed[(a, run)] <= 1}
            for runs, a in zip(quoted, article, strict=True)]  # fmt: skip
    if not any(rare):
        return np.zeros((len(texts), len(texts)), dtype=bool)
    ids = np.array(article)
    both = (shared_counts(rare) > 0) & (ids[:, None] != ids[None, :])
    if not both.any():
        return both
    agree = speakers_agree(voices, named, people)
    return both & (agree | vouched) if vouched is not None else both & agree


def speakers_agree(voices: Sequence[set[str]], named: Sequence[set[str]],
                   people: Sequence[set[str]]) -> np.ndarray:  # fmt: skip
    """Pairs whose quotes may be one speaker's. A sentence whose quote has a known
    speaker needs that speaker among the other sentence's speakers or the entities it
    names; and two sentences that each name people need one person in common (the
    quote extractor finds no speaker for many a partial quote: "Weingarten called the
    report “…”" and "Edelman criticized the study as “…”" are two people's words). A
    phrase two people both say ("a preferential option for the poor", "schools with
    more guns") is two statements; a sentence that names nobody and whose quote has no
    speaker found agrees with any."""
    index = {e: k for k, e in enumerate(sorted({e for s in [*voices, *named] for e in s}))}
    spoken = _rows(voices, index)
    either = _rows([v | n for v, n in zip(voices, named, strict=True)], index)
    hits = (spoken @ either.T) > 0
    speaks = np.array([bool(v) for v in voices])
    persons = _rows(people, index)
    common = (persons @ persons.T) > 0
    naming = np.array([bool(p) for p in people])
    apart = naming[:, None] & naming[None, :] & ~common
    return (~speaks[:, None] | hits) & (~speaks[None, :] | hits.T) & ~apart


def _rows(sets: Sequence[set[str]], index: dict[str, int]) -> np.ndarray:
    """0/1 rows of ``sets`` over ``index``'s vocabulary."""
    out = np.zeros((len(sets), max(len(index), 1)), dtype=np.float32)
    for row, items in enumerate(sets):
        out[row, [index[e] for e in items]] = 1.0
    return out
