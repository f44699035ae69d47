"""Whether an article plausibly states a fact: what withholds an omission.

"Fox leaves out X" is a statement a fact-checker acts on; a false one costs more than a
missing one. The aligner's recall is low (shared pairs recall ~0.28), so a fact it did
not join to an article's own sentence is often stated there all the same: in other
words, in a clause of a longer sentence, or in a few words of the same quotation
("the NYT leaves out Biden's 'bunch of malarkey'" beside the NYT's lead, where Biden
dismissed Ryan's arguments as "malarkey"). Until session 22 the check was the
grouping threshold itself, whole sentence to whole sentence, and the gold measure then
added (``eval compare``, omission columns) found 55 of 131 omissions on the 2010–2012
golds wrong.

An article states a fact, for the omissions, when one of its sentences and one of the
fact's

- are the same fact with a probability of at least :data:`OMISSION_BAR` (the whole
  sentence's, about half the grouping threshold's bar), or
- both print, inside quotation marks, one run of three words (``shared_quote.RUN``)
  with a content word that no more than :data:`RUN_SENTENCES` sentences of the story
  print (the same words of one statement, quoted by both outlets: "I'll fight against
  liberal attacks on our religious heritage" inside a longer quotation), or
- (session 25) have a MiniLM cosine of at least :data:`OMISSION_COSINE`, both in English:
  the same event in other words, which the same-fact model (static word vectors, word
  overlap, names, figures; no MiniLM term) puts below the bar ("Santorum said he never questioned
  the president's faith" beside "saying he was referring not to the president's faith
  but to his view of man's relationship to the world", cosine 0.73, P 0.11).

Chosen on the 2010–2012 BASIL golds (docs/eval-compare.md, "Session 22: omissions"):
the first two withhold 28 wrong and 8 right omissions of 130; the cosine then 5 wrong
and 2 right of the 94 left ("Session 25: omissions").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.held_words import holding
from newsprism.compare.shared_quote import word_runs
from newsprism.extract.quotes.marks import quoted_spans
from newsprism.models import Claim

# the same-fact probability above which an article's sentence withholds the omission
# (the grouping threshold is 0.227); 0.10 withheld 6 more wrong and 4 more right
OMISSION_BAR = 0.12
RUN_SENTENCES = 4
# the MiniLM cosine at which an article's sentence withholds the omission (session 25):
# 0.70 withheld 5 wrong and 2 right of 94 on the dev golds; 0.65 9 and 5, 0.75 1 and 1
OMISSION_COSINE = 0.70
Encoder = Callable[[list[str]], np.ndarray]
_WORD = re.compile(r"[a-z0-9]+(?:[-'.][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def quoted_runs(text: str) -> set[tuple[str, ...]]:
    """The runs of ``text`` inside one pair of quotation marks."""
    return {run for a, b in quoted_spans(text) for run in word_runs(_words(text[a:b]), 1)}


def rare_quoted_runs(claims: Sequence[Claim]) -> list[set[tuple[str, ...]]]:
    """Each claim's quoted runs that at most :data:`RUN_SENTENCES` claims of the story
    print, quoted or not (a phrase the story keeps repeating is its topic)."""
    printed = Counter(run for c in claims for run in word_runs(_words(c.text), 1))
    return [{run for run in quoted_runs(c.text) if printed[run] <= RUN_SENTENCES}
            for c in claims]  # fmt: skip


def _unit_rows(encoded: np.ndarray) -> np.ndarray:
    """``encoded`` as float64 rows of unit length (a zero row stays zero), the rows
    :func:`close_in_meaning` compares."""
    vectors = np.asarray(encoded, dtype=float)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def close_in_meaning(claims: Sequence[Claim], minilm: np.ndarray | None) -> np.ndarray:
    """Which pairs of claims have a MiniLM cosine of :data:`OMISSION_COSINE` or more,
    rows as ``claims`` (``minilm``: their MiniLM embeddings; None: no pair). A claim in
    another language than English is in no pair: the English MiniLM does not read it."""
    size = len(claims)
    if minilm is None or not size:
        return np.zeros((size, size), dtype=bool)
    english = np.array([c.language is None for c in claims])
    return _close_pairs(_unit_rows(minilm), english)


def _close_pairs(units: np.ndarray, english: np.ndarray) -> np.ndarray:
    """The pairs of unit rows at :data:`OMISSION_COSINE` or more, both rows English."""
    return (units @ units.T >= OMISSION_COSINE) & english[:, None] & english[None, :]


def english_texts(claims: Sequence[Claim]) -> list[str]:
    """The distinct texts of the English claims, in story order: what the cosine test
    may embed (a claim in another language is in no pair)."""
    return list(dict.fromkeys(c.text for c in claims if c.language is None))


def _closeness(claims: Sequence[Claim], encode: Encoder | None
               ) -> Callable[[Sequence[int], Sequence[int]], bool]:  # fmt: skip
    """Whether some pair of one claim of ``rows`` and one of ``own`` (rows of ``claims``)
    is close in meaning (:func:`close_in_meaning`'s test), each text embedded when a
    pair first needs it.

    Until session 30 the first question embedded every English claim of the story; a
    check that reaches the cosine needs only the fact's sentences and the article's
    (13 of 24 texts in the 2-article benchmark story, where one check gets there; at 10
    and 50 articles every text is needed all the same). MiniLM runs each text alone,
    so a vector does not depend on which texts are embedded with it. A text repeated in
    the story (a wire sentence, a standard line) is embedded once (session 27). A claim
    in another language than English is in no pair.
    """
    if encode is None:
        return lambda rows, own: False
    encoder: Encoder = encode
    english = np.array([c.language is None for c in claims])
    same_text: dict[str, list[int]] = {}  # the English claims of each text
    for k in np.flatnonzero(english):
        same_text.setdefault(claims[k].text, []).append(int(k))
    units: list[np.ndarray] = []  # the claims' unit rows, filled as texts are embedded
    ready = np.zeros(len(claims), dtype=bool)
    whole: list[np.ndarray] = []  # every pair, once every text is embedded

    def embed(ks: np.ndarray) -> None:
        texts = list(dict.fromkeys(claims[k].text for k in ks[~ready[ks]]))
        rows = _unit_rows(encoder(texts))
        if not units:
            units.append(np.zeros((len(claims), rows.shape[1])))
        for text, row in zip(texts, rows, strict=True):
            units[0][same_text[text]] = row
            ready[same_text[text]] = True
        if ready[english].all():
            whole.append(_close_pairs(units[0], english))

    def close(rows: Sequence[int], own: Sequence[int]) -> bool:
        if not whole:
            left, right = (np.asarray(ks, dtype=np.intp) for ks in (rows, own))
            left, right = left[english[left]], right[english[right]]
            if not len(left) or not len(right):
                return False
            if not ready[left].all() or not ready[right].all():
                embed(np.concatenate([left, right]))
            if not whole:
                return bool((units[0][left] @ units[0][right].T >= OMISSION_COSINE).any())
        return bool(whole[0][np.ix_(rows, own)].any())

    return close


def stating(claims: Sequence[Claim], probability: np.ndarray,
            encode: Encoder | None = None) -> Callable[[str, AlignedClaim], bool]:
    """Whether an article has a sentence that plausibly states a fact (module doc):
    ``probability`` is the whole sentences' same-fact probability, rows as ``claims``;
    ``encode`` the MiniLM encoder (None: no cosine test)."""
    row = {c.id: i for i, c in enumerate(claims)}
    article = np.array([c.article_id for c in claims])
    # each article's rows, found once: asked per (article, fact), 8,293 times at 50
    # articles, a scan of every claim each time (session 32)
    rows_of = {a: np.flatnonzero(article == a) for a in dict.fromkeys(article.tolist())}
    nothing = np.zeros(0, dtype=np.intp)
    runs = rare_quoted_runs(claims)
    close = _closeness(claims, encode)
    held = holding(claims)  # one sentence holds every word of the fact (session 34)

    def states(article_id: str, fact: AlignedClaim) -> bool:
        rows = [row[c.id] for c in fact.claims if c.id in row]
        own = rows_of.get(article_id, nothing)
        pairs = np.ix_(rows, own)
        if (probability[pairs] >= OMISSION_BAR).any():
            return True
        quoted = set().union(*(runs[r] for r in rows)) if rows else set()
        if any(quoted & runs[k] for k in own):
            return True
        return held(rows, own) or close(rows, own)

    return states
