"""Is a "unique" fact really one outlet's alone? A recall-oriented second look.

The aligner calls a claim unique when it links to nothing, which only says that no
other sentence was close enough to be the same fact. A reader takes "only Fox reports
this" as a claim about the other outlets, so before a fact is shown as unique it is
checked against every sentence of every other article with a deliberately loose test;
any hit means another outlet may state it too:

- **number**: a distinctive figure in both ("97-1", "55,000", "48", "2 a.m.", "Oct. 7";
  a year or a single digit is not distinctive) with one more word or name in common;
- **names**: two named entities in common and four content words (names included);
- **key words**: three content words in common, at least half of the shorter claim's;
- **the aligner's score**: a pair score of :data:`NEAR_SCORE` or more (about "the same
  topic and some of the same words"): the gold's same-fact pairs are often paraphrases
  with few words in common ("a polarizing figure" / "controversial Sheriff Joe Arpaio"),
  but only where the same-fact model also gives some sentence of the other outlets a
  chance (:data:`NEAR_PROBABILITY`): in a tightly focused story every sentence is on
  the topic, and topic alone is no sign that the fact is told elsewhere.

A fact that fails is given the status ``possibly_shared`` with the close sentences of
the other outlets (``near``), so it is neither shown as unique nor counted as shared.

Each near sentence says why it is near (``why``: the first of figure, names, words that
it passes, else ``score``), its same-fact ``probability`` with the fact, and ``opposite``
when the same-fact vetoes read it as the other way round (a polarity or denial clash:
"Facebook isn't killing people" / "They're killing people"). The fact's ``hedge`` says
how strong the doubt is (session 21, docs/compare.md#hedged-facts-decision-issue-12-session-21):

- ``check``: a near sentence that does not state the opposite passes a lexical test or
  has a same-fact probability of :data:`CHECK_PROBABILITY` or more: a sentence a
  fact-checker should really read (grouped by the gold far more often than the rest);
- ``opposite``: the only such sentences state the opposite;
- ``topic``: the other outlets cover the same topic and nothing more; the reports show
  no partner for it, only that the fact is not confirmed as the outlet's alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cached_property

import numpy as np

from newsprism.calendar_words import MONTH_NUMBERS
from newsprism.compare.align import AlignedClaim
from newsprism.compare.dates import month_day_spans
from newsprism.compare.era_names import compound_names
from newsprism.compare.opposite_near import opposite_near
from newsprism.compare.tfidf import shared_counts
from newsprism.models import Claim

POSSIBLY_SHARED = "possibly_shared"
MAX_NEAR = 3
NEAR_SCORE = 0.35  # aligner pair score at which another outlet's claim is near (docs/compare.md)
# ... when the same-fact probability of the pair is at least this: compare gold, unique
# right 41 of 43 -> 55 of 57 (docs/compare.md#unique-honestly-decision-issue-12)
NEAR_PROBABILITY = 0.01
# a near sentence at this same-fact probability is worth checking without a lexical test
# (chosen on compare-basil 2010-12 and compare-basil-train, docs/compare.md)
CHECK_PROBABILITY = 0.1
# session 22 (docs/compare.md "Hedges to check (session 22)"): a sentence worth checking
# shares CHECK_WORDS content words with the fact unless the model gives it
# SURE_PROBABILITY (dev golds: a shown partner with 3 words or fewer in common was the
# gold partner 6 of 29 and 13 of 37 times; at 0.2 or more, 15 of 17 and 15 of 18)
CHECK_WORDS = 4
SURE_PROBABILITY = 0.2
LEXICAL = ("figure", "names", "words")
# a near sentence's ``why``: the first lexical test it passes, else the aligner's score
WHY = (*LEXICAL, "score")
# the "words" test: key words in common, and their least share of the shorter claim's
KEY_WORDS, KEY_SHARE = 3, 0.5
# session 24 (docs/compare.md "Possibly shared partners (session 24)"): a names or words
# hit whose same-fact probability is 0 is no sentence to check when a veto of the model
# other than the mood one zeroes it (two days, two speakers' quotations, two quotations
# without a run of words in common, a denial); a distinctive figure in common still is,
# and so is a statement beside a prospect of it ("would mark the first flight" / "left
# on a commercial flight": the mood veto zeroed 3 right partners of 5 on fresh stories)
VETOABLE = ("names", "words")
# session 25 (docs/eval-compare.md "Session 25: possibly shared partners, second pass"):
# a sentence worth checking is shown beside the fact only when the TF-IDF cosine of the
# two (IDF over the story's sentences) is this or more, the closest first; on the dev
# golds' 2010-12 stories the partner shown was the gold's 100 of 224 times, now 91 of
# 155 (cross-validated by story: 90 right, 64 wrong, from 100 and 124)
PARTNER_TFIDF = 0.175
CHECK, TOPIC, OPPOSITE = "check", "topic", "opposite"
_FIGURE = re.compile(r"\d[\d,.]*(?:[-–]\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\b(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap])\.?m\b\.?", re.IGNORECASE)
# a calendar day after "the" (and at most one word) and before a word is an event's name,
# not the time of a fact: "the Jan. 6 attack", "the violent Jan. 6 insurrection", "the
# August 9 death" (session 23, fresh NeuS rows: as figures, such names hedged two right
# uniques and put four hedges beside sentences that only name the same event)
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
# a calendar day in common is a figure only with this many content words in common
# besides the date's own ("oct.", "7", "2021"): a story's day recurs in sentences of
# different facts ("what happened on August 9" / "shot ... on Aug. 9": none); the
# session-23 fresh reading's right partners had 2 and 3 ("vaccine", "dose", "require")
DATE_WORDS = 2


def _figures(text: str) -> set[str]:
    """Distinctive figures: two digits or more, not a year; and a clock time ("2 a.m.",
    "7:30 p.m."), however few its digits: the session-19 reader found "Hamas and Egypt
    said the cease-fire would begin at 2 a.m. Friday" shown as unique beside two outlets'
    "began at 2 a.m." sentences; and a calendar day ("Oct. 7" = "7 October", as
    compare/dates.py reads it, written "10/7"): the session-23 reader found AP's "begins
    Oct. 7, with … at least one vaccine dose" shown as unique beside two outlets' "at
    least one dose by Oct. 7". A bare month or a weekday is no figure."""
    found = {f"{hour}:{minutes or '00'}{half[0].lower()}m"
             for hour, minutes, half in _CLOCK.findall(text)}
    found |= _days(text)
    for match in _FIGURE.finditer(text):
        figure = match.group(0).rstrip(".,")
        if sum(c.isdigit() for c in figure) >= 2 and not _YEAR.fullmatch(figure):
            found.add(figure)
    return found


