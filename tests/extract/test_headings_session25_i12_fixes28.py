"""Session 25 (i12-fixes28), from the last reading of NeuS raw rows 147 and 149
(docs/eval-compare.md, "Read as a user, session 25, last pass"): an Axios section
heading ("Why it matters:") was glued into the content of the quote that follows it,
and "Trump, several of his associates and extremist group leaders" was read as one
label for Trump. Real parses (spaCy); each first test fails on main (b278d39)."""

from __future__ import annotations

from newsprism.compare.labels import mention_phrase
from newsprism.extract.headings import heading_spans
from newsprism.extract.nlp import load_nlp
from tests.extract.quote_helpers import quotes_of

R147 = ("Seven Capitol Police officers filed a lawsuit against former President Trump, "
        "several of his associates and extremist group leaders on Thursday, alleging they "
        "organized a plot to disrupt the peaceful transfer of power that culminated into the "
        "violent Jan. 6 Capitol riot.\n\nWhy it matters: The suit argues that Trump and the "
        "other defendants violated the 1871 Ku Klux Klan Act, which in part prohibited "
        "conspiracies to overthrow the federal government.")  # fmt: skip
R149 = ("The Pentagon on Wednesday ordered military troops to get the COVID-19 vaccine as "
        "soon as possible.\n\nWhy it matters: Pentagon spokesperson John Kirby said Wednesday "
        "that \"on the active duty force, 68% is fully vaccinated, and we estimate just over "
        "76% have at least one dose.\"")  # fmt: skip


def test_a_wh_heading_is_no_part_of_the_quote_after_it() -> None:
    (quote,) = [q for q in quotes_of(R147) if q.cue == "argues"]
    assert quote.text.startswith("that Trump and the other defendants violated")
    assert "Why it matters" not in quote.text
    (quote,) = [q for q in quotes_of(R149) if q.cue == "said"]
    assert quote.speaker == "John Kirby"
    assert "Why it matters" not in quote.text and quote.text.startswith("that")


def test_a_phrase_heading_is_cut_off_the_same_way() -> None:
    text = ("Officials spoke on Monday.\n\nThe big picture: The ruling could hurt gun sales "
            "nationally, the Washington Post reports.")
    (quote,) = quotes_of(text)
    assert quote.text.startswith("The ruling could hurt")
    assert quote.speaker == "Washington Post"


def test_a_cue_with_a_colon_is_no_heading() -> None:
    nlp = load_nlp()
    for text in ("Talks went on.\n\nReuters reported: the talks had failed.",
                 "Talks went on.\n\nWalensky also said: the talks had failed.",
                 "Talks went on.\n\nMarine Corps: 53% fully vaccinated.",
                 "Talks went on.\n\nBy 11:30 the talks had failed."):
        assert heading_spans(nlp(text)) == [], text
    (quote,) = quotes_of("Talks went on.\n\nReuters reported: the talks had failed.")
    assert quote.speaker == "Reuters" and quote.text == "the talks had failed"
    doc = nlp("Talks went on.\n\nBetween the lines: the talks had failed.")
    assert [doc.text[a:b] for a, b in heading_spans(doc)] == ["Between the lines:"]


def test_a_label_is_never_a_list_that_holds_other_people() -> None:
    doc = load_nlp()(R147)
    start = R147.index("Trump")
    found = mention_phrase(doc, start, start + len("Trump"))
    assert found is not None and R147[found[0]:found[1]] == "former President Trump"


def test_a_description_set_beside_a_name_stays_its_label() -> None:
    text = "The minister met Yoav Gallant, Israel's defense minister, on Monday."
    doc = load_nlp()(text)
    start = text.index("Yoav")
    found = mention_phrase(doc, start, start + len("Yoav Gallant"))
    assert found is not None
    assert text[found[0]:found[1]] == "Yoav Gallant, Israel's defense minister"
    text = "They met Burns, a former diplomat and deputy secretary of state, on Monday."
    doc = load_nlp()(text)
    start = text.index("Burns")
    found = mention_phrase(doc, start, start + len("Burns"))
    assert found is not None and text[found[0]:found[1]].startswith("Burns, a former diplomat")
