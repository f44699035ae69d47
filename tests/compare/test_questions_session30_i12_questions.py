"""A writer's own question is set apart from the facts, after every stage has read it
(compare/questions.py, session 30, i12-questions): not a shared or unique fact, still
listed with its place in the article; a question someone is reported asking, and a
quoted one, stay facts; the other facts keep their ids."""

from __future__ import annotations

import io
import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator
from rich.console import Console

from newsprism.compare.align import AlignedClaim
from newsprism.compare.questions import (
    in_quotation,
    reported_question,
    set_apart_questions,
    writers_question,
)
from newsprism.compare.story import analyze_story
from newsprism.models import Article, Claim
from newsprism.report.text import print_text


@pytest.mark.parametrize("text", [
    "So what will the council decide about the bridge tolls next spring?",
    "Is the new ferry schedule really any better for commuters?",
    "The real question now: will voters in the valley even notice the change?",
    "Why did the mayor ask the county for another loan?",  # the asking is inside the question
    "Anyone who rides the night bus knows the answer, don't they?  ",
])
def test_a_question_the_writer_asks(text: str) -> None:
    assert writers_question(text)


@pytest.mark.parametrize("text", [
    "The council will decide about the bridge tolls next spring.",
    "“Who is going to pay for the bridge?”",  # somebody's words, marks and all
    "The treasurer said, “Where did the surplus go?",  # a quotation left open runs on
    "The auditor asked the treasurer: Where did the surplus go?",
    "Commuters have started to wonder — will the ferry ever run on time again?",
    "Several residents wanted to know: Who approved the new parking fees?",
    "“So every landlord breaks the rule” under the new code?",  # the quoted speaker's
    "",
])
def test_not_a_writers_question(text: str) -> None:
    assert not writers_question(text)


def test_a_long_lead_in_before_a_colon_is_a_statement() -> None:
    assert reported_question("The harbor board told the ferry operators on Friday night: "
                             "no new boats?")
    assert not reported_question("The real question now: will voters care?")
    assert not reported_question("So what does the long report from the board on ferries "
                                 "actually say about boats?")  # no colon: no lead-in


def test_reported_needs_the_verb_before_the_colon() -> None:
    assert reported_question("The auditor asked the treasurer: Where did it go?")
    assert not reported_question("Where did it go, and who asked for it?")
    assert not reported_question("The answer: nobody asked for it?")


def _fact(fact_id: str, status: str, *sentences: tuple[str, str]) -> AlignedClaim:
    claims = [Claim(id=f"{a}:c{i}", article_id=a, sentence_index=i, text=t, start=0,
                    end=len(t)) for i, (a, t) in enumerate(sentences)]  # fmt: skip
    return AlignedClaim(id=fact_id, status=status, claims=claims)


def test_only_facts_of_nothing_but_questions_leave_and_ids_stay() -> None:
    facts = [
        _fact("F1", "shared", ("a", "The bridge closed on Monday."), ("b", "It shut Monday.")),
        _fact("F2", "unique", ("a", "Who will pay for the repairs now?")),
        _fact("F3", "shared", ("a", "Is the bridge safe now?"), ("b", "The bridge is safe now.")),
        _fact("F4", "shared", ("a", "What happens next?"), ("b", "So what happens next?")),
        _fact("F5", "unique", ("b", "The engineer asked the board: Is it safe?")),
    ]
    omissions = {"c": [{"claim_id": "F1"}, {"claim_id": "F4"}], "a": []}
    cut = [{"article_id": "c", "not_seen": [{"claim_id": "F2"}, {"claim_id": "F5"}]}]
    kept, asked = set_apart_questions([], facts, omissions, cut)
    assert [f.id for f in kept] == ["F1", "F3", "F5"]  # the mixed fact and the reported one stay
    assert [(q["fact_id"], q["article_id"]) for q in asked] == [("F2", "a"), ("F4", "a"),
                                                                 ("F4", "b")]
    assert omissions == {"c": [{"claim_id": "F1"}], "a": []}
    assert cut[0]["not_seen"] == [{"claim_id": "F5"}]


