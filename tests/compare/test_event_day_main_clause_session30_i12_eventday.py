"""The ``event_day`` link reads only nouns of a sentence's own statement (session 30):
a noun under a relative clause, a participle or an adverbial clause names background."""

from __future__ import annotations

from newsprism.compare.event_day import dated_nouns, event_day
from newsprism.extract.nlp import load_nlp


def _dated(text: str) -> set[str]:
    return dated_nouns(list(load_nlp()(text))).dated


def _link(first: str, second: str) -> bool:
    found = [dated_nouns(list(load_nlp()(t))) for t in (first, second)]
    empty = [set(), set()]
    return bool(event_day(found, ["a", "b"], empty, empty, empty, [False, False])[0, 1])


def test_a_noun_under_a_participle_or_relative_clause_is_background() -> None:
    # the day names the flood; neither sentence states anything the flood did that day
    assert "flood" not in _dated("Council members want to block a plan creating an inquiry "
                                 "into the March 4 flood in the valley.")
    assert "storm" not in _dated("Crews that cleared roads after the Friday storm asked the "
                                 "county for overtime pay.")
    assert not _link("Council members want to block a plan creating an inquiry into the "
                     "March 4 flood in the valley.",
                     "Engineers who studied the March 4 flood published their findings.")


def test_a_noun_of_the_statement_itself_is_still_dated() -> None:
    # the root's own object, a reported clause's object, a controlled verb's object,
    # a verb coordinated with the root
    assert "ordinance" in _dated("The mayor vetoed the ordinance on Friday.")
    assert "ordinance" in _dated("The mayor said Friday she would veto the ordinance.")
    assert "hearing" in _dated("The judge moved to schedule the hearing for Thursday.")
    assert "merger" in _dated("The board met and on Friday approved the merger.")
    assert _link("The mayor said Friday she would veto the ordinance.",
                 "The ordinance was vetoed by the mayor on Friday.")


def test_a_day_that_only_names_a_thing_in_both_does_not_link() -> None:
    # "the Dec. 2 blaze" names the blaze in both; each sentence states another act of it
    first = "Firefighters blamed the Dec. 2 blaze on faulty wiring."
    second = "The insurer paid the owners for the Dec. 2 blaze."
    assert "blaze" in _dated(first) and "blaze" in _dated(second)
    assert not _link(first, second)


def test_a_day_that_dates_a_verb_on_one_side_is_enough() -> None:
    found = dated_nouns(list(load_nlp()("The council will hold a Tuesday vote on the levy.")))
    assert found.days == {"tuesday"} and not found.acts  # the day hangs on the noun
    assert dated_nouns(list(load_nlp()("A vote on the levy was called for Tuesday."))).acts == {
        "tuesday"}  # fmt: skip
    assert _link("The council will hold a Tuesday vote on the levy.",
                 "A vote on the levy was called for Tuesday.")