def _days(text: str) -> set[str]:
    """The calendar days ``text`` writes (compare/dates.py), "10/7", but not those that
    name an event (:data:`_THE_BEFORE` … :data:`_WORD_AFTER`)."""
    return {f"{month}/{day}" for (month, day), start, end in month_day_spans(text)
            if not (_THE_BEFORE.search(text[:start]) and _WORD_AFTER.match(text, end))}


def _undated(words: set[str]) -> int:
    """How many of ``words`` (content lemmas) are not a date's own: a number or a month."""
    return sum(1 for w in words if not (w[:1].isdigit() or w.rstrip(".") in MONTH_NUMBERS))


def _entities(claim: Claim) -> set[str]:
    """The claim's names: its entity ids and its "X-era" names (compare/era_names.py)."""
    return set(claim.people + claim.places + claim.organisations) | compound_names(claim.text)


def stated_elsewhere(a: Claim, b: Claim, lemmas_a: set[str], lemmas_b: set[str],
                     figures: dict[str, set[str]] | None = None) -> bool:  # fmt: skip
    """Whether ``b`` (another outlet's claim) may state what ``a`` says (loose test)."""
    return loose_test(a, b, lemmas_a, lemmas_b, figures) is not None


def loose_test(a: Claim, b: Claim, lemmas_a: set[str], lemmas_b: set[str],
               figures: dict[str, set[str]] | None = None) -> str | None:  # fmt: skip
    """The first loose test by which ``b`` may state what ``a`` says (``figure``,
    ``names``, ``words``), or None: what a near sentence's ``why`` records."""
    words = lemmas_a & lemmas_b
    if not words and not (set(a.people + a.places + a.organisations)
                          & set(b.people + b.places + b.organisations)):  # fmt: skip
        return None  # every test below needs a word or a name in common
    names = _entities(a) & _entities(b)
    fig_a = figures[a.id] if figures else _figures(a.text)
    fig_b = figures[b.id] if figures else _figures(b.text)
    common = fig_a & fig_b
    if any("/" not in f for f in common) or (common and _undated(words) >= DATE_WORDS):
        return "figure"  # a calendar day ("10/7") needs DATE_WORDS other words in common
    if len(names) >= 2 and len(words) >= 4:  # the names' own words are among the lemmas
        return "names"
    if key_words_shared(lemmas_a, lemmas_b):
        return "words"
    return None


