"""A cue makes a quote only when it introduces a statement; a question is its asker's.

Issues 12 and 14, session 14 (docs/eval-quotes.md, "Cues that introduce no
statement"). Real spaCy parses, one sentence each.
"""

from __future__ import annotations

import pytest

from tests.extract.quote_helpers import only, quotes_of

# --- the one asked is never the speaker of the question ------------------------------


@pytest.mark.parametrize("text", [
    # "asked" parsed as a conjunct of "interviewed": the interviewer asks, not Whitehouse
    "The paper interviewed Whitehouse on Friday in Pawtucket and when asked if the private "
    "club had admitted any minorities since 2017, Whitehouse said, “I am sorry it hasn't "
    "happened yet.”",
    "When asked if he would run again, Whitehouse said he had not decided.",
    "Whitehouse was asked whether the club had admitted any minorities.",
])  # fmt: skip
def test_the_one_asked_is_never_the_speaker_of_the_question(text: str) -> None:
    question = only(quotes_of(text), "asked")
    assert question.speaker is None, question
    assert question.speaker_surface is None


def test_the_asker_is_the_speaker_of_the_question() -> None:
    question = only(quotes_of("Reporters asked Whitehouse whether the club had admitted "
                              "any minorities."), "asked")  # fmt: skip
    assert question.speaker == "Reporters"
    assert question.text == "whether the club had admitted any minorities"


def test_the_answer_after_the_question_stays_the_answerers() -> None:
    found = quotes_of("The paper interviewed Whitehouse on Friday and when asked if the "
                      "club had admitted any minorities, Whitehouse said, “I am sorry it "
                      "hasn't happened yet.”")  # fmt: skip
    answer = only(found, "said")
    assert answer.speaker == "Whitehouse"
    assert answer.text.startswith("I am sorry")
