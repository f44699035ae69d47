"""The words a sentence quotes, for the same-fact veto ``quote_words_differ``
(compare/pairs.py, issue 12 session 18): two outlets that quote one statement print its
words, so two sentences that are mostly quotation and share no run of three quoted words
quote two statements, however alike their subject words (Biden's "Show me a policy"
and "I love that"; Sabet's "We support this action …" and Suthers's "… we are not
entirely surprised by this action"), and are not one shared fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from newsprism.extract.quotes.marks import quoted_spans

# A sentence is a quotation when at least QUOTE_SHARE of its words stand inside marks;
# two outlets quoting one statement print its words, so two quotations that share no
# run of QUOTE_RUN quoted words are two statements ("“Show me a policy,” Biden said" /
# "“I love that,” Mr. Biden said": ``quote_words_differ``, a veto since session 18).
# Chosen on BASIL 2010–2012: runs of 3 cost no gold pair, 4 or 5 one
# (docs/eval-compare.md, "Shared precision audit, session 18").
QUOTE_SHARE = 0.6
QUOTE_RUN = 3
# Two quotations of one speaker whose main verbs differ are two statements when another
# sentence of one's article prints at least QUOTE_OVERLAP of the other's runs of
# QUOTE_RUN quoted words (and these two share fewer): that sentence is the statement,
# this one the speaker's next (compare/pairs.py ``_quote_words_differ``; two outlets'
# prints of one statement share most runs, docs/eval-compare.md "Shared precision,
# second pass, session 18").
QUOTE_OVERLAP = 0.5


def quoted_words(text: str, tokens: Sequence[Any],
                 extra: Sequence[tuple[int, int]] = ()) -> list[str] | None:
    """The quoted words of a sentence that is mostly a quotation, else ``None``.
    ``extra``: spans (from the sentence's start) the quote extractor reads as quoted.
    The marks are read by the project's one finder (``marks.quoted_spans``): a sentence
    whose first mark closes continues a quotation from its start (``I believe marriage
    is …," he told reporters``)."""
    words = [t for t in tokens if t.is_alpha or t.like_num]
    spans = [*quoted_spans(text), *extra] if words else []
    if not spans:
        return None
    first = tokens[0].idx
    quoted = [t.lower_ for t in words if any(a <= t.idx - first < b for a, b in spans)]
    return quoted if len(quoted) >= QUOTE_SHARE * len(words) else None


def quote_runs(quoted: list[str] | None) -> set[tuple[str, ...]]:
    """Every run of QUOTE_RUN quoted words (none for a sentence that is no quotation)."""
    if not quoted:
        return set()
    return {tuple(quoted[k : k + QUOTE_RUN]) for k in range(max(len(quoted) - QUOTE_RUN + 1, 1))}


def statements_differ(quoted: np.ndarray, shared: np.ndarray, overlap: np.ndarray,
                      one_speaker: np.ndarray, other_verbs: np.ndarray, article: np.ndarray
                      ) -> np.ndarray:  # fmt: skip
    """Which pairs of sentences are two quotations of two statements (the veto
    ``quote_words_differ``), from the pair matrices: both quoted; runs of QUOTE_RUN
    quoted words shared (count, and share of the shorter one's); one speaker (the
    quote extractor's, however found); main verbs disjoint; and each sentence's article.

    Two statements when they share no run; or when they are one speaker's, their main
    verbs differ, and one's words are printed by another sentence of the other's
    article (at least QUOTE_OVERLAP of its runs) while these two share fewer. One
    speaker says several things, and an outlet prints them as one quote's sentences:
    the NYT's Sheridan "We can confirm that the … campaign … received subpoenas …"
    against Fox's "The campaign and the state party intend to cooperate …" share "the
    state legislative committee", but Fox prints the first words in its sentence before,
    so its second sentence is his other statement. A sentence whose words the other
    article prints nowhere else is left to the model ("They need to make clear that
    there is no place for the bigots …" / "… make clear there is no place for racism …
    in their movement": one point, said twice)."""
    printed = quoted & (overlap >= QUOTE_OVERLAP)
    same_article = article[:, None] == article[None, :]
    # elsewhere[i, j]: a sentence of j's article prints i's quoted words. Counted per
    # article (n × articles, a float product BLAS runs) and read back per sentence: an
    # n × n integer product, which numpy runs without BLAS, took 10 s of the 50-article
    # story (docs/benchmarks.md, "Session 21")
    _, which = np.unique(article, return_inverse=True)
    one_hot = np.zeros((len(article), int(which.max(initial=-1)) + 1), dtype=np.float32)
    one_hot[np.arange(len(article)), which] = 1.0
    elsewhere = ((printed.astype(np.float32) @ one_hot) > 0)[:, which]
    other = (one_speaker & other_verbs & ~printed & (elsewhere | elsewhere.T)
             & ~same_article)  # fmt: skip
    return quoted & ((shared == 0) | other)
