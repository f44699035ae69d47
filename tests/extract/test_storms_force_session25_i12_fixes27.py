"""Session 25 (i12-fixes27): a named storm is an EVENT and its stages one row (NeuS raw
r169: "Tropical Storm Grace" ORG, CNN's "Tropical Depression Grace" untagged); a
capitalised common noun alone is no organisation (r149 CNN: Austin's "to protect the
Force"). Real parses (spaCy), real linking."""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.extract.storms import storm_key, storm_spans

AP = ("Tropical Storm Grace brought heavy rain to Haiti on Monday, the National Hurricane "
      "Center said.")
CNN = ("Tropical Depression Grace moved across the southern coast of Hispaniola late Monday "
       "and was expected to strengthen.")
MEMO = ("\"I have determined that mandatory vaccination is necessary to protect the Force "
        "and defend the American people,\" Secretary of Defense Lloyd Austin wrote in a "
        "memo.\n\nHe added, \"To defend this Nation, we need a healthy and ready force.\"")
AXIOS = ("Air Force, which includes Space Force: 57% fully vaccinated. The Force must be "
         "ready, the memo said.")


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    return link_entities({k: find_mentions(nlp(t), k) for k, t in texts.items()}, texts)


def test_a_storm_is_one_event_whatever_its_stage() -> None:
    story = _link({"ap": AP, "cnn": CNN})
    storms = [e for e in story.entities if "Grace" in e.name]
    assert len(storms) == 1
    assert storms[0].type == "EVENT"
    assert set(storms[0].mentions) == {"ap", "cnn"}
    center = [e for e in story.entities if e.name == "National Hurricane Center"]
    assert [e.type for e in center] == ["ORG"]  # a body whose name holds "Hurricane"


def test_storm_forms_and_keys() -> None:
    text = "The National Hurricane Center tracked Hurricane Ida. Hurricane Center staff left."
    assert [text[s:e] for s, e in storm_spans(text)] == ["Hurricane Ida"]
    assert storm_key("tropical depression grace") == storm_key("hurricane grace") == "grace"
    assert storm_key("hurricane center") == "hurricane center"


def test_a_capitalised_common_noun_is_no_organisation() -> None:
    story = _link({"cnn": MEMO})
    assert not [e for e in story.entities if e.name == "Force"]
    assert [e.name for e in story.entities if e.type == "NORP"] == ["American"]
    # the memo alone, "force" never in lower case: the article's word for a body, kept
    alone = _link({"cnn": MEMO.split("\n\n")[0]})
    assert [e.type for e in alone.entities if e.name == "Force"] == ["ORG"]


def test_the_short_form_of_a_name_the_article_writes_whole_stays() -> None:
    """"Space Force" in the article: "The Force" may be its short form; not dropped by
    this rule (the article names it whole)."""
    nlp = load_nlp()
    names = [m.text for m in find_mentions(nlp(AXIOS), "a")]
    assert "Space Force" in names
