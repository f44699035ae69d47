"""The docs stay honest: every command, option and error code is documented."""

from __future__ import annotations

import re

import click
import pytest

import newsprism
from newsprism.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
DOCS = "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "docs").glob("*.md")))


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{full} "))
        else:
            found.append((full, command))
    return found


COMMANDS = _commands(cli)


def test_readme_starts_with_the_two_commands() -> None:
    assert README.startswith("```\nmake demo\nmake test\n```\n")


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_is_in_the_readme(name: str, command: click.Command) -> None:
    top = name.split()[0]
    assert f"newsprism {top}" in README, f"`newsprism {name}` is not documented in README.md"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_an_example(name: str, command: click.Command) -> None:
    assert "Example:" in (command.help or ""), f"`{name}` help has no Example:"


def test_every_error_code_is_documented() -> None:
    codes = set()
    for path in (ROOT / "src" / "newsprism").rglob("*.py"):
        codes.update(re.findall(r'"(E\d{3})"', path.read_text("utf-8")))
    table = (ROOT / "docs" / "errors.md").read_text("utf-8")
    missing = sorted(c for c in codes if f"| {c} |" not in table)
    assert not missing, f"error codes missing from docs/errors.md: {missing}"


def test_every_rule_name_is_documented() -> None:
    from newsprism.clean.rules import load_rules

    cleaning = (ROOT / "docs" / "cleaning.md").read_text("utf-8")
    missing = [r.name for r in load_rules().rules if f"`{r.name}`" not in cleaning]
    assert not missing, f"rules missing from docs/cleaning.md: {missing}"


def test_all_is_complete_and_sorted() -> None:
    public = {
        name
        for name in dir(newsprism)
        if (not name.startswith("_") and name[0].isupper()) or name in ("ingest_paths",)
    }
    assert public <= set(newsprism.__all__)
    assert newsprism.__all__ == sorted(newsprism.__all__)


def test_docs_link_to_existing_files() -> None:
    for target in re.findall(r"\]\(([\w./-]+\.md)\)", README):
        assert (ROOT / target).exists(), f"README.md links {target}"
    for doc in (ROOT / "docs").glob("*.md"):
        for target in re.findall(r"\]\(([\w./-]+\.md)\)", doc.read_text("utf-8")):
            assert (doc.parent / target).resolve().exists(), f"{doc.name} links {target}"
