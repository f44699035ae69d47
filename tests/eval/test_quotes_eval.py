"""Quote scoring on PolNeAR-shaped brat folders, checked on a tiny folder with known answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.errors import EvalError
from newsprism.eval.quotes import (
    GoldQuote,
    Predicted,
    evaluate_quotes,
    gold_kind,
    load_split,
    match,
    overlap,
    read_brat,
    speaker_right,
)
from newsprism.eval.quotes_basil import load_basil_quotes

PARAGRAPHS = [
    "“We will win,” Miller said, “and we will win big.”",  # split direct quote: found
    "Kirby told reporters that the talks had stalled.",  # reported: found
    "“It is over,” Weaver said.",  # annotated with a non-speech cue: out of scope
    "His comments on Muslims angered voters.",  # a nominal speech cue: missed
    "Critics say the law is failing.",  # not annotated: a false positive
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


def _at(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def _t(n: int, label: str, spans: list[tuple[int, int]], text: str) -> str:
    joined = ";".join(f"{a} {b}" for a, b in spans)
    return f"T{n}\t{label} {joined}\t{' '.join(text[a:b] for a, b in spans)}"


def _ann(text: str) -> str:
    """The gold relations of TEXT, in brat standoff."""
    lines = []
    relations = [
        # (content spans, cue, source)
        ([_at(text, "“We will win,”"), _at(text, "“and we will win big.”")],
         _at(text, "said"), _at(text, "Miller")),
        ([_at(text, "that the talks had stalled")], _at(text, "told"), _at(text, "Kirby")),
        ([_at(text, "“It is over,”")], _at(text, "Weaver"), _at(text, "Weaver")),
        ([_at(text, "Muslims")], _at(text, "comments on"), _at(text, "His")),
    ]  # fmt: skip
    n = 0
    for e, (content, cue, source) in enumerate(relations, 1):
        lines.append(_t(n + 1, "Source", [source], text))
        lines.append(_t(n + 2, "Cue", [cue], text))
        lines.append(_t(n + 3, "Content", content, text))
        lines.append(_t(n + 4, "Attribution", [cue], text))
        lines.append(f"E{e}\tAttribution:T{n + 4} Content:T{n + 3} Cue:T{n + 2} Source:T{n + 1}")
        n += 4
    return "\n".join(lines) + "\n"


@pytest.fixture
def polnear(tmp_path: Path) -> Path:
    """A one-article PolNeAR folder: dev split, two annotators of the same article."""
    root = tmp_path / "polnear"
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    (root / "dev" / "text" / "site_2016-01-01_one-article.txt").write_text(TEXT, "utf-8")
    attributions = root / "dev" / "attributions"
    (attributions / "site_2016-01-01_one-article_a1.ann").write_text(_ann(TEXT), "utf-8")
    # a second annotator who found nothing: never read, the first id is used
    (attributions / "site_2016-01-01_one-article_b2.ann").write_text("", "utf-8")
    return root


def test_brat_discontinuous_spans_and_multiline_text() -> None:
    ann = (
        "T1\tContent 0 5;10 20\tfirst\nsecond part\nT2\tCue 6 9\tsaid\n"
        "E1\tAttribution:T2 Content:T1 Content2:T1 Cue:T2\n#1\tAnnotatorNotes T1\tnote\n"
    )
    entities, relations = read_brat(ann)
    assert entities == {"T1": ("Content", ((0, 5), (10, 20))), "T2": ("Cue", ((6, 9),))}
    assert relations == [{"Attribution": ["T2"], "Content": ["T1", "T1"], "Cue": ["T2"]}]


def test_load_split_uses_the_first_annotator_and_keeps_parts(polnear: Path) -> None:
    [article] = load_split(polnear, "dev")
    assert article.annotator == "a1"
    assert [q.speech for q in article.quotes] == [True, True, False, True]
    split = article.quotes[0]
    assert len(split.content) == 2 and split.kind == "direct"
    assert [q.kind for q in article.quotes[1:]] == ["reported", "direct", "reported"]


@pytest.mark.parametrize(("content", "kind"), [
    ("“We will win.”", "direct"),
    ("We will win.", "direct"),  # the marks just outside the span
    ("that “we will win”", "reported"),
    ("“one or two instances” where donations “slipped”", "reported"),
    ("the talks had stalled", "reported"),
])  # fmt: skip
def test_gold_kind(content: str, kind: str) -> None:
    text = f"He said {content} today." if not content.startswith("We") else f"“{content}”"
    start = text.index(content)
    assert gold_kind(text, ((start, start + len(content)),)) == kind


def test_overlap_is_over_the_longer_span_and_matching_is_one_to_one() -> None:
    a, b, c = frozenset({1, 2, 3, 4}), frozenset({3, 4}), frozenset({4, 5, 6, 7, 8})
    assert overlap(a, b) == 0.5 and overlap(b, a) == 0.5
    assert overlap(a, frozenset()) == 0.0
    # both predictions overlap gold 0; the better one takes it, the other takes nothing
    assert match([b, a], [a, c], 0.3) == {1: 0}
    assert match([b, a], [a, c], 0.8) == {1: 0}


def test_speaker_right() -> None:
    text = "Secretary Antony Blinken said so; he agreed."
    gold = GoldQuote(((0, 4),), ((25, 29),), ((10, 24),), "said", "reported", True)
    name = Predicted(((0, 4),), "reported", "Blinken", ())
    surface = Predicted(((0, 4),), "reported", "Someone Else", ((17, 24),))
    wrong = Predicted(((0, 4),), "reported", "Gallant", ((34, 36),))
    assert speaker_right(text, name, gold) and speaker_right(text, surface, gold)
    assert not speaker_right(text, wrong, gold)
    assert not speaker_right(text, Predicted(((0, 4),), "reported", None, ()), gold)


def test_evaluate_quotes_on_known_answers(polnear: Path) -> None:
    table = evaluate_quotes(polnear)
    rows = {(r["system"], r["kind"]): r for r in table.rows}
    assert {r["split"] for r in table.rows} == {"dev"}
    news = rows[("newsprism", "all")]
    # 3 gold quotes in scope; 4 predictions, one of which matches only the out-of-scope
    # relation (left out): 2 right of 3 counted, 2 of 3 gold found
    assert (news["gold"], news["predicted"]) == (3, 4)
    assert news["p@0.3"] == pytest.approx(2 / 3, abs=1e-4)
    assert news["r@0.3"] == pytest.approx(2 / 3, abs=1e-4)
    assert news["f1@0.3"] == pytest.approx(2 / 3, abs=1e-4)
    # the split quote matches exactly; "the talks had stalled" is 4 of 5 gold tokens
    assert news["f1@0.8"] == pytest.approx(2 / 3, abs=1e-4)
    assert news["speaker_acc"] == 1.0
    direct, reported = rows[("newsprism", "direct")], rows[("newsprism", "reported")]
    assert (direct["gold"], direct["p@0.3"], direct["r@0.3"]) == (1, 1.0, 1.0)
    assert (reported["gold"], reported["p@0.3"], reported["r@0.3"]) == (2, 0.5, 0.5)
    # the baseline finds the split quote as two quotations: one matches, one does not
    base = rows[("quote marks only", "all")]
    assert (base["predicted"], base["p@0.3"]) == (3, 0.5)
    assert base["r@0.3"] == pytest.approx(1 / 3, abs=1e-4)
    assert any("1 articles, 3 of 4 attributions" in note for note in table.notes)


def test_evaluate_quotes_progress_and_systems(polnear: Path) -> None:
    seen: list[tuple[int, int]] = []
    table = evaluate_quotes(polnear, split="dev", limit=1, systems=["newsprism"],
                            on_progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert seen == [(1, 1)]
    assert {r["system"] for r in table.rows} == {"newsprism"}
    assert len(table.rows) == 3  # all, direct, reported


def test_evaluate_quotes_errors(tmp_path: Path, polnear: Path) -> None:
    with pytest.raises(EvalError) as err:
        evaluate_quotes(tmp_path / "nowhere")
    assert err.value.code == "E300"
    with pytest.raises(EvalError):
        evaluate_quotes(polnear, split="train")
    with pytest.raises(EvalError):
        evaluate_quotes(polnear, systems=["nobody"])


# --- BASIL's quoted phrases (issue 12), beside PolNeAR -----------------------------------

BASIL_BODY = [
    ["“The plan is a disaster for Ohio,” said Senator Jane Roe."],
    ["“We reject the bill outright,” said Tom Ray, a leader of the Tea Party."],
    ["The governor called the deal “reckless.”", "The plan failed."],
]
BASIL_PHRASES = [
    # (text, quote, speaker): a person, a group, an unnamed source, and no quote
    ("a disaster for Ohio", "yes", "Jane_Roe"),
    ("reject the bill", "yes", "Tea_Party"),
    ("reckless", "yes", "other_anti"),
    ("The plan failed.", "no", ""),
]


@pytest.fixture
def basil(tmp_path: Path) -> Path:
    """A one-article BASIL folder next to the PolNeAR one, with per-sentence offsets."""
    root = tmp_path / "basil"
    (root / "articles" / "2099").mkdir(parents=True)
    (root / "annotations" / "2099").mkdir(parents=True)
    article = {"source": "fox", "title": "T", "date": "2099-01-01", "triplet-uuid": "t",
               "body-paragraphs": BASIL_BODY}  # fmt: skip
    (root / "articles" / "2099" / "t_1.json").write_text(json.dumps(article), "utf-8")
    sentences = [s for p in BASIL_BODY for s in p]
    phrases = []
    for n, (txt, quote, speaker) in enumerate(BASIL_PHRASES):
        sentence = next(s for s in sentences if txt in s)
        start = sentence.index(txt)
        phrases.append({"id": f"p{n}", "txt": txt, "start": start, "end": start + len(txt),
                        "quote": quote, "speaker": speaker, "bias": "lex"})  # fmt: skip
    ann = {"phrase-level-annotations": phrases}
    (root / "annotations" / "2099" / "t_1_ann.json").write_text(json.dumps(ann), "utf-8")
    return root


def test_basil_quoted_phrases_and_their_speakers(polnear: Path, basil: Path) -> None:
    [article] = load_basil_quotes(basil)
    assert [(article.text[q.start : q.end], q.speaker) for q in article.quotes] == [
        ("a disaster for Ohio", "Jane_Roe"), ("reject the bill", "Tea_Party"),
        ("reckless", None),
    ]  # fmt: skip
    table = evaluate_quotes(polnear, basil_dir=basil)
    rows = {(r["system"], r["split"], r["kind"]): r for r in table.rows}
    news = {k: rows[("newsprism", "basil 2010-14", k)] for k in ("all", "person speaker",
                                                                  "group speaker")}  # fmt: skip
    assert [news[k]["gold"] for k in news] == [3, 1, 1]
    # Jane Roe is right; Tom Ray is the person who spoke, but BASIL names his group
    assert news["person speaker"]["speaker_acc"] == 1.0
    assert news["group speaker"]["speaker_acc"] == 0.0
    assert news["all"]["speaker_acc"] == 0.5
    assert news["all"]["p@0.3"] is None  # BASIL marks only biased phrases: no precision
    # the baseline takes every quotation, "reckless" too
    assert rows[("quote marks only", "basil 2010-14", "all")]["r@0.3"] == 1.0
    assert any("3 quoted phrases (2 with a named speaker" in n for n in table.notes)


def test_eval_quotes_command_adds_basil_beside_polnear(polnear: Path, basil: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "quotes", str(polnear), "--format", "json"])
    assert result.exit_code == 0, result.output
    splits = {r["split"] for r in json.loads(result.output)["rows"]}
    assert splits == {"dev", "basil 2010-14"}
    result = runner.invoke(cli, ["eval", "quotes", str(polnear), "--no-basil", "--format",
                                 "json"])  # fmt: skip
    assert {r["split"] for r in json.loads(result.output)["rows"]} == {"dev"}


def test_evaluate_quotes_reads_polnear_inside_the_data_folder(polnear: Path) -> None:
    table = evaluate_quotes(polnear.parent, systems=["newsprism"])
    assert {r["split"] for r in table.rows} == {"dev"}


def test_wrong_speakers_are_listed_when_asked(polnear: Path) -> None:
    # the annotator gives Kirby's words to Weaver: one wrong speaker, listed with the
    # article, the predicted name, the gold Source and the cue
    ann = polnear / "dev" / "attributions" / "site_2016-01-01_one-article_a1.ann"
    lines = ann.read_text("utf-8").splitlines()
    weaver = _at(TEXT, "Weaver")
    lines[5] = _t(5, "Source", [weaver], TEXT)  # the Source of the second relation
    ann.write_text("\n".join(lines) + "\n", "utf-8")
    quiet = evaluate_quotes(polnear, systems=["newsprism"])
    assert not [n for n in quiet.notes if n.startswith("PolNeAR wrong speaker")]
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "quotes", str(polnear), "--no-basil",
                                 "--wrong-speakers", "--format", "json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    wrong = [n for n in json.loads(result.output)["notes"]
             if n.startswith("PolNeAR wrong speaker")]  # fmt: skip
    assert wrong == ["PolNeAR wrong speaker (dev): site_2016-01-01_one-article: 'Kirby' for "
                     "Source 'Weaver' (cue 'told'): the talks had stalled"]  # fmt: skip


def test_offset_scores_a_slice_of_the_split(polnear: Path) -> None:
    # a second article, later by name: --offset 1 scores it alone, --limit counts after
    text_dir, ann_dir = polnear / "dev" / "text", polnear / "dev" / "attributions"
    (text_dir / "site_2016-02-01_second.txt").write_text(TEXT, "utf-8")
    (ann_dir / "site_2016-02-01_second_a1.ann").write_text(_ann(TEXT), "utf-8")
    assert [a.name for a in load_split(polnear, "dev", offset=1)] == ["site_2016-02-01_second"]
    assert [a.name for a in load_split(polnear, "dev", limit=1)] == [
        "site_2016-01-01_one-article"]
    assert load_split(polnear, "dev", limit=1, offset=2) == []
    result = CliRunner().invoke(cli, ["eval", "quotes", str(polnear), "--no-basil",
                                      "--offset", "1", "--limit", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "(1 articles)" in json.loads(result.output)["title"]
