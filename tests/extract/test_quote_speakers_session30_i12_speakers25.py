"""Session 30 (branch i12-speakers25): three speaker rules read on gold/speakers-basil9.

- a role noun is not matched to a lower office of the same word ("the president" is not
  the vice president; "the governor" not the lieutenant governor): lower_office.py;
- a bare surname two relatives named in one sentence share is shown as written, not
  given to the one named last: family_tie.py;
- a headline-case line is no source of an organisation's full name: headline_case.py.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.apposed_name import role_apposed_names
from newsprism.extract.quotes.headline_case import in_headline_case
from newsprism.extract.quotes.lower_office import holds_office
from tests.extract.quote_helpers import only, quotes_of


def test_the_president_is_not_the_vice_president_named_since() -> None:
    text = ("President Tom Hale signed the order on Monday.\n\n"
            "Vice President Jane Roe spoke first, praising the order.\n\n"
            "“We will not wait another year,” said the president.")  # fmt: skip
    quote = only(quotes_of(text), "said", "We will not wait")
    assert quote.speaker == "Tom Hale"


def test_the_vice_president_is_still_the_vice_president() -> None:
    text = ("President Tom Hale signed the order on Monday.\n\n"
            "Vice President Jane Roe spoke first, praising the order.\n\n"
            "“This is a good day for farmers,” the vice president said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "This is a good day")
    assert quote.speaker != "Tom Hale"


def test_the_governor_is_not_the_lieutenant_governor() -> None:
    text = ("Gov. Ann Lee toured the flooded plant on Tuesday.\n\n"
            "Lt. Gov. Bob Kent joined her later in the afternoon.\n\n"
            "“We will rebuild every road,” the governor said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "We will rebuild")
    assert quote.speaker == "Ann Lee"


def test_holds_office_reads_the_word_before_the_office() -> None:
    assert holds_office("president", "president")
    assert not holds_office("vice president", "president")
    assert not holds_office("lt. gov.", "gov.")
    assert holds_office("vice president", "president", "vice")
    assert not holds_office("president", "president", "vice")


def test_relatives_named_in_one_sentence_leave_the_surname_as_written() -> None:
    text = ("Ruth Ober, whose daughter, Lena Ober, won the race, spoke on Sunday.\n\n"
            "Ober praised the coaches “for every cold early morning on the track.”")  # fmt: skip
    quote = only(quotes_of(text), "praised")
    assert quote.speaker == "Ober"


def test_relatives_named_apart_keep_the_one_named_last() -> None:
    text = ("Lena Ober won the race on Saturday.\n\n"
            "Her mother, Ruth Ober, watched from the stands.\n\n"
            "“I cried the whole last lap,” Ober said.")  # fmt: skip
    quote = only(quotes_of(text), "said", "I cried")
    assert quote.speaker == "Ruth Ober"


def test_headline_case_line() -> None:
    nlp = load_nlp()
    title = nlp("Acme Board Approves Merger With Rival Steel Firm")
    body = nlp("The Acme board approved a merger with its rival on Monday.")
    assert in_headline_case(title[0:2])
    assert not in_headline_case(body[1:3])


def test_untagged_name_before_a_title_in_apposition_is_the_speaker() -> None:
    # the tagger tags no entity on "Rahm Tovar" and "Rahm" is in no given-name list
    text = ("Rahm Tovar, the mayor of Redfield and a former banker, said on Monday that "
            "the town should “keep the old bridge open for good.”")  # fmt: skip
    quote = only(quotes_of(text), "said", "the town should")
    assert quote.speaker == "Rahm Tovar"


def test_apposed_non_role_noun_names_no_person() -> None:
    nlp = load_nlp()
    doc = nlp("Tovar Holdings, a maker of bridges, said it would build another one.")
    is_role = lambda t: t.lemma_ in {"mayor", "spokesman"}  # noqa: E731
    assert role_apposed_names(doc, set(), is_role) == []
    doc = nlp("Rahm Tovar, the mayor of Redfield and a former banker, said it was good.")
    assert role_apposed_names(doc, set(), is_role) == [(0, 2)]


def test_cue_after_a_comma_and_then_shares_the_subject() -> None:
    text = ("Senator Ann Roe read the letter aloud on the floor.\n\n"
            "She paused, then added: “We were never told any of this.”")  # fmt: skip
    quote = only(quotes_of(text), "added", "We were never told")
    assert quote.speaker == "Ann Roe"


def test_then_joined_cue_with_its_own_subject_keeps_it() -> None:
    text = ("Senator Ann Roe read the letter aloud, and Senator Bo Lind listened.\n\n"
            "She paused, then he added: “We were never told any of this.”")  # fmt: skip
    quote = only(quotes_of(text), "added", "We were never told")
    assert quote.speaker != "Ann Roe"
