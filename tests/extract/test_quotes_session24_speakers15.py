"""Session 24, branch i12-speakers15 (docs/eval-quotes.md, "Session 24"), on real parses.

A phrase in marks hung on a verb of speaking about a thing ("dismissed … as", "spoken
of") is its subject's wording (``worded.Worded``): the Washington Examiner's "… but
dismissed the tactics as common and “part of the process.”" and the BBC's "Boris
Johnson has spoken of his shock and sadness at the loss of “one of the kindest” people"
(gold/speakers-neus3, NeuS raw rows 40 and 6) were quoted by no one. Guards, sentences
of the NeuS raw crawl: a passive ("comments that were labeled "disturbing" by critics",
row 481; "It was called “The Incompetence Dodge,”", row 146) and a subject that
resolves to no one give no quote of their own; nor do marks under a speech verb ("He
added … the White House … has addressed it to a "pretty full extent."", BASIL 45bd61bc:
Burton's words; found in gold/compare-basil's training triplets). The two rule tests
fail on main.

A bare surname under its own "Mr." is not a full name of its family named after the
surname was first named bare under a role title (``People._other_person``): "President
Obama’s daughters … an open letter to Sasha and Malia Obama … “You want to pet him?” Mr.
Obama asked his daughters." (NYT, BASIL 96b7046f) gave the question to Malia Obama (the
lead's open item of session 23). Guard: "Mr. Clinton" after "former President Bill
Clinton" and "Hillary Rodham Clinton" (NYT, BASIL 38f7cbb7) is still Bill Clinton.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.extract.quotes.people import People
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


NYT_OBAMA = "\n\n".join([
    "WASHINGTON — A young Republican congressional aide resigned Monday after her Facebook "
    "post berating President Obama’s daughters for their attitude and outfits during the "
    "annual White House turkey pardon became a sensation on the Internet.",
    "On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 followers on "
    "Twitter as @DCGopGirl and at the time was a spokeswoman for a little-known congressman "
    "from Tennessee, wrote an open letter to Sasha and Malia Obama on her Facebook page, "
    "saying they should “try showing a little class” and “dress like you deserve respect, "
    "not a spot at a bar.”",
    "At times, the girls gazed glumly at the floor and threw an occasional eye roll at their "
    "father as he compared pardoning Cheese to granting amnesty to unauthorized immigrants. "
    "“You want to pet him?” Mr. Obama asked his daughters.",
    "“Nah,” Malia said quickly."])  # fmt: skip


def test_mr_surname_titled_first_is_not_a_daughter_named_after() -> None:
    found = _over(NYT_OBAMA, "You want to pet him")
    assert [q.speaker for q in found] == ["Obama"]


def test_mr_clinton_in_a_family_is_still_bill() -> None:
    text = ("President Obama’s chief of staff used former President Bill Clinton as an "
            "intermediary to see if Representative Joe Sestak would drop out of "
            "Pennsylvania’s Democratic Senate primary if given a prominent, but unpaid, "
            "advisory position, the White House said on Friday.\n\n"
            "In tapping Mr. Clinton as the go-between, Mr. Emanuel picked the party’s most "
            "prominent figure other than Mr. Obama and someone Mr. Sestak had worked for on "
            "the National Security Council in the 1990s. Mr. Sestak endorsed Hillary Rodham "
            "Clinton against Mr. Obama in the 2008 presidential primaries.\n\n"
            "Mr. Clinton was at the White House on Thursday to have lunch with Mr. Obama.")
    people = People(Article(load_nlp()(text), load_lexicon()))
    mister = [p for p in people.persons if p.surname == "clinton" and p.title == "mr."]
    assert len(mister) == 2
    assert {people.referent(p).text for p in mister} == {"Bill Clinton"}


def test_marks_under_a_speech_verb_stay_the_speakers() -> None:
    # HuffPost, BASIL 45bd61bc (gold/compare-basil training): Burton's words, not the
    # White House's; the first version of the rule gave them to the White House
    text = ("Burton said Monday that the president weighed in as part of a constitutional "
            "discussion.\n\n"
            "He added the administration can't control the conversation on cable TV or in "
            "newspapers, but the White House has had a \"pretty fulsome conversation\" about "
            "it and has addressed it to a \"pretty full extent.\"")  # fmt: skip
    assert [q.speaker for q in _over(text, "pretty full extent") if q.cue == "addressed"] == []


def test_a_title_in_marks_is_no_ones_wording() -> None:
    # NeuS raw rows 226 (Washington Examiner) and 326 (the first version's dump)
    text = ("Fauci spoke on CNN’s “State of the Union” about COVID-19 and was asked about "
            "one projection that suggests cases will continue rising if more Americans "
            "don’t get vaccinated.")  # fmt: skip
    assert _over(text, "State of the Union") == []
    text = ("Democrats have labeled their major election overhaul the “For the People Act” — "
            "but when pollsters talk to the people themselves, many say they would rather "
            "take a pass.")  # fmt: skip
    assert _over(text, "For the People Act") == []


def test_they_call_gives_no_quote() -> None:
    # PolNeAR dev (Breitbart, 2016-09-30): "they" is Clinton's campaign; the first
    # version's dump gave the words to the local officials named before
    text = "\n\n".join([
        "Johnson said local election officials should reach out to the federal government "
        "to learn how to protect computer systems. With thousands of vote counting "
        "systems, “there is no one single point of failure,” he said. But to prevent "
        "problems, he said, local officials should be vigilant.",
        "Hillary Clinton plans to call on young people to participate in national service.",
        "The campaign says the Democratic presidential candidate will announce plans Friday "
        "for a new national program designed to help people under 30 engage in public "
        "service.",
        "She’ll present her proposals in a speech Friday in Port St. Lucie, Florida.",
        "It is the latest in a series of policy speeches designed to offer an affirmative "
        "message in the closing weeks of the presidential campaign. Clinton’s campaign is "
        "seeking to contrast her approach with what they call Republican Donald Trump’s "
        "“self-centered message.”"])  # fmt: skip
    assert [q for q in _over(text, "self-centered message") if q.cue == "call"] == []
