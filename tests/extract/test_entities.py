"""Entity merging across a story's articles, on real spaCy parses (issue 12's misses)."""

from __future__ import annotations

import pytest

from newsprism.extract.entities import (
    StoryEntities,
    _checked_label,
    find_mentions,
    link_entities,
    name_words,
)
from newsprism.extract.nlp import load_nlp


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    mentions = {k: find_mentions(nlp(t), k) for k, t in texts.items()}
    return link_entities(mentions, texts)


def _person(story: StoryEntities, alias: str):
    found = [e for e in story.entities if e.type == "PERSON" and alias in e.aliases]
    assert len(found) == 1, [(e.name, e.aliases) for e in story.entities]
    return found[0]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("James R. Clapper Jr.", ["james", "r", "clapper"]),
        ("Cesar Sayoc Jr.", ["cesar", "sayoc"]),
        ("Martin Luther King III", ["martin", "luther", "king"]),
        ("Jr.", ["jr"]),
    ],
)
def test_name_words_drop_suffixes(name: str, words: list[str]) -> None:
    assert name_words(name) == words


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Senator Chuck Schumer spoke on Tuesday.", "Charles Schumer said it would pass."),
        ("James R. Clapper Jr. testified on Monday.", "James Clapper said the agency erred."),
        ("The suspect, Cesar Sayoc Jr., was arrested.", "Cesar Sayoc appeared in court."),
        ("Bill Clinton spoke in Denver.", "William Clinton, the former president, spoke."),
    ],
)  # fmt: skip
def test_same_person_written_two_ways_is_one_entity(first: str, second: str) -> None:
    story = _link({"a": first, "b": second})
    people = [e for e in story.entities if e.type == "PERSON"]
    assert len(people) == 1, [(e.name, e.aliases) for e in people]
    assert people[0].mentions == {"a": 1, "b": 1}


def test_two_people_sharing_a_surname_stay_apart() -> None:
    story = _link({"a": "Joe Biden spoke.", "b": "Hunter Biden and Charles Biden spoke."})
    assert len([e for e in story.entities if e.type == "PERSON"]) == 3


def test_unnamed_spokesman_is_not_the_named_one() -> None:
    story = _link({
        "a": "A White House spokesman declined to comment on Tuesday.",
        "b": "White House spokesman Josh Earnest said the president would sign it.",
    })  # fmt: skip
    earnest = _person(story, "Josh Earnest")
    assert earnest.mentions == {"b": 1}


def test_definite_title_still_joins_its_holder() -> None:
    story = _link({
        "a": "White House spokesman Josh Earnest spoke on Monday.",
        "b": "Josh Earnest briefed reporters. The White House spokesman said it was over.",
    })  # fmt: skip
    earnest = _person(story, "Josh Earnest")
    assert sum(earnest.mentions.values()) >= 3


def test_address_is_not_a_holder() -> None:
    story = _link({"a": 'Vice President Joe Biden spoke. "Thank you, Madam President," she said.'})
    biden = _person(story, "Joe Biden")
    assert all("President" not in a or "Biden" in a for a in biden.aliases)


def test_non_names_are_dropped_and_services_are_organisations() -> None:
    story = _link({"a": "His Dad said he would post it on Twitter, Senator Jane Roe said."})
    names = {e.name: e.type for e in story.entities}
    assert "Dad" not in names
    assert names.get("Twitter", "ORG") == "ORG"


def test_hyphenated_company_names_merge() -> None:
    story = _link({"a": "Wal-Mart Stores said sales rose.", "b": "Walmart Stores said so too."})
    orgs = [e for e in story.entities if "Stores" in e.name]
    assert len(orgs) == 1, [(e.name, e.type) for e in story.entities]


def test_party_and_state_labels_are_not_entities() -> None:
    # BASIL 2013 (HuffPost): the "(R-Ohio)" after a senator labels him, it names no place
    story = _link({
        "a": "Sen. Rob Portman (R-Ohio) announced his support for same-sex marriage.",
        "b": "Sen. Richard Blumenthal, D-Conn., said he would vote for the bill in Ohio.",
    })  # fmt: skip
    names = {e.name for e in story.entities}
    assert {"Rob Portman", "Richard Blumenthal"} <= names
    assert not any(n.startswith(("R-", "D-")) for n in names), names
    assert "Conn" not in names
    ohio = [e for e in story.entities if e.name == "Ohio"]
    assert ohio and ohio[0].mentions == {"b": 1}  # the place, not the label


