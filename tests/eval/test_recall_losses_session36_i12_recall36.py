"""scripts/recall_losses.py: each veto's firings on the gold, what a lower bar adds, and
the occasion veto's stage (session 36)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def losses():
    """The module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import recall_losses

    return recall_losses


class _Story:
    """Four claims of three articles (claim k's gold sentence is (article, 0, k)); the
    gold holds claims 0 and 1, and 0 and 3."""

    triplet = "t"

    def shared_pairs(self):
        return {frozenset({("1", 0, 0), ("2", 0, 1)}), frozenset({("1", 0, 0), ("3", 0, 3)})}

    def refs(self, article, start, end):
        return [(article, 0, start)]


def _seen():
    claims = [(f"c{k}", a, k, k + 1, "") for k, a in enumerate(["1", "2", "2", "3"])]
    raw = np.array([[1, .5, .5, .19], [.5, 1, 0, .5], [.5, 0, 1, 0], [.19, .5, 0, 1]])
    mood = np.zeros((4, 4), dtype=bool)
    mood[0, 1] = mood[1, 0] = True  # stops a gold pair over the bar
    mood[0, 2] = mood[2, 0] = True  # and a pair no gold group holds
    features = {"mood_mismatch": mood, "shared_quote": np.zeros((4, 4), dtype=bool)}
    return {"claims": claims, "raw": raw, "features": features}


def test_each_veto_counted_right_and_wrong_on_the_gold(losses) -> None:
    model = SimpleNamespace(vetoes=("mood_mismatch",), links=("shared_quote",), threshold=0.227)
    fired, bars = losses.veto_table([_Story()], {"t": _seen()}, model)
    assert fired["mood_mismatch", "all", True] == 1
    assert fired["mood_mismatch", "all", False] == 1
    assert fired["mood_mismatch", "alone", True] == 1
    # (0, 3) at 0.19: gold, under the bar, no veto, no link: a bar of 0.18 takes it
    assert bars[0.18, True] == 1 and bars[0.20, True] == 0
    # (1, 3) at 0.5 is over the bar and not gold: no bar counts it
    assert sum(bars[b, False] for b in losses.BARS) == 0


def test_a_link_the_occasion_veto_took_back_is_its_stage(losses) -> None:
    seen = {"linked": np.array([[1, .3], [.3, 1]]), "raw": np.array([[1, .3], [.3, 1]]),
            "unit_best": np.zeros((2, 2)), "occasion": np.array([[0, 1], [1, 0]], dtype=bool),
            "features": {}}
    kind, _ = losses._first_loss(seen, [[("a",)], [("b",)]], ("a",), ("b",), 0.227, (), {},
                                 False)
    assert kind == "vetoed (occasion_clash)"
    seen["occasion"][:] = False
    kind, _ = losses._first_loss(seen, [[("a",)], [("b",)]], ("a",), ("b",), 0.227, (), {},
                                 False)
    assert kind == "linked, lost in grouping"
