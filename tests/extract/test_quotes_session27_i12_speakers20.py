"""Session 27, i12-speakers20: the speaker rules found on gold/speakers-neus5 (NeuS raw
rows 257-505, of 2021), through the real parser: a causative's object speaks its
infinitive ("prompting the governor to ask"), a quotation whose cue the crawl cut after
the name is the name's, and "the commander in chief" is the president named before."""

from __future__ import annotations

import pytest

from tests.extract.quote_helpers import quotes_of


def _over(text: str, words: str) -> tuple[str | None, str | None] | None:
    """(speaker, cue) of the shortest quote covering the first character of ``words``."""
    at = text.index(words)
    over = [q for q in quotes_of(text) if q.start <= at < q.end]
    best = min(over, key=lambda q: q.end - q.start, default=None)
    return None if best is None else (best.speaker, best.cue)


def test_a_causatives_object_asks() -> None:
    # Reuters, NeuS raw row 399
    text = ("A California transit employee killed eight co-workers and wounded another "
            "before taking his own life on Wednesday, the latest in a spate of deadly "
            "U.S. mass shootings, prompting the state's governor to ask: \u201cWhat the "
            "hell is wrong with us?\u201d")
    over = _over(text, "What the hell")
    assert over is not None and over[0] == "the state's governor"


def test_a_request_is_not_a_causative() -> None:
    # "urged him to say": the words may never have been said; not the object's
    text = ("Senator John Smith urged the mayor to say \u201cwe will rebuild the city "
            "together\u201d at the rally.")
    over = _over(text, "we will rebuild")
    assert over is None or over[0] != "the mayor"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # The Hill, NeuS raw row 390: cut right after the surname
    ("President Biden on Sunday said he will call on Putin to respect human rights.\n\n"
     "\u201cI had a long conversation, two hours recently, with President Xi, making it "
     "clear to him that we can do nothing but speak out for human rights,\u201d Biden...",
     "I had a long", "Biden"),
    # New York Post, row 399: a name and an apposition up to the cut
    ("An employee opened fire at his workplace Wednesday morning.\n\n\u201cI was running "
     "so fast. I just ran for my life,\u201d Rochelle Hawkins, a VTA mechanic who was at "
     "the facility during...", "I was running", "Rochelle Hawkins"),
])  # fmt: skip
def test_a_cue_cut_after_the_name(text: str, words: str, speaker: str) -> None:
    over = _over(text, words)
    assert over is not None and over[0] is not None and over[0].endswith(speaker)


@pytest.mark.parametrize("text", [
    # no cut: the name goes on, and other steps read the cue (or none)
    "The firm filed suit.\n\n\u201cWe will win this case in court,\u201d Smith told "
    "reporters on the steps of the courthouse.",
    # a possessive, two names, a sentence that ends: not a speaker at a cut
    "The firm filed suit.\n\n\u201cWe will win this case in court,\u201d Biden's...",
    "The firm filed suit.\n\n\u201cWe will win this case in court,\u201d Pelosi and...",
    "The firm filed suit.\n\n\u201cWe will win this case in court.\u201d Biden...",
])  # fmt: skip
def test_no_cut_cue_speaker_elsewhere(text: str) -> None:
    over = _over(text, "We will win")
    assert over is None or over[0] in (None, "Smith")
    if "Smith" not in text:
        assert over is None or over[0] is None


def test_the_commander_in_chief_is_the_president() -> None:
    # Washington Examiner, NeuS raw row 274
    text = ("President Joe Biden rejected the notion Thursday that a Taliban takeover of "
            "Afghanistan is inevitable. Still, the commander in chief, during a forceful "
            "explanation of his pullout plan, conceded it is \"highly unlikely\" the Afghan "
            "government retains \"unified\" control of its country.")
    over = _over(text, "highly unlikely")
    assert over is not None and over[0] == "Joe Biden"


def test_a_countrys_commander_in_chief_is_no_president() -> None:
    text = ("President Volodymyr Zelensky visited the front on Monday. Ukraine's commander "
            "in chief said that \"the counteroffensive will go on through the winter\".")
    over = _over(text, "the counteroffensive")
    assert over is None or over[0] != "Volodymyr Zelensky"
