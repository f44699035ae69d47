"""Entity rows, session 29 (i12-entities13): a company's legal suffix, a trade noun before
a name, an agency's acronym of its name before "and …", a variant's Greek letter. The
sentences are NeuS raw rows 273, 46 and 468 as the reports write them, read by the real
parser and the real linking; the guards are the shapes the rules must leave alone."""

from __future__ import annotations

from newsprism.extract.company_forms import without_legal_suffix
from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

AXIOS = ("People who are fully vaccinated against the coronavirus do not need a booster "
         "shot at this time, the Food and Drug Administration and the Centers for Disease "
         "Control and Prevention said in a joint statement released Thursday evening.\n\n"
         "What they're saying: \"People who are fully vaccinated are protected from severe "
         "disease and death, including from the variants currently circulating in the "
         "country such as Delta,\" the FDA and CDC said.")
CNN = ("Drugmaker Pfizer said Thursday it is seeing waning immunity from its coronavirus "
       "vaccine.\n\nPfizer said it would soon publish data about a third dose of vaccine.")
NYP = ("If you are fully vaccinated against COVID-19, you don’t need a booster shot to "
       "protect against the Delta variant, the US government says.\n\nThe CDC and the FDA "
       "teamed up to issue a reassuring statement after Pfizer announced it was developing "
       "a booster shot.\n\nThe unusual after-hours joint statement comes as Pfizer and "
       "German partner BioNTech SE said they plan to ask...")


def _rows(texts: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: (e.type, e.aliases) for e in link_entities(mentions, texts).entities}


def test_row_273_four_kinds() -> None:
    rows = _rows({"axios": AXIOS, "cnn": CNN, "nyp": NYP})
    assert "SE" not in rows and rows["BioNTech SE"][0] == "ORG"
    assert "Drugmaker Pfizer" not in rows and rows["Pfizer"][0] == "ORG"
    cdc = [name for name, (_t, aliases) in rows.items() if "CDC" in aliases]
    assert cdc and "Centers for Disease Control and Prevention" in rows[cdc[0]][1]
    assert "Delta" not in rows


def test_a_trade_noun_opening_a_sentence_is_cut_from_the_company() -> None:
    text = "Drugmaker Merck said Friday that its experimental COVID pill works."
    names = [(m.text, m.label) for m in find_mentions(load_nlp()(text), "a")]
    assert ("Merck", "ORG") in names


def test_a_name_that_opens_on_another_noun_keeps_it() -> None:
    text = ("General Motors said it would recall cars. Hunter Biden spoke. Biden left. "
            "Actor Tom Hanks said so.")
    names = [m.text for m in find_mentions(load_nlp()(text), "a")]
    assert "General Motors" in names and "Hunter Biden" in names


def test_the_same_company_with_and_without_its_legal_suffix_is_one_row() -> None:
    rows = _rows({"wsj": "Pfizer Inc. said it expects its vaccine sales to rise.",
                  "nyp": "The estimate assumes that Pfizer will deliver 1.6 billion doses of "
                         "its vaccine in 2021."})  # NeuS raw row 468
    held = [aliases for _t, aliases in rows.values() if "Pfizer Inc." in aliases]
    assert held == [["Pfizer Inc.", "Pfizer"]] or held == [["Pfizer", "Pfizer Inc."]]


def test_legal_suffix_key_keeps_an_attorney_general_and_a_one_word_name() -> None:
    assert without_legal_suffix("pfizer inc") == "pfizer"
    assert without_legal_suffix("biontech se") == "biontech"
    assert without_legal_suffix("siemens ag") == "siemens"
    assert without_legal_suffix("ny ag") == "ny ag"
    assert without_legal_suffix("se") == "se"


def test_an_acronym_before_and_needs_three_words_and_no_generic_head() -> None:
    texts = {"a": "The Department of Health and Human Services said the DH staff left.",
             "b": "The Centers for Disease Control said it would act. The CDC said so."}
    rows = _rows(texts)
    assert "DH" not in rows.get("Department of Health and Human Services", ("", []))[1]


def test_a_greek_letter_no_report_calls_a_variant_stays() -> None:
    rows = _rows({"a": "Delta said it would cut flights, the airline said Monday."})
    assert "Delta" in rows
