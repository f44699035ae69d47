"""scripts/recall_own_words.py: what differs between the two sentences of a missed pair
in the reporter's own words, and the surface keys it probes (session 33)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def own():
    """The module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import recall_own_words

    return recall_own_words


@pytest.fixture(scope="module")
def nlp():
    from newsprism.extract.nlp import load_nlp

    return load_nlp()


def _diff(own, nlp, a: str, b: str) -> str:
    return own.difference(nlp(a), nlp(b))


def test_one_number_in_other_words(own, nlp) -> None:
    assert _diff(own, nlp, "The harbour board hired three new pilots for the ferry.",
                 "The ferry service now has 3 more pilots on its staff.") \
        == "a number or date written differently"
    assert _diff(own, nlp, "The county set aside $12 million for the new bridge.",
                 "Officials put twelve million dollars toward the bridge.") \
        == "a number or date written differently"
    # the same number written the same way is no difference of form
    assert _diff(own, nlp, "The harbour board hired 3 new pilots for the ferry.",
                 "The ferry service now has 3 more pilots on its staff.") \
        != "a number or date written differently"


def test_other_numbers_are_not_one_number(own, nlp) -> None:
    assert _diff(own, nlp, "The orchestra played on Friday in the old mill.",
                 "The orchestra played on Sunday in the old mill.") \
        == "other numbers or dates"


def test_a_name_against_a_pronoun_subject(own, nlp) -> None:
    assert _diff(own, nlp, "Margaret Okafor opened the new library in the harbour town.",
                 "She cut the ribbon at the library's doors before the crowd.") \
        == "a name on one side, a role or pronoun on the other"


def test_one_sentence_adds_a_clause(own, nlp) -> None:
    assert _diff(own, nlp, "The council approved the harbour budget.",
                 "The council approved the harbour budget after a long night of debate over "
                 "ferry fares, pier repairs and the fishermen's winter dues.") \
        == "one adds a clause"


def test_other_verbs_for_one_act(own, nlp) -> None:
    assert _diff(own, nlp, "The baker quit the guild over its fees.",
                 "Members lost their longest-serving pastry maker, who walked away.") \
        == "word choice for one act"


def test_probe_keys(own, nlp) -> None:
    a = own.surface(nlp("Margaret Okafor opened 14 reading rooms in the harbour town."))
    b = own.surface(nlp("Margaret Okafor opened 14 rooms for readers near the pier."))
    keys = own.probe_keys(a, b, 0.12)
    assert "a number in common, score >= 0.05" in keys
    assert "the main verb in common, score >= 0.10" in keys
    assert "the subject's name in common, score >= 0.10" in keys
    assert "the subject's name in common, score >= 0.15" not in keys
    # a verb of saying is no act in common, and a year is no number in common
    c = own.surface(nlp("Okafor said in 2019 that the rooms were full."))
    d = own.surface(nlp("The mayor said in 2019 that reading was up."))
    assert own.probe_keys(c, d, 0.3) == []
