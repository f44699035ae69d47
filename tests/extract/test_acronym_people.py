"""An acronym is no one's surname (extract/acronym_people.py, session 23): BBC's "a
breach of UN resolutions" was made a name of Kim Jong Un. Real parses and linking."""

from __future__ import annotations

from newsprism.extract.acronym_people import is_acronym, surname_written_as
from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.nlp import load_nlp

NBC = ("North Korean leader Kim Jong Un has said the country will keep building its "
       "weapons. Kim Jong Un watched the launch, state media said.")
BBC = ("North Korea fired two ballistic missiles into the sea, in a breach of UN "
       "resolutions, South Korea's military said.")


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    return link_entities({k: find_mentions(nlp(t), k) for k, t in texts.items()}, texts)


def test_un_is_not_kim_jong_un() -> None:
    story = _link({"nbc": NBC, "bbc": BBC})
    (kim,) = [e for e in story.entities if e.name == "Kim Jong Un"]
    assert "UN" not in kim.aliases
    assert set(kim.mentions) == {"nbc"}  # BBC never names him
    assert story.entity_named("UN") != kim.id


def test_a_surname_alone_still_joins_its_person() -> None:
    story = _link({"a": "Sen. Bernie Sanders spoke on Monday.",
                   "b": "Sanders said the vote would come this week."})
    (sanders,) = [e for e in story.entities if e.name == "Bernie Sanders"]
    assert set(sanders.mentions) == {"a", "b"}
    assert story.entity_named("Sanders") == sanders.id


def test_what_an_acronym_is() -> None:
    assert all(map(is_acronym, ["UN", "U.N.", "NATO", "JCS", "EU"]))
    assert not any(map(is_acronym, ["Un", "Kim", "A", "OBAMAS", "un"]))


def test_an_acronym_joins_only_a_name_written_in_capitals() -> None:
    assert not surname_written_as("UN", ["Kim Jong Un"])
    assert surname_written_as("UN", ["KIM JONG UN"])  # an all-capitals text
    assert surname_written_as("Pelosi", ["Nancy Pelosi"])
