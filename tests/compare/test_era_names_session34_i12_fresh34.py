"""An "X-era" / "X-style" name counts as a name for the unique check's names test
(compare/era_names.py; docs/eval-compare.md "Session 34: a reader's pass over fresh
stories"), in words unlike the stories'."""

from __future__ import annotations

import pytest

import newsprism.compare.era_names as era_names
from newsprism.compare.era_names import compound_names
from newsprism.compare.unique import loose_test
from newsprism.models import Claim


@pytest.mark.parametrize(("text", "names"), [
    ("The board scrapped a Reagan-era tax rule on Monday.", {"era:reagan"}),
    ("Critics called it a Soviet-style purge of the ministry.", {"era:soviet"}),
    ("The Cold War–era treaty lapsed.", {"era:cold war"}),
    ("Iran-backed militias fired on the base.", set()),
    ("The era of Reagan ended in 1989.", set()),
    ("A post-era review followed.", set()),
    ("The Reagan-eraser was sold out.", set()),
])
def test_compound_names(text: str, names: set[str]) -> None:
    assert compound_names(text) == names


# two outlets' sentences on one repeal: one entity in common (the council), the period
# written only inside the compound in both
MINE = Claim("a1", "A", 0, "The city council has repealed a Reagan-era zoning code that let "
             "landlords evict tenants without a hearing.", organisations=["E1"])  # fmt: skip
THEIRS = Claim("b1", "B", 0, "Tenants will get a hearing before any eviction, the city council "
               "announced, repealing a Reagan-era zoning code.", organisations=["E1"])  # fmt: skip
OTHER_ERA = Claim("c1", "C", 0, "Tenants will get a hearing before any eviction, the city "
                  "council announced, repealing a Nixon-era zoning code.",
                  organisations=["E1"])  # fmt: skip
LEMMAS = {"a1": {"city", "council", "repeal", "reagan", "era", "zoning", "code", "landlord",
                 "evict", "tenant", "hearing"},
          "b1": {"tenant", "hearing", "eviction", "city", "council", "announce", "repeal",
                 "reagan", "era", "zoning", "code"},
          "c1": {"tenant", "hearing", "eviction", "city", "council", "announce", "repeal",
                 "nixon", "era", "zoning", "code"}}  # fmt: skip


def _test(a: Claim, b: Claim) -> str | None:
    return loose_test(a, b, LEMMAS[a.id], LEMMAS[b.id])


def test_one_era_written_in_both_is_a_second_name(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _test(MINE, THEIRS) == "names"
    monkeypatch.setattr(era_names, "ERA_NAMES_RULE", False)
    assert _test(MINE, THEIRS) != "names"


def test_two_different_eras_are_no_name_in_common() -> None:
    assert _test(MINE, OTHER_ERA) != "names"
