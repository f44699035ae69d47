"""Session 38 (i12-reader38): two entity rows a reader found wrong on NeuS raw row 446
(The Hill): "Hill" (PERSON) of "In an interview with The Hill", and "De Haan" as a
person of its own beside "Gasbuddy analyst Patrick De Haan". Real parses."""

from __future__ import annotations

import pytest

from newsprism.extract import surname_particles, type_context
from tests.extract.test_place_heads import _rows

HILL = ("As of Tuesday afternoon, nearly 8 percent of Virginia gas stations were without "
        "fuel, according to Gasbuddy analyst Patrick De Haan.\n\nIn an interview with The "
        "Hill on Monday, De Haan predicted that parts of the Southeast were likely to be at "
        "risk.")


def test_the_outlet_after_its_the_is_no_person() -> None:
    rows = _rows({"a": HILL})
    assert rows.get("Hill", ("ORG",))[0] != "PERSON"


def test_a_surname_with_its_particle_joins_the_full_name() -> None:
    rows = _rows({"a": HILL})
    assert "De Haan" not in rows
    assert "De Haan" in rows["Patrick De Haan"][1]


def test_the_short_form_first_joins_too() -> None:
    rows = _rows({"a": "In an interview on Monday, De Haan predicted more outages.",
                  "b": "Gasbuddy analyst Patrick De Haan said prices rose."})
    assert "De Haan" not in rows
    assert rows["Patrick De Haan"][1] == ["Patrick De Haan", "De Haan"]


@pytest.mark.parametrize(("given", "other", "same"), [
    ("de", "patrick de", True),
    ("patrick de", "de", True),
    ("van", "chris van", True),
    ("patrick de", "anne de", False),
    ("de", "van", False),
    ("jean", "jean de", False),
])
def test_particle_surname(given: str, other: str, same: bool) -> None:
    assert surname_particles.particle_surname(given, other) is same


def test_two_people_of_one_particle_surname_stay_apart() -> None:
    rows = _rows({"a": "Patrick De Haan and Anne De Haan spoke. De Haan said more."})
    assert "Patrick De Haan" in rows and "Anne De Haan" in rows


def test_switches_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(surname_particles, "PARTICLE_RULE", False)
    monkeypatch.setattr(type_context, "THE_OUTLET_RULE", False)
    rows = _rows({"a": HILL})
    assert rows["Hill"][0] == "PERSON"
    assert "De Haan" in rows
