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
from collections.abc import Callable, Sequence

import numpy as np

from newsprism.calendar_words import MONTH_NUMBERS
from newsprism.compare.align import AlignedClaim
from newsprism.compare.dates import month_day_spans
from newsprism.compare.tfidf import incidence
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
    return set(claim.people + claim.places + claim.organisations)


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
    """
    others = _OtherOutlets(claims, lemmas, scores, probability, tfidf)
    for fact in facts:
        if fact.status != "unique":
            continue
        near = others.near(fact)
        if near:
            best, clash = others.fact_rows(fact.claims, opposite)
            mood = others.any_pair(fact.claims, prospect)
            rows = [others.describe(fact.claims, c, best, clash, mood) for c in near]
            # without the model every lexical hit is worth checking, as before session 22
            modelled = probability is not None
            rows.sort(key=_shown_first(others.order(fact.claims), near, modelled))
            fact.status = POSSIBLY_SHARED
            fact.hedge = hedge_of(rows, modelled)
            fact.near = rows[:MAX_NEAR]


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


def hedge_of(rows: Sequence[dict], modelled: bool = True) -> str:
    """The fact's ``hedge`` from its near sentences (:data:`CHECK`, :data:`OPPOSITE`,
    :data:`TOPIC`): a sentence worth checking that is not the opposite makes it a check
    (``modelled``: :func:`worth_checking`). ``opposite`` is read as before session 22
    (a lexical test or the 0.1 chance; the vetoes that find it zero its probability), and
    only when no other sentence passes that reading: a hedge whose sentences to check
    session 22 demoted says "not confirmed as alone", never "negated"."""
    if any(worth_checking(r, modelled) and not r.get("opposite") for r in rows):
        return CHECK
    if any(worth_checking(r, modelled=False) and not r.get("opposite") for r in rows):
        return TOPIC  # a sentence of the looser pre-session-22 reading, not the opposite
    return OPPOSITE if any(_opposite_near(r) for r in rows) else TOPIC


def _opposite_near(row: dict) -> bool:
    """A near sentence that would be worth checking but states the opposite."""
    return bool(row.get("opposite")) and worth_checking(row, modelled=False)


def _shown_first(order: Callable[[Claim], tuple[float, float]], near: Sequence[Claim],
                 modelled: bool = True) -> Callable[[dict], tuple]:  # fmt: skip
    """The sentences worth checking first (those not the opposite before those that are),
    of those the closest in TF-IDF first (session 25), then the likeliest same fact,
    then the closest in topic: the first is what a report shows."""
    by_id = {c.id: c for c in near}

    def key(row: dict) -> tuple:
        rank = 1 if _opposite_near(row) else 2
        if not row.get("opposite") and worth_checking(row, modelled):
            rank = 0
        # session 25: among the sentences to check, the closest in rare words first
        closest = -float(row.get("tfidf", 0.0)) if rank == 0 else 0.0
        return (rank, closest, *order(by_id[row["claim_id"]]))
    return key


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
        self.figures = {c.id: _figures(c.text) for c in claims}
        self.names = {c.id: _entities(c) for c in claims}
        # the loose test of each pair already made for the fact at hand (session 26): the
        # near sentences are described with the tests that found them, not made again
        self.tests: dict[tuple[str, str], str | None] = {}
        self.common, self.touch = _in_common(lemmas, [self.names[c.id] for c in claims])
        self.article = np.array([c.article_id for c in claims])
        self.closest: tuple[tuple[int, ...], np.ndarray | None] = ((), None)

    def near(self, fact: AlignedClaim) -> list[Claim]:
        """The other outlets' claims that may state ``fact``, without repeats."""
        lexical, topical, likely = [], [], []
        self.tests = {}
        for mine in fact.claims:
            lexical += self.lexical_hits(mine)
            topical += self.matrix_hits(self.scores, NEAR_SCORE, mine)
            likely += self.matrix_hits(self.probability, NEAR_PROBABILITY, mine)
        near = _distinct(lexical)
        # topic alone is not enough where the model is given: some sentence of the other
        # outlets must also have a chance of being the same fact
        if topical and (self.probability is None or likely):
            near = _distinct(near + topical + likely)
        return near

    def matrix_hits(self, matrix: np.ndarray | None, bar: float, mine: Claim) -> list[Claim]:
        """The other outlets' claims whose pair value with ``mine`` is ``bar`` or more."""
        if matrix is None:
            return []
        # one row read as an array, not one element per claim (claim ids are unique, so
        # the row's columns are the claims in order)
        return [self.claims[j] for j in np.flatnonzero(matrix[self.row[mine.id]] >= bar)
                if self.claims[j].article_id != mine.article_id]  # fmt: skip

    def lexical_hits(self, mine: Claim) -> list[Claim]:
        """The other outlets' claims that pass :func:`stated_elsewhere` with ``mine``."""
        # stated_elsewhere answers no without a word or a name in common: that test is
        # read off a matrix built once (session 26; it was a loop over every claim), and
        # the full test made only for the claims that pass
        i = self.row[mine.id]
        passing = np.flatnonzero(self.touch[i] & (self.article != mine.article_id))
        return [o for o in (self.claims[j] for j in passing)
                if self.loose_test(mine, o) is not None]

    def loose_test(self, mine: Claim, other: Claim) -> str | None:
        """:func:`loose_test` of the pair, made once while one fact is read."""
        key = (mine.id, other.id)
        if key not in self.tests:
            self.tests[key] = loose_test(mine, other, self.lemma_of[mine.id],
                                         self.lemma_of[other.id], self.figures)
        return self.tests[key]

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
        # loose_test answers None without a word or a name in common: tested on those first
        tests = {self.loose_test(m, other) for m in mine if self.touch[self.row[m.id], j]}
        why = next((t for t in LEXICAL if t in tests), "score")
        probability = 0.0 if best is None else float(best[j])
        words = max(int(self.common[self.row[m.id], j]) for m in mine)
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

    def order(self, mine: Sequence[Claim]) -> Callable[[Claim], tuple[float, float]]:
        """The likeliest same fact first, then the closest (what a reader should check):
        each column's best over the fact's rows, taken once per fact."""
        row = self.row
        rows = [row[m.id] for m in mine]
        best = [np.zeros(len(self.claims)) if m is None else m[rows].max(axis=0)
                for m in (self.probability, self.scores)]  # fmt: skip
        return lambda other: (-float(best[0][row[other.id]]), -float(best[1][row[other.id]]))


def _in_common(lemmas: Sequence[set[str]], names: Sequence[set[str]]
               ) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Per pair of claims, how many content lemmas they share, and whether they share a
    lemma or a name (every loose test needs one): one sparse product each, not a set
    intersection per pair (session 26)."""
    shared = incidence(lemmas)
    common = (shared @ shared.T).toarray().astype(np.int64)
    named = incidence(names)
    return common, (common > 0) | ((named @ named.T).toarray() > 0)


def _distinct(claims: Sequence[Claim]) -> list[Claim]:
    """The claims without repeats, in their order."""
    return list({c.id: c for c in claims}.values())
