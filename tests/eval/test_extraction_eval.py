"""`eval extraction --pages`: the per-page error file names each page's wrong segments."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from newsprism.cli import cli

PAGE = (
    "<html><head><title>Council passes budget</title></head><body><article>"
    "<h1>Council passes budget</h1>"
    "<p>The regional council approved the new budget on Monday after a debate that lasted "
    "six hours and ended late in the evening.</p>"
    "<p>Officials said the first road repairs would begin in April, weather permitting, "
    "and would last until the autumn.</p></article>"
    "<footer><p>Imprint and contact details of the publisher of this site.</p></footer>"
    "</body></html>"
)


def _gold(tmp_path: Path) -> Path:
    folder = tmp_path / "trafilatura-eval"
    (folder / "html").mkdir(parents=True)
    with gzip.open(folder / "html" / "page.html.gz", "wt", encoding="utf-8") as handle:
        handle.write(PAGE)
    gold = {"https://news.example/budget": {
        "file": "page.html",
        "with": ["approved the new budget on Monday", "a sentence the page never had"],
        "without": ["Imprint and contact details"],
    }}  # fmt: skip
    (folder / "evaldata.json").write_text(json.dumps(gold), "utf-8")
    return folder


def test_pages_file_lists_the_missed_segment(tmp_path: Path) -> None:
    pages = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli, [
        "eval", "extraction", str(_gold(tmp_path)), "--system", "newsprism",
        "--pages", str(pages), "--format", "json",
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)["rows"][0]
    assert (row["system"], row["tp"], row["fn"], row["fp"]) == ("newsprism", 1, 1, 0)
    records = [json.loads(line) for line in pages.read_text("utf-8").splitlines()]
    assert len(records) == 1
    assert records[0]["fn_segments"] == ["a sentence the page never had"]
    assert records[0]["fp_segments"] == []
    assert records[0]["output_chars"] > 100