def test_acronym_joins_its_expansion() -> None:
    story = _link({
        "a": "The Federal Bureau of Investigation arrested him on Friday.",
        "b": "The FBI said he acted alone.",
    })  # fmt: skip
    orgs = [e for e in story.entities if e.type == "ORG"]
    assert len(orgs) == 1, [(e.name, e.aliases) for e in orgs]



# --- session 13: a title stands for a person only when used as one (BASIL 2011, 2012) ---


def _people_with(story: StoryEntities, alias: str) -> list[str]:
    return [e.name for e in story.entities if alias in {a.lower() for a in e.aliases}]


def test_the_vice_president_is_not_the_president() -> None:
    # BASIL 2012 b5eefefb: "the vice president" (Biden) was given to Obama and Romney
    story = _link({
        "a": "President Barack Obama watched as Vice President Joe Biden debated Paul Ryan. "
             "The vice president dominated the spotlight. Republican Mitt Romney was absent.",
        "b": "Mr. Ryan tried to be respectful, listening to the vice president with a tilted "
             "head. The president told reporters Biden was terrific.",
    })  # fmt: skip
    assert _people_with(story, "vice president") == ["Joe Biden"]
    obama = _person(story, "Barack Obama")
    assert not any("vice" in a.lower() for a in obama.aliases), obama.aliases
    assert obama.mentions.get("b", 0) >= 1  # "The president" of article b


def test_a_title_that_names_the_office_joins_nobody() -> None:
    # BASIL 2012: "the Republican nominee for president, Mitt Romney" made Romney a
    # president, and "running for president" then joined him
    story = _link({
        "a": "Obama debated the Republican nominee for president, Mitt Romney, last week. "
             "The two men are running for president. President Obama spoke on Sunday.",
    })  # fmt: skip
    romney = _person(story, "Mitt Romney")
    assert all("president" not in a.lower() for a in romney.aliases), romney.aliases


def test_an_appositive_title_is_not_the_story_holder() -> None:
    # BASIL 2011 576116e5: "Jonathan Cowan, president of Third Way" and "executive vice
    # president" were given to President George W. Bush
    story = _link({
        "a": "The AARP opposed President George W. Bush's plan. Jonathan Cowan, president "
             "of Third Way, praised the move. Max Richtman, executive vice president of the "
             "National Committee, objected.",
    })  # fmt: skip
    bush = _person(story, "George W. Bush")
    assert bush.mentions == {"a": 1}, bush.aliases


def test_the_president_joins_the_president_named_by_surname() -> None:
    # BASIL 2011 576116e5: "President Obama" (surname only) gives him the office, so "the
    # president" later in the article is Obama, not the earlier President George W. Bush
    story = _link({
        "a": "The group opposed President George W. Bush's push in 2005. Aides said President "
             "Obama does not see a crisis. \"The president supports measures,\" they said.",
    })  # fmt: skip
    assert _people_with(story, "president") == ["Obama"]


def test_a_surname_alone_in_several_articles_is_one_person() -> None:
    story = _link({
        "a": "President Obama's commission reported on Friday.",
        "b": "It came amid talks between the Obama administration and Congress.",
        "c": "They said President Obama does not see Social Security as a driver of deficits.",
    })  # fmt: skip
    obama = [e for e in story.entities if e.name == "Obama"]
    assert len(obama) == 1 and set(obama[0].mentions) == {"a", "b", "c"}, obama


@pytest.mark.parametrize(("name", "label"), [("piggy", "GPE"), ("pinnacle", "ORG"),
                                             ("treasury", "ORG")])  # fmt: skip
def test_lower_case_tags_are_not_names(name: str, label: str) -> None:
    # BASIL 2012/2014: the tagger's "piggy" (GPE) and "pinnacle" (ORG) are common nouns
    assert _checked_label(name, label) is None
    assert _checked_label(name.title(), label) == label


