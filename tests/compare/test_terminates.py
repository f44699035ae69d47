"""``compare`` finishes on articles whose last sentence has a number-like parse root
(issue 11): "hundred 14", "But $660 billion!", "Forty-three,". Each hung ``compare``,
``story`` and the story page before parse walks were bounded (``extract/tree.py``)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from newsprism.compare.story import analyze_story
from newsprism.extract.nlp import load_nlp
from newsprism.pipeline import clean_paths
from tests.conftest import SEED_000
from tests.extract.hang_guard import HANG_S, fails_if_hung
from tests.web.conftest import newsprism_command

ENDINGS = ["hundred 14", "But $660 billion!", "Forty-three,"]


def write_article(folder: Path, ending: str) -> Path:
    """A short article whose last sentence is ``ending`` (a line of its own would be
    cleaned away as too short to be text)."""
    path = folder / "ending.txt"
    path.write_text(
        "Ministers agree on the port budget\n\n"
        "The finance ministry said on Tuesday that the harbour authority would receive "
        f"new funds for dredging and repairs over the next three years. {ending}\n",
        "utf-8",
    )
    return path


@pytest.mark.parametrize("ending", ENDINGS)
def test_compare_through_the_library_finishes(tmp_path: Path, ending: str) -> None:
    articles, failures = clean_paths([write_article(tmp_path, ending), SEED_000])
    assert not failures and len(articles) == 2
    assert articles[0].text.rstrip().endswith(ending)
    last = list(load_nlp()(articles[0].text).sents)[-1]
    assert last.root.like_num, "no number-like root any more: the test lost its point"
    with fails_if_hung():
        analysis = analyze_story(articles).as_dict()
    assert [a["id"] for a in analysis["articles"]] == [a.id for a in articles]
    assert analysis["claims"]


@pytest.mark.parametrize("ending", ENDINGS)
def test_compare_of_two_files_on_the_command_line_finishes(tmp_path: Path, ending: str) -> None:
    hostile = write_article(tmp_path, ending)
    result = subprocess.run(
        [*newsprism_command(), "compare", str(hostile), str(SEED_000), "--format", "json",
         "--db", str(tmp_path / "unused.db")],
        capture_output=True, text=True, timeout=HANG_S, env={**os.environ, "COLUMNS": "200"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    analysis = json.loads(result.stdout)
    assert len(analysis["articles"]) == 2
    assert any(a["text"].rstrip().endswith(ending) for a in analysis["articles"])
