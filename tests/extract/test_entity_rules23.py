"""Session 23's entity rules (issue 12): companies, chambers in titles, office words,
named laws, acronyms of a country-prefixed name, a company's short form.

Sentences of gold/entities-fresh4's dev stories and of NeuS raw rows the brief named
(docs/eval-compare.md, "Session 23: entities"), run through the real spaCy parser,
``find_mentions`` and ``link_entities``. Each rule test fails on main (33fac30).
"""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.models import Entity


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    mentions = {k: find_mentions(nlp(t), k) for k, t in texts.items()}
    return link_entities(mentions, texts)


def _row(story: StoryEntities, alias: str) -> Entity | None:
    return next((e for e in story.entities if alias in e.aliases), None)


def test_a_vaccine_maker_is_an_organisation() -> None:
    story = _link({
        "a": "Biden’s booster dose comes after the CDC endorsed Pfizer booster shots for those "
             "65 and over. The CDC’s booster endorsement does not cover those who received the "
             "Moderna or Johnson & Johnson vaccines.",
        "b": "I'm about to get my booster shot. The FDA determined the boosters for the Pfizer "
             "vaccine are safe.",
    })  # fmt: skip
    for name in ("Pfizer", "Moderna"):
        row = _row(story, name)
        assert row is not None and row.type == "ORG", name


def test_an_outlet_read_as_a_group_is_an_organisation() -> None:
    text = ("Southwest Airlines canceled at least 1,800 domestic flights. Southwest, however, "
            "told The Federalist that attributing the cancellations to the mandate was wrong.")
    row = _row(_link({"a": text}), "Federalist")
    assert row is not None and row.type == "ORG"


def test_a_chamber_in_its_leaders_title_is_no_row() -> None:
    text = ("Republican Senate Minority Leader Mitch McConnell announced during a floor speech "
            "on Monday that he has received a third dose of the vaccine.")
    story = _link({"a": text})
    assert _row(story, "Senate") is None
    assert _row(story, "Mitch McConnell") is not None


def test_a_chamber_acting_on_its_own_stays() -> None:
    text = "The Senate passed the bill last month, and the House will vote on Friday."
    story = _link({"a": text})
    assert _row(story, "Senate") is not None and _row(story, "House") is not None


def test_an_org_head_word_is_no_person() -> None:
    text = ("Rep. Jan Schakowsky, a close ally of Speaker Nancy Pelosi, said leaving a "
            "closed-door House Democratic Caucus meeting that the bill will fail.")
    story = _link({"a": text})
    assert _row(story, "Caucus") is None
    assert _row(story, "Jan Schakowsky") is not None


def test_an_office_word_comes_off_an_organisation() -> None:
    text = ("Joint Chiefs of Staff Chair Gen. Mark Milley and Gen. Kenneth McKenzie, commander "
            "of U.S. Central Command, contradicted President Joe Biden’s claim.")
    story = _link({"a": text})
    assert _row(story, "Joint Chiefs of Staff Chair") is None
    assert _row(story, "Joint Chiefs of Staff") is not None


def test_a_named_law_gives_no_person_or_organisation() -> None:
    text = ("Biden will not, however, meet his stated deadline for passing the George Floyd "
            "Justice in Policing Act by May 25th. The murder of George Floyd shook the nation.")
    story = _link({"a": text})
    names = {a for e in story.entities for a in e.aliases}
    assert not any("Justice" in n or "Policing" in n for n in names), names
    assert _row(story, "George Floyd") is not None  # the man, named outside the law


def test_an_acronym_joins_its_country_prefixed_name() -> None:
    story = _link({
        "a": "The U.S. Food and Drug Administration could act within weeks.",
        "b": "Merck and its partner will seek FDA authorization for the drug.",
    })  # fmt: skip
    row = _row(story, "FDA")
    assert row is not None and "U.S. Food and Drug Administration" in row.aliases


def test_a_misspoken_plural_joins_the_body_and_its_acronym() -> None:
    story = _link({
        "a": "That's because the Center for Diseases Control and Prevention, the CDC, looked "
             "at all the data.",
        "b": "Days after the Centers for Disease Control (CDC) recommended booster shots, the "
             "CDC endorsed Pfizer booster shots.",
    })  # fmt: skip
    row = _row(story, "CDC")
    assert row is not None and "Centers for Disease Control" in row.aliases
    assert "Center for Diseases Control and Prevention" in row.aliases


def test_a_company_short_form_is_the_company() -> None:
    story = _link({
        "a": "Dallas-based Southwest Airlines canceled more than 1,000 flights over the weekend.",
        "b": "The airline blamed weather and air traffic control issues.\n\nSouthwest's "
             "pilots' union said the cancellations were not part of a planned labor "
             "demonstration.",
    })  # fmt: skip
    row = _row(story, "Southwest")
    assert row is not None and row.type == "ORG" and "Southwest Airlines" in row.aliases


def test_a_state_before_a_bank_keeps_its_row() -> None:
    story = _link({"a": "Texas Bank reported profits. Texas passed a new law on Monday."})
    row = _row(story, "Texas")
    assert row is not None and row.type == "GPE"


def test_an_acronym_of_a_name_opening_on_united_nations_still_joins() -> None:
    # a guard: "United Nations" is a country word, and UNSC spells the whole name
    story = _link({
        "a": "The United Nations Security Council met in New York on Friday.",
        "b": "Diplomats said the UNSC would vote on the resolution next week.",
    })  # fmt: skip
    row = _row(story, "UNSC")
    assert row is not None and "United Nations Security Council" in row.aliases