@pytest.mark.parametrize(
    ("first", "second", "short"),
    [
        ("J. Russell George, the Treasury inspector general, testified.",
         "Neal S. Wolin, the deputy secretary of the Treasury Department, spoke.", "Treasury"),
        ("Mr. Corker said on Fox that the group was growing.",
         'Corker said on "Fox News Sunday" that it was growing.', "Fox"),
        ("She complained to the Federal Elections Commission in 2010.",
         "The Federal Election Commission fined the group.", "Federal Election Commission"),
    ],
)  # fmt: skip
def test_short_and_plural_forms_of_an_organisation_merge(first: str, second: str,
                                                         short: str) -> None:  # fmt: skip
    # BASIL 2012/2013: "Treasury" / "Treasury Department", "Fox" / "Fox News", FEC spellings
    story = _link({"a": first, "b": second})
    holders = [e for e in story.entities if short in e.aliases]
    assert len(holders) == 1 and len(holders[0].aliases) == 2, [
        (e.name, e.aliases) for e in story.entities]


def test_an_adjective_is_not_a_short_organisation_name() -> None:
    # BASIL 2014: "American" (NORP) is not "American University"
    story = _link({"a": "Brat studied at American University.",
                   "b": "The American economy grew, an American economist said."})  # fmt: skip
    american = [e for e in story.entities if "American University" in e.aliases]
    assert american and american[0].aliases == ["American University"], american


def test_a_title_the_tagger_took_into_a_name_is_not_a_given_name() -> None:
    # BASIL 2013 84678e18 (NYT): "Representative Darrell Issa" stayed apart from "Darrell Issa"
    story = _link({
        "a": "Lerner refused, despite attempts by Representative Darrell Issa of California.",
        "b": "Darrell Issa, the committee chairman, said she had waived her rights.",
    })  # fmt: skip
    issa = _person(story, "Darrell Issa")
    assert issa.mentions == {"a": 1, "b": 1}, issa.aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [("U.S.", "U.S."), ("the U.S.'s", "U.S."), ("Thomas J. Barrack Jr.", "Thomas J. Barrack Jr."),
     ("Apple Inc.", "Apple Inc."), ("Obama.", "Obama"), ("J.", "J"), ("“D.C.”", "D.C.")],
)
def test_a_name_keeps_the_stop_that_closes_an_abbreviation(text: str, name: str) -> None:
    from newsprism.extract.entities import clean_name, fold

    assert clean_name(text) == name
    assert fold(clean_name(text)) == fold(name.rstrip("."))  # keys as before: no merge moves


# --- session 20: pieces, types and split rows (docs/eval-compare.md, "Session 20: entities")


def _rows(story: StoryEntities) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in story.entities]


def test_a_sentence_opening_word_is_no_given_name() -> None:
    story = _link({"a": "President Barack Obama spoke. Plus Obama is nominating a director.",
                   "b": "Obama said it would pass."})
    obama = _person(story, "Obama")
    assert obama.name == "Barack Obama" and "Plus Obama" not in obama.aliases
    assert sum(obama.mentions.values()) == 3


def test_a_group_noun_plural_and_adjective_are_one_row() -> None:
    story = _link({"a": "Democratic lawmakers said Democrats would vote. One Democrat objected.",
                   "b": "Many Democrats and Republicans agreed. Republican leaders did not."})
    names = [n for n, _ in _rows(story)]
    assert sum(n.startswith("Democrat") for n in names) == 1, names
    assert sum(n.startswith("Republican") for n in names) == 1, names


def test_a_county_and_its_conjuncts_are_places_not_people() -> None:
    story = _link({"a": "They join Broward, Leon and Alachua Counties in openly defying the "
                        "governor."})
    assert not [n for n, t in _rows(story) if t == "PERSON"], _rows(story)


@pytest.mark.parametrize("text", ["Florida saw 23,000 COVID-19 cases last week.",
                                  "Wright died of COVID-19 earlier this year."])
def test_a_code_is_no_entity(text: str) -> None:
    assert "COVID-19" not in [n for n, _ in _rows(_link({"a": text}))]


