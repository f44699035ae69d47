"""One name the tagger cut into two rows (session 28, i12-entities11;
``extract/name_cuts.py``). The sentences are NeuS raw rows 66 and 347 as the reports
write them (the no-break spaces of the crawl kept), read by the real parser and the real
story linking; the guards are pairs the rules must leave apart."""

from __future__ import annotations

from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

HUFFPOST = ("A draft report of a partisan audit of the 2020 presidential election results "
            "commissioned by Arizona state Senate Republicans confirms President Joe Biden’s "
            "win over Donald Trump in Maricopa County, the Arizona Republic first reported "
            "Thursday.")
NR = ("The results of the audit were set to be presented to the Arizona State Senate at "
      "1\xa0p.m.\xa0on Friday.")
AP = ("Greene delivered the public apology following a visit earlier Monday to the "
      "U.S.\xa0Holocaust Memorial Museum weeks after she\xa0drew condemnation\xa0from fellow "
      "Republicans for the remarks over the long Memorial Day recess.")
NYP = ("After a visit to the U.S. Holocaust Memorial Museum in Washington, D.C., Greene said "
       "she had “made a mistake” and apologized.")


def _rows(texts: dict[str, str]) -> dict[str, tuple[str, list[int]]]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: (e.type, sorted(e.mentions.values()))
            for e in link_entities(mentions, texts).entities}


def test_a_state_senate_cut_at_state_is_one_row() -> None:
    rows = _rows({"huffpost": HUFFPOST, "nr": NR})
    assert "Senate" not in rows and "Arizona State" not in rows
    senate = [v for k, v in rows.items() if k.lower() == "arizona state senate"]
    assert senate == [("ORG", [1, 1])]  # one row, one mention in each report
    assert rows["Arizona Republic"][0] == "ORG"  # the newspaper (session 27) untouched


def test_a_state_beside_a_senate_candidate_stays_apart() -> None:
    text = "She is an Arizona state Senate candidate, and she lives in Arizona."
    rows = _rows({"a": text})
    assert not any(k.lower() == "arizona state senate" for k in rows)


def test_a_country_cut_off_a_museum_takes_the_name_the_story_tags() -> None:
    rows = _rows({"ap": AP, "nyp": NYP})
    assert "U.S." not in rows
    assert rows["U.S. Holocaust Memorial Museum"] == ("ORG", [1, 1])


def test_a_country_alone_stays_when_no_report_tags_the_whole_name() -> None:
    rows = _rows({"ap": AP})
    assert rows["U.S."] == ("GPE", [1])
