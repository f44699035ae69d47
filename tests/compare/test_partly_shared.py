"""Partly shared facts (schema 1.8), on real parses through the whole compare pipeline:
a sentence linked to another outlet's through one part of it is never shown shared
whole; the rest of it stays a one-outlet fact, checked for unique and listed as an
omission of the outlet that does not state it; the JSON says which part is shared; the
summary never cites it whole to both outlets; the reports show the part."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from newsprism.compare.story import analyze_story
from newsprism.report.facts_view import fact_counts, shared_facts_view
from newsprism.report.html import render_html
from newsprism.report.text import print_text
from tests.compare.conflict_helpers import text_article

FOX = ("Texas Gov. Rick Perry, who signed the budget bill on Friday, told reporters in "
       "Austin that the state would not raise taxes.")  # fmt: skip
NYT = "Perry signed the budget bill on Friday after a week of negotiations with legislators."


@pytest.fixture(scope="module")
def story() -> dict:
    """The public JSON of a story of two leads that share the signing, one of which
    also states what Perry told reporters (the rest)."""
    analysis = analyze_story([text_article("fox", FOX), text_article("nyt", NYT)])
    return analysis.as_dict()


def _partly(story: dict) -> dict:
    (fact,) = [f for f in story["claims"] if f["status"] == "partly_shared"]
    return fact


def test_a_fact_linked_through_a_part_is_partly_shared_not_shared(story: dict) -> None:
    assert tuple(map(int, story["schema_version"].split("."))) >= (1, 8)
    assert [f for f in story["claims"] if f["status"] == "shared"] == []
    fact = _partly(story)
    assert fact["article_ids"] == ["fox", "nyt"]
    evidence = {e["article_id"]: e for e in fact["evidence"]}
    part = evidence["fox"]["shared_part"]
    assert part["text"] == FOX[part["start"]:part["end"]]
    assert "signed the budget bill on Friday" in part["text"]
    assert "raise taxes" not in part["text"]
    assert "shared_part" not in evidence["nyt"]  # its whole sentence is the fact


def test_the_rest_of_the_sentence_stays_one_outlets_and_is_an_omission(story: dict) -> None:
    fact = _partly(story)
    (rest,) = [f for f in story["claims"] if f.get("partly_shared_in")]
    assert rest["status"] in ("unique", "possibly_shared") and rest["article_ids"] == ["fox"]
    assert rest["evidence"][0]["sentence"] == FOX
    (ref,) = rest["partly_shared_in"]
    assert ref["fact_id"] == fact["id"]
    assert ref["shared_part"]["text"] in FOX and "raise taxes" not in ref["shared_part"]["text"]
    # the NYT does not say what Perry told reporters: the rest is its omission unless a
    # sentence of the NYT may state it (possibly_shared, with that near sentence)
    near = {n["article_id"] for n in rest.get("near", [])}
    omitted = [o for o in story["omissions"]["nyt"] if o["claim_id"] == rest["id"]]
    assert bool(omitted) != ("nyt" in near)
    if omitted:
        assert omitted[0]["partly_shared_in"] == rest["partly_shared_in"]
    # and the NYT's own sentence, the whole of the fact, is no omission of Fox's
    assert not any("negotiations" in o["text"] for o in story["omissions"]["fox"])


def test_the_summary_never_cites_the_sentence_whole_to_both(story: dict) -> None:
    for line in story["summary"]:
        if "raise taxes" in line["text"]:
            assert line["article_ids"] == ["fox"]
        assert not ("told reporters" in line["text"] and "nyt" in line["article_ids"])


def test_the_text_report_quotes_the_part_and_says_the_rest_is_the_outlets(story: dict) -> None:
    console = Console(file=io.StringIO(), width=200, record=True)
    print_text(story, console)
    text = " ".join(console.export_text().split())
    assert "Partly shared" in text
    part = {e["article_id"]: e for e in _partly(story)["evidence"]}["fox"]["shared_part"]["text"]
    assert f"shared: only “{part}”" in text
    assert "the rest of the sentence is Outlet fox's own" in text


def test_the_html_report_marks_the_part(story: dict) -> None:
    html = render_html(story)
    part = {e["article_id"]: e for e in _partly(story)["evidence"]}["fox"]["shared_part"]["text"]
    assert f'<mark class="shared-part" title="the part of this sentence the other outlets ' \
           f'state">{part}</mark>' in html
    assert "the rest of the sentence is Outlet fox&#39;s own" in html


def test_the_story_page_lists_it_apart_from_the_shared_count(story: dict) -> None:
    """The web story page and the HTML report take their fact cards from one view: the
    partly shared fact is there with its note; the count of shared facts leaves it out."""
    (card,) = shared_facts_view(story["claims"], story["articles"], lambda *a: None)
    assert card["status"] == "partly_shared"
    notes = [s["note"] for c in card["cards"] for s in c["sentences"] if s["note"]]
    assert len(notes) == 1 and notes[0].startswith("shared: only “")
    assert fact_counts(story)["shared"] == 0
