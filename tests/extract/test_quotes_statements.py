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


# --- a cue with only a noun phrase or a topic reports no statement -------------------


@pytest.mark.parametrize(("text", "cue"), [
    ("Gov. Ron DeSantis on Thursday declared a state of emergency in Miami-Dade County "
     "after the building collapsed.", "declared"),
    ("Holder announced his resignation on Monday.", "announced"),
    ("Smith was asked about his family's membership in the club by a reporter.", "asked"),
    ("The state's Democrats have demanded additional proof from the agency.", "demanded"),
    ("Senator Smith expressed deep concern.", "expressed"),  # a stance noun, but of nothing
])  # fmt: skip
def test_a_noun_phrase_or_a_topic_is_no_statement(text: str, cue: str) -> None:
    quote = only(quotes_of(text), cue)
    assert not quote.statement, quote
    assert quote.as_dict()["statement"] is False


@pytest.mark.parametrize(("text", "cue", "starting"), [
    ("Smith announced that he would resign on Monday.", "announced", "he would resign"),
    ("Smith repeated the claim that the vote was rigged.", "repeated", "the claim that"),
    ("He pledged “cooperation” toward shared objectives.", "pledged", "“cooperation”"),
    ("Smith vowed to fight on.", "vowed", "to fight on"),
    ("Brunner said many of the examples critics point to failed to note the jobs.", "said",
     "many of the examples"),
    # a position stated in a noun, with whose or on what it is
    ("Blinken warned Gallant of the dangers, reiterating the United States’ rejection of "
     "such a large-scale military operation.", "reiterating", "the United States’"),
    ("Ryan reiterated his support for Mr. Trump on Monday.", "reiterated", "his support"),
])  # fmt: skip
def test_a_clause_a_quotation_or_an_infinitive_is_a_statement(text: str, cue: str,
                                                              starting: str) -> None:  # fmt: skip
    assert only(quotes_of(text), cue, starting).statement


def test_the_answer_after_a_reported_question_does_not_continue_it() -> None:
    text = ("The first question at the press conference asked why she selected El Paso over "
            "the Rio Grande Valley.\n\n\"So first of all, what is happening here in El Paso "
            "is important.\"")  # fmt: skip
    question = only(quotes_of(text), "asked")
    assert question.text == "why she selected El Paso over the Rio Grande Valley"
    assert len(question.parts) == 1


# --- a cue that says the words were not (yet) said reports no statement --------------
# (session 17, docs/eval-quotes.md "Cues that say nothing was said")


@pytest.mark.parametrize(("text", "cue"), [
    # negated: nobody said the words
    ("Brown has not said what he will do about the seat.", "said"),
    ("Clinton did not explicitly say that Sanders was unqualified.", "say"),
    ("Sanders hasn't said whether he has a strategy for the convention.", "said"),
    # withheld: "declined / refused to"
    ("Cook declined to say whether it was a violation of Pentagon policy.", "say"),
    ("Trump refused to concede that the senator's backers would not vote for him.",
     "concede"),
    # not yet: a future cue
    ("Clinton will propose spending $2 billion a year on Alzheimer's research.", "propose"),
])  # fmt: skip
def test_a_negated_withheld_or_future_cue_is_no_statement(text: str, cue: str) -> None:
    quote = only(quotes_of(text), cue)
    assert not quote.statement, quote


@pytest.mark.parametrize("text", [
    "Patrick was asked whether he saw some of himself in Cowan.",
    "When asked to reflect on his years in office, Patrick smiled.",
    "Asked if he had met Trump, Adelson said, “He was very charming.”",
])  # fmt: skip
def test_a_question_put_to_someone_is_no_statement(text: str) -> None:
    question = only(quotes_of(text), next(w for w in ("asked", "Asked") if w in text))
    assert not question.statement, question


@pytest.mark.parametrize(("text", "cue", "starting"), [
    # the negation is inside the quotation: the words were said
    ("“I did not say that,” he said.", "said", "I did not say"),
    # a negated cue with a quotation of its own: the quoted words stand
    ("Rubio did not say “amnesty” was the answer, but he said “we must act.”", "say", ""),
    # a denial is a statement; a cue whose subject asks is the asker's question
    ("The spokesman denied that the campaign had paid for the trip.", "denied", ""),
    ("Reporters asked Whitehouse whether the club had admitted any minorities.", "asked",
     ""),
])  # fmt: skip
def test_words_said_stay_a_statement(text: str, cue: str, starting: str) -> None:
    quote = only(quotes_of(text), cue, starting)
    assert quote.statement, quote
