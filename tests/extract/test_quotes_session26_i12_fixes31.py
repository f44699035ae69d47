"""Session 26, i12-fixes31: a statement is never given to a source that says the
opposite ("the draft report failed to show that the election was “stolen”", NeuS raw
row 66), through the real parser."""

from __future__ import annotations

import pytest

from newsprism.extract.framing.described import describer
from newsprism.extract.framing.findings import finder
from newsprism.extract.nlp import load_nlp
from tests.extract.quote_helpers import quotes_of


@pytest.mark.parametrize("text", [
    "Not only did the draft report fail to show that the election was “stolen”...",
    "The audit failed to find that the election was “stolen”.",
    "The review failed to prove that fraud occurred in the county.",
    "The audit did not manage to show that fraud occurred in the county.",
    "The senator failed to mention that the bill was “dead”.",
])  # fmt: skip
def test_what_a_source_failed_to_show_is_not_its_statement(text: str) -> None:
    assert [(q.speaker, q.text) for q in quotes_of(text)] == []


def test_a_managed_statement_and_a_later_one_stay() -> None:
    found = quotes_of("He failed to say that he had resigned, but he did say that he "
                      "was “tired”.")  # fmt: skip
    assert [(q.cue, q.text) for q in found] == [("say", "he was “tired”")]
    [quote] = quotes_of("Mr. Cole managed to say that the bill was dead.")
    assert quote.text == "the bill was dead"


@pytest.mark.parametrize(("text", "owner"), [
    ("The audit found the vote “rigged”.", "audit"),
    ("The audit did not find the vote “rigged”.", None),
    ("The audit failed to show that the vote was “rigged”.", None),
])  # fmt: skip
def test_a_word_a_report_did_not_find_is_not_the_reports(text: str, owner: str | None
                                                         ) -> None:
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == "rigged")
    assert finder(doc, at) == owner


@pytest.mark.parametrize(("text", "word", "owner"), [
    # the Hill, NeuS raw row 66: the second object parted from the first by a clause
    ("In a statement, the former president called the audit report, which is slated for "
     "release Friday afternoon, a political bombshell that “has uncovered evidence.”",
     "bombshell", "former president"),
    ("Trump branded the report, which was released on Friday, a disgraceful hoax that "
     "hurt him.", "disgraceful", "Trump"),
    ("Trump dubbed the audit a bombshell.", "bombshell", "Trump"),
    # not a naming verb, or an apposition the outlet adds: the outlet's word
    ("Trump attacked the report, which was released Friday, a bombshell.", "bombshell",
     None),
    ("Trump called Smith, a radical senator, on Monday.", "radical", None),
])  # fmt: skip
def test_a_word_in_x_called_y_a_z_is_xs(text: str, word: str, owner: str | None) -> None:
    doc = load_nlp()(text)
    at = next(t.i for t in doc if t.text == word)
    assert describer(doc, at, lambda _: None) == owner


@pytest.mark.parametrize(("text", "speaker"), [
    ("Officials signaled that the talks would resume next week.", "Officials"),
    ("The Fed signaled that rates would rise.", "Fed"),
])  # fmt: skip
def test_a_person_or_body_signals(text: str, speaker: str) -> None:
    [quote] = quotes_of(text)
    assert (quote.cue, quote.speaker) == ("signaled", speaker)


@pytest.mark.parametrize("text", [
    # Bloomberg, NeuS raw row 51: a figure "signaling that" is nobody's statement
    "In 47 states, a measure of average new infections is below the key level of 1, "
    "signaling that cases are expected to decline.",
    "The figure signaled that the economy was slowing.",
])  # fmt: skip
def test_a_thing_that_signals_says_nothing(text: str) -> None:
    assert [q.cue for q in quotes_of(text)] == []


def test_a_trailing_relay_is_not_content() -> None:
    # HuffPost, NeuS raw row 66: ", the Arizona Republic first reported Thursday"
    found = quotes_of("A draft report of a partisan audit commissioned by Arizona state "
                      "Senate Republicans confirms President Joe Biden’s win over Donald "
                      "Trump in Maricopa County, the Arizona Republic first reported "
                      "Thursday.")  # fmt: skip
    confirms = [q for q in found if q.cue == "confirms"]
    assert [q.text for q in confirms] == [
        "President Joe Biden’s win over Donald Trump in Maricopa County"]


def test_a_relay_with_a_clause_of_its_own_stays() -> None:
    [quote] = quotes_of("The senator said the bill, which the Post reported, would pass.")
    assert quote.text == "the bill, which the Post reported, would pass"
