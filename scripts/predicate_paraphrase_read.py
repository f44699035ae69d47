"""Read what the predicate-paraphrase test changes on compare inputs (session 23).

    python scripts/predicate_paraphrase_read.py argument|any BAR [BAR ...] -- FOLDER ...

For every folder of compare inputs (one JSON item per report: ``wide_conflict_inputs.py``,
``neus_raw_inputs.py``), runs ``compare`` with the test of
``predicate_paraphrase_pairs.py`` in the event link at the lowest bar (``argument``: a
matching argument needed; ``any``: subject and stance only) and lists every pair of
sentences or fact units it holds, with the two predicates and their similarity; where
it holds one, runs ``compare`` again with the test out and at each bar and prints every
shared fact, omission and summary line that differs, to be read against the articles.
Writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import predicate_paraphrase_pairs as test

from newsprism.compare import pairs
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths

HELD: list[str] = []


def _logged_links(units, words):
    """The runtime links with the test, noting every pair the test holds (the two
    predicates, their score and the two texts)."""
    keys, bar = [u.events for u in units], test.SETTING["bar"]
    held = test.paraphrase_link(keys, [u.article_id for u in units], bar,
                                test.SETTING["argument"])
    for i, j in zip(*held.nonzero(), strict=True):
        if i < j:
            verbs = {(p, q, round(test.predicate_similarity(p, q), 2))
                     for (s, p, t, a) in keys[i] for (s2, q, t2, a2) in keys[j]
                     if s == s2 and t == t2 and p != q
                     and (a == a2 or not test.SETTING["argument"])}  # fmt: skip
            HELD.append(f"   {sorted(v for v in verbs if v[2] >= bar)}\n"
                        f"     A: {units[i].text[:220]}\n     B: {units[j].text[:220]}")
    return test._links_with_test(units, words)


def _install(bar: float, argument: bool) -> None:
    """:func:`predicate_paraphrase_pairs.install`, logged."""
    test.install(bar, argument)
    pairs._links = _logged_links


def facts(analysis: dict) -> set[tuple[str, ...]]:
    """Shared facts as the sorted texts of their sentences."""
    return {tuple(sorted(e["sentence"] for e in c["evidence"]))
            for c in analysis["claims"] if len(c["article_ids"]) > 1}  # fmt: skip


def texts(analysis: dict, key: str) -> set[str]:
    """A list field's items without their ids (numbering moves), to diff."""
    return {str({k: v for k, v in x.items() if "id" not in k}) if isinstance(x, dict)
            else str(x) for x in analysis.get(key) or []}  # fmt: skip


def read(folder: Path, argument: bool, bars: list[float]) -> None:
    """Print the pairs the test holds at the lowest bar and what each bar changes
    against the test out."""
    articles, _ = clean_paths(sorted(str(p) for p in folder.glob("*.json")))
    HELD.clear()
    _install(min(bars), argument)
    runs = {min(bars): analyze_story(articles).as_dict()}
    print(f"== {folder.name}: {len(HELD)} held at {min(bars)}", flush=True)
    print("\n".join(HELD), flush=True)
    if not HELD:
        return
    for bar in [99.0, *bars]:
        if bar not in runs:
            _install(bar, argument)
            runs[bar] = analyze_story(articles).as_dict()
    base = runs[99.0]
    for bar in bars:
        now = runs[bar]
        print(f"== {folder.name} bar {bar}", flush=True)
        for kind, groups in (("+", facts(now) - facts(base)), ("-", facts(base) - facts(now))):
            for group in sorted(groups):
                print(f" {kind} fact:\n" + "\n".join(f"     | {s[:300]}" for s in group))
        for key in ("omissions", "summary"):
            for kind, items in (("+", texts(now, key) - texts(base, key)),
                                ("-", texts(base, key) - texts(now, key))):
                for item in sorted(items):
                    print(f" {kind} {key}: {item[:400]}")


def main() -> None:
    split = sys.argv.index("--")
    argument = sys.argv[1] == "argument"
    bars = [float(b) for b in sys.argv[2:split]]
    for folder in sys.argv[split + 1:]:
        read(Path(folder), argument, bars)


if __name__ == "__main__":
    main()
