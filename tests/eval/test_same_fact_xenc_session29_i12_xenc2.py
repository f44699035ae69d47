"""scripts/train_same_fact_xenc.py (session 29): the story folds, the training rows of a
fold (never a pair of its own stories) and the out-of-fold combination. The torch steps
run in the build venv only; these are the parts that decide what may leak."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xenc():
    """The module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_same_fact_xenc

    return train_same_fact_xenc


def test_folds_deal_the_gold_pairs_evenly(xenc):
    positives = {f"s{k:02d}": n for k, n in enumerate([120, 90, 80, 70, 60, 50, 40, 30, 20,
                                                       15, 10, 9, 8, 7, 5, 3, 1])}  # fmt: skip
    folds = xenc.folds_of(positives)
    assert set(folds) == set(positives)
    assert set(folds.values()) == {0, 1, 2, 3}
    per_fold = [sum(n for s, n in positives.items() if folds[s] == k) for k in range(4)]
    # the snake order: the biggest story's fold gets the smallest of the second lap
    assert folds["s00"] == 0 and folds["s07"] == 0 and folds["s04"] == 3
    assert max(per_fold) - min(per_fold) <= 40, per_fold


def _rows(stories: int = 4, pairs: int = 30) -> list[dict]:
    rows = []
    for s in range(stories):
        for r in range(pairs):
            rows.append({"story": f"s{s}", "row": r, "fold": s % 4, "a": f"a{s}-{r}",
                         "b": f"b{s}-{r}", "y": int(r < 5), "p": r / pairs})
    return rows


def test_training_rows_leave_the_fold_out(xenc):
    rows = _rows()
    args = argparse.Namespace(hard_floor=0.5, hard_ratio=1.0, random_ratio=1.0, public=True)
    public = [{"source": "sts", "a": "x", "b": "y", "y": 1}]
    out = xenc.training_rows(rows, public, 1, args)
    stories = {r.get("story") for r in out}
    assert "s1" not in stories and {"s0", "s2", "s3"} <= stories
    gold = [r for r in out if r.get("story") and r["y"]]
    assert len(gold) == 15  # every gold pair of the three other stories
    hard = [r for r in out if r.get("story") and not r["y"] and r["p"] >= 0.5]
    assert len(hard) == 15  # of 45 (rows 15-29 of each story)
    easy = [r for r in out if r.get("story") and not r["y"] and r["p"] < 0.5]
    assert len(easy) == 15  # of 30 (rows 5-14)
    assert sum(1 for r in out if r.get("source") == "sts") == 1
    # a pair keeps its two sentences, in either order
    for r in out:
        if r.get("story"):
            assert {r["a"], r["b"]} == {f"a{r['story'][1:]}-{r['row']}",
                                        f"b{r['story'][1:]}-{r['row']}"}  # fmt: skip


def test_combination_is_fitted_out_of_fold(xenc):
    rows = _rows()
    # the cross-encoder's logit says the label in fold 0's story and its opposite in the
    # others: fold 0's pairs are scored by a combination fitted on folds 1-3 only, which
    # learned the opposite, so there its gold pairs rank under the others
    logit = {(r["story"], r["row"]): (8.0 * r["y"] - 4.0) * (1 if r["fold"] == 0 else -1)
             for r in rows}  # fmt: skip
    scores, weights = xenc.combined(rows, logit, "xenc")
    assert set(weights) == {0, 1, 2, 3}
    assert weights[0][0] < 0  # fold 0's model: the other folds' sign
    fold0 = np.array([r["fold"] == 0 for r in rows])
    y = np.array([r["y"] for r in rows])
    assert scores[fold0 & (y == 1)].max() < scores[fold0 & (y == 0)].min()
