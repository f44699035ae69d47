"""Session 30 (i12-speakers26), through the real parser: a participle of speech set off
right after a relative clause about people (extract/quotes/relative_before.py), and a
quotation led in by one speaker and told by another (extract/quotes/framed.py)."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _speakers_over(nlp, text: str, words: str) -> list[str | None]:
    """The speakers of every quote over ``words``, shortest quote first."""
    at = text.index(words)
    over = [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]
    return [q.speaker for q in sorted(over, key=lambda q: q.end - q.start)]


def test_a_talking_relative_clause_speaks_on(nlp) -> None:
    text = ("Gomez described the town hall in March at which Alvarez spoke about the mine, "
            "insisting that it would reopen by summer.")
    assert _speakers_over(nlp, text, "it would reopen")[:1] == ["Alvarez"]


def test_people_in_a_relative_clause_leave_the_participle_untold(nlp) -> None:
    text = ("Mayor Linda Ortiz met on Monday with residents who oppose the new highway, "
            "saying it would split the neighborhood in two.")
    assert "Linda Ortiz" not in _speakers_over(nlp, text, "split the neighborhood")


def test_a_relative_clause_about_a_thing_keeps_the_main_subject(nlp) -> None:
    text = ("Governor Tom Reyes vetoed a measure that raised parking fees, saying it hurt "
            "working families.")
    assert _speakers_over(nlp, text, "it hurt working")[:1] == ["Tom Reyes"]


def test_a_shout_recalled_by_another_is_the_shouters(nlp) -> None:
    text = ("Martinez told the jury about the night of the fire. The guard shouted, "
            "\"Stop right there! Drop the bag!\" Martinez recalled.")
    at = text.index("Stop right there")
    (quote,) = [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]
    assert quote.cue == "shouted"  # the guard's words; main gave them to Martinez
    assert quote.speaker != "Martinez"


def test_a_clause_with_that_keeps_the_cue_after(nlp) -> None:
    text = "Harmon argued the point for an hour. \"We will appeal this ruling,\" Harmon said."
    assert _speakers_over(nlp, text, "We will appeal")[:1] == ["Harmon"]


def test_one_speaker_on_both_sides_keeps_the_cue_after(nlp) -> None:
    text = "Senator Ames said, \"The vote is final,\" Ames added on Friday."
    assert _speakers_over(nlp, text, "The vote is final")[:1] == ["Ames"]


def test_a_role_read_into_a_told_description_is_undone() -> None:
    from newsprism.extract.quotes.framed import as_told
    from newsprism.extract.quotes.speakers import Speaker

    role = Speaker(surface="The sergeant", surface_start=5, surface_end=17,
                   name="Dana Wells", name_start=0, name_end=10, resolved="role")
    told = as_told(role)
    assert (told.name, told.resolved, told.name_start) == ("The sergeant", "description", 5)
    assert told.surface_start is None  # no epithet for compare/epithets.py to relink
    named = Speaker(surface="Wells", name="Dana Wells", resolved="name")
    assert as_told(named) is named


def test_a_participle_after_said_is_the_sayers(nlp) -> None:
    text = ("\"We fought this fight once already, and reopening it now is absurd,\" Delgado "
            "said, going on to say that the city has spent \"decades working against "
            "segregation and redlining and all of it, to have that argument again, students "
            "do not want to hear that.\"")
    assert _speakers_over(nlp, text, "the city has spent")[:1] == ["Delgado"]


def test_a_participle_before_its_verb_is_no_speech_before(nlp) -> None:
    from newsprism.extract.quotes.hung_later import speech_before

    doc = nlp("Council member Rita Vance, saying the budget was late, walked out early. "
              "Vance said, adding nothing, that she would return.")
    for token in doc:
        if token.lower_ in ("saying", "adding"):
            assert speech_before(token, lambda t: "say" if t.lemma_ == "say" else None) \
                is None


def test_a_name_in_an_outlets_report_is_the_namers(nlp) -> None:
    text = ("Coast guard cutters shadowed the Chinese fleet staging what Beijing officials "
            "called its biggest drill in the region in a decade, Reuters reported.")
    assert _speakers_over(nlp, text, "its biggest drill")[:1] == ["Beijing officials"]


def test_a_name_in_a_persons_statement_stays_folded_in(nlp) -> None:
    text = ("Senator Hal Brooks said the fleet was staging what Beijing officials called its "
            "biggest drill in the region in a decade.")
    assert _speakers_over(nlp, text, "its biggest drill") == ["Hal Brooks"]


def test_a_subordinate_clause_does_not_lead_in(nlp) -> None:
    text = ("Asked about the county fair, when he told the crowd, \"We built this town "
            "together,\" Mr. Ames said he did not recall the event.")
    assert _speakers_over(nlp, text, "We built this town")[:1] == ["Ames"]


def test_two_speakers_in_turn_keep_their_own_words(nlp) -> None:
    text = ("Dana Price, a spokeswoman for the museum, said, \"The collection stays here.\" "
            "The loans, she said, \"will end in June.\"")
    assert _speakers_over(nlp, text, "The collection stays")[:1] == ["Dana Price"]
    assert _speakers_over(nlp, text, "will end in June")[:1] == ["Dana Price"]
