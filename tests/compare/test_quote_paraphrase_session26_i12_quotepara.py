"""A quotation and its paraphrase are one fact (compare/quote_paraphrase.py, session 26).
Sentences after BASIL triplet 6b541575 (Etheridge's apology, gold/compare-basil-train),
through the real parser, quote extractor, entity linking and same-fact model."""

from __future__ import annotations

import pytest

from newsprism.compare import align
from newsprism.compare import quote_paraphrase as qp
from newsprism.compare.story import analyze_story
from newsprism.extract.nlp import load_nlp
from tests.compare.conflict_helpers import text_article

QUOTE = ("“I deeply and profoundly regret my reaction and I apologize to all involved,” "
         "Mr. Etheridge said in a statement.")
PARAPHRASE = ("Rep. Bob Etheridge (D-N.C.) has apologized for his combative behavior over the "
              "weekend in a statement released by his office.")
NYT = text_article("nyt", "Representative Bob Etheridge, Democrat of North Carolina, grabbed a "
                   "young man by the arm on a Washington street as a camera rolled. " + QUOTE
                   + " The video was posted online on Sunday.")
HPO = text_article("hpo", "A video shows a North Carolina congressman grabbing a student. "
                   + PARAPHRASE + " The student asked whether he supports the Obama agenda.")


def _lifted(monkeypatch: pytest.MonkeyPatch, articles) -> list[tuple[str, str]]:
    """The sentence pairs the rule lifts in a story (the real rule, spied)."""
    found: list[tuple[str, str]] = []
    rule = align.quote_paraphrase_pairs

    def spy(profiles, raw, features, threshold):
        pairs = rule(profiles, raw, features, threshold)
        found.extend((profiles[i].text, profiles[j].text) for i, j in pairs)
        return pairs

    monkeypatch.setattr(align, "quote_paraphrase_pairs", spy)
    analyze_story(articles)
    return found


def _shared(facts, text: str) -> bool:
    return any(f.status in ("shared", "partly_shared") and len(f.article_ids) > 1
               and any(c.text == text for c in f.claims) for f in facts)  # fmt: skip


def test_the_quote_and_its_paraphrase_are_one_shared_fact(
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    assert _lifted(monkeypatch, [NYT, HPO]) == [(QUOTE, PARAPHRASE)]
    facts = analyze_story([NYT, HPO]).facts
    (fact,) = [f for f in facts if _shared(facts, QUOTE) and any(c.text == QUOTE for c in f.claims)]
    assert {c.text for c in fact.claims} == {QUOTE, PARAPHRASE}


def test_without_the_rule_they_are_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(align, "QUOTE_PARAPHRASE", False)
    facts = analyze_story([NYT, HPO]).facts
    assert not _shared(facts, QUOTE) and not _shared(facts, PARAPHRASE)


def test_a_quote_about_someone_else_is_not_the_speakers_act(
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Romney quoting what "he" (Obama) said is not Romney's stand: the quote's "he" is
    no one the quote names, so the speaker does not oppose anything in it."""
    quote = text_article("a", "Mitt Romney spoke in Denver on Wednesday. “I just saw the "
                         "reports that he had previously said he opposed same-sex marriage and "
                         "now he supports it,” Mr. Romney said.")
    reported = text_article("b", "Mitt Romney on Wednesday reiterated that he opposes "
                            "same-sex marriage, hours after the president said he supports it.")
    assert _lifted(monkeypatch, [quote, reported]) == []


def test_a_negated_quote_is_not_lifted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The vetoes hold: "I will not apologize" against "has apologized"."""
    quote = text_article("nyt", "Representative Bob Etheridge spoke to reporters on Monday. "
                         "“I will not apologize to anyone involved in this,” Mr. Etheridge "
                         "said in a statement.")
    assert _lifted(monkeypatch, [quote, HPO]) == []


def test_doers_normalise_the_persons() -> None:
    """"I" is the speaker (``self``); a full verb of each clause, verbs of saying out."""
    doc = load_nlp()("“As president, I’ll end Obama’s war on religion,” Mr. Perry says.")
    assert qp.doers(list(doc), []) == {(qp.SELF, "end")}


def test_a_paraphrase_that_introduces_the_quote_joins_the_quotes_fact() -> None:
    """HuffPost's paraphrase introduces the statement it quotes next: one fact of the
    three sentences, not a second fact of NYT's quote and the paraphrase."""
    quoted = ("“I deeply and profoundly regret my reaction and I apologize to all involved,” "
              "Etheridge said.")
    hpo = text_article("hpo", "A video shows a North Carolina congressman grabbing a "
                       "student. Rep. Bob Etheridge (D-N.C.) has apologized for his combative "
                       "behavior over the weekend in a statement released by his office. "
                       + quoted + " The student asked whether he supports the Obama agenda.")
    facts = analyze_story([NYT, hpo]).facts
    holding = [f for f in facts if any(c.text == QUOTE for c in f.claims)]
    assert len(holding) == 1
    texts = {c.text for c in holding[0].claims}
    assert QUOTE in texts and quoted in texts
    assert any(t.startswith("Rep. Bob Etheridge (D-N.C.) has apologized") for t in texts)
