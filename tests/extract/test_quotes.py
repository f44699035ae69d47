"""Quotes and speakers (issue 3): the seeds as a careful reader annotates them, then forms."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import (
    QuoteSpan,
    extract_quotes,
    find_quotations,
    is_speech_cue,
    load_lexicon,
)
from tests.conftest import SEED_000, SEED_003


def quotes_of(text: str) -> list[QuoteSpan]:
    return extract_quotes(load_nlp()(text))


def only(found: list[QuoteSpan], cue: str, starting: str = "") -> QuoteSpan:
    """The one quote with this cue whose text starts so."""
    hits = [q for q in found if q.cue == cue and q.text.startswith(starting)]
    assert len(hits) == 1, [(q.cue, q.text[:40]) for q in found]
    return hits[0]


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


# --- forms ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    '"We will win the state," Miller said.',
    "“We will win the state,” Miller said.",
    "“We will win the state,” said Miller.",
    "Miller said: “We will win the state.”",
    "Miller told reporters, “We will win the state.”",
])  # fmt: skip
def test_direct_quote_straight_and_curly(text: str) -> None:
    [quote] = quotes_of(text)
    assert quote.kind == "direct"
    assert quote.text.rstrip(".") == "We will win the state"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Miller" and quote.resolved == "name"
    assert text[quote.cue_start : quote.cue_end] == quote.cue


def test_quote_split_around_its_cue_is_one_quote_in_parts() -> None:
    text = "Senator John Smith arrived late. “We will win,” he said, “and we will win big.”"
    [quote] = quotes_of(text)
    assert len(quote.parts) == 2
    assert [text[a:b] for a, b in quote.parts] == ["We will win", "and we will win big."]
    assert quote.text == "We will win and we will win big."
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[1][1])
    assert (quote.speaker, quote.speaker_surface, quote.resolved) == ("John Smith", "he", "pronoun")


def test_quote_continued_in_the_next_sentence() -> None:
    text = "“It is over,” Jeff Weaver told reporters on Monday. “We won.”"
    [quote] = quotes_of(text)
    assert [text[a:b] for a, b in quote.parts] == ["It is over", "We won."]
    assert quote.cue == "told reporters"


def test_quote_running_over_paragraphs() -> None:
    text = ("Mayor Jane Doe said: “The first paragraph of the speech goes on.\n\n"
            "“The second paragraph ends it.”\n\nThe council adjourned.")  # fmt: skip
    [quote] = quotes_of(text)
    assert [text[a:b] for a, b in quote.parts] == [
        "The first paragraph of the speech goes on.",
        "The second paragraph ends it.",
    ]
    assert quote.speaker == "Jane Doe"


def test_typewriter_double_marks_are_quotation_marks() -> None:
    text = "''It does give an advantage to serious candidates,'' Mr. Gingrich said."
    [quote] = quotes_of(text)
    assert quote.text == "It does give an advantage to serious candidates"
    assert quote.speaker == "Gingrich"


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


@pytest.mark.parametrize("text", [
    "‘Israel’ goes ballistic over UNSC resolution leaving US ‘very disappointed’",
    "He described it as a “historic” day for the region.",
    "The critics called the plan “dead on arrival” and left.",
    "Israel’s leaders’ plans were not discussed.",
    "She wrote in her memoir, “Hard Choices.”",
])  # fmt: skip
def test_no_quote_from_scare_quotes_names_or_titles(text: str) -> None:
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_find_quotations_pairs_marks() -> None:
    text = ('He said, "For example, “they haven’t,” he quoted." ‘Israel’ and Israel’s. '
            "‘Two words’ stay.")  # fmt: skip
    found = [[text[a:b] for a, b in q.parts] for q in find_quotations(text)]
    assert found == [["For example, “they haven’t,” he quoted."], ["Two words"]]


def test_speech_cues_come_from_the_data_file() -> None:
    assert is_speech_cue("said") and is_speech_cue("also told") and is_speech_cue("according to")
    assert is_speech_cue("pointed out") and is_speech_cue("testified")
    assert not is_speech_cue("called") and not is_speech_cue(":") and not is_speech_cue("pointed")
    lexicon = load_lexicon()
    assert lexicon.tones["claim"] == "loaded" and lexicon.tones["say"] == "neutral"
    assert "spokesperson" in lexicon.roles["spokesman"]


def test_as_dict_is_plain_data() -> None:
    [quote] = quotes_of("“We will win,” Miller said.")
    data = quote.as_dict()
    assert data["parts"] == [[1, 12]] and data["speaker"] == "Miller" and data["kind"] == "direct"
