"""`newsprism eval compare`: the gold loader, each measure on hand-built output, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.errors import EvalError
from newsprism.eval.compare import baseline_pairs, score_story
from newsprism.eval.compare_gold import load_compare_gold, sentence_hash
from newsprism.eval.compare_lines import unusable_reasons
from newsprism.eval.speakers import same_speaker

TRIPLET = "t-0001"
BODIES = {
    "1": [["The Senate passed the bill 97-1 on Tuesday.",
           '"This is a good day," said Senator Jane Roe.'],
          ["Critics said the bill costs $4 billion."]],
    "2": [["Senators approved the measure by a 97-1 vote on Tuesday."],
          ['Roe called it "a good day" for the country.', "The House votes next week."]],
    "3": [["The bill passed the Senate on Wednesday, officials said."],
          ["It was a quiet debate."]],
}  # fmt: skip


def _write_basil(root: Path) -> Path:
    folder = root / "basil" / "articles" / "2099"
    folder.mkdir(parents=True)
    for n, body in BODIES.items():
        doc = {"source": ["fox", "nyt", "hpo"][int(n) - 1], "title": f"T{n}",
               "date": "2099-01-0" + n, "triplet-uuid": TRIPLET,
               "body-paragraphs": body}  # fmt: skip
        (folder / f"{TRIPLET}_{n}.json").write_text(json.dumps(doc), "utf-8")
    return root / "basil"


def _gold(refs_extra: dict | None = None) -> dict:
    used = ["1:0:0", "2:0:0", "3:0:0", "1:0:1", "2:1:0"]
    checks = {r: sentence_hash(BODIES[r[0]][int(r[2])][int(r[4])]) for r in used}
    gold = {
        "triplet": TRIPLET, "year": 2099, "event": "Senate passes the bill",
        "articles": {n: {"file": f"2099/{TRIPLET}_{n}.json", "source": "x"} for n in BODIES},
        "facts": [{"id": "F1", "claim": "Senate passed it 97-1 on Tuesday", "core": True,
                   "sentences": ["1:0:0", "2:0:0"]}],
        "conflicts": [{"a": "1:0:0", "b": "3:0:0", "kind": "date", "note": "Tue vs Wed"}],
        "non_conflicts": [],
        "quotes": [{"ref": "1:0:1", "start": 1, "end": 19, "kind": "direct",
                    "speaker": "Jane Roe", "resolvable": True}],
        "checks": checks,
    }  # fmt: skip
    gold.update(refs_extra or {})
    return gold


@pytest.fixture()
def gold_world(tmp_path: Path) -> tuple[Path, Path]:
    basil = _write_basil(tmp_path)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / f"{TRIPLET}.json").write_text(json.dumps(_gold()), "utf-8")
    return basil, gold_dir


def _span(story, number: str, p: int, s: int) -> tuple[str, int, int]:
    article = story.articles[number]
    start, end = story.docs[number].sentences[(p, s)]
    return article.id, start, end


def _evidence(story, claim_id: str, number: str, p: int, s: int) -> dict:
    article_id, start, end = _span(story, number, p, s)
    return {"article_id": article_id, "claim_id": claim_id, "sentence": "x",
            "sentence_index": 0, "start": start, "end": end}  # fmt: skip


def test_gold_loads_and_maps_spans(gold_world: tuple[Path, Path]) -> None:
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    assert story.shared_pairs() == {frozenset({("1", 0, 0), ("2", 0, 0)})}
    article_id, start, end = _span(story, "2", 1, 0)
    assert story.refs(article_id, start + 3, end - 3) == [("2", 1, 0)]
    quote = story.quotes[0]
    assert story.docs["1"].text[quote.start : quote.end] == "This is a good day"


def test_gold_refuses_changed_text(tmp_path: Path) -> None:
    basil = _write_basil(tmp_path)
    gold = _gold()
    gold["checks"]["1:0:0"] = "000000000000"
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "x.json").write_text(json.dumps(gold), "utf-8")
    with pytest.raises(EvalError, match="differs"):
        load_compare_gold(tmp_path / "g", basil)


def _hand_built_output(story) -> dict:
    """A compare JSON with one right, one repeated and one false conflict, a right and a
    wrong shared pair, a quote, two summary lines and two unique facts."""
    a1, a2, a3 = (story.articles[n].id for n in "123")
    return {
        "claims": [
            # right: (1:0:0, 2:0:0); wrong: (1:0:0, 2:1:1); 2:0:0-2:1:1 is within one article
            {"id": "F1", "status": "shared", "article_ids": [a1, a2],
             "evidence": [_evidence(story, "c1", "1", 0, 0), _evidence(story, "c2", "2", 0, 0),
                          _evidence(story, "c3", "2", 1, 1)], "conflicts": []},
            # the real conflict, listed twice, and a false one
            {"id": "F2", "status": "conflict", "article_ids": [a1, a3],
             "evidence": [_evidence(story, "c4", "1", 0, 0), _evidence(story, "c5", "3", 0, 0),
                          _evidence(story, "c6", "3", 1, 0)],
             "conflicts": [
                 {"kind": "date", "sides": [{"claim_id": "c4"}, {"claim_id": "c5"}]},
                 {"kind": "date", "sides": [{"claim_id": "c4"}, {"claim_id": "c5"}]},
                 {"kind": "number", "sides": [{"claim_id": "c4"}, {"claim_id": "c6"}]}]},
            {"id": "F3", "status": "unique", "article_ids": [a1],
             "evidence": [_evidence(story, "c7", "1", 1, 0)], "conflicts": []},
            {"id": "F4", "status": "unique", "article_ids": [a2],
             "evidence": [_evidence(story, "c8", "2", 0, 0)], "conflicts": []},
        ],
        "quotes": [{"article_id": a1, "start": _span(story, "1", 0, 1)[1] + 1,
                    "end": _span(story, "1", 0, 1)[1] + 19, "speaker": "Roe", "text": "x"}],
        "summary": [
            {"text": "The Senate passed the bill 97-1 on Tuesday.", "claim_id": "F1",
             "status": "shared", "article_ids": [a1, a2, a3]},
            {"text": "He said so.", "claim_id": "F3", "status": "unique", "article_ids": [a1]},
        ],
    }  # fmt: skip


def test_measures_on_hand_built_output(gold_world: tuple[Path, Path]) -> None:
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    tally = score_story(story, _hand_built_output(story))
    row = tally.row("newsprism")
    assert (tally.shared_tp, tally.shared_pred, tally.shared_gold) == (1, 2, 1)
    assert row["conflicts found"] == "1 of 1"
    assert (tally.conflicts_false, tally.conflicts_repeated) == (1, 1)
    assert (tally.quotes_found, tally.speakers_right) == (1, 1)
    # F1's line cites article 3, which has no sentence of that fact
    assert (tally.citations, tally.citations_right) == (4, 3)
    assert (tally.unique, tally.unique_right) == (2, 1)
    assert tally.unusable["pronoun"] == 1


def test_baseline_pairs_links_word_overlap(gold_world: tuple[Path, Path]) -> None:
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    pairs = baseline_pairs(story, threshold=0.2)
    assert (
        frozenset({("1", 0, 0), ("2", 0, 0)}) in pairs
        or frozenset({("1", 0, 0), ("3", 0, 0)}) in pairs
    )
    assert all(len({ref[0] for ref in pair}) == 2 for pair in pairs)


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("Roe", "Jane Roe", True),
        ("Sen. Jane Roe", "Jane Roe", True),
        ("James R. Clapper Jr.", "James Clapper", True),
        ("John Roe", "Jane Roe", False),
        ("Cesar Sayoc Jr.", "Cesar Sayoc", True),
        (None, "Jane Roe", False),
        ("a White House spokesman", "White House spokesman", True),
        ("the governor", "a White House spokesman", False),
        ("Mitt Romney", "Mitt_Romney", True),
    ],
)
def test_same_speaker(predicted: str | None, gold: str, right: bool) -> None:
    assert same_speaker(predicted, gold) is right


@pytest.mark.parametrize(
    ("line", "earlier", "reasons"),
    [
        ("The Senate passed the bill on Tuesday.", [], []),
        ("Former Attorney General Eric Holder.", [], ["fragment"]),
        ("She said the vote was close.", [], ["pronoun"]),
        ("The Senate passed the bill on Tuesday.", ["the Senate passed the bill on Tuesday"],
         ["repeat"]),
        ("It rained. The bill passed. Roe spoke. Critics left.", [], ["pronoun", "blob"]),
        ("I can't say with certitude\" he told Russert.", [], ["fragment", "pronoun"]),
        ("\"The tactic works,\" Weiner said.", [], []),
        ("“It was a prank,” she said.", [], ["pronoun"]),
        ("Grimm's lawyer said the office \"has disclosed its intent.", [], ["fragment"]),
    ],
)  # fmt: skip
def test_unusable_reasons(line: str, earlier: list[str], reasons: list[str]) -> None:
    assert unusable_reasons(line, earlier) == reasons


def test_cli_runs_newsprism_on_the_gold(gold_world: tuple[Path, Path]) -> None:
    basil, gold_dir = gold_world
    result = CliRunner().invoke(
        cli, ["eval", "compare", str(basil.parent), "--gold", str(gold_dir), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    table = json.loads(result.output[result.output.index("{") :])
    rows = {r["system"]: r for r in table["rows"]}
    assert rows["newsprism"]["stories"] == 1
    assert 0.0 <= rows["newsprism"]["shared R"] <= 1.0
    assert rows["TF-IDF cosine ≥ 0.2 (sentences)"]["shared P"] is not None


@pytest.mark.parametrize("gold_end", [19, 20])  # 20: the annotator kept the comma
def test_a_nested_gold_quote_matches_the_tighter_of_two_covering_quotes(
        tmp_path: Path, gold_end: int) -> None:  # fmt: skip
    # the gold lists a quotation inside a quotation as its own entry (the gold README):
    # an outer quote that covers it and an inner quote with its exact words overlap it
    # equally, and the inner one is its match, whichever is listed first
    basil = _write_basil(tmp_path)
    gold = _gold()
    gold["quotes"][0]["end"] = gold_end
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / f"{TRIPLET}.json").write_text(json.dumps(gold), "utf-8")
    (story,) = load_compare_gold(tmp_path / "g", basil)
    a1, start, end = _span(story, "1", 0, 1)
    outer = {"article_id": a1, "start": start - 30, "end": end, "speaker": "Tom Doe",
             "text": "outer"}  # fmt: skip
    inner = {"article_id": a1, "start": start + 1, "end": start + 19, "speaker": "Jane Roe",
             "text": "inner"}  # fmt: skip
    for quotes in ([outer, inner], [inner, outer]):
        tally = score_story(story, {"claims": [], "quotes": quotes, "summary": []})
        assert (tally.quotes_found, tally.speakers_right) == (1, 1)


def test_only_conflicts_scores_conflicts_alone_and_lists_each(
        gold_world: tuple[Path, Path]) -> None:  # fmt: skip
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    tally = score_story(story, _hand_built_output(story), only="conflicts")
    assert tally.row("newsprism")["conflicts found"] == "1 of 1"
    assert (tally.conflicts_false, tally.conflicts_repeated) == (1, 1)
    # the other measures are not scored: a conflicts-only gold has no facts or quotes
    assert (tally.shared_pred, tally.quotes_gold, tally.citations, tally.unique) == (0, 0, 0, 0)
    assert tally.listed == ["t-0001 right date: 1:0:0 / 3:0:0",
                            "t-0001 FALSE number: 1:0:0 / 3:1:0"]  # fmt: skip
    missed = score_story(story, {"claims": [], "quotes": [], "summary": []}, only="conflicts")
    assert missed.listed == ["t-0001 missed date: 1:0:0 / 3:0:0"]


def test_cli_only_conflicts_on_a_conflicts_only_gold(tmp_path: Path) -> None:
    basil = _write_basil(tmp_path)
    gold = _gold({"facts": [], "quotes": []})
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / f"{TRIPLET}.json").write_text(json.dumps(gold), "utf-8")
    args = ["eval", "compare", str(basil.parent), "--gold", str(tmp_path / "g"),
            "--only", "conflicts", "--format", "json"]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    table = json.loads(result.output[result.output.index("{") :])
    assert table["columns"] == ["system", "stories", "conflicts found", "false conflicts",
                                "repeated conflicts"]  # fmt: skip
    (row,) = [r for r in table["rows"] if r["system"] == "newsprism"]
    assert set(row) == set(table["columns"])
    assert row["conflicts found"] in ("0 of 1", "1 of 1")
    # the one gold conflict is either found or listed as missed
    assert sum("1:0:0 / 3:0:0" in note for note in table["notes"]) == 1
    bad = CliRunner().invoke(cli, [*args[:5], "--only", "shared"])  # args[5] is "--only"
    assert bad.exit_code != 0 and "'shared' is not 'conflicts'" in bad.output


def test_the_conflicts_gold_loads_against_basil() -> None:
    # every ref of gold/conflicts-basil exists and its sentence hash matches BASIL's text
    from tests.conftest import ROOT, SHARED_DATA

    basil = SHARED_DATA / "basil"
    if not basil.is_dir():
        pytest.skip("../shared/data/basil is not here")
    stories = load_compare_gold(ROOT / "gold" / "conflicts-basil", basil)
    assert len(stories) == 10
    assert sum(len(s.conflicts) for s in stories) == 13
    assert all(not s.facts and not s.quotes for s in stories)
    assert all(len({r[0] for r in pair}) == 2 for s in stories for pair in s.conflicts)


def test_reported_gold_quotes_are_scored_for_their_speaker(tmp_path: Path) -> None:
    # gold/speakers-basil annotates reported speech too ("kind": "reported")
    basil = _write_basil(tmp_path)
    gold = _gold()
    gold["quotes"][0]["kind"] = "reported"
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / f"{TRIPLET}.json").write_text(json.dumps(gold), "utf-8")
    (story,) = load_compare_gold(tmp_path / "g", basil)
    a1, start, _ = _span(story, "1", 0, 1)
    quote = {"article_id": a1, "start": start + 1, "end": start + 19,
             "speaker": gold["quotes"][0]["speaker"], "text": "x"}  # fmt: skip
    tally = score_story(story, {"claims": [], "quotes": [quote], "summary": []})
    assert (tally.quotes_gold, tally.quotes_found, tally.speakers_right) == (1, 1, 1)


def test_partly_shared_pairs_count_as_shared_and_apart(gold_world: tuple[Path, Path]) -> None:
    """A partly shared fact's pairs are shared pairs for P / R (the gold pairs whole
    sentences) and are also counted on their own (docs/eval-compare.md)."""
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    output = _hand_built_output(story)
    output["claims"][0]["status"] = "partly_shared"
    tally = score_story(story, output)
    assert (tally.shared_tp, tally.shared_pred, tally.shared_gold) == (1, 2, 1)
    assert (tally.partly_tp, tally.partly_pred) == (1, 2)
    assert tally.row("newsprism")["partly shared pairs"] == "1 of 2 in gold"
    whole = score_story(story, _hand_built_output(story))
    assert (whole.partly_tp, whole.partly_pred) == (0, 0)


def test_hedges_to_check_count_their_shown_partner(gold_world: tuple[Path, Path]) -> None:
    """Session 21: a ``check`` hedge (or one of an older output, without ``hedge``) is
    shown beside its first near sentence; the column counts it, whether the gold groups
    it, and whether that sentence is its gold partner. A ``topic`` hedge is not counted."""
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    a1 = story.articles["1"].id

    def hedged(fact_id: str, hedge: str | None, near: tuple[str, int, int]) -> dict:
        near_evidence = _evidence(story, "n", "2", *near[1:])
        return {"id": fact_id, "status": "possibly_shared", "article_ids": [a1],
                "evidence": [_evidence(story, fact_id, "1", 0, 0)], "conflicts": [],
                "near": [near_evidence], **({"hedge": hedge} if hedge else {})}  # fmt: skip

    output = {"claims": [hedged("F1", "check", ("2", 0, 0)),  # beside its gold partner
                         hedged("F2", None, ("2", 1, 0)),  # beside another sentence
                         hedged("F3", "topic", ("2", 0, 0))],
              "quotes": [], "summary": []}  # fmt: skip
    tally = score_story(story, output)
    assert (tally.hedged, tally.hedged_grouped) == (3, 3)
    assert (tally.checked, tally.checked_grouped, tally.checked_partner) == (2, 2, 1)
    assert tally.row("newsprism")["hedges to check"] == (
        "2 (2 in a gold group, 1 beside a gold partner)")


def test_omissions_are_right_wrong_or_unknown_on_the_gold_groups(
        gold_world: tuple[Path, Path]) -> None:  # fmt: skip
    """Gold F1 groups 1:0:0 with 2:0:0: article 3 leaving out F1 is right, article 1
    leaving out a fact told by 2:0:0 is wrong (its 1:0:0 states it), and a fact in no gold
    group (1:1:0) is unknown."""
    basil, gold_dir = gold_world
    (story,) = load_compare_gold(gold_dir, basil)
    output = _hand_built_output(story)
    a1, a2, a3 = (story.articles[n].id for n in "123")
    output["omissions"] = {
        a1: [{"claim_id": "F4", "text": "x"}],  # F4 is 2:0:0 alone: gold F1 holds 1:0:0
        a2: [{"claim_id": "F3", "text": "x"}],  # F3 is 1:1:0: in no gold group
        a3: [{"claim_id": "F1", "text": "x"}],  # F1: 1:0:0 and 2:0:0, article 3 not in it
    }
    tally = score_story(story, output)
    row = tally.row("newsprism")
    assert (row["omissions listed"], row["omissions right"], row["omissions wrong"],
            row["omissions unknown"]) == (3, 1, 1, 1)  # fmt: skip
    assert [d["wrong_omission"] for d in tally.details if "wrong_omission" in d] == ["1"]
    assert score_story(story, _hand_built_output(story)).omissions == 0  # none listed


def test_the_neus_conflicts_gold_loads_against_the_crawl() -> None:
    # session 28: gold/conflicts-neus names NeuS raw-crawl reports ("neus-raw:<row>:<side>"),
    # read under the data folder that holds basil/, as scripts/neus_raw_inputs.py writes them
    from tests.conftest import ROOT, SHARED_DATA

    basil = SHARED_DATA / "basil"
    if not (SHARED_DATA / "neus-allsides").is_dir():
        pytest.skip("../shared/data/neus-allsides is not here")
    stories = load_compare_gold(ROOT / "gold" / "conflicts-neus", basil)
    assert len(stories) == 14 and sum(len(s.conflicts) for s in stories) == 2
    truce = next(s for s in stories if s.triplet == "neus346")
    article = truce.articles["3"]
    assert article.text.split("\n\n") == article.paragraphs
    start, end = truce.docs["3"].sentences[(0, 0)]
    assert article.text[start:end].startswith("The European Union and the United States")
