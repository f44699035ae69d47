"""A title between a described noun and a name no longer cuts the outlet's label
(session 26, i14-read27, compare/labels_title.title_start). NeuS raw row 210: Reuters'
"top U.S. infectious disease expert Dr. Anthony Fauci" showed "Dr. Anthony Fauci" while
the Daily Press's "Fauci, the nation's top infectious disease expert" showed whole."""

from __future__ import annotations

import pytest

from newsprism.compare.labels import mention_phrase
from newsprism.compare.labels_title import title_start
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.nlp import load_nlp

REUTERS = ("The United States will not lock down again to curb COVID-19 but \"things are "
           "going to get worse\" as the Delta variant fuels a surge in cases, mostly among "
           "the unvaccinated, top U.S. infectious disease expert Dr. Anthony Fauci said on "
           "Sunday.\n\nA sufficient percentage of Americans have now been vaccinated to "
           "avoid lockdowns, Fauci said on ABC's \"This Week\".")  # fmt: skip
DAILY_PRESS = ("Dr. Anthony Fauci warned Sunday that more “pain and suffering” is on the "
               "horizon as COVID-19 cases climb again.\n\nFauci, the nation’s top infectious "
               "disease expert, also said he doesn’t foresee additional lockdowns in the "
               "U.S.")  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _phrase(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    start = text.index(name)
    found = mention_phrase(doc, start, start + len(name))
    assert found is not None
    return text[found[0]:found[1]]


def test_the_noun_before_the_title_is_the_label(nlp) -> None:
    assert _phrase(nlp, REUTERS, "Anthony Fauci") == \
        "top U.S. infectious disease expert Dr. Anthony Fauci"


def test_title_start_stops_at_the_title_words(nlp) -> None:
    doc = nlp(REUTERS)
    start = REUTERS.index("Anthony Fauci")
    span = doc.char_span(start, start + len("Anthony Fauci"))
    assert doc[title_start(span)].text == "Dr."


def test_a_title_after_a_verb_takes_nothing_before_it(nlp) -> None:
    text = "The bill was praised on Friday by Sen. Joe Manchin of West Virginia."
    assert _phrase(nlp, text, "Joe Manchin") == "Sen. Joe Manchin"


def test_the_row_shows_the_whole_label() -> None:
    reuters = gold_article("reuters", REUTERS, outlet="Reuters")
    analysis = analyze_story([reuters,
                              gold_article("dp", DAILY_PRESS, outlet="Daily Press")]).as_dict()
    (row,) = [r for r in analysis["label_choice"]["entities"] if r["name"] == "Anthony Fauci"]
    texts = [label["text"] for label in row["outlets"][reuters.id]]
    assert "top U.S. infectious disease expert Dr. Anthony Fauci" in texts


DEFENSE_ONE = ("“Our role in Iraq will be to train and to assist,” Biden said at the beginning "
               "of a meeting in the Oval Office with Iraqi Prime Minister Mustafa Al-Kadhimi.")
THE_HILL = ("The legislation’s chances appear increasingly slim in the Senate after both Senate "
            "Minority Leader Mitch McConnell (R-Ky.) and House Minority Leader Kevin McCarthy "
            "came out against it.")  # fmt: skip


def test_a_title_parsed_as_the_head_joins_the_name(nlp) -> None:
    # r224: the parse hangs "Kadhimi" on "Minister" as an apposition
    assert _phrase(nlp, DEFENSE_ONE, "Mustafa Al-Kadhimi") == \
        "Iraqi Prime Minister Mustafa Al-Kadhimi"


def test_a_list_opening_both_is_no_label_word(nlp) -> None:
    # r420: "both" opens the list of two leaders
    assert _phrase(nlp, THE_HILL, "Mitch McConnell") == "Senate Minority Leader Mitch McConnell"


def test_the_title_keeps_the_apposition_after_the_name(nlp) -> None:
    # r68, the Epoch Times: the title joins as a compound would; ", a Biden nominee" stays
    text = ("CDC Director Dr. Rochelle Walensky, a Biden nominee, decided to back the "
            "boosters for older people.")
    assert _phrase(nlp, text, "Rochelle Walensky") == \
        "CDC Director Dr. Rochelle Walensky, a Biden nominee"
