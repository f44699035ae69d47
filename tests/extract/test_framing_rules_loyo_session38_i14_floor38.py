"""Threshold rules and recipes judged leaving one BASIL year out (session 38): the floor
at the shipped pair's own share, the floor on flags touching a ``lex`` span, a pair per
outlet, each nested, and the gate the section wrote first."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def _cells(cells: dict[str, tuple[int, int, int, int]], gold: int = 10) -> dict:
    """(found, flags, touching, touching a lex span) per pair."""
    return {name: {"gold": gold, "found": f, "flags": n, "touching": t, "touching_lex": x}
            for name, (f, n, t, x) in cells.items()}  # fmt: skip


def _grid(year: str, cells: dict, outlets: dict | None = None) -> dict:
    return {"year": year, "model": "test", "cells": _cells(cells),
            "outlets": {o: _cells(c) for o, c in (outlets or {}).items()}}  # fmt: skip


SHIP = "0.5/0.65"


def test_the_floor_is_the_shipped_pairs_own_share_not_030() -> None:
    rules = _script("framing_rules_loyo")
    # the shipped pair touches 0.40 pooled; "low" finds most at 0.31 (passes a 0.30 floor),
    # "mid" finds more than the shipped pair at 0.40
    cells = {SHIP: (5, 20, 8, 4), "low": (9, 100, 31, 10), "mid": (6, 20, 8, 4)}
    tables = [_cells(cells), _cells(cells)]
    assert rules.choose("floor30", tables) == "low"
    assert rules.choose("own", tables) == "mid"
    assert rules.choose("fixed", tables) == SHIP


def test_the_lex_floor_reads_flags_touching_a_lex_span_only() -> None:
    rules = _script("framing_rules_loyo")
    # "inf" keeps the share touching any span but touches lex spans less than the shipped pair
    cells = {SHIP: (5, 20, 8, 4), "inf": (7, 20, 8, 2), "lexy": (6, 20, 6, 5)}
    tables = [_cells(cells)]
    assert rules.choose("own", tables) == "inf"
    assert rules.choose("lex", tables) == "lexy"


def test_each_year_is_scored_at_a_pair_chosen_without_it() -> None:
    rules = _script("framing_rules_loyo")
    # 2012 alone would choose "a"; 2010 + 2011 choose "b"
    other = {SHIP: (1, 10, 3, 1), "a": (1, 10, 1, 0), "b": (5, 10, 5, 3)}
    grids = [_grid("2010", other), _grid("2011", other),
             _grid("2012", {SHIP: (1, 10, 3, 1), "a": (9, 10, 9, 9), "b": (2, 10, 4, 1)})]
    rows = rules.nested("own", grids)
    assert [r["pair"] for r in rows][2] == "b" and rows[2]["found"] == 2


def test_a_pair_per_outlet_is_chosen_on_that_outlets_articles() -> None:
    rules = _script("framing_rules_loyo")
    fox = {SHIP: (1, 10, 3, 1), "a": (4, 10, 4, 2), "b": (1, 10, 1, 0)}
    nyt = {SHIP: (1, 10, 3, 1), "a": (1, 10, 1, 0), "b": (4, 10, 4, 2)}
    whole = {SHIP: (2, 20, 6, 2), "a": (5, 20, 5, 2), "b": (5, 20, 5, 2)}
    grids = [_grid(y, whole, {"fox": fox, "nyt": nyt}) for y in ("2010", "2011")]
    counts, names = rules.year_counts("outlet", grids[:1], grids[1])
    assert names == "fox a, nyt b" and counts["found"] == 8 and counts["flags"] == 20


def test_the_gate_needs_every_years_share_the_mean_recall_and_babe() -> None:
    rules = _script("framing_rules_loyo")
    year = {"gold": 10, "found": 6, "flags": 10, "touching": 3, "touching_lex": 1,
            "share": 0.3, "share_lex": 0.1}  # fmt: skip
    low = year | {"touching": 2, "share": 0.2}
    assert rules.gate([year, year], 0.76)["passes"]
    assert not rules.gate([year, low], 0.76)["passes"]  # one year under 0.30
    assert not rules.gate([year, year], 0.74)["passes"]  # BABE under 0.75
    assert not rules.gate([year | {"found": 3}, year], 0.76)["passes"]  # mean recall 0.45


def test_the_winner_is_the_highest_lex_share_of_those_that_pass() -> None:
    rules = _script("framing_rules_loyo")
    a = {"passes": True, "pooled": {"share_lex": 0.12, "found": 50}, "recipe": "a"}
    b = {"passes": True, "pooled": {"share_lex": 0.15, "found": 40}, "recipe": "b"}
    c = {"passes": False, "pooled": {"share_lex": 0.30, "found": 90}, "recipe": "c"}
    assert rules.winner([a, b, c])["recipe"] == "b"
    assert rules.winner([c]) is None
