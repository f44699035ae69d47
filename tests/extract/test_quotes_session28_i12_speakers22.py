"""Session 28, i12-speakers22: the two wrong names of gold/speakers-basil8 (BASIL
2010-12), through the real parser: the question after a bare "Asked …," given to the
one who answers it, and a verb the tagger read as a plural noun taken as a participle
cue's subject."""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.clause_noun import verb_read_as_noun
from tests.extract.quote_helpers import quotes_of

WEINER = ('Asked point-blank, "Is that picture you?" Weiner replied, "You know I\'m not '
          'going to talk about this anymore."')
SANTORUM = ("Earlier in the day on Saturday, Santorum had also said that health insurance "
            "plans shouldn\u2019t be required to cover prenatal testing, because that testing "
            "results in more abortions, as well as contending that government-run public "
            "education was \u201canachronistic.\u201d")


def _covering(text: str, words: str) -> list[tuple[str | None, str | None]]:
    at = text.index(words)
    return [(q.speaker, q.cue) for q in quotes_of(text) if q.start <= at < q.end]


def test_the_asked_question_is_not_the_answerers() -> None:
    assert _covering(WEINER, "Is that picture") == []  # was (Weiner, replied): wrong
    assert _covering(WEINER, "You know") == [("Weiner", "replied")]


def test_a_question_asked_about_something_is_the_answer() -> None:
    # "Asked whether …" carries its own question: the quotation is the reply
    text = ('Asked whether he would run again, "Why would I stop now?" Smith replied '
            "at the rally.")
    assert _covering(text, "Why would I") == [("Smith", "replied")]


def test_a_statement_after_asked_stays_the_speakers() -> None:
    text = 'Asked point-blank, "I did not send it," Weiner said.'
    assert _covering(text, "I did not") == [("Weiner", "said")]


def test_a_verb_read_as_a_noun_is_no_speaker() -> None:
    speakers = [s for s, _ in _covering(SANTORUM, "anachronistic")]
    assert speakers and all(s == "Santorum" for s in speakers)  # was "that testing results …"


def test_the_parse_still_reads_results_as_a_noun_with_a_subordinator() -> None:
    # the rule's premise: if the tagger ever reads "results" as a verb, it is not the rule
    doc = load_nlp()(SANTORUM)
    results = next(t for t in doc if t.text == "results")
    assert results.tag_ == "NNS" and verb_read_as_noun(results)
    plans = next(t for t in doc if t.text == "plans")
    assert not verb_read_as_noun(plans)
