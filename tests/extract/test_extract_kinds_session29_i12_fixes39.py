"""Session 29 (i12-fixes39): three kinds a reader of NeuS raw rows 107 and 214 found.

A military base typed as a person ("were taken to Fort Lee military base", BBC, r214),
an operation's name in quotation marks taken as a scare quote (“Operation Allies
Refuge", the Washington Examiner, r214, its marks unmatched), and a time phrase built on
a gerund of speaking given as a statement ("Nearly 8 months after declaring “war” on the
coronavirus …, Biden announced …", AP, r107). The sentences are the reports' own, read by
the real parser; the guards are sentences of the same shapes that must not change.
"""

from __future__ import annotations

from newsprism.extract.framing import frame_doc
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

BBC = ("They arrived in the early hours of Friday morning and were taken to Fort Lee military "
       "base in Virginia.")
EXAMINER = ("With the troop withdrawal from Afghanistan nearly complete, the Biden "
            "administration started \u201cOperation Allies Refuge\" to evacuate thousands of "
            "Afghan helpers to the U.S. who face the threat of retribution from advancing "
            "Taliban forces.")
AP = ("Nearly 8 months after declaring \u201cwar\u201d on the coronavirus as he took office, "
      "Biden announced far-reaching new federal requirements Thursday that could force "
      "millions to get shots.")


def _labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in find_mentions(load_nlp()(text), "a")}


def _scare(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [s.text for s in frame_doc(doc, quotes=extract_quotes(doc), detector=False).scare_quotes]


def test_a_fort_the_tagger_calls_a_person_is_a_facility() -> None:
    labels = _labels(BBC)
    assert labels["Fort Lee"] == "FAC"
    assert labels["Virginia"] == "GPE"


def test_a_town_named_fort_stays_a_place() -> None:
    assert _labels("Police in Fort Lauderdale said the man was arrested near Fort Worth.") == {
        "Fort Lauderdale": "GPE", "Fort Worth": "GPE"}


def test_an_operations_name_in_marks_is_no_scare_quote() -> None:
    assert _scare(EXAMINER) == []


def test_a_programmes_and_a_laws_name_are_no_scare_quotes() -> None:
    text = ("Italy will require all workers to show a COVID-19 \u201cGreen Pass\u201d before "
            "entering their place of work. Democrats pushed the \u201cClean Water Act\u201d "
            "through the House.")
    assert _scare(text) == []


def test_a_capitalised_phrase_of_no_such_head_stays_a_scare_quote() -> None:
    """Session 24 kept "Tent City" a scare quote (it touches a BASIL bias span); a word
    held at a distance is one too."""
    text = ("The sheriff runs the \u201cTent City\u201d jail in the desert. Critics call the "
            "plan a \u201creform\u201d in name only.")
    assert _scare(text) == ["\u201cTent City\u201d", "\u201creform\u201d"]


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(load_nlp()(text))]


def test_a_time_phrase_on_a_gerund_of_speaking_is_no_statement() -> None:
    quotes = _quotes(AP)
    assert all("after declaring" not in text for _, text, _ in quotes)
    assert ("direct", "war", "Biden") in quotes  # his word stays his


def test_an_act_announced_in_a_phrase_is_no_statement_but_the_sentence_s_saying_is() -> None:
    """The New York Times, NeuS raw rows 84 and 88."""
    quotes = _quotes("In announcing the deal on Wednesday, Mr. Biden said it was meant to "
                     "reinforce alliances and update them as strategic priorities shift.")
    assert [text for _, text, _ in quotes] == [
        "it was meant to reinforce alliances and update them as strategic priorities shift"]


def test_a_gerund_with_a_clause_or_its_own_subject_still_reports() -> None:
    """Fox News, r339 ("after saying he was committed …"); the Epoch Times, r97 ("with
    consensus forecasts predicting …")."""
    said = _quotes("Biden, who was walking away after saying he was committed to freeing "
                   "Americans imprisoned in Russia, whirled around at his questioner.")
    assert ("reported", "he was committed to freeing Americans imprisoned in Russia",
            "Biden") in said
    forecast = _quotes("The consumer price index rose 0.3 percent in August, with consensus "
                       "forecasts predicting a slightly higher 0.4 percent rate of monthly "
                       "inflation.")
    assert [text for _, text, _ in forecast] == [
        "a slightly higher 0.4 percent rate of monthly inflation"]


def test_a_gerund_of_means_or_an_object_holding_a_clause_still_reports() -> None:
    """PolNeAR dev ("by emphasizing economic fairness": what she said) and BASIL 2012
    ("a time when Mr. Romney gave money …", here after "in")."""
    means = _quotes("She started off by emphasizing economic fairness, and a need to raise "
                    "the minimum wage and close corporate loopholes.")
    assert [(k, t) for k, t, _ in means] == [("reported", "economic fairness")]
    told = _quotes("Mr. Ryan tried to soften his image in recounting a time when Mr. Romney "
                   "gave money to a couple whose children were injured.")
    assert any(t.startswith("a time when Mr. Romney gave money") for _, t, _ in told)
