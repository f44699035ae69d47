"""The rule-level gate of session 38 (docs/eval-framing.md "Session 38: a rule-level
gate"): a lexicon rule is set apart only when, on both unread sets, it has at least five
flags and the Wilson 90 % upper bound of its share touching a mark is under its
part-of-speech base rate."""

from __future__ import annotations

import math

import pytest

from tests.script_modules import script_module

Z2 = 1.6449**2


def _script():
    return script_module("framing_layer_base")


def _cell(touching: int, flags: int, base: float) -> list[float]:
    """A gate cell: flags, flags touching a mark, and the base summed over the flags."""
    return [flags, touching, base * flags]


def test_wilson_bounds_at_none_all_and_half() -> None:
    base = _script()
    # 0 of n: the lower bound is 0 and the upper one z^2 / (n + z^2) ("reportedly", 0 of 9)
    low, high = base.wilson(0, 9)
    assert low == 0.0 and high == pytest.approx(Z2 / (9 + Z2))
    assert high == pytest.approx(0.2311, abs=1e-4)
    low, high = base.wilson(9, 9)
    assert high == 1.0 and low == pytest.approx(9 / (9 + Z2))
    # half: symmetric around 0.5, and narrower with more flags
    low, high = base.wilson(5, 10)
    assert low + high == pytest.approx(1.0)
    assert base.wilson(50, 100)[1] - base.wilson(50, 100)[0] < high - low
    # the normal approximation's half-width plus the Wilson term, checked by hand
    half = 1.6449 * math.sqrt(0.025 + Z2 / 400) / (1 + Z2 / 10)
    assert high - low == pytest.approx(2 * half)
    assert base.wilson(0, 0) == (0.0, 1.0)  # no flag: nothing known


@pytest.mark.parametrize(
    ("rule", "babe", "mbic", "verdict"),
    [
        # "reportedly" on the unread sets: 0 of 9 and 0 of 7 is too few to be sure
        ("hedge:reportedly", (0, 9, 0.066), (0, 7, 0.115), "undecided"),
        # with 40 flags and no hit on each set, it would be under its base on both
        ("hedge:reportedly", (0, 40, 0.066), (0, 40, 0.115), "set apart"),
        # under on one set only: kept
        ("hedge:reportedly", (0, 40, 0.066), (9, 20, 0.115), "over"),
        # under the floor on one set ("admit", 0 of 4 and 0 of 2): kept, whatever the other
        ("attribution:admit", (0, 400, 0.065), (0, 2, 0.116), "undecided"),
        # "claimed": the experts mark it, the crowd does not: over on one set, kept
        ("attribution:claim", (46, 57, 0.065), (0, 17, 0.116), "over"),
        # the quote rules are judged on the crowd's marks alone
        ("scare-quote", (0, 3, 0.071), (0, 40, 0.116), "set apart"),
        ("partial-quote", (4, 160, 0.116), (28, 65, 0.195), "over"),
        # the detector trained on these sentences
        ("loaded/own", (0, 900, 0.5), (0, 900, 0.5), "not judged (detector)"),
    ],
)
def test_rule_verdict(rule: str, babe: tuple, mbic: tuple, verdict: str) -> None:
    assert _script().rule_verdict(rule, [_cell(*babe), _cell(*mbic)]) == verdict


def test_gate_names_rules_as_the_dump_does(tmp_path) -> None:
    """The real pipeline: the rules the gate judges carry the names the brief asks about."""
    base = _script()
    text = ("The minister reportedly met the envoy. He admitted that the talks had failed, "
            "and he acknowledged that the deal was off.")  # fmt: skip
    rows = base.dump([{"name": "s", "text": text, "babe": [], "mbic": [], "basil": None}])
    rules = {rule for _a, _b, _layer, rule in rows[0]["flags"]}
    assert {"hedge:reportedly", "attribution:admit", "attribution:acknowledge"} <= rules
    table = base.layer_table(rows, "babe", by="rule")
    assert base.rule_verdict("hedge:reportedly", [table["hedge:reportedly"]] * 2) == "undecided"
