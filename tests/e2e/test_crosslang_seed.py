"""End to end across languages: an Arabic report of the seed event, written for the tests
from the seeds' facts (tests/data/crosslang/README.md), ingested with the two English
seeds: one story, the shared facts aligned, the names merged across scripts, and the
Arabic sentences shown as written and marked as Arabic."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from newsprism.cli import cli
from tests.conftest import EXAMPLES

DATA = EXAMPLES.parent / "tests" / "data" / "crosslang"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("mixed")
    for path in [*EXAMPLES.iterdir(), *DATA.glob("ar_*")]:
        shutil.copy(path, folder / path.name)
    db = tmp_path_factory.mktemp("store") / "news.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli, ["stories", "--db", str(db), "--format", "json"])
    stories = json.loads(listed.output)
    mixed = [s for s in stories if s["size"] > 1]
    assert len(mixed) == 1, [(s["label"], s["size"]) for s in stories]
    shown = runner.invoke(cli, ["story", mixed[0]["id"], "--db", str(db), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    return {"stories": stories, **json.loads(shown.output)}


def _arabic_id(story: dict) -> str:
    (found,) = [a["id"] for a in story["analysis"]["articles"] if a["language"] == "ar"]
    return found


def test_one_story_for_the_three_reports_and_the_other_events_apart(story) -> None:
    sizes = sorted(s["size"] for s in story["stories"])
    assert sizes == [1, 1, 3]  # the earthquake and the aid report are stories of their own
    outlets = {a["outlet"] for a in story["story"]["articles"]}
    assert {"Al Jazeera", "Al Mayadeen", "newsprism test desk"} <= outlets


def _shared_with(story: dict, arabic_word: str) -> list[str]:
    """The English sentences sharing a fact with the Arabic sentence containing a word."""
    arabic = _arabic_id(story)
    for fact in story["analysis"]["claims"]:
        sentences = {e["sentence"]: e for e in fact["evidence"]}
        if any(e["article_id"] == arabic and arabic_word in s for s, e in sentences.items()):
            assert fact["status"] in ("shared", "conflict"), fact
            return [s for s, e in sentences.items() if e["language"] == "en"]
    raise AssertionError(f"no fact holds the Arabic sentence with {arabic_word}")


def test_the_number_is_aligned_across_scripts(story) -> None:
    english = _shared_with(story, "١٫٤ مليون")
    assert english and all("1.4 million" in s for s in english)
    # Both English seeds state the figure, but the same-fact model keeps their two
    # sentences apart ("about 1.4 million people in Rafah" / "more than 1.4 million
    # Palestinian civilians sheltering there": a known miss, docs/eval-compare.md), and a
    # fact is complete-link: the Arabic sentence joins one of them, never both.
    assert len({s for s in english}) >= 1


def test_the_security_council_resolution_is_aligned(story) -> None:
    english = _shared_with(story, "مجلس الأمن")
    assert any("Security Council" in s for s in english)


def test_the_ramadan_sentence_is_not_left_alone(story) -> None:
    english = _shared_with(story, "رمضان")
    assert english


def test_names_are_merged_across_scripts(story) -> None:
    arabic = _arabic_id(story)
    entities = {e["name"]: e for e in story["analysis"]["entities"]}
    for name, spelled in (("Antony Blinken", "بلينكن"), ("Yoav Gallant", "غالانت"),
                          ("Benjamin Netanyahu", "نتنياهو")):  # fmt: skip
        entity = entities[name]
        assert spelled in entity["aliases"]
        assert entity["mentions"].get(arabic, 0) >= 1
        assert len(entity["mentions"]) == 3  # named in all three reports


def test_arabic_sentences_are_shown_as_written_and_marked(story) -> None:
    arabic = _arabic_id(story)
    text = next(a["text"] for a in story["analysis"]["articles"] if a["id"] == arabic)
    evidence = [e for f in story["analysis"]["claims"] for e in f["evidence"]]
    mine = [e for e in evidence if e["article_id"] == arabic]
    assert mine and all(e["language"] == "ar" for e in mine)
    assert all(text[e["start"]:e["end"]] == e["sentence"] for e in mine)  # the original
    assert all(e["language"] == "en" for e in evidence if e["article_id"] != arabic)


def test_the_summary_reads_in_english_and_marks_arabic_lines(story) -> None:
    summary = story["analysis"]["summary"]
    arabic = _arabic_id(story)
    for line in summary:
        has_arabic_letters = any("\u0600" <= ch <= "\u06ff" for ch in line["text"])
        assert has_arabic_letters == (line.get("language") == "ar"), line
        if line["status"] == "shared" and len(line["article_ids"]) > 1:
            assert line.get("language") is None  # an English rendering exists
    marked = [line for line in summary if line.get("language") == "ar"]
    assert all(line["article_ids"] == [arabic] for line in marked)


def test_the_text_report_marks_arabic_text() -> None:
    from rich.console import Console

    from newsprism.report.text import print_text

    facts = [{"id": "F1", "status": "unique", "article_ids": ["a"], "language": "ar",
              "text": "وأضاف ميلر أن نحو ١٫٤ مليون فلسطيني يقيمون حاليا في رفح"}]  # fmt: skip
    console = Console(record=True, width=200)
    print_text({"articles": [{"id": "a", "outlet": "test desk", "language": "ar"}],
                 "claims": facts}, console)  # fmt: skip
    shown = console.export_text()
    assert "١٫٤ مليون" in shown and "[Arabic, as written]" in shown
