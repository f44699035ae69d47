"""Session 36: ``scripts/clusterer_competition.py`` fits the competition stage on
(first-stage logit, ln live, ln contested, margin) rows, each stream weighted equally,
with the inputs not asked for held at 0 (docs/eval-clustering.md, "Session 36")."""

from __future__ import annotations

import math

from tests.script_modules import script_module

comp = script_module("clusterer_competition")


def _rows(n: int, margin_sign: float) -> tuple[list[tuple[float, ...]], list[int]]:
    """Rows whose label follows the margin's sign (``margin_sign`` 1) or its opposite."""
    rows, ys = [], []
    for i in range(n):
        m = (i % 9) - 4.0
        rows.append((-1.0 + 0.1 * (i % 5), math.log(30), math.log(1 + i % 3), m))
        ys.append(int(m * margin_sign > 0))
    return rows, ys


def test_the_fit_reads_the_margin_and_holds_the_inputs_left_out_at_zero() -> None:
    stage = comp.fit_stage({"a real": _rows(180, 1.0)}, ("score", "contested", "margin"))
    assert stage["floor"] == comp.FLOOR
    assert stage["margin"] > 1.0
    assert stage["live"] == 0.0
    assert set(stage) == {"floor", "score", "live", "contested", "margin", "bias"}


def test_every_stream_weighs_the_same_whatever_its_size() -> None:
    # A small stream against a large one of the opposite rule: equal weights cancel the
    # margin's pull; weighting by pairs would follow the large one.
    big, small = _rows(900, 1.0), _rows(90, -1.0)
    even = comp.fit_stage({"big": big, "small": small}, ("score", "margin"))
    alone = comp.fit_stage({"big": big}, ("score", "margin"))
    assert abs(even["margin"]) < alone["margin"] / 4
    # A stream without pairs (an undated one) is skipped, not divided by.
    assert comp.fit_stage({"big": big, "undated": ([], [])}, ("score", "margin")) == alone
