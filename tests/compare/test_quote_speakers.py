"""Quote speakers in a story's comparison (issue 12): an unnamed source stays unnamed.

The story links each quote's speaker to one of its entities; an unnamed spokesman or
aide must not be linked to the named person they speak for (the issue's "an unnamed
spokesman merged into a named one"). Real parse, real entity merging, real compare.
"""

from __future__ import annotations

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article


def test_an_unnamed_spokesman_is_not_linked_to_the_person_he_speaks_for() -> None:
    first = gold_article("a", "Senator Harry Reid met colleagues on Monday.\n\nA spokesman "
                         "for Harry Reid said the vote would be held next week.",
                         outlet="one")  # fmt: skip
    second = gold_article("b", "Harry Reid said the Senate would vote next week.\n\nAn aide "
                          "to Harry Reid said the delay was routine.", outlet="two")  # fmt: skip
    quotes = {q.text: q for q in analyze_story([first, second]).quotes}
    reid = quotes["the Senate would vote next week"]
    assert reid.speaker == "Harry Reid" and reid.speaker_entity_id is not None
    spokesman = quotes["the vote would be held next week"]
    assert (spokesman.speaker, spokesman.speaker_entity_id) == ("a spokesman for Harry Reid",
                                                                None)  # fmt: skip
    aide = quotes["the delay was routine"]
    assert (aide.speaker, aide.speaker_entity_id) == ("an aide to Harry Reid", None)
