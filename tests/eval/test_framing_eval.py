"""eval framing: BASIL spans and BABE words scored on small data sets of known answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.errors import EvalError
from newsprism.eval.babe import in_report_part

LAYERS = "lexicon layers (terms, verbs, hedges, quotes)"


def _basil_pair(root: Path, year: str, name: str, source: str, paragraphs, spans) -> None:
    (root / "articles" / year).mkdir(parents=True, exist_ok=True)
    (root / "annotations" / year).mkdir(parents=True, exist_ok=True)
    article = {"source": source, "triplet-uuid": name, "body-paragraphs": paragraphs}
    (root / "articles" / year / f"{name}.json").write_text(json.dumps(article), "utf-8")
    annotations = [
        {"bias": bias, "txt": txt, "start": start, "end": start + len(txt),
         "quote": "no", "polarity": "neg"}
        for bias, txt, start in spans
    ]  # fmt: skip
    ann = {"phrase-level-annotations": annotations}
    (root / "annotations" / year / f"{name}_ann.json").write_text(json.dumps(ann), "utf-8")


def _report_links(n: int) -> list[str]:
    """Article links that fall in BABE's report part."""
    links = (f"https://example.com/story-{k}" for k in range(1000))
    return [link for link in links if in_report_part(link)][:n]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data root: two BASIL articles (one per split), two BABE report sentences and a
    one-word MPQA lexicon, each with known hits."""
    basil = tmp_path / "basil"
    _basil_pair(basil, "2010", "a_1", "FOX", [
        ["Critics slammed the plan on Monday.", "The mayor insisted that the plan was sound."],
        ["It was a quiet day."],
    ], [
        ("lex", "slammed", 8),                                      # found by the lexicon
        ("lex", "quiet", 7),                                        # missed
        ("inf", "The mayor insisted that the plan was sound.", 0),  # "insisted" touches it
        ("lex", "not in this article", 0),                          # cannot be placed
    ])  # fmt: skip
    _basil_pair(basil, "2013", "b_1", "nyt", [["The so-called reform stalled."]], [
        ("lex", "so-called reform", 4),  # "so-called" covers 9 of 16 characters
    ])  # fmt: skip
    (tmp_path / "babe").mkdir()
    first, second = _report_links(2)
    sentences = [
        {"id": "b1", "text": "Critics slammed the plan.", "news_link": first, "label": 1,
         "biased_words": ["slammed"], "biased_spans": [[8, 15, "slammed"]]},
        {"id": "b2", "text": "The council met on Monday.", "news_link": second, "label": 0,
         "biased_words": [], "biased_spans": []},
    ]  # fmt: skip
    (tmp_path / "babe" / "babe-dev.jsonl").write_text(
        "\n".join(json.dumps(s) for s in sentences) + "\n", "utf-8"
    )
    lexicons = tmp_path / "bias-lexicons"
    lexicons.mkdir()
    (lexicons / "mpqa-subjclueslen1-HLTEMNLP05.tff").write_text(
        "type=strongsubj len=1 word1=monday pos1=noun stemmed1=n priorpolarity=neutral\n", "utf-8"
    )
    entries = {"recasens2013_bias_lexicon": {"entries": ["plan"]},
               "spinde2021_bias_words": {"entries": ["slammed"]}}  # fmt: skip
    (lexicons / "lexicons.json").write_text(json.dumps(entries), "utf-8")
    return tmp_path


def _rows(table) -> dict[tuple[str, str, str, str], dict]:
    return {(r["system"], r["data"], r["split"], r["slice"]): r for r in table.rows}


def test_basil_rows_on_known_counts(data: Path) -> None:
    from newsprism.eval.framing import SPLITS, evaluate_framing

    progress = []
    table = evaluate_framing(data, on_progress=lambda d, t: progress.append((d, t)))
    assert progress == [(1, 2), (2, 2)]
    rows = _rows(table)
    dev = rows[(LAYERS, "basil", SPLITS[0], "all")]
    # "slammed" (a term) finds a lex span; "insisted" touches the inf span only.
    assert (dev["gold"], dev["found_any"], dev["flagged"]) == (2, 1, 2)
    assert dev["recall_any"] == 0.5 and dev["prec_lex"] == 0.5 and dev["prec_bias"] == 1.0
    held = rows[(LAYERS, "basil", SPLITS[1], "all")]
    assert (held["gold"], held["found_any"], held["flagged"]) == (1, 1, 1)
    assert held["recall_any"] == 1.0 and held["recall_0.8"] == 0.0
    mpqa = rows[("baseline: MPQA strongly subjective", "basil", SPLITS[0], "all")]
    assert (mpqa["found_any"], mpqa["flagged"]) == (0, 1)  # "Monday"
    spinde = rows[("baseline: Spinde bias words", "basil", "all", "all")]
    assert (spinde["found_any"], spinde["flagged"], spinde["prec_lex"]) == (1, 1, 1.0)
    fox = rows[(LAYERS, "basil", "all", "outlet fox")]
    assert (fox["articles"], fox["gold"]) == (1, 2)
    assert any("1 annotations of any kind could not be placed" in n for n in table.notes)


def test_babe_rows_on_known_counts(data: Path) -> None:
    from newsprism.eval.framing import evaluate_framing

    rows = _rows(evaluate_framing(data))
    layers = rows[(LAYERS, "babe", "report part", "all")]
    assert (layers["gold"], layers["flagged"]) == (1, 1)
    assert layers["word_p"] == layers["word_r"] == layers["sentence_macro_f1"] == 1.0
    mpqa = rows[("baseline: MPQA strongly subjective", "babe", "report part", "all")]
    # flags "Monday" in the unbiased sentence only: no word right, both sentences wrong
    assert (mpqa["word_p"], mpqa["word_r"], mpqa["sentence_macro_f1"]) == (0.0, 0.0, 0.0)


def test_the_basil_folder_alone_is_accepted(data: Path) -> None:
    from newsprism.eval.framing import data_folders

    assert data_folders(data / "basil") == (data / "basil", data)
    assert data_folders(data) == (data / "basil", data)


def test_overlap_ratio_strips_quote_marks_and_punctuation() -> None:
    from newsprism.eval.framing import Detection, GoldSpan, overlap_ratio

    text = "He called it “utterly irresponsible.” today"
    start = text.index("“")
    gold = GoldSpan(start, start + len("“utterly irresponsible.”"), "", "lex", True, 2)
    inner = text.index("utterly")
    exact = Detection(inner, inner + len("utterly irresponsible"), "partial-quote", "x")
    half = Detection(inner, inner + len("utterly"), "cue", "x")
    assert overlap_ratio(text, gold, [exact]) == 1.0
    assert overlap_ratio(text, gold, [half]) == pytest.approx(7 / 21)
    assert overlap_ratio(text, gold, []) == 0.0


def test_evaluate_framing_rejects_a_folder_that_is_not_basil(tmp_path: Path) -> None:
    from newsprism.eval.framing import evaluate_framing

    with pytest.raises(EvalError) as info:
        evaluate_framing(tmp_path)
    assert info.value.code == "E300"


def test_babe_reader_splits_by_article_and_rejects_bad_lines(data: Path) -> None:
    from newsprism.eval.babe import read_babe

    sentences = read_babe(data / "babe")
    assert [s.report for s in sentences] == [True, True]
    assert sentences[0].spans == ((8, 15),) and sentences[1].label == 0
    # one article's sentences always fall on the same side of the split
    assert in_report_part("https://x.org/A%20b") == in_report_part("https://x.org/a b")
    (data / "babe" / "babe-dev.jsonl").write_text('{"text": "no id"}\n', "utf-8")
    with pytest.raises(EvalError) as info:
        read_babe(data / "babe")
    assert info.value.code == "E300" and "babe-dev.jsonl:1" in str(info.value)


def test_each_shipped_detector_has_its_own_rows(data: Path) -> None:
    from newsprism.eval.framing import SPLITS, evaluate_framing
    from newsprism.eval.framing_variants import VARIANTS, variant_path
    from newsprism.extract.framing.detector import default_detector_path

    rows = _rows(evaluate_framing(data))
    configured = next(k for k in VARIANTS if variant_path(k) == default_detector_path())
    for label in VARIANTS:
        for system in (f"learned detector (loaded words) [{label}]",
                       f"default (lexicon layers + detector) [{label}]"):  # fmt: skip
            assert (system, "basil", SPLITS[1], "all") in rows
        assert (f"learned detector, sentence threshold [{label}]", "babe", "report part",
                "all") in rows  # fmt: skip
    for data_, split in (("basil", SPLITS[0]), ("babe", "report part")):
        main = rows[("learned detector (loaded words)", data_, split, "all")]
        mine = rows[(f"learned detector (loaded words) [{configured}]", data_, split, "all")]
        assert {k: v for k, v in main.items() if k != "system"} == {
            k: v for k, v in mine.items() if k != "system"}


def test_voice_rows_tell_the_outlets_own_flags_from_a_sources(tmp_path: Path) -> None:
    from newsprism.eval.framing import SPLITS, VOICE_SYSTEMS, evaluate_framing

    _basil_pair(tmp_path / "basil", "2013", "c_1", "hpo", [[
        "Senator John Smith said the plan was a disgraceful giveaway to the rich.",
        "The senator launched a bizarre tirade against reporters.",
    ]], [("lex", "disgraceful", 39)])  # fmt: skip
    rows = _rows(evaluate_framing(tmp_path))
    unquoted, own, reported = (rows[(name, "basil", SPLITS[1], "all")]
                               for name, _ in VOICE_SYSTEMS)  # fmt: skip
    # "disgraceful" is Smith's (reported speech), "bizarre tirade" the outlet's own.
    assert (reported["flagged"], reported["found_any"]) == (1, 1)
    assert (own["flagged"], own["found_any"]) == (unquoted["flagged"] - 1, 0)
    detector = rows[("learned detector (loaded words)", "basil", SPLITS[1], "all")]
    assert detector["flagged"] == unquoted["flagged"] and detector["found_any"] == 1
