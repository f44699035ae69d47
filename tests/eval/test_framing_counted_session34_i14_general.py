"""eval framing's counted-flags rows (session 34): the layers the report shows in their
own tables (attribution verbs, hedges, scare quotes) are left out, the rest kept."""

from __future__ import annotations

from pathlib import Path

from newsprism.eval.framing_counted import COUNTED_LAYERS, COUNTED_SYSTEM, SET_APART, counted_kind
from tests.eval.test_framing_eval import _basil_pair, _rows, data  # noqa: F401 (fixture)

DEFAULT = "default (lexicon layers + detector)"


def _article(root: Path) -> Path:
    """One held-out BASIL article with a hedge, a verb of doubt, a scare quote and a
    lexicon label, the verb and the hedge inside an ``inf`` span, the label a ``lex`` one."""
    _basil_pair(root / "basil", "2014", "d_1", "nyt", [[
        "The council reportedly met on Tuesday.",
        "The treasurer claimed the budget was balanced.",
        "Residents called the new fee a 'tax' in letters.",
        "A so-called reform passed.",
    ]], [
        ("inf", "The council reportedly met on Tuesday.", 0),
        ("inf", "The treasurer claimed the budget was balanced.", 39),
        ("lex", "so-called", 137),
    ])  # fmt: skip
    return root


def test_counted_rows_leave_out_the_layers_shown_apart(tmp_path: Path) -> None:
    from newsprism.eval.framing import SPLITS, evaluate_framing

    rows = _rows(evaluate_framing(_article(tmp_path)))
    every = rows[(DEFAULT, "basil", SPLITS[1], "all")]
    counted = rows[(COUNTED_SYSTEM, "basil", SPLITS[1], "all")]
    apart = [rows[("+ affect cues (cues=True)", "basil", "all", f"category {name}")]["flagged"]
             for name in ("attribution", "hedge", "scare-quote")]  # fmt: skip
    assert all(apart), apart  # each device is flagged by the default output ...
    assert counted["flagged"] == every["flagged"] - sum(apart)  # ... and not counted here
    assert counted["found_any"] == every["found_any"] == 1  # "so-called" stays
    # the verb and the hedge touched their inf spans, the scare quote nothing
    hits = round(every["prec_bias"] * every["flagged"]) - 2
    assert round(counted["prec_bias"] * counted["flagged"]) == hits


def test_counted_rows_on_babe(data: Path) -> None:  # noqa: F811 (the fixture)
    from newsprism.eval.framing import evaluate_framing

    rows = _rows(evaluate_framing(data))
    counted = rows[(COUNTED_SYSTEM, "babe", "report part", "all")]
    every = rows[(DEFAULT, "babe", "report part", "all")]
    # "slammed" is a lexicon term and the detector's: counted as in the default row
    assert counted["word_r"] == every["word_r"] == 1.0
    assert counted["flagged"] <= every["flagged"]


def test_each_shipped_detector_has_its_counted_rows(data: Path) -> None:  # noqa: F811
    from newsprism.eval.framing import SPLITS, evaluate_framing
    from newsprism.eval.framing_variants import VARIANTS, variant_path
    from newsprism.extract.framing.detector import default_detector_path

    rows = _rows(evaluate_framing(data))
    configured = next(k for k in VARIANTS if variant_path(k) == default_detector_path())
    for label in VARIANTS:
        assert (f"{COUNTED_SYSTEM} [{label}]", "basil", SPLITS[1], "all") in rows
        assert (f"{COUNTED_SYSTEM} [{label}]", "babe", "report part", "all") in rows
    main = rows[(COUNTED_SYSTEM, "basil", SPLITS[0], "all")]
    mine = rows[(f"{COUNTED_SYSTEM} [{configured}]", "basil", SPLITS[0], "all")]
    assert {k: v for k, v in main.items() if k != "system"} == {
        k: v for k, v in mine.items() if k != "system"}


def test_counted_kind_keeps_terms_and_partial_quotes() -> None:
    assert counted_kind("label") and counted_kind("us-politics") and counted_kind("partial-quote")
    for kind in ("attribution", "hedge", "scare-quote", "cue", "loaded"):
        assert not counted_kind(kind), kind
    assert not SET_APART & COUNTED_LAYERS