def key_words_shared(lemmas_a: set[str], lemmas_b: set[str]) -> bool:
    """The "words" loose test: :data:`KEY_WORDS` content words in common, at least
    :data:`KEY_SHARE` of the shorter claim's (compare/relayed_unique.py runs it on a
    relay's own words)."""
    smaller = min(len(lemmas_a), len(lemmas_b))
    common = len(lemmas_a & lemmas_b)
    return common >= KEY_WORDS and smaller > 0 and common / smaller >= KEY_SHARE


def recheck_unique(
    facts: Sequence[AlignedClaim],
    claims: Sequence[Claim],
    lemmas: Sequence[set[str]],
    scores: np.ndarray | None = None,
    probability: np.ndarray | None = None,
    opposite: np.ndarray | None = None,
    prospect: np.ndarray | None = None,
    tfidf: np.ndarray | None = None,
    said_opposite: np.ndarray | None = None,
) -> None:
    """Turn each unique fact another outlet may state into ``possibly_shared`` (in place),
    with the close claims of the other outlets in its ``near`` list and its ``hedge``.

    Args:
        facts: the story's facts.
        claims: every claim, in the order of ``lemmas`` and of the rows of ``scores``.
        lemmas: the content lemmas of each claim.
        scores: the aligner's pair scores; a pair at :data:`NEAR_SCORE` or more is near
            (when ``probability`` is given, only if some claim of the other outlets has
            a same-fact probability of :data:`NEAR_PROBABILITY` or more with the fact).
        probability: the same-fact probability of each pair; it also orders ``near``,
            the likeliest same fact first.
        opposite: whether each pair states opposite things (the same-fact model's
            polarity and denial vetoes, :func:`newsprism.compare.pairs.opposite_pairs`).
        prospect: whether one of each pair states as done what the other states as a
            prospect (the mood veto, :func:`newsprism.compare.pairs.prospect_pairs`):
            a near sentence at probability 0 stays worth checking then (session 24).
        tfidf: the TF-IDF cosine of each pair (story IDF, compare/tfidf.py): a sentence
            worth checking needs :data:`PARTNER_TFIDF`, and the closest is shown first
            (session 25); None reads as before.
        said_opposite: the pairs the hedge may call opposite (compare/denial_hedge.py:
            the polarity clash alone; session 39); None: every ``opposite`` pair. The
            near sentences' order, flags and checks still read ``opposite``.
    """
    # the near sentences' decisions are read off arrays, and only the sentences shown are
    # described (session 27: 268,000 near sentences at 50 articles, 3 shown per fact)
    from newsprism.compare.unique_table import NearTable  # it reads this module's rules

    others = _OtherOutlets(claims, lemmas, scores, probability, tfidf)
    for fact in facts:
        if fact.status != "unique":
            continue
        near = others.near(fact)
        if not len(near):  # only the polarity veto's partners (compare/opposite_near.py)
            near = opposite_near(others, fact.claims, opposite)
        if len(near):
            table = NearTable(others, fact.claims, near, opposite, prospect, said_opposite)
            fact.status = POSSIBLY_SHARED
            fact.hedge = table.hedge()
            fact.near = [others.describe(fact.claims, claims[j], table.best, table.clash,
                                         table.mood) for j in table.shown(MAX_NEAR)]  # fmt: skip


