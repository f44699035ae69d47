"""Commands that read a store, given one that does not exist (session 34): one E207
line and nothing created, where they created an empty store (and its folders) and
printed "0 articles" with exit status 0. ``ingest`` still creates it. And ``compare
--max-bytes``, which its E106 line named while only ``ingest`` took it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.cli import cli

REPORT = ("The harbour authority said on Tuesday that the northern pier would reopen on "
          "Monday after four months of repairs, and that ferries would resume at dawn.\n\n"
          "Officials said the repairs cost 2.4 million euros.\n")
OTHER = ("Ferries will return to the northern pier on Monday, the harbour authority "
         "announced on Tuesday, ending four months of repair work.\n\n"
         "The work cost about 2.4 million euros, officials said.\n")


@pytest.mark.parametrize("command", [["articles"], ["show", "abc"], ["stories"],
                                     ["story", "abc"], ["analyze"], ["recluster"]])
def test_a_read_command_on_a_missing_store_is_one_line_and_creates_nothing(
        tmp_path: Path, command: list[str]) -> None:  # fmt: skip
    missing = tmp_path / "typo" / "store.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: [E207] no store at {missing}: nothing has been ingested there "
        f"(`newsprism ingest FILES --db {missing}` creates it)"]
    assert not missing.parent.exists()


def test_ingest_still_creates_the_store_and_then_articles_reads_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, "utf-8")
    db = tmp_path / "new" / "store.db"
    db.parent.mkdir()
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]
                              ).exit_code == 0  # fmt: skip
    listed = CliRunner().invoke(cli, ["articles", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == 1


def test_db_copy_from_a_missing_store_creates_neither_side(tmp_path: Path) -> None:
    source, target = tmp_path / "nope.db", tmp_path / "copy.db"
    result = CliRunner().invoke(cli, ["db", "copy", "--from", str(source), "--to", str(target)])
    assert result.exit_code == 2 and "[E207]" in result.output
    assert not source.exists() and not target.exists()


def test_compare_of_an_id_without_a_store_does_not_create_one(tmp_path: Path,
                                                              monkeypatch) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSPRISM_DB", raising=False)
    result = CliRunner().invoke(cli, ["compare", "4498c096", "5d5473"])
    assert result.exit_code == 1
    assert "4498c096: no such file, and no store at newsprism.db" in result.output
    assert not (tmp_path / "newsprism.db").exists()


def test_compare_takes_max_bytes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, "utf-8")
    (tmp_path / "b.txt").write_text(OTHER, "utf-8")
    files = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    small = CliRunner().invoke(cli, ["compare", *files, "--max-bytes", "200"])
    assert small.exit_code == 1
    assert "a.txt: file too large" in small.output and "[E106]" in small.output
    fits = CliRunner().invoke(cli, ["compare", *files, "--max-bytes", "4000", "--format", "json"])
    assert fits.exit_code == 0, fits.output
    assert len(json.loads(fits.stdout)["articles"]) == 2