def test_a_town_before_a_state_is_a_place_and_the_state_abbreviation_its_state() -> None:
    story = _link({"a": "The massacre in Newtown, Conn., shocked the nation.",
                   "b": "Lawmakers in Connecticut reached a deal on Monday."})
    rows = _rows(story)
    assert ("Newtown", "GPE") in rows, rows
    assert [n for n, t in rows if t == "GPE" and n.startswith("Conn")] == ["Connecticut"], rows


def test_an_organisation_cut_at_and_is_one_name_when_the_story_has_it_whole() -> None:
    story = _link({"a": "In July, US Customs and Border Protection apprehended 212,672 people.",
                   "b": "Figures were released by U.S. Customs and Border Protection."})
    names = [n for n, _ in _rows(story)]
    assert "Border Protection" not in names and "US Customs" not in names, names


def test_a_city_named_state_abbreviation_is_not_the_dateline_city() -> None:
    story = _link({"a": "WASHINGTON — A student in Bellingham, Wash., followed him on Twitter."})
    assert not [e for e in story.entities if {"WASHINGTON", "Wash"} <= set(e.aliases)]


def test_a_state_abbreviation_row_is_named_by_the_state() -> None:
    story = _link({"a": "He visited Ferguson, Mo., on Wednesday. Police in Ferguson, Mo., "
                        "said so. The Missouri governor spoke.",
                   "b": "Missouri officials and officials in Ferguson, Mo., met."})
    assert "Mo" not in [e.name for e in story.entities]


def test_a_surname_with_a_suffix_joins_the_full_name() -> None:
    story = _link({"a": "Cyrus Vance Jr. said the office would appeal. Vance Jr. spoke later."})
    assert [e.name for e in story.entities if e.type == "PERSON"] == ["Cyrus Vance Jr."]


def test_a_town_once_written_before_its_state_is_a_place_everywhere() -> None:
    story = _link({"a": "The shooting in Newtown, Conn., shocked the nation.",
                   "b": "After the Newtown shooting, Wayne LaPierre spoke. Newtown mourned."})
    assert [e.type for e in story.entities if e.name == "Newtown"] == ["GPE"], _rows(story)


def test_gop_and_republicans_are_one_row() -> None:
    story = _link({"a": "GOP state Rep. Jake Ellzey won.", "b": "Republicans cheered Ellzey."})
    names = [n for n, _ in _rows(story)]
    assert "GOP" not in names or "Republicans" not in names, names


def test_a_person_named_by_the_middle_name_is_one_row() -> None:
    story = _link({"a": "Obama will nominate Byron Todd Jones, the acting director.",
                   "b": "Obama is nominating ATF Acting Director Todd Jones to lead it."})
    assert len([e for e in story.entities if e.name.endswith("Jones")]) == 1, _rows(story)


def test_a_name_the_crawl_cut_at_the_end_is_no_entity() -> None:
    story = _link({"a": "Wright was endorsed by Donald Trump and by the Club..."})
    assert "Club" not in [n for n, _ in _rows(story)]


@pytest.mark.parametrize(
    ("text", "piece"),
    [("Neither the name of Yang’s third party nor its plans have been revealed.", "Yang’s third"),
     ("Burbio is tracking reopenings.  Schools listed in the tracker have closed.", "Schools")],
)  # fmt: skip
def test_a_common_word_is_no_part_of_a_name(text: str, piece: str) -> None:
    names = [n for n, _ in _rows(_link({"a": text}))]
    assert piece not in names, names


def test_a_group_word_and_its_party_are_one_row() -> None:
    story = _link({"a": "Yang left the Democratic Party in 2021.",
                   "b": "Yang, a former Democratic presidential candidate, spoke."})
    names = [n for n, _ in _rows(story)]
    assert sum(n.startswith("Democratic") for n in names) == 1, names


def test_a_surname_the_tagger_calls_a_plural_noun_stays() -> None:
    story = _link({"a": "Oklahoma Attorney General Scott Pruitt filed the suit. Pruitt said in "
                        "a statement that it was wrong."})
    assert sum(_person(story, "Scott Pruitt").mentions.values()) == 2
