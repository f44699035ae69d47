"""Entity rows, fourth pass (session 28, i12-entities12): a named proclamation is a law,
a name run on across a possessive and cut at "and" keeps its owner only, and a naming
verb's complement is no label of a name inside its object. The sentences are NeuS raw rows
344 and 365 as the reports write them, read by the real parser and the real linking; the
guards are the same shapes the rules must leave alone."""

from __future__ import annotations

from newsprism.compare.labels import mention_phrase
from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.named_kinds import law_name
from newsprism.extract.nlp import load_nlp

NPR = ("The holiday is celebrated on June 19, and it began in 1865 when enslaved people in "
       "Texas learned they had been freed under the Emancipation Proclamation.")
POLITICO = ("“Making Juneteenth a federal holiday is a major step forward to recognize the "
            "wrongs of the past — but we must continue to work to ensure equal justice and "
            "fulfill the promise of the Emancipation Proclamation and our Constitution,” "
            "Senate Majority Leader Chuck Schumer said in a statement.")
EXAMINER = ("Job openings rose to 9.3 million, according to the Bureau of Labor Statistics' "
            "Job Openings and Labor Turnover Survey, the highest number since the agency "
            "began keeping track in 2000.")
NR = ("The Senate passed legislation Tuesday that designates Juneteenth, the anniversary of "
      "the emancipation of those who were enslaved in the United States, a national "
      "holiday.")


def _rows(texts: dict[str, str]) -> dict[str, str]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: e.type for e in link_entities(mentions, texts).entities}


def test_a_proclamation_freed_under_is_no_entity_in_any_report() -> None:
    rows = _rows({"npr": NPR, "politico": POLITICO})
    assert not any("Proclamation" in name for name in rows)
    assert rows["Chuck Schumer"] == "PERSON" and "Texas" in rows


def test_document_heads_need_a_cue_and_a_head_place() -> None:
    signed = "Biden signed the Executive Order on Monday."
    assert law_name(signed, signed.index("Executive"), signed.index(" on"), "Executive Order")
    ratified = "Congress never ratified the Treaty of Versailles."
    start = ratified.index("Treaty")
    assert law_name(ratified, start, start + 20, "Treaty of Versailles")
    police = "The union under the Fraternal Order of Police said it would sue."
    start = police.index("Fraternal")
    assert not law_name(police, start, start + 25, "Fraternal Order of Police")
    plain = "The Emancipation Proclamation Museum opened."  # no cue: the tagger's reading
    assert not law_name(plain, 4, 29, "Emancipation Proclamation")


def test_a_name_run_on_across_a_possessive_keeps_its_owner() -> None:
    names = [m.text for m in find_mentions(load_nlp()(EXAMINER), "a")]
    assert "Bureau of Labor Statistics" in names
    assert not any("Job Openings" in n for n in names)


def test_an_owned_name_that_ends_in_the_span_stays() -> None:
    text = "The grant went to Harvard’s Kennedy School, which said it was pleased."
    doc = load_nlp()(text)
    spans = [e for e in doc.ents if "Kennedy" in e.text]
    names = [m.text for m in find_mentions(doc, "a")]
    assert any("Kennedy School" in n for n in names), (spans, names)


def _phrase(text: str, name: str) -> str | None:
    doc = load_nlp()(text)
    start = text.index(name)
    found = mention_phrase(doc, start, start + len(name))
    return None if found is None else text[found[0] : found[1]]


def test_a_naming_verbs_complement_is_no_label_of_a_name_in_its_object() -> None:
    assert _phrase(NR, "United States") == "the United States"


def test_an_apposition_under_another_verb_stays() -> None:
    text = ("The Senate passed legislation that honors Juneteenth, the anniversary of the "
            "emancipation of those who were enslaved in the United States, a nation of "
            "immigrants.")
    assert _phrase(text, "United States") == "the United States, a nation of immigrants"
