"""The rest check of a partly shared member (compare/rest_check.py): another outlet's
sentence matched to the member whole is said to state the rest only when the units'
same-fact decision backs it; else the reports say only what is shared."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from newsprism.compare.rest_check import rest_elsewhere
from newsprism.compare.units import UNIT_THRESHOLD
from newsprism.report.partly_view import part_note

# Sentence 0 ("The ferry operator cut three routes | and raised winter fares by a
# fifth"): the part is chars 0–30, the rest 31–70. Sentence 1 is of another outlet and
# is the same fact as sentence 0 whole; sentence 2 is a third outlet's.
PART = (0, 30)


def _unit(*offsets: int) -> SimpleNamespace:
    return SimpleNamespace(tokens=[SimpleNamespace(idx=o, i=o) for o in offsets], borrowed=set())


class _Reading(SimpleNamespace):
    """Stands in for a UnitReading: one part unit and one rest unit of sentence 0, and
    the probability of each against sentences 1 and 2 (rows: units; columns: owners)."""

    def __init__(self, part_p: tuple[float, float], rest_p: tuple[float, float]) -> None:
        owners = [(0, _unit(0, 10, 20)), (0, _unit(35, 50, 60)), (1, None), (2, None)]
        matrix = np.zeros((4, 4), dtype=np.float32)
        matrix[0, 2:], matrix[1, 2:] = part_p, rest_p
        super().__init__(pool=SimpleNamespace(owners=owners), unit_threshold=UNIT_THRESHOLD,
                         _rest_matrix=(matrix, np.array([s for s, _ in owners])))

    def rest_links(self, i: int, part: tuple[int, int], whole: bool = True) -> dict[int, str]:
        matrix, owner = self._rest_matrix
        found = {1: "sentence"} if whole else {}
        for j in owner[matrix[1] >= self.unit_threshold].tolist():
            found.setdefault(int(j), "unit")
        return found


def test_a_fellow_member_matched_whole_through_the_part_does_not_state_the_rest() -> None:
    # sentence 1 states the route cuts (the part) and nothing of the fares
    stated, unchecked = rest_elsewhere(_Reading((0.9, 0.0), (0.1, 0.0)), 0, PART, {0, 1})
    assert stated == {} and unchecked == [1]


def test_a_rest_unit_the_same_fact_as_their_sentence_backs_the_whole_link() -> None:
    stated, unchecked = rest_elsewhere(_Reading((0.9, 0.0), (0.8, 0.7)), 0, PART, {0, 1})
    assert stated == {1: "sentence", 2: "unit"} and unchecked == []


def test_a_whole_link_outside_the_fact_that_the_part_does_not_reach_stands() -> None:
    # sentence 1 is not a member and no part unit reaches it: the match is the rest's
    stated, unchecked = rest_elsewhere(_Reading((0.2, 0.0), (0.1, 0.0)), 0, PART, {0, 2})
    assert stated == {1: "sentence"} and unchecked == []
    # the part reaching it leaves the match unexplained again
    stated, unchecked = rest_elsewhere(_Reading((0.6, 0.0), (0.1, 0.0)), 0, PART, {0, 2})
    assert stated == {} and unchecked == [1]


EVIDENCE = {"claim_id": "ferry:c1", "shared_part": {"text": "The ferry operator cut three routes"}}


def test_the_note_of_an_unchecked_rest_says_only_what_is_shared() -> None:
    item = {**EVIDENCE, "whole_match_in": [{"article_id": "isle", "claim_id": "isle:c1"}]}
    rests = {("F2", "ferry:c1"): "F5"}
    note = part_note("F2", item, "Harbour Gazette", rests, {"isle": "Isle News"})
    assert note == ("shared: only “The ferry operator cut three routes” "
                    "(the rest of the sentence: F5)")
    assert "also stated" not in note and "own" not in note


def test_the_note_of_a_checked_rest_names_who_states_it_or_calls_it_own() -> None:
    item = {**EVIDENCE, "rest_also_in": [{"article_id": "isle", "claim_id": "isle:c1",
                                          "through": "sentence"}]}  # fmt: skip
    note = part_note("F2", item, "Harbour Gazette", {}, {"isle": "Isle News"})
    assert note.endswith("the rest of the sentence is also stated by Isle News")
    assert part_note("F2", EVIDENCE, "Harbour Gazette", {}).endswith("Harbour Gazette's own")
