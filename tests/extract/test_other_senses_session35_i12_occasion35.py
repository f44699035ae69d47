"""Verbs of speech in a sense that is no speech (issue 12, session 35, NeuS raw row 294):
"contends with", "answers for", "argued with", "added to" report nothing, unless a clause
of their own says what was said or their sentence holds a quotation. Real parser and
extractor."""

from __future__ import annotations

from tests.extract.quote_helpers import quotes_of


def _cues(text: str) -> list[str]:
    return [q.cue for q in quotes_of(text)]


def test_coping_and_accountability_senses_report_nothing() -> None:
    assert _cues("As the harbor master contends with a shortage of pilots, several "
                 "freighters are waiting offshore for a berth.") == []
    assert _cues("While the orchestra's director answers for the deficit, the "
                 "musicians are rehearsing without pay.") == []
    assert _cues("The late frost added to the vineyard's troubles this spring.") == []


def test_the_speech_sense_still_reports() -> None:
    found = quotes_of("The harbor master contends that the shortage of pilots will ease "
                      "by autumn.")
    assert [q.cue for q in found] == ["contends"]
    assert "shortage of pilots" in found[0].text
    assert _cues("As the harbor master contends, the shortage of pilots will ease by "
                 "autumn.") == ["contends"]


def test_a_preposition_of_manner_beside_a_quotation_keeps_the_cue() -> None:
    found = quotes_of("“The pilots will come back,” the harbor master contended with a "
                      "shrug.")
    assert [q.cue for q in found] == ["contended"]


def test_a_sentence_ending_in_a_colon_opens_the_words_after_it() -> None:
    found = quotes_of("The station's weather reporter adds to the forecast:\n\nThe storm "
                      "will turn north by evening and the coast will see heavy rain.")
    assert [q.cue for q in found] == ["adds"]
