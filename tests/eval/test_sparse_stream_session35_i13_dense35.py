"""scripts/sparse_stream.py (session 35): the setting it reads and the changed groups
it lists for reading."""

from __future__ import annotations

from pathlib import Path

from newsprism.cluster.model import load_model
from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]


script = script_module("sparse_stream")


def test_a_setting_is_the_packaged_model_with_its_three_sparse_fields() -> None:
    packaged = load_model()
    assert script.variant(None) == packaged
    model = script.variant("25:0.08:1")
    assert (model.sparse_live, model.sparse_threshold, model.sparse_size) == (25, 0.08, 1)
    assert model.weights == packaged.weights and model.threshold == packaged.threshold
    assert model.guard_below == 0  # the packaged model has no guard
    guarded = script.variant("25:0.08:1:guard")
    assert guarded.guard_below == packaged.threshold and guarded.guard_title_idf > 0
    assert guarded.sparse_threshold == 0.08


def test_changed_groups_join_every_story_a_moved_article_touches() -> None:
    before = ["a", "a", "b", "c", "d", "d"]
    after = ["a", "a", "b", "b", "d", "e"]  # 3 joins b; 5 leaves d
    assert script._changed_groups(before, after) == [{2, 3}, {4, 5}]
    assert script._changed_groups(before, before) == []
    # A chain: 1 moves from a to b, so a's and b's members are one group.
    assert script._changed_groups(["a", "a", "b"], ["a", "b", "b"]) == [{0, 1, 2}]