def worth_checking(row: dict, modelled: bool = True) -> bool:
    """A near sentence a fact-checker should read: a lexical test or a likely same fact;
    and (when the row says how many, ``shared_words``, session 22) :data:`CHECK_WORDS`
    content words in common with the fact or a probability of :data:`SURE_PROBABILITY`:
    the session-21 reader's wrong partners were topical sentences ("a very different
    national leader" beside "caught between a hard place") that a lexical test or a 0.1
    chance let through. And (session 24) not a names or words hit (:data:`VETOABLE`) at
    probability 0 unless the pair is only a statement beside a prospect (``prospect``):
    a veto of the same-fact model other than the mood one rules it out (NeuS r98: Fox's
    "Blinken's prepared opening remarks blamed the failures … on others" on Monday's
    hearing beside AP's Tuesday questions, two days). And (session 25) a TF-IDF cosine
    (``tfidf``) of :data:`PARTNER_TFIDF` or more: a partner sharing few of the story's
    rarer words was the gold's far less often (dev golds: 0.168 on average when wrong,
    0.257 when right). Without the same-fact model (``modelled`` false) every lexical
    hit is, as before session 22."""
    if row.get("relayed"):
        return True  # session 24: the relayed outlet's sentence (compare/relayed_unique.py)
    probability = float(row.get("probability") or 0)
    if not (row.get("why") in LEXICAL or probability >= CHECK_PROBABILITY):
        return False
    if not modelled:
        return True
    if (row.get("why") in VETOABLE and "probability" in row and probability <= 0.0
            and not row.get("prospect")):
        return False  # session 24: a same-fact veto rules the pair out (NeuS r98)
    if "tfidf" in row and float(row["tfidf"]) < PARTNER_TFIDF:
        return False  # session 25: too few of the same rare words to be worth a check
    words = row.get("shared_words")
    return words is None or int(words) >= CHECK_WORDS or probability >= SURE_PROBABILITY


def hedge_of(rows: Sequence[dict], modelled: bool = True,
             said: AbstractSet[str] | None = None) -> str:
    """The fact's ``hedge`` from its near sentences (:data:`CHECK`, :data:`OPPOSITE`,
    :data:`TOPIC`): a sentence worth checking that is not the opposite makes it a check
    (``modelled``: :func:`worth_checking`). ``opposite`` is read as before session 22
    (a lexical test or the 0.1 chance; the vetoes that find it zero its probability), and
    only when no other sentence passes that reading: a hedge whose sentences to check
    session 22 demoted says "not confirmed as alone", never "negated". ``said``: the
    claim ids the hedge may call opposite (session 39, compare/denial_hedge.py); None:
    every row marked ``opposite``."""
    if any(worth_checking(r, modelled) and not r.get("opposite") for r in rows):
        return CHECK
    if any(worth_checking(r, modelled=False) and not r.get("opposite") for r in rows):
        return TOPIC  # a sentence of the looser pre-session-22 reading, not the opposite
    return OPPOSITE if any(_opposite_near(r) and (said is None or r.get("claim_id") in said)
                           for r in rows) else TOPIC  # fmt: skip


def _opposite_near(row: dict) -> bool:
    """A near sentence that would be worth checking but states the opposite."""
    return bool(row.get("opposite")) and worth_checking(row, modelled=False)


