"""Session 37 (i12-reader37): the first half of a cut sentence the parser split inside
a list is no claim (docs/eval-compare.md, "Session 37: a reader's pass"). Through the
real parse and ``extract_claims``."""

from __future__ import annotations

import pytest

from newsprism.extract import cut_lists
from newsprism.extract.claims import extract_claims
from newsprism.extract.nlp import load_nlp

LEAD = "The council voted 9-4 on Tuesday to open the harbour to cruise ships again.\n\n"
LIST = ("Democratic Reps. Ann Lowe (Ore.), Bill Marsh (Nev.), Carla Diaz (Ariz.), "
        "Dora Fry (N.M.) Earl Gunn (Utah) and House Minority Leader Fay Holt (Ky.)...")
WHOLE = ("The members who voted for it were led by Ann Lowe of Oregon and Bill Marsh. "
         "Carla Diaz of Arizona and House Minority Leader Fay Holt (Ky.)...")


def _claims(text: str) -> list[str]:
    return [c.text for c in extract_claims(load_nlp()(text), "a", [])]


def test_the_lists_first_half_before_the_cut_is_no_claim() -> None:
    assert _claims(LEAD + LIST) == [LEAD.strip()]


def test_switch_off_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cut_lists, "CUT_LIST_RULE", False)
    assert len(_claims(LEAD + LIST)) == 2


def test_a_sentence_with_a_verb_before_the_cut_stays() -> None:
    claims = _claims(LEAD + WHOLE)
    assert claims[-1].startswith("The members who voted for it")
