"""Reported speech beyond "X said that …" (issue 3): one test per construction.

Every sentence here is written for the test. Each row names the construction, so a
failure says which rule broke. The sentences are ones that the small parser reads the
hard way (a gerund as xcomp, a "that"-clause as a relative clause, a set-off cue hung on
a noun), so each fails when its rule is removed. Two checks guard rules against
over-reach ("continued campaigning", "it is safe to say"), and the last ones the role
nouns merged into roles.toml.
"""

from __future__ import annotations

import pytest

from newsprism.extract.entities import load_roles
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import QuoteSpan, extract_quotes, load_lexicon


def quotes_of(text: str) -> list[QuoteSpan]:
    return extract_quotes(load_nlp()(text))


def parts_of(text: str, quote: QuoteSpan) -> list[str]:
    return [text[a:b] for a, b in quote.parts]


REPORTED = [
    # (construction, text, cue, content parts, speaker)
    ("gerund clause", "Luis Ortega said seeing so many firefighters at the march was a "
     "welcome sight.", "said", ["seeing so many firefighters at the march was a welcome sight"],
     "Luis Ortega"),
    ("topic preposition", "Mayor Tom Hale warned of a deep budget crisis next year.",
     "warned", ["a deep budget crisis"], "Tom Hale"),
    ("preposition of one verb", "A company spokeswoman declined to comment on the pending "
     "lawsuit.", "comment", ["the pending lawsuit"], None),
    ("question of a verb of asking", "The host asked the senator if he would run again.",
     "asked", ["if he would run again"], None),
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


def test_a_bare_participle_asks_on_behalf_of_no_one() -> None:
    text = "Asked whether she would run again, Senator Mary Cole smiled and left the room."
    [quote] = quotes_of(text)
    assert (quote.cue, quote.text) == ("Asked", "whether she would run again")
    # Mary Cole was asked; the asker is not named, so she is not the speaker
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (None, None, "none")


def test_a_passive_cue_without_an_agent_has_no_speaker() -> None:
    [quote] = quotes_of("The governor was asked about the flooding in the river towns.")
    assert (quote.cue, quote.text, quote.speaker) == (
        "asked", "the flooding in the river towns", None)  # fmt: skip


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


# --- direct quotes ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "“We will win the state,\" Miller said.",
    "\"We will win the state,” Miller said.",
])  # fmt: skip
def test_mixed_curly_and_straight_marks_pair(text: str) -> None:
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text, quote.speaker) == ("direct", "We will win the state", "Miller")


def test_an_inverted_name_the_tagger_missed_is_the_speaker() -> None:
    text = ("Bill Skelly, a data operative, vouched for both men. “Having the voter file is "
            "valuable,” said Skelly, explaining he worked with both men.")  # fmt: skip
    direct, explaining = quotes_of(text)
    assert (direct.kind, direct.speaker, direct.speaker_surface) == (
        "direct", "Bill Skelly", "Skelly")  # fmt: skip
    assert (explaining.text, explaining.speaker) == ("he worked with both men", "Bill Skelly")


def test_a_cue_with_its_own_clause_after_a_closed_quotation_is_not_its_cue() -> None:
    text = ("Martin O'Malley interjected: \"It's just not true.\" He said Clinton would not "
            "go far enough.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.kind, quote.cue, quote.text) == (
        "reported", "said", "Clinton would not go far enough")  # fmt: skip


def test_a_title_in_quotation_marks_inside_a_sentence_is_not_a_quote() -> None:
    text = ("In his new book, “Doomed to Fail,” and in an interview, Mr. Ross said the talks "
            "had collapsed.")  # fmt: skip
    [quote] = quotes_of(text)
    assert (quote.kind, quote.text) == ("reported", "the talks had collapsed")


# --- role nouns: one table in roles.toml ------------------------------------------------


def test_role_nouns_come_from_roles_toml() -> None:
    roles = load_roles()
    assert "spokeswoman" in roles.groups["spokesperson"]
    # a role listed without aliases is named by the nouns of its group
    assert roles.role_of("spokeswoman") is not None
    assert roles.role_of("spokeswoman").title == "spokesperson"  # type: ignore[union-attr]
    lexicon = load_lexicon()
    assert lexicon.roles["ambassador"] == frozenset({"diplomat"})
    assert {"lawyers", "spokesmen", "aides"} <= lexicon.offices


def test_a_lawyer_speaks_for_the_client() -> None:
    text = "Benjamin Netanyahu's lawyers said the case was closed."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Benjamin Netanyahu", "organisation")
    assert quote.speaker_surface == "Benjamin Netanyahu's lawyers"
