"""Fact units (compare/units.py) on real parses: a sentence cut into the facts it states,
two sentences that share one fact of several linked, and unit pairs that must not link
(another actor; a prospect against a done act). Real spaCy, real entity linking, the
packaged embedder and same-fact model, the whole compare pipeline."""

from __future__ import annotations

import pytest

from newsprism.compare.story import analyze_story
from newsprism.compare.units import UNRESOLVED, fact_units
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import text_article as _article

PERRY = ("Texas Gov. Rick Perry, who has faced criticism over his stance on immigration, "
         "said Thursday that he would sign the state budget bill.")  # fmt: skip


def _units(text: str) -> dict[str, list]:
    nlp = load_nlp()
    doc = nlp(text)
    entities = link_entities({"a": find_mentions(doc, "a")}, {"a": text})
    by_kind: dict[str, list] = {}
    for unit in fact_units(list(doc), entities.mentions):
        by_kind.setdefault(unit.kind, []).append(unit)
    return by_kind


def test_a_sentence_is_cut_into_its_facts() -> None:
    units = _units(PERRY)
    # the relative clause keeps the noun it describes
    (relative,) = units["relative"]
    assert "Perry" in relative.text and "has faced criticism" in relative.text
    assert "sign" not in relative.text
    # the reported clause stands alone, its reporter kept as its voice
    (reported,) = units["reported"]
    assert reported.text.endswith("he would sign the state budget bill")
    assert reported.voice and UNRESOLVED not in reported.voice
    # "Perry said Thursday" is the frame of the statement, read by no link
    assert "said Thursday" in units["frame"][0].text
    # each unit's offsets point into the sentence
    for unit in relative, reported:
        assert PERRY[unit.start:unit.end].startswith(unit.tokens[0].text)


def test_a_sentence_of_one_fact_has_no_units() -> None:
    assert _units("The Senate passed the budget bill on Thursday by a vote of 61 to 39.") == {}


def _together(facts, first: str, second: str) -> bool:
    return any(any(first in c.text for c in f.claims) and any(second in c.text for c in f.claims)
               for f in facts if len(f.article_ids) > 1)  # fmt: skip


SIGNED = "Perry signed the budget bill on Friday after a week of negotiations with legislators."


def test_a_fact_in_a_relative_clause_links_the_two_sentences() -> None:
    """Partial overlap: one sentence states the signing in passing (a relative clause)
    and what Perry told reporters; the other states the signing alone."""
    fox = ("Texas Gov. Rick Perry, who signed the budget bill on Friday, told reporters in "
           "Austin that the state would not raise taxes.")  # fmt: skip
    analysis = analyze_story([_article("fox", fox), _article("nyt", SIGNED)])
    (fact,) = [f for f in analysis.facts if len(f.article_ids) > 1]
    # the reader sees both whole sentences; the part the other outlet states is marked
    evidence = {e["article_id"]: e for e in fact.as_dict()["evidence"]}
    assert evidence["fox"]["sentence"] == fox
    part = evidence["fox"]["shared_part"]
    assert part["text"] == fox[part["start"]:part["end"]]
    assert "who signed the budget bill on Friday" in part["text"]
    assert "raise taxes" not in part["text"]
    assert "shared_part" not in evidence["nyt"]  # its whole sentence is the fact


@pytest.mark.parametrize("fox", [
    # a prospect is not the act done
    ("Texas Gov. Rick Perry, who will sign the budget bill on Friday, told reporters in "
     "Austin that the state would not raise taxes."),
    # another actor's act is another fact
    ("Oklahoma Gov. Mary Fallin, who signed the budget bill on Friday, told reporters in "
     "Oklahoma City that the state would not raise taxes."),
])  # fmt: skip
def test_a_unit_pair_of_another_actor_or_a_prospect_does_not_link(fox: str) -> None:
    analysis = analyze_story([_article("fox", fox), _article("nyt", SIGNED)])
    assert [f for f in analysis.facts if len(f.article_ids) > 1] == []


# Session 18 (docs/eval-compare.md, "Partial overlap, session 18"): cuts measured and not
# kept, each of which links one of these pairs as one fact.
@pytest.mark.parametrize(("first", "second"), [
    # an infinitive cut away from "agreed" and from "canceled" leaves two units "Netanyahu
    # to discuss … concerns": the act agreed to and the act called off are not one fact
    ("Israeli Prime Minister Benjamin Netanyahu agreed to send a delegation to Washington "
     "to discuss American concerns related to Rafah.",
     "After Israeli Prime Minister Benjamin Netanyahu canceled an Israeli delegation's trip "
     "to the US to discuss Washington's concerns, US Secretary of State Antony Blinken "
     "stressed US opposition to a major ground operation in Rafah."),
    # an infinitive cut away from "was scheduled to" is no longer a prospect
    ("In nearby Clayton, a grand jury began hearing evidence to determine whether Wilson "
     "should be charged in Brown's death.",
     "A grand jury has been convened and was scheduled to meet Wednesday to begin hearing "
     "evidence, said Edward Magee, a spokesman for the prosecuting attorney."),
])  # fmt: skip
def test_an_infinitive_is_read_with_the_verb_it_completes(first: str, second: str) -> None:
    analysis = analyze_story([_article("a", first), _article("b", second)])
    assert [f for f in analysis.facts if len(f.article_ids) > 1] == []


def test_a_unit_of_three_content_words_links_nothing() -> None:
    """Three content words state too little alone: the service in Vietnam the story
    disputes and the veterans who did serve there are not one fact."""
    first = ("\"My intention has always been to be completely clear and accurate and "
             "straightforward, out of respect to the veterans who served in Vietnam,\" he said.")
    second = ("At the event, Blumenthal clearly says, \"We have learned something very "
              "important since the days that I served in Vietnam.\"")
    analysis = analyze_story([_article("a", first), _article("b", second)])
    assert [f for f in analysis.facts if len(f.article_ids) > 1] == []
