"""Session 21's second pass of entity rules (issue 12), on real report sentences.

The texts are sentences of the NeuS-AllSides probe stories the session-20 and
session-21 readers read (lines 650, 665, 780 of the roundup probe's train.source; see
docs/eval-compare.md, "Session 21: entities, second pass"), run through the real spaCy
parser, ``find_mentions`` and ``link_entities``.
"""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.nlp import load_nlp


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    mentions = {k: find_mentions(nlp(t), k) for k, t in texts.items()}
    return link_entities(mentions, texts)


def _rows(story: StoryEntities) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in story.entities}


def test_a_questions_auxiliary_is_no_given_name() -> None:
    story = _link({
        "a": "Will Trump get to create the “space force” he wants?",
        "b": "President Trump vowed on Monday to make space great again.",
        "c": "U.S. President Donald Trump on Monday said he was ordering the establishment of "
             "a sixth branch of the military to clear the way for American dominance of space.",
    })  # fmt: skip
    rows = _rows(story)
    assert "Will Trump" not in {a for aliases in rows.values() for a in aliases}
    assert rows["Donald Trump"] == {"Donald Trump", "Trump"}
    person = next(e for e in story.entities if e.name == "Donald Trump")
    assert person.mentions == {"a": 1, "b": 1, "c": 1}


def test_a_person_called_will_keeps_the_name() -> None:
    said = _rows(_link({"a": "Will Hurd said on Monday he would not run again."}))
    assert "Will Hurd" in said  # a modal takes no past tense: no question
    named = _rows(_link({"a": "Will Hurd win the race? Rep. Will Hurd is favoured."}))
    assert "Will Hurd" in named and "Hurd" not in named  # written after a title too


def test_names_given_as_a_persons_others_join_the_row() -> None:
    text = ("Keith Ellison (or Keith E. Hakim, or Keith X. Ellison, or Keith Muhammad, etc.) "
            "is campaigning for office.")
    rows = _rows(_link({"a": text}))
    assert rows == {"Keith Ellison": {"Keith Ellison", "Keith E. Hakim", "Keith X. Ellison",
                                      "Keith Muhammad"}}


def test_two_people_named_together_are_no_aliases() -> None:
    text = "Keith Ellison and Howard Dean, or Dean's allies, are campaigning for office."
    rows = _rows(_link({"a": text}))
    assert "Keith Ellison" in rows and "Howard Dean" in rows
    choice = _rows(_link({"a": "Who will lead the party, Keith Ellison or Howard Dean?"}))
    assert "Keith Ellison" in choice and "Howard Dean" in choice  # a choice, no aliases


def test_a_states_nickname_is_the_state() -> None:
    story = _link({
        "b": "Sen. Bernie Sanders is expanding his lead in New Hampshire — as former Vice "
             "President Joe Biden falters, according to a new poll released on the eve of "
             "the primary election in the Granite State.",
    })  # fmt: skip
    state = next(e for e in story.entities if "Granite State" in e.aliases)
    assert state.name == "New Hampshire" and state.type == "GPE"
    assert state.mentions == {"b": 2}


def test_a_place_of_a_mayors_race_is_the_city_the_story_names() -> None:
    story = _link({
        "left": "Former presidential and New York mayoral candidate Andrew Yang is set to "
                "launch a third party.",
        "center": "Former Democratic presidential and New York City mayoral candidate Andrew "
                  "Yang is planning on launching a third party.",
    })  # fmt: skip
    rows = _rows(story)
    assert rows["New York City"] == {"New York City", "New York"}
    assert "New York" not in rows


def test_the_state_of_that_name_stays_the_state() -> None:
    story = _link({
        "a": "New York City mayoral candidate Andrew Yang spoke in Albany.",
        "b": "Yang said New York needs a new voting law, and upstate New York agrees.",
    })  # fmt: skip
    rows = _rows(story)
    assert "New York" in rows and "New York City" in rows


def test_a_possessive_ends_a_persons_name() -> None:
    text = ("The “Justice in Policing Act of 2020” aims to increase transparency and limit "
            "abuses after unrest over Floyd’s May 25 death.")
    names = {a for e in _link({"a": text}).entities for a in e.aliases}
    assert "Floyd" in names and not any("May" in n for n in names)


def test_a_bridge_is_a_facility() -> None:
    text = ("Thousands of migrants had been camped under the Del Rio International Bridge "
            "in Texas.")
    bridge = next(e for e in _link({"a": text}).entities if "Bridge" in e.name)
    assert bridge.type == "FAC"


def test_two_places_joined_by_a_hyphen_are_two_places() -> None:
    story = _link({"a": "Biden's border policy is tested at the U.S.-Mexico border.",
                   "b": "Coca-Cola said nothing."})
    rows = {e.name: e.type for e in story.entities}
    assert rows.get("U.S.") == "GPE" and rows.get("Mexico") == "GPE"
    assert "U.S.-Mexico" not in rows and "Coca-Cola" in rows  # a company's name stays whole