class _OtherOutlets:
    """The story's claims, indexed once for the loose tests of every unique fact: what
    each test needs of a claim (lemmas, figures, names, matrix row) is built here, not
    once per fact."""

    def __init__(self, claims: Sequence[Claim], lemmas: Sequence[set[str]],
                 scores: np.ndarray | None, probability: np.ndarray | None,
                 tfidf: np.ndarray | None = None) -> None:  # fmt: skip
        self.claims = claims
        self.scores = scores
        self.probability = probability
        self.tfidf = tfidf
        self.lemma_of = {c.id: lemmas[i] for i, c in enumerate(claims)}
        self.row = {c.id: i for i, c in enumerate(claims)}
        self.lemmas = lemmas
        self.common, self.touch, self.named = _in_common(lemmas, [_entities(c) for c in claims])
        self.article = np.array([c.article_id for c in claims])
        self.closest: tuple[tuple[int, ...], np.ndarray | None] = ((), None)

    @cached_property
    def why(self) -> np.ndarray:
        """Per pair of claims, the :func:`loose_test` it passes as an index of
        :data:`WHY` (``score``: none): every pair's tests read off sparse products at
        once (session 27; they were made one pair at a time, 197,000 at 50 articles)."""
        return loose_tests(self.claims, self.lemmas, self.common, self.touch, self.named)

    def near(self, fact: AlignedClaim) -> np.ndarray:
        """The rows of the other outlets' claims that may state ``fact``, without
        repeats: the lexical hits first, in the order of the fact's claims."""
        lexical, topical, likely = [], [], []
        for mine in fact.claims:
            lexical.append(self.lexical_hits(mine))
            topical.append(self.matrix_hits(self.scores, NEAR_SCORE, mine))
            likely.append(self.matrix_hits(self.probability, NEAR_PROBABILITY, mine))
        hits = lexical
        # topic alone is not enough where the model is given: some sentence of the other
        # outlets must also have a chance of being the same fact
        if any(map(len, topical)) and (self.probability is None or any(map(len, likely))):
            hits = lexical + topical + likely
        return _distinct_rows(hits)

    def matrix_hits(self, matrix: np.ndarray | None, bar: float, mine: Claim) -> np.ndarray:
        """The rows of the other outlets' claims whose pair value with ``mine`` is ``bar``
        or more."""
        if matrix is None:
            return np.zeros(0, dtype=np.int64)
        i = self.row[mine.id]
        return np.flatnonzero((matrix[i] >= bar) & (self.article != mine.article_id))

    def lexical_hits(self, mine: Claim) -> np.ndarray:
        """The rows of the other outlets' claims that pass :func:`stated_elsewhere` with
        ``mine``."""
        i = self.row[mine.id]
        return np.flatnonzero((self.why[i] < len(LEXICAL)) & (self.article != mine.article_id))

    def fact_rows(self, mine: Sequence[Claim], opposite: np.ndarray | None
                  ) -> tuple[np.ndarray | None, np.ndarray | None]:  # fmt: skip
        """Per other claim, the best same-fact probability with the fact's claims and
        whether one of them clashes with it: taken once per fact, not per near sentence
        (per sentence it was 4 s of the 50-article story, docs/benchmarks.md)."""
        rows = [self.row[m.id] for m in mine]
        best = None if self.probability is None else self.probability[rows].max(axis=0)
        return best, self.any_pair(mine, opposite)

    def any_pair(self, mine: Sequence[Claim], pairs: np.ndarray | None) -> np.ndarray | None:
        """Per other claim, whether a pair flag (``pairs``) is set with one of ``mine``."""
        return None if pairs is None else pairs[[self.row[m.id] for m in mine]].any(axis=0)

    def describe(self, mine: Sequence[Claim], other: Claim, best: np.ndarray | None,
                 clash: np.ndarray | None, mood: np.ndarray | None = None) -> dict:  # fmt: skip
        """A near sentence as JSON: where it is, why it is near (the first lexical test
        it passes with one of the fact's claims, else ``score``), its best same-fact
        probability with them, the most content words it has in common with one of
        them (``shared_words``, session 22), and ``opposite`` when one of them clashes with it
        (``best`` and ``clash``: :meth:`fact_rows`); ``prospect`` (session 24) when one of
        them states as done what it states as a prospect, or the reverse (``mood``)."""
        j = self.row[other.id]
        rows = [self.row[m.id] for m in mine]
        why = WHY[int(self.why[rows, j].min())]
        probability = 0.0 if best is None else float(best[j])
        words = max(int(self.common[i, j]) for i in rows)
        row = {"article_id": other.article_id, "claim_id": other.id, "sentence": other.text,
               "start": other.start, "end": other.end, "why": why,
               "probability": round(probability, 4), "shared_words": words}  # fmt: skip
        if clash is not None and bool(clash[j]):
            row["opposite"] = True
        if mood is not None and bool(mood[j]):
            row["prospect"] = True
        if self.tfidf is not None:
            row["tfidf"] = round(float(self.best_tfidf(self.tfidf, mine)[j]), 4)
        return row

    def best_tfidf(self, tfidf: np.ndarray, mine: Sequence[Claim]) -> np.ndarray:
        """Per claim, its best ``tfidf`` cosine with one of ``mine``: taken once per
        fact, not per near sentence (session 26)."""
        rows = tuple(self.row[m.id] for m in mine)
        kept, best = self.closest
        if best is None or kept != rows:
            best = tfidf[list(rows)].max(axis=0)
            self.closest = (rows, best)
        return best


