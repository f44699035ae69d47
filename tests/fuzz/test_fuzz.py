"""The fuzz harness itself, bounded by example count (``make fuzz`` runs it by time).

A few dozen derandomized examples go through the real stages into a real SQLite file,
so the harness cannot rot unnoticed; a crash it finds fails the test, unless it is one
of the open bugs listed in ``KNOWN_OPEN`` (docs/fuzzing.md), which the run skips so
that it goes on looking for others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.clean import CleanOptions
from newsprism.errors import IngestError, NewsprismError
from newsprism.models import Article, RawDocument
from tests.fuzz import harness, run
from tests.fuzz.harness import UndocumentedError, judge
from tests.fuzz.inputs import FuzzInput, load_seeds

# Signatures (exception at the innermost newsprism function) of crashes the fuzzer
# found that are being fixed elsewhere; each is in docs/fuzzing.md with its input.
KNOWN_OPEN: dict[str, str] = {}


def test_documented_errors_pass_and_anything_else_fails() -> None:
    assert judge(IngestError("empty file (no text)", code="E102")) is None
    assert isinstance(judge(NewsprismError("odd", code="E999")), UndocumentedError)
    bug = ValueError("a bug")
    assert judge(bug) is bug
    assert {"E101", "E109", "E199", "E202"} <= harness.documented_codes()


def test_seeds_hold_real_and_hostile_inputs() -> None:
    names = [name for name, _ in load_seeds()]
    assert names[0].endswith(".txt")  # the plainest first: Hypothesis shrinks toward it
    assert any("binary" in n for n in names) and any("malformed-feed" in n for n in names)


def test_the_fuzzer_runs_a_bounded_number_of_examples(tmp_path: Path) -> None:
    report = run.run_fuzz(tmp_path / "crashers", examples=40, derandomize=True, skip=KNOWN_OPEN)
    found = [f"{c.signature}: {c.error} (input {c.given!r:.200})" for c in report.crashes]
    assert not found, "\n".join(found)
    assert report.examples >= 40 and report.articles > 0
    assert not (tmp_path / "crashers" / ".work").exists()


def test_a_crash_is_cut_to_a_minimal_file_and_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug planted in the clean stage: any item whose text holds "BOOM" raises."""
    original = harness.clean_document

    def planted(raw: RawDocument, options: CleanOptions) -> Article:
        if "BOOM" in raw.content:
            raise ZeroDivisionError("planted")
        return original(raw, options)

    monkeypatch.setattr(harness, "clean_document", planted)
    seed = load_seeds()[0][1]
    middle = len(seed) // 2
    given = FuzzInput(b"article.txt", seed[:middle] + b" BOOM " + seed[middle:], b'{"x": 1}')
    crashers = tmp_path / "crashers"
    crashers.mkdir()
    fuzzer = run.Fuzzer(crashers, harness.Harness(tmp_path / "work"))
    try:
        fuzzer.record(given, _raised(fuzzer, given))
    finally:
        fuzzer.harness.close()
    (folder,) = crashers.iterdir()
    kept = run.read_crasher(folder)
    assert kept is not None
    assert kept.data == b"BOOM" and kept.sidecar is None and kept.name == b"item.txt"
    assert "ZeroDivisionError" in (folder / ".traceback").read_text("utf-8")
    report = run.run_fuzz(crashers, examples=0)  # replay only
    assert [(c.replayed, c.given.data) for c in report.crashes] == [(True, b"BOOM")]


def _raised(fuzzer: run.Fuzzer, given: FuzzInput) -> BaseException:
    try:
        fuzzer.harness.ingest(given)
    except ZeroDivisionError as exc:
        return exc
    raise AssertionError("the planted bug did not fire")
