"""Step 3 of the quote extractor: what a speech verb reports (content.py).

Reported speech beyond "X said that …" (issue 3): one test per construction.

Every sentence here is written for the test. Each row names the construction, so a
failure says which rule broke. The sentences are ones that the small parser reads the
hard way (a gerund as xcomp, a "that"-clause as a relative clause, a set-off cue hung on
a noun), so each fails when its rule is removed. Two checks guard rules against
over-reach ("continued campaigning", "it is safe to say"), and the last ones the role
nouns merged into roles.toml.
"""

from __future__ import annotations

import pytest

from tests.extract.quote_helpers import parts_of, quotes_of

REPORTED = [
    # (construction, text, cue, content parts, speaker)
    ("gerund clause", "Luis Ortega said seeing so many firefighters at the march was a "
     "welcome sight.", "said", ["seeing so many firefighters at the march was a welcome sight"],
     "Luis Ortega"),
    ("topic preposition", "Mayor Tom Hale warned of a deep budget crisis next year.",
     "warned", ["a deep budget crisis"], "Tom Hale"),
    ("preposition of one verb", "A company spokeswoman declined to comment on the pending "
     "lawsuit.", "comment", ["the pending lawsuit"], "a company spokeswoman"),
    # "host" is a person noun of [speakers] people since session 17 (branch
    # i12-speakers7): a definite one is shown as written, as "the doctor" is
    ("question of a verb of asking", "The host asked the senator if he would run again.",
     "asked", ["if he would run again"], "the host"),
    ("that-clause hung on a phrase", "The mayor said in the first of several radio "
     "interviews that the bridge was unsafe.", "said", ["the bridge was unsafe"], None),
    ("cue set off by commas", "The new tariffs on steel, the minister added, amount to a "
     "tax on builders.", "added", ["The new tariffs on steel", "amount to a tax on builders"],
     None),
    ("block after a colon", "In a statement, the mayor wrote:\n\nThe city will not close "
     "the library this year.\n\nThe council met later.", "wrote",
     ["The city will not close the library this year."], None),
    ("speech noun with a clause", "Voters were angered by Donald Trump's claim that the "
     "election was rigged.", "claim", ["the election was rigged"], "Donald Trump"),
    ("subject lost to a long appositive", "At Pine Ridge, where the annual dues top $20,000, "
     "Carla Mendes, the resort's longtime owner and manager, argued that the slump could be "
     "blamed on the weather.", "argued", ["the slump could be blamed on the weather"],
     "Carla Mendes"),
    ("paraphrase continued by a quotation", "Golf clubs are ''barely scraping by,'' Mr. "
     "Hedge said. ''Golf is a thin business.''", "said",
     ["Golf clubs are ''barely scraping by,''", "Golf is a thin business."], "Hedge"),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "text", "cue", "content", "speaker"), REPORTED)
def test_reported_speech_constructions(
    construction: str, text: str, cue: str, content: list[str], speaker: str | None
) -> None:
    found = [q for q in quotes_of(text) if q.cue == cue]
    assert len(found) == 1, (construction, [(q.cue, q.text) for q in quotes_of(text)])
    [quote] = found
    assert quote.kind == "reported"
    assert parts_of(text, quote) == content
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "cue", "content", "speaker", "resolved"), [
    ("John Kasich said that the race would be close.", "said", "the race would be close",
     "John Kasich", "name"),
    ("The race will be tight, Dan Gerstein said Tuesday.", "said", "The race will be tight",
     "Dan Gerstein", "name"),
    ("Press secretary Karine Jean-Pierre told reporters the talks had stalled.",
     "told reporters", "the talks had stalled", "Karine Jean-Pierre", "name"),
    ("The company said in a statement that it would appeal the ruling.", "said in a statement",
     "it would appeal the ruling", None, "none"),
    ("According to the Associated Press, Clinton leads by 200 delegates.", "According to",
     "Clinton leads by 200 delegates", "Associated Press", "organisation"),
    ("Clinton leads by 200 delegates, according to the Associated Press.", "according to",
     "Clinton leads by 200 delegates", "Associated Press", "organisation"),
    ("Donald Trump was quoted as saying that the election is rigged.", "was quoted as saying",
     "the election is rigged", "Donald Trump", "name"),
    ("A statement from Benjamin Netanyahu's office said the delegation would not travel.",
     "said", "the delegation would not travel", "Benjamin Netanyahu", "organisation"),
])  # fmt: skip
def test_reported_speech(text: str, cue: str, content: str, speaker: str | None,
                         resolved: str) -> None:  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == cue]
    assert quote.kind == "reported"
    assert quote.text == content
    assert text[quote.start : quote.end] == content
    assert (quote.speaker, quote.resolved) == (speaker, resolved)


def test_the_speakers_next_statement_ends_the_clause() -> None:
    text = ("Dana Reyes said the new schedule had been confusing, noting the complaints from "
            "parents in March.")  # fmt: skip
    said, noting = quotes_of(text)
    assert (said.cue, said.text) == ("said", "the new schedule had been confusing")
    assert (noting.cue, noting.text) == ("noting", "the complaints from parents in March")
    # the parse hangs "noting" on "confusing", but the one who notes is the one who said
    assert said.speaker == noting.speaker == "Dana Reyes"


def test_a_report_inside_a_statement_is_part_of_it() -> None:
    text = "Matthew Miller said Blinken reiterated the support of the United States for Israel."
    [quote] = quotes_of(text)
    assert quote.cue == "said" and quote.speaker == "Matthew Miller"
    assert quote.text == "Blinken reiterated the support of the United States for Israel"


def test_an_aspectual_verb_is_not_speech() -> None:
    assert quotes_of("The senator continued campaigning in Ohio on Monday.") == []


def test_it_is_safe_to_say_is_no_statement() -> None:
    assert quotes_of("It is safe to say the plan failed.") == []


@pytest.mark.parametrize(("text", "content"), [
    ("Mr. Cole denied that they authorized the payments.",
     "denied that they authorized the payments"),
    ("The senator did not say that the bill would pass.",
     "did not say that the bill would pass"),
    ("Mr. Cole never said the vote was rigged.", "never said the vote was rigged"),
    # a quotation a denial reports is not the speaker's direct quote
    ("Mr. Cole denied that “we authorized it.”", "denied that “we authorized it.”"),
])  # fmt: skip
def test_a_denial_keeps_its_negation(text: str, content: str) -> None:
    # "he denied that they authorized …" must never read as "they authorized …"
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text) == ("reported", content)
    assert text[quote.start : quote.end] == content


def test_an_affirmed_statement_is_unchanged() -> None:
    [quote] = quotes_of("Mr. Cole said that they authorized the payments.")
    assert quote.text == "they authorized the payments"
