"""Provinces, laws and roles' initials (session 27, i12-entities10;
``extract/named_kinds.py``). The sentences are NeuS raw rows 251, 256, 294 and 353 as
the reports write them, read by the real parser; the guards are names the rules must
leave alone (a person's surname that is a province, a single word WordNet knows, an
acronym the story spells as a company)."""

from __future__ import annotations

from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.named_kinds import law_name, role_initials, subdivision
from newsprism.extract.nlp import load_nlp

SA_NEWS = ("Government has announced that the number of people who have lost their lives due "
           "to the recent riots, has risen to 117. Gauteng and KwaZulu-Natal (KZN) have been "
           "the scene of chaos.")
CTC = ("The program is part of the Biden administration's $1.9 trillion economic aid package "
       "called the American Rescue Plan that was passed in March.")
VP = ("It left many scrambling, including officials outside the VP’s office. It also has "
      "created tension within the vice president’s team.")
IG = ("The Justice Department's inspector general has agreed to probe the seizure. CNN said "
      "the IG's office announced the probe on Friday.")


def _rows(texts: dict[str, str]) -> dict[str, str]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: e.type for e in link_entities(mentions, texts).entities}


def test_provinces_with_no_context_word_are_places() -> None:
    rows = _rows({"a": SA_NEWS})
    assert rows["Gauteng"] == "GPE" and rows["KwaZulu-Natal"] == "GPE"


def test_a_province_that_is_a_persons_surname_or_a_word_stays() -> None:
    text = "Ana Guerrero spoke first. Later Guerrero met Delta and Western officials."
    for name in ("Guerrero", "Delta", "Western"):
        start = text.rindex(name)
        assert not subdivision(text, start, start + len(name), name,
                               lambda w: w in {"delta", "western"})
    start = SA_NEWS.index("Gauteng")
    assert subdivision(SA_NEWS, start, start + 7, "Gauteng", lambda w: False)


def test_a_plan_passed_as_law_is_no_entity() -> None:
    assert "American Rescue Plan" not in _rows({"a": CTC})
    start = CTC.index("American Rescue Plan")
    assert law_name(CTC, start, start + 20, "American Rescue Plan")
    text = "The Marshall Plan Foundation said on Monday it would close."
    assert not law_name(text, 4, 17, "Marshall Plan")  # no cue: the tagger's reading stands


def test_a_roles_initials_are_no_organisation() -> None:
    assert "VP" not in _rows({"a": VP})
    assert "IG" not in _rows({"a": IG})
    assert role_initials("IG", [IG])
    gm = "The GM plant closed, said the general manager of General Motors."
    assert not role_initials("GM", [gm])  # a company of the same initials
    assert not role_initials("US", ["the US under secretary of state"])  # a place
    ap = "(AP) — Senators voted along party lines, advancing President Biden's agenda."
    assert not role_initials("AP", [ap])  # "advancing President" is no role


def test_a_quoted_epithet_for_the_press_is_no_organisation() -> None:
    text = ("“Huge findings in Arizona! However, the Fake News Media is already trying to "
            "‘call it’ again for Biden before...” Fox News reported the statement.")
    labels = {m.text: m.label for m in find_mentions(load_nlp()(text), "a")}
    assert "Fake News Media" not in labels
    assert labels.get("Fox News") == "ORG"  # an outlet, outside the quotation
