"""Read what the quotation-and-paraphrase rule changes, story by story (session 26).

    python scripts/quote_paraphrase_read.py FOLDER_OR_FILES [...]
    python scripts/quote_paraphrase_read.py --gold gold/compare-basil-train DATA

Each argument is a folder of one story's compare inputs (``scripts/neus_raw_inputs.py``,
``scripts/wide_conflict_inputs.py``) or ``a+b`` (two input files joined by ``+``: the
seeds); with ``--gold``, every story of that gold (DATA: ../shared/data). Runs
``compare`` twice in one process, with :data:`newsprism.compare.align.QUOTE_PARAPHRASE`
on and off, and prints every shared or partly shared fact new or gone, the pairs the
rule lifted, and whether the summary or omissions changed, for reading against the
articles (the printing is ``scripts/two_facts_read.py``'s).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import two_facts_read

from newsprism.compare import align
from newsprism.compare import quote_paraphrase as qp
from newsprism.compare.story import analyze_story
from newsprism.eval.compare_gold import load_compare_gold

LIFTED: list[tuple[str, str]] = []
_PAIRS = qp.quote_paraphrase_pairs


def _spy(profiles, raw, features, threshold):
    """The rule's pairs, their texts kept for printing."""
    pairs = _PAIRS(profiles, raw, features, threshold)
    LIFTED.extend((profiles[i].text, profiles[j].text) for i, j in pairs)
    return pairs


def _run(articles: list, on: bool) -> dict[str, Any]:
    """The analysis with the rule on or off."""
    align.QUOTE_PARAPHRASE = on
    try:
        return analyze_story(articles).as_dict()
    finally:
        align.QUOTE_PARAPHRASE = True


def main(argv: list[str]) -> None:
    align.quote_paraphrase_pairs = _spy
    two_facts_read._run = _run
    if argv[:1] == ["--gold"]:
        data = Path(argv[2])
        basil = data / "basil" if (data / "basil").is_dir() else data
        for story in load_compare_gold(Path(argv[1]), basil):
            _report(story.triplet, list(story.articles.values()))
        return
    for arg in argv:
        LIFTED.clear()
        two_facts_read.report(arg)
        _lifted()


def _report(name: str, articles: list) -> None:
    """two_facts_read.report for articles already loaded."""
    LIFTED.clear()
    on, off = _run(articles, True), _run(articles, False)
    print(f"===== {name}: {'identical' if on == off else 'changed'}")
    if on != off:
        before, after = two_facts_read._facts(off), two_facts_read._facts(on)
        for kind, facts, other in (("NEW", after, before), ("GONE", before, after)):
            for key in facts.keys() - other.keys():
                print(f"  {kind} {facts[key]['id']} {key[0]}")
                for e in facts[key]["evidence"]:
                    print(f"     {e['article_id'][:8]} | {e['sentence'][:400]}")
        for part in ("summary", "omissions"):
            if on.get(part) != off.get(part):
                print(f"  CHANGED {part}")
    _lifted()


def _lifted() -> None:
    for a, b in dict.fromkeys(LIFTED):
        print(f"  LIFTED\n    A: {a}\n    B: {b}")


if __name__ == "__main__":
    main(sys.argv[1:])
