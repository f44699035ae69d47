"""A speaker's word quoted back: one outlet quotes a person at length, another reports
the statement in its own words and keeps a word or two of it inside quotation marks
(session 33).

"“If it's a legitimate rape, the female body …”" / "Mr. Akin said … that women's bodies
will resist getting pregnant from a “legitimate rape”"; "“… nothing improper took
place”" / "Obama insisted “nothing improper” happened"; two outlets that print the same
two-word quotation ("“It's destructive,” said Robert Gibbs"). The reporter marks the
words as the speaker's own, and they are the words of the other outlet's quotation: the
two sentences report one statement. The model reads them as two sentences that share a
word or two (scored 0.04-0.12 on the development golds), and the quoted-run link
(:mod:`.shared_quote`) needs a run of three words with two content words.

The link (:func:`echoed_quotes`), for two sentences of different articles:

- one sentence holds a **whole quotation** of :data:`ECHO_MIN` to :data:`ECHO_MAX`
  words with a content word in lower case (a short partial quotation; a capitalised
  run is a name or a title, "“This Week”", not a statement's words; one word alone is
  most often a term, a “follow” on Twitter; :func:`echoes`);
- the other prints those words in that order **inside its quotation marks**, inside one
  stretch between punctuation marks (:func:`.shared_quote.quoted_pieces`);
- **no other sentence of either article prints them**, quoted or not: a word a story
  keeps repeating ("“legitimate rape”" in every sentence on a congressman's remark) is
  its topic, and two sentences that both carry it state different things;
- the **speaker is one**: the quoting side's quotation has a known speaker, the other
  side names that speaker or quotes them, and :func:`.shared_quote.speakers_agree`
  holds (a sentence that quotes someone else, or names other people only, does not
  join).

As every link, it yields to the vetoes (a prospect against a done act, a denial, a
speaker clash). Measured in docs/eval-compare.md "Session 33: a speaker's word quoted
back".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprism.compare.shared_quote import (
    FUNCTION_WORDS,
    lower_case_words,
    quoted_pieces,
    shared_quote,
    speakers_agree,
    straight,
    written_words,
)
from newsprism.extract.quotes.marks import quoted_spans

# the whole quotations read as words quoted back: two or three words ("nothing
# improper", "real doubts", "do not come"); a longer run is the quoted-run link's, and
# one word alone is most often a term the reporter holds at a distance (a “follow” on
# Twitter, “malarkey”), not one statement's words (session 33, read on BASIL)
ECHO_MIN = 2
ECHO_MAX = 3


def echoes(text: str) -> set[tuple[str, ...]]:
    """The whole quotations of ``text`` of :data:`ECHO_MIN` to :data:`ECHO_MAX` words,
    one of them a content word in lower case, as lower-cased words."""
    out: set[tuple[str, ...]] = set()
    for start, end in quoted_spans(text, unclosed=False):
        inner = text[start:end]
        words = written_words(inner)
        lower = {straight(w) for w in lower_case_words(inner)}
        if ECHO_MIN <= len(words) <= ECHO_MAX and set(words) & (lower - FUNCTION_WORDS):
            out.add(tuple(words))
    return out


def _quoted_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of :data:`ECHO_MIN` to :data:`ECHO_MAX` words inside one stretch of
    ``text``'s quotation."""
    runs: set[tuple[str, ...]] = set()
    for piece in quoted_pieces(text):
        words = written_words(piece)
        runs |= {tuple(words[k : k + n]) for n in range(ECHO_MIN, ECHO_MAX + 1)
                 for k in range(len(words) - n + 1)}  # fmt: skip
    return runs


def _printed(words: Sequence[Sequence[str]], article: Sequence[str],
             asked: set[tuple[str, ...]]) -> Counter:  # fmt: skip
    """How many sentences of each article print each run of ``asked``, quoted or not."""
    firsts = {run[0] for run in asked}
    lengths = {len(run) for run in asked}
    printed: Counter = Counter()
    for owner, ws in zip(article, words, strict=True):
        flat = straight(" ".join(ws)).split()  # one call a sentence, not a word
        runs = {tuple(flat[k : k + n]) for k, w in enumerate(flat) if w in firsts
                for n in lengths}  # fmt: skip
        printed.update((owner, run) for run in runs & asked)
    return printed


def _candidates(texts: Sequence[str], words: Sequence[Sequence[str]], article: Sequence[str],
                voices: Sequence[set[str]], named: Sequence[set[str]]
                ) -> list[tuple[int, int]]:  # fmt: skip
    """The pairs (echo, quotation) of two articles with a rare echo printed in the
    quotation and the quotation's speaker named or quoted by the echo's sentence."""
    short = [echoes(t) for t in texts]
    asked = set().union(*short) if short else set()
    if not asked:
        return []
    printed = _printed(words, article, asked)
    holders: dict[tuple[str, ...], list[int]] = {}  # each echo -> the quotations printing it
    for k, text in enumerate(texts):
        for run in _quoted_runs(text) & asked if voices[k] else ():
            holders.setdefault(run, []).append(k)
    found = []
    for i, pieces in enumerate(short):
        for piece in pieces:
            found += [(i, j) for j in holders.get(piece, ())
                      if article[i] != article[j] and printed[(article[i], piece)] <= 1
                      and printed[(article[j], piece)] <= 1
                      and voices[j] & (voices[i] | named[i])]  # fmt: skip
    return found


def echoed_quotes(texts: Sequence[str], words: Sequence[Sequence[str]], article: Sequence[str],
                  voices: Sequence[set[str]], named: Sequence[set[str]],
                  people: Sequence[set[str]]) -> np.ndarray:  # fmt: skip
    """The link of every pair of sentences (module docstring), symmetric. ``words``:
    each sentence's lower-cased words (the profile's); ``voices``: the story entities
    that speak its quotes; ``named``: the entities it names; ``people``: the people
    among them."""
    out = np.zeros((len(texts), len(texts)), dtype=bool)
    pairs = _candidates(texts, words, article, voices, named)
    if not pairs:
        return out
    # the speakers' agreement, read on the candidates' sentences only
    index = sorted({k for pair in pairs for k in pair})
    at = {k: n for n, k in enumerate(index)}
    agree = speakers_agree([voices[k] for k in index], [named[k] for k in index],
                           [people[k] for k in index])  # fmt: skip
    for i, j in pairs:
        if agree[at[i], at[j]]:
            out[i, j] = out[j, i] = True
    return out


def quoted_links(texts: Sequence[str], words: Sequence[Sequence[str]], article: Sequence[str],
                 voices: Sequence[set[str]], named: Sequence[set[str]],
                 people: Sequence[set[str]], vouched: np.ndarray | None = None
                 ) -> np.ndarray:  # fmt: skip
    """The ``shared_quote`` link: a quoted run two outlets print
    (:func:`.shared_quote.shared_quote`, same arguments) or a speaker's word quoted
    back (:func:`echoed_quotes`)."""
    found = shared_quote(texts, words, article, voices, named, people, vouched)
    return found | echoed_quotes(texts, words, article, voices, named, people)
