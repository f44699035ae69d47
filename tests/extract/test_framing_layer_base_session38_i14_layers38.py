"""Each lexicon layer against the base rate of a random span of the same parts of speech,
on BABE's sentences no rule was read on (session 38, docs/eval-framing.md "Session 38:
each lexicon layer against the base rate")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"


def _script():
    return script_module("framing_layer_base")


def _row(words, flags, babe, mbic=None) -> dict:
    return {"name": "t", "text": "", "words": words, "flags": flags, "babe": babe,
            "mbic": mbic, "basil": None}  # fmt: skip


def test_the_base_is_the_chance_a_random_span_of_the_same_tags_touches_a_mark() -> None:
    base = _script()
    # four adjectives, one marked (p(ADJ) = 0.25); two verbs, none marked (p(VERB) = 0)
    words = [[0, 4, "ADJ"], [5, 9, "ADJ"], [10, 14, "ADJ"], [15, 19, "ADJ"],
             [20, 24, "VERB"], [25, 29, "VERB"]]  # fmt: skip
    flags = [[0, 4, "label", "label:a"],      # one adjective, touching: base 0.25
             [5, 14, "hedge", "hedge:b"],     # two adjectives, not touching: 1 - 0.75^2
             [20, 24, "hedge", "hedge:c"]]    # a verb: base 0
    rows = [_row(words, flags, babe=[(0, 4)])]
    assert base.pos_rates(rows, "babe") == {"ADJ": 0.25, "VERB": 0.0}
    table = base.layer_table(rows, "babe")
    assert table["label"] == [1, 1, pytest.approx(0.25)]
    assert table["hedge"] == [2, 0, pytest.approx(1 - 0.75**2)]
    by_rule = base.layer_table(rows, "babe", by="rule")
    assert set(by_rule) == {"label:a", "hedge:b", "hedge:c"}
    assert base.below_base(table["hedge"]) and not base.below_base(table["label"])
    # a sentence the crowd did not label counts on no crowd row
    assert base.layer_table(rows, "mbic") == {}


def test_a_layer_at_or_over_its_base_is_not_below_it() -> None:
    base = _script()
    assert not base.below_base([4, 1, 1.0])  # share 0.25 == base 0.25
    assert base.below_base([4, 0, 0.4])
    assert not base.below_base([0, 0, 0.0])  # no flag: nothing to judge


def test_dump_keeps_each_flag_with_its_layer_and_each_word_with_its_tag() -> None:
    """The real pipeline: a criticism verb and a hedge of the shipped lexicon."""
    base = _script()
    text = "Republicans slammed the plan, which reportedly costs more than the last one."
    (row,) = base.dump([{"name": "s", "text": text, "babe": [], "mbic": None,
                         "basil": None}])  # fmt: skip
    layers = {layer for _a, _b, layer, _rule in row["flags"]}
    assert {"criticism-verb", "hedge"} <= layers
    slammed = text.index("slammed")
    assert [slammed, slammed + len("slammed"), "VERB"] in row["words"]


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data is not beside the clone")
def test_the_unread_part_is_babes_other_part_with_the_crowds_twins() -> None:
    from newsprism.eval.babe import read_babe

    base = _script()
    unread = base.unread_sentences(SHARED_DATA)
    report = {s.id for s in read_babe(SHARED_DATA / "babe") if s.report}
    assert len(unread) == 1808 and not report & {s["name"] for s in unread}
    assert sum(s["mbic"] is not None for s in unread) == 722
