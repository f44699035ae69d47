"""The unique recheck read off arrays (session 27, compare/unique_table.py) decides as
the row-by-row reading did: the same ``why`` for every pair, and on a real story the
same status, hedge and shown sentences for every fact as when every near sentence is
described, sorted and read by ``worth_checking`` / ``hedge_of``."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from benchmarks.compare import BASIL, story_files

import newsprism.compare.story as story
from newsprism.compare.unique import (
    LEXICAL,
    MAX_NEAR,
    NEAR_PROBABILITY,
    NEAR_SCORE,
    WHY,
    _entities,
    _in_common,
    hedge_of,
    loose_test,
    loose_tests,
    recheck_unique,
    worth_checking,
)
from newsprism.compare.unique_table import _as_shown
from newsprism.models import Claim
from newsprism.pipeline import clean_paths


@pytest.fixture(scope="module")
def recheck_inputs() -> dict[str, Any]:
    """What ``analyze_story`` hands ``recheck_unique`` for the 10-article benchmark
    story (the seeds and eight BASIL articles), the facts as they were before it."""
    if not BASIL.is_dir():
        pytest.skip("needs ../shared/data/basil")
    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(10, Path(tmp)))
    seen: dict[str, Any] = {}
    kept = story.recheck_unique

    def capture(facts: Sequence[Any], claims: Sequence[Claim], lemmas: Sequence[set[str]],
                *args: Any, **kwargs: Any) -> None:  # fmt: skip
        seen.update(facts=copy.deepcopy(facts), claims=claims, lemmas=lemmas, args=args,
                    kwargs=kwargs)  # fmt: skip
        kept(facts, claims, lemmas, *args, **kwargs)

    story.recheck_unique = capture
    try:
        story.analyze_story(articles)
    finally:
        story.recheck_unique = kept
    return seen


def _reference(facts: Sequence[Any], claims: Sequence[Claim], lemmas: Sequence[set[str]],
               scores: np.ndarray | None, probability: np.ndarray | None,
               opposite: np.ndarray | None, prospect: np.ndarray | None = None,
               tfidf: np.ndarray | None = None,
               said_opposite: np.ndarray | None = None) -> None:  # fmt: skip
    """``recheck_unique`` as session 26 made it: every near sentence described as a row,
    sorted (worth checking first, the closest TF-IDF of those first, then the likeliest
    same fact, then the closest in topic) and read by ``hedge_of``."""
    row = {c.id: i for i, c in enumerate(claims)}
    modelled = probability is not None

    def best(matrix: np.ndarray | None, mine: list[Claim], other: Claim) -> float:
        return 0.0 if matrix is None else max(float(matrix[row[m.id], row[other.id]])
                                              for m in mine)  # fmt: skip

    def hits(matrix: np.ndarray | None, bar: float, mine: Claim) -> list[Claim]:
        return [] if matrix is None else [
            o for o in claims if o.article_id != mine.article_id
            and matrix[row[mine.id], row[o.id]] >= bar]  # fmt: skip

    def describe(mine: list[Claim], other: Claim) -> dict:
        tests = {loose_test(m, other, lemmas[row[m.id]], lemmas[row[other.id]]) for m in mine}
        found = {"claim_id": other.id, "why": next((t for t in LEXICAL if t in tests), "score"),
                 "probability": round(best(probability, mine, other), 4),
                 "shared_words": max(len(lemmas[row[m.id]] & lemmas[row[other.id]])
                                     for m in mine)}  # fmt: skip
        for key, flags in (("opposite", opposite), ("prospect", prospect)):
            if flags is not None and any(flags[row[m.id], row[other.id]] for m in mine):
                found[key] = True
        if tfidf is not None:
            found["tfidf"] = round(best(tfidf, mine, other), 4)
        return found

    def key(mine: list[Claim], found: dict) -> tuple:
        opposite_near = bool(found.get("opposite")) and worth_checking(found, False)
        rank = 0 if not found.get("opposite") and worth_checking(found, modelled) else (
            1 if opposite_near else 2)
        other = claims[row[found["claim_id"]]]
        return (rank, -found.get("tfidf", 0.0) if rank == 0 else 0.0,
                -best(probability, mine, other), -best(scores, mine, other))

    for fact in facts:
        if fact.status != "unique":
            continue
        lexical, topical, likely = [], [], []
        for mine in fact.claims:
            lexical += [o for o in claims if o.article_id != mine.article_id and loose_test(
                mine, o, lemmas[row[mine.id]], lemmas[row[o.id]]) is not None]
            topical += hits(scores, NEAR_SCORE, mine)
            likely += hits(probability, NEAR_PROBABILITY, mine)
        near = list({c.id: c for c in lexical}.values())
        if topical and (probability is None or likely):
            near = list({c.id: c for c in near + topical + likely}.values())
        if near:
            rows = sorted((describe(fact.claims, c) for c in near),
                          key=lambda found, mine=fact.claims: key(mine, found))
            said = None if said_opposite is None else {  # session 39: denial_hedge.py
                o.id for o in near if any(said_opposite[row[m.id], row[o.id]]
                                          for m in fact.claims)}  # fmt: skip
            fact.status, fact.hedge = "possibly_shared", hedge_of(rows, modelled, said)
            fact.near = rows[:MAX_NEAR]


def _read(facts: Sequence[Any]) -> list[tuple]:
    """Each fact's status, hedge and shown sentences (ids, why, probability, flags)."""
    fields = ("claim_id", "why", "probability", "shared_words", "opposite", "prospect",
              "tfidf")  # fmt: skip
    return [(f.status, f.hedge, [tuple(n.get(k) for k in fields) for n in f.near])
            for f in facts]  # fmt: skip


