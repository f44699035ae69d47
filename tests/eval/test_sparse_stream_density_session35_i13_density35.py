"""scripts/sparse_stream.py's ``d:`` settings (session 35, the threshold that follows the
competition): the fields they set, and the one-sided bounds reset by the next setting."""

from __future__ import annotations

from pathlib import Path

from newsprism.cluster import density
from newsprism.cluster.model import load_model
from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]


script = script_module("sparse_stream")


def test_a_density_setting_sets_its_three_fields_and_nothing_else() -> None:
    packaged = load_model()
    model = script.variant("d:1.0:3:0.025")
    assert (model.density_slope, model.density_pivot, model.density_floor) == (1.0, 3.0, 0.025)
    assert model.weights == packaged.weights and model.sparse_live == packaged.sparse_live
    assert model.guard_below == packaged.guard_below
    assert script.variant("d:1.0:3:0.025:guard").guard_below > 0


def test_one_sided_settings_bound_the_rule_and_the_next_setting_resets_them() -> None:
    threshold = load_model().threshold
    try:
        script.variant("d:1.0:3:0.025:lower")
        assert threshold == density.MAX_THRESHOLD  # never raised
        script.variant("d:1.0:3:0.025:higher")
        assert threshold == density.MIN_THRESHOLD and threshold < density.MAX_THRESHOLD
        script.variant("d:1.0:3:0.025")
        assert (density.MIN_THRESHOLD, density.MAX_THRESHOLD) == script.DENSITY_BOUNDS
    finally:
        density.MIN_THRESHOLD, density.MAX_THRESHOLD = script.DENSITY_BOUNDS