def test_nothing_to_set_apart() -> None:
    facts = [_fact("F1", "unique", ("a", "The toll rises to four dollars in May."))]
    assert set_apart_questions([], facts, {}) == (facts, [])
    assert set_apart_questions([], [], {}) == ([], [])


SPEECH = ("The clerk spoke for an hour. “We kept the ledger open. Who else would have paid "
          "the bills? Nobody, that is who.” Then the hearing ended. Who will pay now?")


def _claim_at(sentence: str) -> Claim:
    start = SPEECH.index(sentence)
    return Claim(id="a:c1", article_id="a", sentence_index=0, text=sentence, start=start,
                 end=start + len(sentence))  # fmt: skip


def test_a_question_inside_a_quotation_of_several_sentences() -> None:
    article = Article(id="a", content_hash="a", source_path="a.txt", text=SPEECH, raw="",
                      raw_format="text", outlet="Ledger")  # fmt: skip
    inside = _claim_at("Who else would have paid the bills?")
    outside = _claim_at("Who will pay now?")
    assert writers_question(inside.text) and writers_question(outside.text)  # alone: unseen
    regions = [(SPEECH.index("“"), SPEECH.index("”") + 1)]
    assert in_quotation(inside, regions) and not in_quotation(outside, regions)
    facts = [AlignedClaim(id="F1", status="unique", claims=[inside]),
             AlignedClaim(id="F2", status="unique", claims=[outside])]
    kept, asked = set_apart_questions([article], facts, {})
    assert [f.id for f in kept] == ["F1"] and [q["fact_id"] for q in asked] == ["F2"]


TOLLS = ("The county raised the toll on the Harbor Bridge to four dollars on Monday. "
         "Officials said the money would pay for new cables. "
         "So who decided that drivers should carry the whole cost of the repairs? "
         "The toll had been three dollars since 2015.")
TOLLS_B = ("Drivers on the Harbor Bridge will pay four dollars from Monday, the county said. "
           "A commissioner asked the engineers: Will the cables last another decade? "
           "The old toll of three dollars had stood since 2015.")


@pytest.fixture(scope="module")
def story() -> dict:
    articles = [Article(id=i, content_hash=i, source_path=f"{i}.txt", text=t, raw="",
                        raw_format="text", outlet=o)
                for i, t, o in (("ledger", TOLLS, "Harbor Ledger"), ("post", TOLLS_B, "Bay Post"))]
    return analyze_story(articles).as_dict()


def test_the_question_is_listed_apart_with_its_place(story: dict) -> None:
    [asked] = story["writers_questions"]
    assert asked["article_id"] == "ledger" and asked["sentence"].startswith("So who decided")
    assert TOLLS[asked["start"]:asked["end"]] == asked["sentence"]
    ids = [f["id"] for f in story["claims"]]
    assert asked["fact_id"] not in ids
    texts = [e["sentence"] for f in story["claims"] for e in f["evidence"]]
    assert not any(t.startswith("So who decided") for t in texts)
    assert any(t.startswith("A commissioner asked") for t in texts)  # reported: a fact


def test_no_reference_points_at_the_question(story: dict) -> None:
    ids = {f["id"] for f in story["claims"]}
    refs = [line["claim_id"] for line in story["summary"]]
    refs += [o["claim_id"] for items in story["omissions"].values() for o in items]
    assert set(refs) <= ids


def test_the_output_is_valid_and_the_text_report_shows_it(story: dict) -> None:
    schema = json.loads(resources.files("newsprism.data").joinpath("compare.schema.json")
                        .read_text(encoding="utf-8"))  # fmt: skip
    Draft202012Validator(schema).validate(story)
    console = Console(file=io.StringIO(), width=200)
    print_text(story, console)
    out = console.file.getvalue()
    assert "Questions the writers ask (not facts)" in out
    assert "So who decided that drivers" in out
    quiet = dict(story, writers_questions=[])
    console = Console(file=io.StringIO(), width=200)
    print_text(quiet, console)
    assert "Questions the writers ask" not in console.file.getvalue()
