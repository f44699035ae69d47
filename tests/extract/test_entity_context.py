"""Session 21's entity rules, on sentences of the reports fresh readers read (issue 12).

Each text is a real report's sentence (NeuS-AllSides raw crawl and probe stories named
in docs/eval-compare.md, "Read as a user after session 20"), run through the real spaCy
parser, ``find_mentions`` and ``link_entities``.
"""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.mention_rules import quoted_title_piece
from newsprism.extract.nlp import load_nlp
from newsprism.extract.story_names import court_key
from newsprism.models import Entity


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    mentions = {k: find_mentions(nlp(t), k) for k, t in texts.items()}
    return link_entities(mentions, texts)


def _rows(story: StoryEntities) -> dict[str, Entity]:
    return {e.name: e for e in story.entities}


def _aliases(story: StoryEntities) -> set[str]:
    return {a for e in story.entities for a in e.aliases}


def test_a_piece_of_a_quoted_book_title_is_no_organisation() -> None:
    text = ("His book, called \"Forward: Notes on the Future of Our Democracy,” is promoted "
            "to be about moving past the country’s partisan divide.")
    assert not any("Democracy" in a for a in _aliases(_link({"a": text})))


def test_quoted_speech_and_a_quoted_programme_are_no_title() -> None:
    speech = "“Facebook isn’t killing people,” Biden said."
    assert not quoted_title_piece(speech, 1, 9)
    show = "“It’s simple. I know the truth,” Commisso told “CBS This Morning” in an interview."
    start = show.index("CBS")
    assert not quoted_title_piece(show, start, start + 3)  # the owner's name leads it


def test_a_numbered_report_and_a_craft_are_no_organisation() -> None:
    story = _link({
        "a": "The dispatches began routinely enough for an out-of-the-ordinary day, with Pool "
             "Report #2 from Cheryl Bolen, the Bloomberg White House reporter on duty.",
        "b": "“They’re killing people,” President Biden said loudly enough to be heard under "
             "the roar of his Marine One helicopter idling on the South Lawn of the White House "
             "on Friday.",
    })  # fmt: skip
    names = _aliases(story)
    assert "Pool Report" not in names and "Marine" not in names
    assert {"Cheryl Bolen", "White House", "Bloomberg"} <= names


def test_a_disease_and_a_drug_are_no_entity() -> None:
    story = _link({
        "a": "President Joe Biden walked back some of his criticism of Facebook, saying Monday "
             "he meant to accuse a dozen users, but not the social media platform itself, of "
             "spreading deadly lies about Covid vaccines.",
        "b": "Trump's doctors updated the press pool, as the president continues his treatment "
             "on dexamethasone and Remdesivir to fight coronavirus.",
    })  # fmt: skip
    names = {a.lower() for a in _aliases(story)}
    assert "covid" not in names and "remdesivir" not in names


def test_an_outlet_is_an_organisation() -> None:
    story = _link({"a": "Andrew Yang is planning on launching a third party, two people "
                        "familiar with the situation told Politico."})
    assert _rows(story)["Politico"].type == "ORG"


def test_a_dateline_town_is_a_place_and_the_outlet_no_acronym() -> None:
    story = _link({"a": "Democratic candidates sharpen attacks in closing days of New Hampshire "
                        "primary\n\nNashua, New Hampshire (CNN) - So much for \"Iowa nice.\""})
    rows = _rows(story)
    assert rows["Nashua"].type == "GPE"
    assert "CNN" not in rows["New Hampshire"].aliases and rows["CNN"].type == "ORG"


def test_a_party_adjective_is_cut_from_the_state_before_it() -> None:
    story = _link({"a": "Just how close is the New Hampshire Democratic primary? The five "
                        "latest polls of the state seem to disagree."})
    rows = _rows(story)
    assert "New Hampshire Democratic" not in rows
    assert rows["New Hampshire"].type == "GPE"


def test_a_company_introduced_as_one_and_a_military_branch_are_organisations() -> None:
    story = _link({
        "a": "More than 1,000 schools have closed because of COVID-19 since the beginning of "
             "the school year, according to Burbio, a New York-based data service that is "
             "tracking K-12 school closures.",
        "b": "The death toll, including 11 U.S. Marines and a Navy medic, and an additional 15 "
             "service members were wounded on Thursday.",
    })  # fmt: skip
    rows = _rows(story)
    assert rows["Burbio"].type == "ORG"
    assert rows["U.S. Marines"].type == "ORG"


def test_an_acronym_in_brackets_is_its_name() -> None:
    story = _link({
        "a": "She was discussing a Department of Health and Human Services (HHS) report on "
             "\"confronting health misinformation.\"",
        "b": "The start of the school year coincided with increasing COVID-19 infections among "
             "children, according to the latest data from the American Academy of Pediatrics "
             "(AAP).",
    })  # fmt: skip
    rows = _rows(story)
    assert "HHS" in rows["Department of Health and Human Services"].aliases
    assert "AAP" in rows["American Academy of Pediatrics"].aliases
    assert not any("(" in a for a in _aliases(story))