def loose_tests(claims: Sequence[Claim], lemmas: Sequence[set[str]], common: np.ndarray,
                touch: np.ndarray, named: np.ndarray) -> np.ndarray:  # fmt: skip
    """:func:`loose_test` of every pair of ``claims`` as an index of :data:`WHY`, from
    counts of what each pair has in common (``common``: content lemmas, ``named``:
    names; ``touch``: a lemma or a name, which every test needs; :func:`_in_common`)."""
    figures = [_figures(c.text) for c in claims]
    undated = [{w for w in ws if _undated({w})} for ws in lemmas]
    plain = shared_counts([{f for f in fs if "/" not in f} for fs in figures]) > 0
    # a calendar day ("10/7") in common needs DATE_WORDS other words in common
    dated = (shared_counts(figures) > 0) & (_counts(undated) >= DATE_WORDS)
    sizes = np.array([len(ws) for ws in lemmas])
    smaller = np.minimum(sizes[:, None], sizes[None, :])
    # key_words_shared: common / smaller >= KEY_SHARE (0.5) is 2 * common >= smaller
    words = (common >= KEY_WORDS) & (smaller > 0) & (2 * common >= smaller)
    why = np.full(common.shape, len(LEXICAL), dtype=np.int8)
    why[touch & words] = LEXICAL.index("words")
    why[touch & (named >= 2) & (common >= 4)] = LEXICAL.index("names")
    why[touch & (plain | dated)] = LEXICAL.index("figure")
    return why


def _counts(sets: Sequence[set[str]]) -> np.ndarray:
    """Per pair of sets, how many items both have."""
    return shared_counts(sets).astype(np.int64)


def _in_common(lemmas: Sequence[set[str]], names: Sequence[set[str]]
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Per pair of claims, how many content lemmas they share, whether they share a
    lemma or a name (every loose test needs one), and how many names they share: one
    sparse product each, not a set intersection per pair (session 26)."""
    common = _counts(lemmas)
    named = _counts(names)
    return common, (common > 0) | (named > 0), named


def _distinct_rows(hits: Sequence[np.ndarray]) -> np.ndarray:
    """The rows of ``hits`` (joined in order) without repeats, each where it first
    appears."""
    joined = np.concatenate(hits) if hits else np.zeros(0, dtype=np.int64)
    _, first = np.unique(joined, return_index=True)
    return joined[np.sort(first)]
