"""Quotes and speakers end to end (issue 3): the seeds as a careful reader annotates them.

Each step has its own tests: test_quotes_marks.py, test_quotes_cues.py,
test_quotes_content.py, test_quotes_speakers.py.
"""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import QuoteSpan
from tests.conftest import SEED_000, SEED_003
from tests.extract.quote_helpers import only, quotes_of


@pytest.fixture(scope="module")
def seed_000() -> tuple[str, list[QuoteSpan]]:
    text = SEED_000.read_text("utf-8")
    return text, quotes_of(text)


@pytest.fixture(scope="module")
def seed_003() -> tuple[str, list[QuoteSpan]]:
    text = SEED_003.read_text("utf-8")
    return text, quotes_of(text)


# --- seed 000, Al Jazeera: every Miller statement is Matthew Miller's ---------------

SEED_000_MILLER = [
    # (cue, kind, what stands at the cue, how it resolves, the content's first words)
    ("said in a statement", "reported", "US State Department spokesman Matthew Miller", "name",
     "Blinken “reiterated the support of the United States"),
    ("added", "reported", "The spokesman", "role", "the American minister “stressed"),
    ("told reporters", "direct", "Miller", "name",
     "I am confident that we will find other ways to express our concerns."),
    ("continued", "direct", "He", "pronoun", "We believe that this type of large-scale invasion"),
    ("pointed out", "reported", "He", "pronoun",
     "there are currently about 1.4 million people in Rafah and that Israel has not"),
    ("said", "direct", "Miller", "name", "This type of invasion would weaken Israel’s security"),
]  # fmt: skip


@pytest.mark.parametrize(("cue", "kind", "surface", "resolved", "starting"), SEED_000_MILLER)
def test_seed_000_every_miller_statement_is_matthew_miller(
    seed_000, cue: str, kind: str, surface: str, resolved: str, starting: str
) -> None:
    text, found = seed_000
    quote = only(found, cue, starting)
    assert (quote.kind, quote.speaker, quote.speaker_surface, quote.resolved) == (
        kind, "Matthew Miller", surface, resolved)  # fmt: skip
    # the best mention is the introduction, "… spokesman Matthew Miller said in a statement"
    assert text[quote.speaker_start : quote.speaker_end] == "Matthew Miller"
    assert quote.speaker_start == text.index("Matthew Miller")
    assert text[quote.cue_start : quote.cue_end] == cue
    assert text[quote.start : quote.end].startswith(starting)


def test_seed_000_direct_quotes_are_whole_and_without_marks(seed_000) -> None:
    _, found = seed_000
    quote = only(found, "said", "This type of invasion")
    assert quote.text == (
        "This type of invasion would weaken Israel’s security and make it less "
        "safe, not more secure. It would undermine its position in the world."
    )
    assert quote.parts == ((quote.start, quote.end),)
    assert "“" not in quote.text and "”" not in quote.text
    continued = only(found, "continued")
    assert continued.text.endswith("the cost of which could be enormous.")


def test_seed_000_netanyahu_announcement(seed_000) -> None:
    text, found = seed_000
    quote = only(found, "announced")
    assert quote.kind == "reported"
    assert quote.text.startswith("he would not send any delegation to Washington")
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == (
        "Benjamin Netanyahu", "he", "pronoun")  # fmt: skip
    assert text[quote.speaker_start : quote.speaker_end] == "Benjamin Netanyahu"


def test_seed_000_no_quote_from_headline_or_hashtags(seed_000) -> None:
    text, found = seed_000
    for line in ("US Warns Israel Against", "#Blinken #warns"):
        a = text.index(line)
        b = text.index("\n", a)
        assert not [q for q in found if a <= q.start < b or a <= (q.cue_start or -1) < b]


# --- seed 003, Al Mayadeen -----------------------------------------------------------

SEED_003_EXPECTED = [
    # (cue, kind, speaker, surface, resolved, the content's first words)
    ("tells the Israeli occupation’s security minister", "reported", "Antony Blinken",
     "US Secretary of State Antony Blinken", "name", "Washington is concerned for the well-being"),
    ("according to", "reported", "Matthew Miller",
     "the US State Department spokesperson Matthew Miller", "name",
     "In his meeting with Gallant, in Washington, Blinken reiterated US “opposition"),
    ("expressed", "reported", "Matthew Miller", "Miller", "name", "such a move “would further"),
    ("adding", "reported", "Matthew Miller", "Miller", "name", "Blinken “underscored that"),
    ("said", "reported", "Matthew Miller", "The spokesperson", "role",
     "the two officials additionally “discussed the need"),
    ("announced", "reported", "White House", "the White House", "organisation",
     "The US is “very disappointed” by the cancellation"),
    ("told reporters", "reported", "John Kirby",
     "National Security Council Spokesperson John Kirby", "name", "the US was disappointed"),
    ("claimed", "reported", "Linda Thomas-Greenfield",
     "US Ambassador to the UN Linda Thomas-Greenfield", "name",
     "the US was “working around the clock”"),
    ("adding", "reported", "Linda Thomas-Greenfield",
     "US Ambassador to the UN Linda Thomas-Greenfield", "name",
     "a ceasefire could only take effect"),
    ("revealed", "direct", "Benjamin Netanyahu", "a statement from his office", "organisation",
     "In light of the change in the American position, Prime Minister Netanyahu decided"),
    ("added", "reported", "Benjamin Netanyahu", "The statement", "organisation",
     "Washington’s failure to veto the idea was a “clear retreat”"),
]  # fmt: skip


@pytest.mark.parametrize(("cue", "kind", "speaker", "surface", "resolved", "starting"),
                         SEED_003_EXPECTED)  # fmt: skip
def test_seed_003_speakers(
    seed_003, cue: str, kind: str, speaker: str, surface: str, resolved: str, starting: str
) -> None:
    text, found = seed_003
    quote = only(found, cue, starting)
    assert (quote.kind, quote.speaker, quote.speaker_surface, quote.resolved) == (
        kind, speaker, surface, resolved)  # fmt: skip
    assert text[quote.speaker_start : quote.speaker_end] == speaker
    assert text[quote.surface_start : quote.surface_end] == surface


def test_seed_003_claimed_is_a_loaded_cue(seed_003) -> None:
    _, found = seed_003
    assert only(found, "claimed").cue_tone == "loaded"
    assert only(found, "told reporters").cue_tone == "neutral"


def test_seed_003_direct_quote_from_the_office(seed_003) -> None:
    text, found = seed_003
    quote = only(found, "revealed")
    assert quote.text == ("In light of the change in the American position, Prime Minister "
                          "Netanyahu decided the delegation would not leave")  # fmt: skip
    # the speaker's best mention is the article's fullest, earlier one
    assert quote.speaker_start == text.index("Benjamin Netanyahu")


def test_seed_003_no_quote_from_scare_quoted_lines(seed_003) -> None:
    text, found = seed_003
    for line in ("‘Israel’ goes ballistic", "Read more:"):
        a = text.index(line)
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        assert not [q for q in found if a <= q.start < b or a <= (q.cue_start or -1) < b]


def test_as_dict_is_plain_data() -> None:
    [quote] = quotes_of("“We will win,” Miller said.")
    data = quote.as_dict()
    assert data["parts"] == [[1, 12]] and data["speaker"] == "Miller" and data["kind"] == "direct"