def test_every_pair_passes_the_loose_test_it_passed_one_at_a_time(
        recheck_inputs: dict[str, Any]) -> None:  # fmt: skip
    claims, lemmas = recheck_inputs["claims"], recheck_inputs["lemmas"]
    common, touch, named = _in_common(lemmas, [_entities(c) for c in claims])
    why = loose_tests(claims, lemmas, common, touch, named)
    expected = np.array([[WHY.index(loose_test(a, b, lemmas[i], lemmas[j]) or "score")
                          for j, b in enumerate(claims)] for i, a in enumerate(claims)])
    assert len(claims) > 200
    assert {WHY[k] for k in np.unique(expected)} == set(WHY)  # every test occurs
    assert np.array_equal(why, expected)


@pytest.mark.parametrize("without", [(), ("tfidf",), ("prospect",), ("probability",),
                                     ("scores", "opposite")])  # fmt: skip
def test_the_facts_read_as_every_near_sentence_described(
        recheck_inputs: dict[str, Any], without: tuple[str, ...]) -> None:  # fmt: skip
    """The same hedges and shown sentences, with every matrix and without some (the
    model's probability: the reading before session 22)."""
    names = ("scores", "probability", "opposite")
    given = dict(zip(names, recheck_inputs["args"], strict=True))
    given.update(recheck_inputs["kwargs"])
    given.update(dict.fromkeys(without))
    claims, lemmas = recheck_inputs["claims"], recheck_inputs["lemmas"]
    new, old = copy.deepcopy(recheck_inputs["facts"]), copy.deepcopy(recheck_inputs["facts"])
    recheck_unique(new, claims, lemmas, **given)
    _reference(old, claims, lemmas, **given)
    hedged = [f for f in new if f.hedge]
    assert len(hedged) > 50 and len({f.hedge for f in hedged}) >= 2
    assert _read(new) == _read(old)


def test_a_value_near_a_bar_compares_as_the_row_rounds_it() -> None:
    values = np.array([0.099951, 0.0999499, 0.1000001, 0.00004, 0.00005, 0.17495,
                       0.174949, 0.2, 0.0, 0.3, 0.05, 0.09995])  # fmt: skip
    shown = _as_shown(values, 0.1, 0.2, 0.0, 0.175)
    rounded = np.array([round(float(v), 4) for v in values])
    for bar in (0.1, 0.2, 0.0, 0.175):
        assert np.array_equal(shown >= bar, rounded >= bar)
        assert np.array_equal(shown <= bar, rounded <= bar)
    assert shown[0] == 0.1 and shown[1] < 0.1 and shown[-1] == round(0.09995, 4)
    assert shown[9] == 0.3 and shown[10] == 0.05  # far from every bar: as they were
