"""``written_as_law`` asks the name-only half of ``law_name`` (``law_headed``) before
looking for the name in any text (session 29, i12-cost6). The answer must be the one of
the full scan: every occurrence of the name in every text read by ``law_name``. Checked
on the seeds' capitalised runs and on law and document names with and without a cue."""

from __future__ import annotations

import re
from pathlib import Path

from newsprism.extract import named_kinds
from newsprism.extract.named_kinds import law_headed, law_name, written_as_law

SEEDS = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))
LAWS = [
    "The package called the American Rescue Plan that was passed in March.",
    "Slaves were freed under the Emancipation Proclamation in 1863.",
    "He signed the Executive Order on Friday; the Fraternal Order of Police objected.",
    "The Treaty of Versailles was ratified. The Marshall Plan rebuilt Europe.",
    "Members of the Paris Accord met. The Paris Accord was signed by 195 countries.",
]


def _full_scan(name: str, texts: list[str]) -> bool:
    """The rule as it read before session 29: every occurrence, whatever the name."""
    if len(name.split()) < 2:
        return False
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(law_name(t, m.start(), m.end(), name) for t in texts for m in pattern.finditer(t))


def _names(texts: list[str]) -> set[str]:
    runs = r"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)+"
    return {m.group(0) for t in texts for m in re.finditer(runs, t)}


def test_written_as_law_equals_the_full_scan() -> None:
    texts = [p.read_text("utf-8") for p in SEEDS] + LAWS
    names = _names(texts) | {"Executive Order", "Fraternal Order of Police", "Paris Accord",
                             "Treaty of Versailles", "Marshall Plan", "American Rescue Plan",
                             "Emancipation Proclamation"}
    assert len(names) > 30
    answers = {n: written_as_law(n, texts) for n in names}
    assert answers == {n: _full_scan(n, texts) for n in names}
    assert answers["American Rescue Plan"] and answers["Emancipation Proclamation"]
    assert answers["Treaty of Versailles"] and answers["Paris Accord"]
    assert not answers["Marshall Plan"] and not answers["Fraternal Order of Police"]


def test_a_name_without_a_law_head_reads_no_text(monkeypatch) -> None:
    asked: list[str] = []
    real = named_kinds.law_name
    monkeypatch.setattr(named_kinds, "law_name",
                        lambda t, s, e, n: asked.append(n) or real(t, s, e, n))
    assert not law_headed("Barack Obama") and not written_as_law("Barack Obama", LAWS * 20)
    assert asked == []
    assert law_headed("American Rescue Plan") and written_as_law("American Rescue Plan", LAWS)
    assert asked == ["American Rescue Plan"]
