"""Attribution verbs in a sense that reports no statement (session 39, issue 14): "admit"
letting someone in, "allege" in a legal filing, "insist on" doing, "assert itself",
"deny" a thing to someone; and "guilty" with a plea, a finding or a verdict as a court
word. Sentences written for the test around the NeuS blurbs read (docs/eval-framing.md,
"Session 39: word senses neutral in context"); the real pipeline tags and parses them."""

from __future__ import annotations

import pytest

import newsprism.extract.framing.verb_senses as verb_senses
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.court_words import legal_sense
from newsprism.extract.framing.verb_senses import plain_sense
from newsprism.extract.nlp import load_nlp

CLUB = ("When asked if the private club had admitted any minorities since 2017, "
        "Whitehouse said he did not know.")  # fmt: skip
SUIT = ("The Biden administration sued the state of Georgia on Friday, alleging its new "
        "voting law aims to restrict the rights of Black voters.")  # fmt: skip


def _word(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "word", "plain"),
    [
        (CLUB, "admitted", True),
        ("The law requires an immigrant to have been lawfully admitted to the United States.",
         "admitted", True),
        ("He was admitted to Harvard in 1990.", "admitted", True),
        ("Anthony Fauci has admitted making his latest mistake in coronavirus guidance.",
         "admitted", False),  # a confession: a gerund under the verb
        ("A Texas doctor who admitted to breaking the state's new abortion law was sued.",
         "admitted", False),
        ("Rogan admitted this week that he almost got vaccinated.", "admitted", False),
        ("The protesters insisted on waving the flag of Afghanistan.", "insisted", True),
        ("He insisted on his innocence.", "insisted", False),
        ("Santorum insisted that this was a fact.", "insisted", False),
        ("When missiles are flying, a basic pattern asserts itself: hard-liners rise.",
         "asserts", True),
        ("He asserted that the election was stolen.", "asserted", False),
        ("The bishops backed a plan that could deny communion to public figures who support "
         "abortion rights.", "deny", True),
        ("He denied the allegations to reporters.", "denied", False),
    ],
)
def test_plain_sense_reads_the_parse(text: str, word: str, plain: bool) -> None:
    doc = load_nlp()(text)
    assert plain_sense(doc[_word(doc, word)]) is plain


def _verbs(text: str) -> tuple[list[str], int]:
    framing = frame_text(text, detector=False)
    return [a.span.text.lower() for a in framing.attributions], framing.neutral_attributions


def test_a_plain_sense_is_no_attribution_and_the_switch_restores_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _verbs(CLUB)[0] == []
    assert _verbs("Rogan admitted this week that he almost got vaccinated.")[0] == ["admitted"]
    monkeypatch.setattr(verb_senses, "VERB_SENSES_RULE", False)
    assert _verbs(CLUB)[0] == ["admitted"]


FILINGS = (
    SUIT,  # a clausal subject in the parse
    "Mexican officials filed a lawsuit against several U.S.-based firearm manufacturers "
    "alleging that these companies encouraged gun trafficking.",  # hung on the defendants
    "The 15-count indictment charges the company with evading taxes. It alleges that the "
    "company skimmed payroll taxes.",
)
PERSONS = (
    "Trump critics have alleged that the former president ordered the clearing.",
    "The company faces a lawsuit. It alleges that the suit is frivolous.",  # the defendant
    "She paid the fine late, alleging that the notice never arrived.",
)


def test_a_filing_s_allegation_the_parse_hides_is_neutral_and_a_person_s_is_not() -> None:
    for text in FILINGS:
        assert _verbs(text) == ([], 1), text
    for text in PERSONS:
        assert _verbs(text)[0] != [], text


def test_guilty_is_a_court_word_only_with_a_plea_a_finding_or_a_verdict() -> None:
    cases = {
        "He pleaded guilty to two counts of fraud.": True,
        "The jury found him guilty of murder.": True,
        "The senator is guilty of hypocrisy, the prosecutor's critics say.": False,
        "He felt guilty about the vote, his lawyer said.": False,
    }
    for text, legal in cases.items():
        doc = load_nlp()(text)
        assert legal_sense(doc[_word(doc, "guilty")]) is legal, text
