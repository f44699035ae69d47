"""A subject named by its title with the name in apposition is the subject named by the
name (session 33, compare/opening_event.py's ``_who``; NeuS r62: "The governor of New
York, Kathy Hochul, is considering …" / "New York Governor Kathy Hochul is considering
…"). Another person, or a name that is not in apposition, is another subject."""

from __future__ import annotations

import pytest

from newsprism.compare import opening_event
from newsprism.compare.opening_event import core_event, same_event

TITLED = ("The mayor of Dunmere, Alva Roskin, on Thursday closed the Old Mill bridge "
          "to lorries.")
NAMED = "Dunmere Mayor Alva Roskin on Thursday closed the Old Mill bridge to lorries."
OTHER = ("The mayor of Dunmere, Alva Roskin, said Thursday that her deputy, Ned Brill, "
         "closed the Old Mill bridge to lorries.")
DEPUTY = "Deputy mayor Ned Brill on Thursday closed the Old Mill bridge to lorries."
ANOTHER = ("The mayor of Carrow, Tilde Fenn, on Thursday closed the Old Mill bridge "
           "to lorries.")


def _same(line: str, other: str) -> bool:
    one, two = core_event(line), core_event(other)
    assert one is not None and two is not None
    return same_event(one, two, same_act=False)


def test_a_title_with_its_name_in_apposition_is_that_name() -> None:
    assert _same(TITLED, NAMED) and _same(NAMED, TITLED)


@pytest.mark.parametrize("other", [DEPUTY, ANOTHER])
def test_another_person_is_another_subject(other: str) -> None:
    assert not _same(NAMED, other)
    assert not _same(TITLED, other)


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening_event, "APPOSITIVE_RULE", False)
    assert not _same(TITLED, NAMED)
