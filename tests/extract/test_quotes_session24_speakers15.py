"""Session 24, branch i12-speakers15 (docs/eval-quotes.md, "Session 24"), on real parses.

A phrase in marks hung on a verb of speaking about a thing ("dismissed … as", "spoken
of") is its subject's wording (``worded.Worded``): the Washington Examiner's "… but
dismissed the tactics as common and “part of the process.”" and the BBC's "Boris
Johnson has spoken of his shock and sadness at the loss of “one of the kindest” people"
(gold/speakers-neus3, NeuS raw rows 40 and 6) were quoted by no one. Guards, sentences
of the NeuS raw crawl: a passive ("comments that were labeled "disturbing" by critics",
row 481; "It was called “The Incompetence Dodge,”", row 146) and a subject that
resolves to no one give no quote of their own. The two rule tests fail on main.
"""

from __future__ import annotations

from tests.extract.quote_helpers import quotes_of

EXAMINER = ("President Joe Biden condemned activists cornering Arizona Sen. Kyrsten Sinema in "
            "a bathroom over the weekend and filming the encounter but dismissed the tactics "
            "as common and \"part of the process.\"")  # fmt: skip
BBC = ("Boris Johnson has spoken of his shock and sadness at the loss of \"one of the "
       "kindest\" people in politics.")  # fmt: skip


def _over(text: str, words: str):
    """The quotes whose text starts with ``words``."""
    return [q for q in quotes_of(text) if q.text.startswith(words)]


def test_dismissed_as_a_phrase_in_marks_is_the_subjects_wording() -> None:
    found = _over(EXAMINER, "part of the process")
    assert [(q.speaker, q.cue) for q in found] == [("Joe Biden", "dismissed")]


def test_spoken_of_a_phrase_in_marks_is_the_subjects_wording() -> None:
    found = _over(BBC, "one of the kindest")
    assert [(q.speaker, q.cue) for q in found] == [("Boris Johnson", "spoken")]


def test_a_passive_labeling_gives_no_quote() -> None:
    text = ("The outspoken actress and #MeToo advocate discussed being able to recognize a "
            "cult having grown up in one herself, in comments that were labeled "
            "\"disturbing\" by critics.")  # fmt: skip
    assert _over(text, "disturbing") == []
    text = ("It was called “The Incompetence Dodge,” and it argued that American "
            "policymakers and pundits routinely blamed failures on incompetence.")
    assert _over(text, "The Incompetence Dodge") == []


def test_a_subject_that_resolves_to_no_one_gives_no_quote() -> None:
    assert _over("They dismissed the tactics as common and \"part of the process.\"",
                 "part of the process") == []
