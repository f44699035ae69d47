"""Session 32 (branch i12-found): quotations gold/speakers-basil11 showed were not found.

- a parenthetical "he went on" is a cue ("Managers, he went on, “…”"): went_on.py, read
  by Article.speech_base;
- a name set off after a role noun or "one of" a plural of people ("One of the
  volunteers, Evander Quillon, said") is a person though the tagger tags no entity:
  partitive_name.py, read by People;
- an "-s" speech verb the tagger read as a noun, with a subject of its own right after a
  quotation ("“…!” the councilman demands."), is a cue: noun_verb.py.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.noun_verb import verb_tagged_noun
from newsprism.extract.quotes.went_on import went_on_cue
from tests.extract.quote_helpers import only, quotes_of


def test_went_on_set_off_by_commas_is_a_cue() -> None:
    text = ("Judge Harlan Tove questioned the lawyer. Managers, he went on, “are informed by "
            "the company about how to exercise that discretion.”")  # fmt: skip
    quote = only(quotes_of(text), "went on")
    assert quote.speaker == "Harlan Tove"
    assert quote.text.startswith("are informed by the company")


def test_went_on_between_two_parts_joins_them() -> None:
    text = ("Coach Mirela Sandu faced reporters. “We lost the ball too often,” she went on, "
            "“and that is on me.”")  # fmt: skip
    quote = only(quotes_of(text), "went on")
    assert quote.speaker == "Mirela Sandu"
    assert len(quote.parts) == 2


def test_went_on_to_do_something_is_no_cue() -> None:
    doc = load_nlp()("The senator went on to win the seat, and she went on television later.")
    assert [t.text for t in doc if went_on_cue(t)] == []


def test_the_show_went_on_is_no_cue() -> None:
    text = "Mayor Ana Pell spoke first. He went on, but nobody heard “the plan.”"
    assert [q for q in quotes_of(text) if q.cue == "went on"] == []


def test_one_of_the_people_with_a_name_set_off_is_that_person() -> None:
    text = ("The union met on Sunday. One of its members, Demetrios Minor, said the vote was "
            "“a disgrace to every worker here.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Demetrios Minor"


def test_one_of_its_places_with_a_place_name_is_no_person() -> None:
    text = ("The chain has many branches. One of its branches, Kansas City, said the plan "
            "“will not survive the winter.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker is None


def test_a_speech_verb_tagged_a_noun_after_a_quotation_is_a_cue() -> None:
    text = ("Councilman Ray Dorn stood up. “Where is the money!” the three-term councilman "
            "demands. “Show me the receipts now.”")  # fmt: skip
    quote = only(quotes_of(text), "demands")
    assert quote.text.startswith("Where is the money!")


def test_a_plural_noun_with_no_subject_stays_a_noun() -> None:
    doc = load_nlp()("The union’s demands included “a living wage for every driver.”")
    assert [t.text for t in doc if verb_tagged_noun(t)] == []
    assert quotes_of(doc.text) == []