def test_a_one_word_name_takes_the_acronym_of_its_capitals() -> None:
    """Session-27 reader (NeuS raw row 251): "KwaZulu-Natal (KZN)" gave two rows."""
    story = _link({
        "a": "Gauteng and KwaZulu-Natal (KZN) have been the scene of chaos this week. "
             "Police in KZN said 2,200 people were arrested.",
        "b": "The unrest spread across KwaZulu-Natal on Monday.",
    })  # fmt: skip
    rows = [e for e in story.entities if e.name == "KwaZulu-Natal" or "KZN" in e.aliases]
    assert len(rows) == 1 and "KZN" in rows[0].aliases


def test_a_name_cut_before_its_lower_case_head_joins_the_whole_name() -> None:
    story = _link({
        "a": "The bombs detonated within minutes of each other at 6pm local time yesterday, one "
             "near Abbey gate and another near the Baron hotel.",
        "b": "At least 13 U.S. service members were among dozens killed after twin explosions "
             "tore through the crowd congregating at the Abbey Gate of Hamid Karzai "
             "International Airport in the Afghan capital.",
    })  # fmt: skip
    gate = [e for e in story.entities if "Abbey" in e.name]
    assert len(gate) == 1 and gate[0].mentions == {"a": 1, "b": 1}


def test_a_given_name_alone_is_the_one_person_of_that_family() -> None:
    story = _link({
        "a": "U.S. Attorney General William Barr has no plans to appoint special counsels to "
             "investigate President-elect Joe Biden’s son, Hunter Biden, he said on Monday.",
        "b": "Attorney General William Barr said he had rejected the idea of appointing a "
             "special counsel to investigate Joe Biden’s son, Hunter, or to look into President "
             "Trump’s allegations of voter fraud.",
    })  # fmt: skip
    hunter = [e for e in story.entities if "Hunter" in e.aliases or "Hunter Biden" in e.aliases]
    assert len(hunter) == 1 and hunter[0].mentions == {"a": 1, "b": 1}
    assert "Hunter" not in _rows(story)["Joe Biden"].aliases


def test_one_appeals_court_however_written() -> None:
    story = _link({
        "a": "In a divided decision, a three-judge panel of the U.S. Court of Appeals for the "
             "4th Circuit said the existing minimum age requirement restricts the rights of "
             "law-abiding citizens.",
        "b": "A three-judge panel for the U.S. Court of Appeals for the Fourth Circuit ruled "
             "Tuesday that the federal ban is unconstitutional.",
        "c": "The big picture: A three-judge panel of the 4th US Circuit Court of Appeals ruled "
             "the restrictions unconstitutional.",
    })  # fmt: skip
    courts = [e for e in story.entities if "Circuit" in e.name]
    assert len(courts) == 1 and courts[0].mentions == {"a": 1, "b": 1, "c": 1}
    assert court_key("ninth circuit") == "9th circuit court of appeals"
    assert court_key("court of appeals") == "court of appeals"


def test_a_state_department_of_education_is_one_name() -> None:
    story = _link({"a": "Alabama schools reported 13,000 coronavirus cases in a two-week period "
                        "on Friday, according to data from the Alabama Department of Public "
                        "Health and the Alabama State Department of Education."})
    names = _aliases(story)
    assert "Alabama State Department of Education" in names and "State Department" not in names


def test_a_count_counts_every_form_the_article_writes() -> None:
    story = _link({
        "a": "President Joe Biden walked back some of his criticism of Facebook, saying Monday "
             "he meant to accuse a dozen users.\n\n“Facebook isn’t killing people,” Biden "
             "said.\n\nBiden added that he hopes Facebook will do more to fight “the outrageous "
             "misinformation” about coronavirus vaccines “instead of taking it personally that "
             "somehow I’m saying Facebook is killing people.”",
        "b": "\"There's about 12 people who are producing 65 percent of vaccine misinformation "
             "on social media platforms,\" said Psaki. \"All of them remain active on Facebook, "
             "despite some even being banned on other platforms, including ones that Facebook "
             "owns.\"",
    })  # fmt: skip
    assert _rows(story)["Facebook"].mentions == {"a": 4, "b": 2}


def test_a_state_before_senate_candidate_is_no_state_senate() -> None:
    story = _link({"a": "Mary Cheney, the younger sister of Liz Cheney, a Wyoming Senate "
                        "candidate, sharply criticized her sister’s stance on same-sex marriage."})
    rows = _rows(story)
    assert "Wyoming Senate" not in rows and rows["Wyoming"].type == "GPE"
