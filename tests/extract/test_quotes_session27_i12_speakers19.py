"""Session 27, i12-speakers19: the speaker rules found on gold/speakers-neus4 (NeuS raw
rows of 2021), through the real parser: an -ing participle's quotation is its clause
subject's, "the agency" is the one agency named before, "notified … that" reports, and
an owned speech noun's "of" quotation is the owner's wording."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes
from newsprism.extract.quotes.agency import named_agency
from newsprism.extract.quotes.article import participle_adjunct
from tests.extract.quote_helpers import quotes_of


def _over(text: str, words: str) -> tuple[str | None, str] | None:
    """(speaker, text) of the shortest quote covering the first character of ``words``."""
    at = text.index(words)
    over = [q for q in quotes_of(text) if q.start <= at < q.end]
    best = min(over, key=lambda q: q.end - q.start, default=None)
    return None if best is None else (best.speaker, best.text)


def test_a_participles_quotation_is_its_clause_subjects() -> None:
    # BBC, NeuS raw row 88
    text = ("China has criticised a historic security pact between the US, UK and "
            "Australia, describing it as \"extremely irresponsible\" and \"narrow-minded\".")
    assert _over(text, "extremely") == (
        "China", 'it as "extremely irresponsible" and "narrow-minded"')


@pytest.mark.parametrize("text", [
    # a bare participle with no clause to take a subject from, or a passive clause
    "Describing it as \"extremely irresponsible\" and \"a danger\".",
    "The pact was criticised, describing it as \"extremely irresponsible\" and unwise.",
    # a finite verb with no subject of its own stays the parse's guess (session 23)
    "Officials said nothing, while the pact was called \"extremely irresponsible\".",
])  # fmt: skip
def test_no_speaker_without_a_clause_subject(text: str) -> None:
    over = _over(text, "extremely")
    assert over is None or over[0] is None


def test_participle_adjunct_reads_the_parse() -> None:
    doc = load_nlp()("China has criticised the pact, describing it as \"very bad\".")
    describing = next(t for t in doc if t.text == "describing")
    criticised = next(t for t in doc if t.text == "criticised")
    assert participle_adjunct(describing)
    assert not participle_adjunct(criticised)


AGENCY = ("The Federal Trade Commission filed a new antitrust complaint against Facebook "
          "on Thursday. In a press release, the agency said that its Office of General "
          "Counsel \"carefully reviewed Facebook's petition.\"")


def test_the_agency_is_the_one_agency_named_before() -> None:
    # CNBC, NeuS raw row 162
    speaker, _ = _over(AGENCY, "carefully")
    assert speaker == "Federal Trade Commission"


@pytest.mark.parametrize("text", [
    # two agencies named: which one is not said
    "The Federal Trade Commission and the Food and Drug Administration met on Thursday. "
    "In a statement, the agency said that the talks were \"productive and long.\"",
    # an agency and an acronym that is not its own
    "The Federal Trade Commission wrote to the FDA on Thursday. In a statement, the "
    "agency said that the talks were \"productive and long.\"",
    # no agency named: a company is no agency
    "Facebook filed a motion on Thursday. In a statement, the agency said that the talks "
    "were \"productive and long.\"",
])  # fmt: skip
def test_the_agency_stays_unresolved_when_the_article_does_not_say(text: str) -> None:
    speaker, _ = _over(text, "productive")
    assert speaker is None


def test_the_agencys_own_acronym_does_not_block_it() -> None:
    text = ("The Federal Trade Commission sued Facebook. The FTC filed on Thursday. In a "
            "statement, the agency said that the case was \"strong and clear.\"")
    assert _over(text, "strong")[0] == "Federal Trade Commission"


def test_named_agency_only_for_the_bare_noun() -> None:
    doc = load_nlp()("The Federal Trade Commission sued. The federal agency said so.")
    agency = next(t for t in doc if t.text == "agency")
    assert named_agency(agency, list(doc.ents), lambda i: False,
                        lambda e: (e.start_char, e.end_char, e.text)) is None


def test_notified_that_reports_the_notifier() -> None:
    # The Daily Caller, NeuS raw row 108, its first two paragraphs (the first cut here)
    text = ("U.S. and Chinese researchers funded by Dr. Anthony Fauci’s National Institute "
            "of Allergy and Infectious Diseases (NIAID) created viruses in a Wuhan lab, "
            "according to an infectious disease professor citing documents recently "
            "released by the agency.\n\n"
            "The U.S. nonprofit group EcoHealth Alliance notified the NIAID in two reports "
            "that between June 2017 and May 2018 it had created three lab-generated "
            "chimeric SARS-related coronaviruses in China that exhibited \"significantly "
            "higher\" viral loads.")
    speaker, said = _over(text, "significantly")
    assert speaker == "EcoHealth Alliance"
    assert said.startswith("between June 2017")
    # "notified" with no clause reports nothing
    assert quotes_of("The company notified the police on Monday.") == []


def test_an_owned_speech_nouns_quotation_is_the_owners() -> None:
    # NBC News, NeuS raw row 168
    text = ("The Taliban's assurance of a “safe passage” to the Kabul airport, where "
            "thousands have thronged, has been undermined by a report.")
    assert _over(text, "safe passage") == ("Taliban", "safe passage")


@pytest.mark.parametrize("text", [
    "The assurance of a “safe passage” to the airport has been undermined.",  # no owner
    "The Taliban's assurance of “safety” has been undermined.",  # one word: a scare quote
    "The Taliban's seizure of “the whole country” has been swift.",  # no speech noun
])  # fmt: skip
def test_no_owner_no_speech_noun_no_quote(text: str) -> None:
    words = text[text.index("“") + 1 :]
    over = _over(text, words[:4])
    assert over is None or over[0] is None


def test_extract_quotes_keeps_the_participles_single_quote() -> None:
    doc = load_nlp()("China has criticised the pact, describing it as \"extremely "
                     "irresponsible\" and \"narrow-minded\".")
    assert [(q.speaker, q.cue) for q in extract_quotes(doc)] == [("China", "describing")]
