"""Step 4 of the quote extractor: who speaks (speakers.py, people.py).

Every sentence is written for the test; each is parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.entities import load_roles
from newsprism.extract.quotes import load_lexicon
from tests.extract.quote_helpers import quotes_of


def test_the_spokesman_is_the_last_person_with_that_title() -> None:
    text = ("State Department spokesman Matthew Miller spoke on Monday. Secretary of State "
            "Antony Blinken met Yoav Gallant later. The spokesman added that talks would "
            "continue.")  # fmt: skip
    [quote] = [q for q in quotes_of(text) if q.cue == "added"]
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        "Matthew Miller", "The spokesman", "role")  # fmt: skip
    assert text[quote.speaker_start : quote.speaker_end] == "Matthew Miller"


def test_he_continued_is_the_speaker_before() -> None:
    text = ("Matthew Miller told reporters, “We are confident.”\n\n"
            "He continued, “We believe this would be a mistake.”")  # fmt: skip
    first, second = quotes_of(text)
    assert second.cue == "continued" and second.kind == "direct"
    assert (second.speaker, second.resolved) == ("Matthew Miller", "pronoun")
    assert second.sentence_index > first.sentence_index


def test_a_pronoun_skips_a_person_of_the_other_gender() -> None:
    text = "Mr. Sam Jones met Ms. Ann Lee on Monday. She said that the deal was dead."
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.resolved) == ("Ann Lee", "pronoun")


def test_a_lone_statement_without_an_owner_has_no_speaker() -> None:
    [quote] = quotes_of("The statement added that the talks would go on.")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        None, "The statement", "none")  # fmt: skip


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


def test_an_inverted_name_the_tagger_missed_is_the_speaker() -> None:
    text = ("Bill Skelly, a data operative, vouched for both men. “Having the voter file is "
            "valuable,” said Skelly, explaining he worked with both men.")  # fmt: skip
    direct, explaining = quotes_of(text)
    assert (direct.kind, direct.speaker, direct.speaker_surface) == (
        "direct", "Bill Skelly", "Skelly")  # fmt: skip
    assert (explaining.text, explaining.speaker) == ("he worked with both men", "Bill Skelly")


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
