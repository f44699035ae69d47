"""scripts/sparse_stream.py's ``c:`` settings and scripts/event_cue.py's table (session 36,
the same-event join): the fields a setting sets, and the cues' counts on written rows."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.cluster.model import load_model
from tests.script_modules import script_module

sparse_stream = script_module("sparse_stream")
event_cue = script_module("event_cue")


def test_a_cue_setting_sets_its_fields_and_combines_with_another() -> None:
    packaged = load_model()
    model = sparse_stream.variant("c:0.075:1")
    assert (model.cue_floor, model.cue_size, model.cue_day_live, model.cue_best) == (
        0.075, 1, 0, False)
    assert model.weights == packaged.weights and model.density_slope == packaged.density_slope
    model = sparse_stream.variant("c:0.1:2:40:best")
    assert (model.cue_floor, model.cue_size, model.cue_day_live, model.cue_best) == (
        0.1, 2, 40, True)
    both = sparse_stream.variant("c:0.075:1+d:1.0:3:0.025")
    assert both.cue_floor == 0.075 and both.density_slope == 1.0


def test_the_table_counts_right_pairs_and_the_best_pair_per_article(tmp_path: Path,
                                                                      capsys) -> None:
    def row(article: str, p: float, right: bool, days: list[str], size: int = 1) -> dict:
        return {"article": article, "story": "s", "p": p, "rank": 0, "size": size,
                "right": right, "numbers": [], "days": days, "absolute": [], "relative": days,
                "quotes": [], "names1": [], "names2": [], "names3": [],
                "founder_days": days, "day_live": 1 if days else None, "numbers_both": False}
    rows = [row("a", 0.12, True, ["2024-05-07"]), row("a", 0.06, False, ["2024-05-07"]),
            row("b", 0.08, False, [], size=2)]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    event_cue.table([path])
    out = capsys.readouterr().out
    assert f"{'any pair':24s} pairs    1/   3  best    1/   2" in out  # article a's best: right
    assert f"{'date':24s} pairs    1/   2  best    1/   1" in out
