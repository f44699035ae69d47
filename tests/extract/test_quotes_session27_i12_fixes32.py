"""Quote content spans of session 27 (i12-fixes32), through the real parser: a second
cue whose "that"-clause the parse hung on the first ("says … and reports that …",
:mod:`hung_clause`), and a "described him as “…,” and on <date> said" whose content ran
into the next conjunct (:mod:`conjunct_tail`)."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

LEAD = ("At least one GOP insider told the Washington Post that the chairman would seek "
        "another term.\n\n")  # fmt: skip
HOTLINE = ("Hotline On Call says the nature of the decision is a \"closely guarded secret\" "
           "and reports that \"even his top advisors, both inside and outside the committee, "
           "say they don't know which direction he will take.\"")  # fmt: skip
REGISTER = ("The New Haven Register on July 20, 2006, described him as “a veteran of the "
            "Vietnam War,” and on April 6, 2007, said that the attorney general had “served "
            "in the Marines in Vietnam.”")  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _quotes(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.cue, q.speaker, q.text) for q in extract_quotes(nlp(text))]


@pytest.mark.parametrize("lead", ["", LEAD])
def test_the_second_cue_reports_its_own_clause(nlp, lead: str) -> None:
    """Alone and inside an article (where "Hotline On Call" is the titled-name speaker of
    "says"): two quotes, the first stopping before "and reports", the second the
    clause in marks, with the same speaker."""
    found = _quotes(nlp, lead + HOTLINE)
    says = [q for q in found if q[0] == "says"]
    reports = [q for q in found if q[0] == "reports"]
    assert len(says) == 1 and says[0][2].endswith("\"closely guarded secret\"")
    assert len(reports) == 1 and reports[0][2].startswith("even his top advisors")
    assert reports[0][1] == says[0][1] is not None


def test_a_second_cue_with_its_own_clause_is_left_to_the_parse(nlp) -> None:
    """ "said … and added that …" the parse reads right keeps its usual two quotes."""
    found = _quotes(nlp, "Smith said the plan had failed and added that the budget "
                         "would be cut next year.")  # fmt: skip
    assert [q[0] for q in found] == ["said", "added"]
    assert found[0][2] == "the plan had failed"


def test_the_described_content_stops_at_the_next_conjunct(nlp) -> None:
    found = _quotes(nlp, REGISTER)
    described = [q for q in found if q[0] == "described"]
    assert described and described[0][2] == "him as “a veteran of the Vietnam War,”"
    assert described[0][1] == "New Haven Register"


def test_a_described_phrase_with_no_next_conjunct_is_kept_whole(nlp) -> None:
    found = _quotes(nlp, "Senator Jane Smith described the bill as “a reckless gamble” "
                         "in an interview on Tuesday.")  # fmt: skip
    described = [q for q in found if q[0] == "described"]
    assert described and described[0][2].startswith("the bill as “a reckless gamble”")
