"""Session 37 (i12-recall37): one passage printed with a curly apostrophe by one outlet and
a straight one by another is one passage (compare/passages.py, ``APOSTROPHES_AS_ONE``).
Sentences of BASIL 3db93526 (Perry's "Strong" ad: NYT prints "I’ll", the other two "I'll";
the eight words "as president I'll end Obama's war on religion" are the whole run both
print), the real parser."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import passages as passages_mod
from newsprism.compare.pairs import pair_features
from newsprism.compare.passages import passages
from tests.compare.profile_helpers import first_claim_profiles

NYT = "“As president, I’ll end Obama’s war on religion,” Mr. Perry says in the ad."
AD = "As President, I'll end Obama's war on religion."  # the ad's words, printed alone


def test_the_two_apostrophes_are_one_word() -> None:
    curly = "and i’ll fight against liberal attacks on our religious heritage".split()
    straight = "and i'll fight against liberal attacks on our religious heritage".split()
    assert passages(curly) == passages(straight) != set()


def test_two_typefaces_link_as_one_passage() -> None:
    assert passages_mod.APOSTROPHES_AS_ONE
    units = first_claim_profiles(NYT, AD)
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32))
    assert features["shared_passage"][0, 1] == 1.0


def test_switched_off_they_are_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passages_mod, "APOSTROPHES_AS_ONE", False)
    units = first_claim_profiles(NYT, AD)
    features = pair_features(units, np.zeros((2, 8), dtype=np.float32))
    assert features["shared_passage"][0, 1] == 0.0
