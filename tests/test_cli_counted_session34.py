"""Counts in the cli's closing lines take the noun's number: "1 story", "2 stories"."""

from __future__ import annotations

from click.testing import CliRunner

from newsprism.cli import cli
from newsprism.cli_options import counted


def test_one_takes_the_singular_and_other_counts_the_plural() -> None:
    assert counted(1, "story", "stories") == "1 story"
    assert counted(0, "story", "stories") == "0 stories"
    assert counted(3, "lamp") == "3 lamps"
    assert counted(1, "lamp") == "1 lamp"


def test_recluster_of_a_one_article_store_says_one_story(tmp_path) -> None:
    text = tmp_path / "harbour.txt"
    text.write_text("Harbour ferry resumes after storm\n\nThe ferry between the two islands "
                    "ran again on Tuesday after three days of gales, the operator said.\n")
    db = str(tmp_path / "one.db")
    assert CliRunner().invoke(cli, ["ingest", str(text), "--db", db]).exit_code == 0
    result = CliRunner().invoke(cli, ["recluster", "--db", db])
    assert result.exit_code == 0, result.output
    line = " ".join(result.stderr.split())
    assert "1 article in 1 story (0 near-copies)" in line
    assert "1 stories" not in line and "1 articles" not in line
