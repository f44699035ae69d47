"""CPU per HTML page, step by step: where the cleaning of a page goes.

The 100 k corpus's HTML pages (14 % of it, first in it) ran at ~32 pages/s on 2 cores,
~60 ms of CPU a page, against ~6 ms for a text item. This measure reads HTML pages
once into memory, cleans them all once to warm up (imports, lingua's models,
dateparser's first-use compilation), then cleans them again ``--repeats`` times with a
CPU timer around each named step of :data:`STEPS` (inclusive; indentation shows
nesting), and prints ms of CPU per page. No store, no stories: ``clean_document`` only,
what a worker of ``ingest --workers N`` does with a page besides the story features.

    nice -n 19 python -m benchmarks.cpu_html                      # corpus-1000's pages
    nice -n 19 python -m benchmarks.cpu_html --eval 300           # + 300 trafilatura-eval
    nice -n 19 python -m benchmarks.cpu_html --profile /tmp/h.prof  # cProfile too
    nice -n 19 python -m benchmarks.cpu_html --gate-ab --repeats 4  # comparison gate off/on

The pages: ``corpus-N/html`` (trafilatura-eval pages mutated by ``benchmarks/corpus.py``,
as the 100 k corpus holds them) and, with ``--eval K``, the first K pages of
``../shared/data/trafilatura-eval/html`` in name order.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.cleaning import pages as eval_pages
from benchmarks.ingest import ensure_corpus
from benchmarks.layout import OUT
from benchmarks.stages import _stage_timers

# (module, attribute, label), each patched where its caller looks it up.
STEPS = (
    ("newsprism.clean", "extract_html", "HTML cascade"),
    ("newsprism.clean.html", "parse_tree", "  lxml parse"),
    ("newsprism.clean.html", "_page_meta", "  metadata (title, URL, site)"),
    ("newsprism.clean.html", "_headline", "  headline"),
    ("newsprism.clean.html", "_main_blocks", "  main blocks (trafilatura, standfirst)"),
    ("trafilatura", "bare_extraction", "    trafilatura (every call)"),
    ("newsprism.clean.html", "_standfirst", "    standfirst"),
    ("newsprism.clean.html", "_anchors", "  links read"),
    ("newsprism.clean.html", "_link_targets", "  link targets"),
    ("newsprism.clean.html", "furniture_texts", "  furniture texts (containers)"),
    ("newsprism.clean.html", "_drop_teasers", "  teasers, furniture reasons"),
    ("newsprism.clean.html", "clean_lines", "  line rules"),
    ("newsprism.clean.html", "_page_stamps", "  page dates (all)"),
    ("newsprism.clean.html", "meta_stamps", "    meta, JSON-LD, URL, visible"),
    ("newsprism.clean.html_dates", "visible_stamps", "      visible dates"),
    ("newsprism.clean.html", "htmldate_stamp", "    htmldate fallback"),
    ("newsprism.clean.html", "live_entries", "  live blog"),
    ("newsprism.clean.html", "_navigation_only", "  navigation test"),
    ("newsprism.clean.html", "declared_languages", "  declared languages"),
    ("newsprism.clean.html", "truncation", "  truncation"),
    ("newsprism.clean", "reliable_declaration", "language declaration check"),
    ("newsprism.clean", "detect_language", "language (lingua)"),
    ("newsprism.clean", "_outlet", "outlet"),
    ("newsprism.clean", "_choose_date", "date choice"),
    ("dateparser.date", "DateDataParser.get_date_data", "dateparser (any caller)"),
)


def load_pages(out: Path, n: int, n_eval: int) -> list[Any]:
    """The raw documents of the HTML pages, read and decoded once (not timed)."""
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    paths: list[Path] = []
    if n > 0:
        corpus = out / f"corpus-{n}"
        ensure_corpus(corpus, n)
        paths += sorted((corpus / "html").rglob("*.html"))
    paths += eval_pages(n_eval) if n_eval else []
    options = IngestOptions()
    return [raw for path in paths for raw in read_path(path, options)
            if isinstance(raw, RawDocument)]  # fmt: skip


def clean_all(docs: list[Any]) -> int:
    """Clean every page; how many failed (a failed page still cost its time)."""
    from newsprism.clean import clean_document

    failed = 0
    for raw in docs:
        try:
            clean_document(raw)
        except Exception:  # E120/E121 are answers too
            failed += 1
    return failed


def measure(docs: list[Any], repeats: int, profile: Path | None = None, *,
            warm: bool = True) -> dict[str, Any]:  # fmt: skip
    """Warm up once, then ``repeats`` timed passes: ms of CPU per page for each step."""
    if warm:
        clean_all(docs)
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    profiler = cProfile.Profile(time.process_time) if profile else None
    with _stage_timers(spent, calls, STEPS) as missing:
        started = time.process_time()
        if profiler:
            profiler.enable()
        for _ in range(repeats):
            clean_all(docs)
        if profiler:
            profiler.disable()
        total = time.process_time() - started
    if profiler and profile:
        profiler.dump_stats(profile)
    pages = len(docs) * repeats
    rows = [{"step": label, "cpu_s": spent[label], "calls": calls[label],
             "ms_per_page": 1000 * spent[label] / pages}
            for _, _, label in STEPS if label in calls]  # fmt: skip
    rows.append({"step": "total (clean_document)", "cpu_s": total, "calls": pages,
                 "ms_per_page": 1000 * total / pages})  # fmt: skip
    return {"pages": len(docs), "repeats": repeats, "rows": rows, "not_timed": missing}


def gate_ab(docs: list[Any], repeats: int) -> dict[str, Any]:
    """trafilatura's comparison gate off and on in one process, passes alternating.

    Warm once, then ``repeats`` pairs of passes (off on, on off, …): each pass's ms of
    CPU per page for every step, by arm, and the on/off ratio of each pair's total.
    """
    from newsprism.clean import html_gate

    clean_all(docs)
    passes: dict[str, list[dict[str, float]]] = {"off": [], "on": []}
    for r in range(repeats):
        for arm in ("off", "on") if r % 2 == 0 else ("on", "off"):
            html_gate.FALLBACK_GATE = arm == "on"
            rows = measure(docs, 1, warm=False)["rows"]
            passes[arm].append({row["step"]: row["ms_per_page"] for row in rows})
    html_gate.FALLBACK_GATE = True
    total = "total (clean_document)"
    ratios = [on[total] / off[total] for off, on in zip(passes["off"], passes["on"], strict=True)]
    return {"pages": len(docs), "repeats": repeats, "passes": passes, "ratios_on_off": ratios}


def _print_ab(result: dict[str, Any]) -> None:
    steps = list(result["passes"]["off"][0])
    print(f"{'step (ms a page; passes)':<44} {'gate off':>24} {'gate on':>24}")
    for step in steps:
        cells = [" ".join(f"{p.get(step, 0.0):6.2f}" for p in result["passes"][arm])
                 for arm in ("off", "on")]  # fmt: skip
        print(f"{step:<44} {cells[0]:>24} {cells[1]:>24}")
    print("on/off, each pair's total:", " ".join(f"{r:.3f}" for r in result["ratios_on_off"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="corpus-N's HTML pages (0: none)")
    parser.add_argument("--eval", type=int, default=0, help="+ the first K trafilatura-eval pages")
    parser.add_argument("--repeats", type=int, default=2, help="timed passes (default 2)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the timed passes")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--gate-ab", action="store_true",
                        help="trafilatura's comparison gate off and on, alternating passes")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    docs = load_pages(args.out, args.n, args.eval)
    if not docs:
        print("no HTML pages", file=sys.stderr)
        return 1
    if args.gate_ab:
        result = gate_ab(docs, args.repeats)
        _print_ab(result)
        (args.out / f"cpu-html-gate-{args.n}-{args.eval}.json").write_text(json.dumps(result))
        return 0
    result = measure(docs, args.repeats, args.profile)
    for row in result["rows"]:
        print(f"{row['step']:<44} {row['cpu_s']:8.2f} s {row['ms_per_page']:7.2f} ms"
              f" {row['calls']:8d} calls")  # fmt: skip
    (args.out / f"cpu-html-{args.n}-{args.eval}.json").write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
