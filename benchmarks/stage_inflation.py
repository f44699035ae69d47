"""Which stage of cleaning a page costs more CPU when two cleaning processes run at once.

On this 2-core VM a page costs 1.20-1.32x the user CPU when two cleaning processes run
at once (docs/benchmarks.md, "Parallel ingest"), which caps ``dask-clean`` at ~75 % of
linear. Whole-pass figures cannot say where: this measure times each step of a worker's
task (``cleaning_pool.clean_chunk``: the cascade, trafilatura's parts, htmldate, lingua,
the outlet, the line rules, and the story features ingest computes in the worker) with a
CPU timer, and compares each step's CPU per page **alone** against **with a second
process doing the same work at once**.

Two child processes each hold the same pages (the ``dask-clean`` WARC of 200 dev pages)
and are warmed up (two untimed passes). The parent then runs rounds, interleaved:
A alone, both at once, B alone, both at once, … (a process left alone by the other is
blocked on a pipe, not busy). In a "both" round each child, once its timed pass is done,
keeps cleaning untimed until the other is done too, so no timed page runs alone. Every
pass also times a fixed pure-Python loop (``control``), which does not slow down when two
run at once, as a check that the machine itself stayed the same between rounds.

    python -m benchmarks.stage_inflation                   # 6 rounds of each, 200 pages
    python -m benchmarks.stage_inflation --rounds 4 --no-features
    python -m benchmarks.run stage-inflation               # the same, JSON in out/

Times are **exclusive** (a step's own CPU, its timed sub-steps taken out; indentation shows
nesting), so the rows add up to the pass. "Ratio" is a step's CPU per page in the "both"
passes against the alone passes (medians of the passes); "spread" is the least and most
of that ratio over the rounds (each "both" pass against the alone passes beside it); "of
the extra" is the step's share of the CPU the pass gains when both run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import select
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

# (module, attribute, label): each patched where its caller looks it up; labels are
# indented as they nest. The control is not a stage of cleaning: see the module doc.
STEPS: tuple[tuple[str, str, str], ...] = (
    ("newsprism.cleaning_pool", "clean_document", "clean_document, rest"),
    ("newsprism.clean", "extract_html", "  HTML cascade, rest (ours)"),
    ("newsprism.clean.html", "parse_tree", "    lxml parse"),
    ("newsprism.clean.html", "_page_meta", "    metadata (title, URL, site)"),
    ("newsprism.clean.html", "_headline", "    headline"),
    ("trafilatura", "bare_extraction", "    trafilatura, rest"),
    ("trafilatura.core", "copy", "      tree copies (every copy in trafilatura.core)"),
    ("trafilatura.core", "prune_unwanted_nodes", "      pruning by XPath"),
    ("trafilatura.core", "_prepare_tree", "      tree cleaning, tags"),
    ("trafilatura.core", "extract_content", "      main extractor"),
    ("newsprism.clean.html_gate", "readability_ceiling", "      gate: readability ceiling"),
    ("trafilatura.core", "compare_extraction", "      readability / jusText comparison"),
    ("trafilatura.core", "html2txt", "      page text (escalation test)"),
    ("trafilatura.core", "justext_rescue", "      jusText rescue (escalation)"),
    ("trafilatura.core", "xmltotxt", "      output text"),
    ("newsprism.clean.html", "_standfirst", "    standfirst"),
    ("newsprism.clean.html", "_anchors", "    links read"),
    ("newsprism.clean.html", "_link_targets", "    link targets"),
    ("newsprism.clean.html", "furniture_texts", "    furniture texts"),
    ("newsprism.clean.html", "_drop_teasers", "    teasers, furniture reasons"),
    ("newsprism.clean.html", "clean_lines", "    line rules (text normalisation)"),
    ("newsprism.clean.html", "meta_stamps", "    page dates: meta, JSON-LD, URL, visible"),
    ("htmldate", "find_date", "    htmldate"),
    ("newsprism.clean.html", "live_entries", "    live blog"),
    ("newsprism.clean.html", "declared_languages", "    declared languages"),
    ("newsprism.clean.html", "truncation", "    truncation"),
    ("newsprism.clean", "reliable_declaration", "  language declaration check"),
    ("newsprism.clean", "detect_language", "  language id (lingua)"),
    ("newsprism.clean", "_outlet", "  outlet (table, scans)"),
    ("newsprism.clean", "_choose_date", "  date choice"),
    ("dateparser.date", "DateDataParser.get_date_data", "  dateparser (any caller)"),
    ("newsprism.cluster.features", "compute_features", "story features, rest"),
    ("newsprism.cluster.features", "body_without_footer", "  footer cut"),
    ("newsprism.embeddings", "StaticEmbedder.encode", "  embedding (static)"),
    ("newsprism.dedup", "shingles", "  shingles"),
    ("newsprism.dedup", "minhash", "  MinHash"),
    ("newsprism.cluster.features", "entity_counts", "  names"),
    ("newsprism.cluster.features", "content_words", "  content words"),
    ("newsprism.cluster.features", "term_frequencies", "  term frequencies"),
)
CONTROL = "control: pure-Python loop"
OUTSIDE = "outside any step"
GC_YOUNG = "Python gc, generations 0-1"
GC_OLDEST = "Python gc, generation 2 (the whole heap)"
CONTROL_LOOP = 3_000_000  # ~0.15-0.3 s of CPU: small next to a pass, large next to noise


class StepClock:
    """Exclusive CPU per step: a stack of open steps, each charged its own time only."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._inner: list[float] = []  # CPU of the timed sub-steps of each open step
        self._gc_started = 0.0

    def wrap(self, fn: Any, label: str) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.process_time() - started
                inner = self._inner.pop()
                self.spent[label] += took - inner
                self.calls[label] += 1
                if self._inner:
                    self._inner[-1] += took

        return timed

    def on_gc(self, phase: str, info: dict[str, Any]) -> None:
        """A ``gc.callbacks`` hook: a collection is a step of its own, charged to
        ``Python gc`` and not to the step whose allocation set it off."""
        if phase == "start":
            self._inner.append(0.0)
            self._gc_started = time.process_time()
            return
        took = time.process_time() - self._gc_started
        label = GC_OLDEST if info.get("generation") == 2 else GC_YOUNG
        self.spent[label] += took - self._inner.pop()
        self.calls[label] += 1
        if self._inner:
            self._inner[-1] += took

    def reset(self) -> None:
        self.spent.clear()
        self.calls.clear()


@contextlib.contextmanager
def patched(clock: StepClock, steps: Sequence[tuple[str, str, str]] = STEPS
            ) -> Iterator[list[str]]:  # fmt: skip
    """Wrap each step with ``clock``; put the originals back on exit. Yields the steps
    not found (renamed since), which are left out rather than failing the run."""
    done, missing = [], []
    gc.callbacks.append(clock.on_gc)
    for module_name, attribute, label in steps:
        owner: Any = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__.get(name) if isinstance(owner, type) else None
        original = original or getattr(owner, name, None)
        if original is None:
            missing.append(f"{module_name}.{attribute}")
            continue
        setattr(owner, name, clock.wrap(original, label.strip()))
        done.append((owner, name, original))
    try:
        yield missing
    finally:
        gc.callbacks.remove(clock.on_gc)
        for owner, name, original in reversed(done):
            setattr(owner, name, original)


def _control() -> None:
    """A fixed amount of pure-Python arithmetic (no memory traffic to speak of)."""
    total = 0
    for i in range(CONTROL_LOOP):
        total += i * i % 7
    if total < 0:  # keeps the loop from being optimised into nothing
        print(total)


# -- the child: holds the pages, runs passes on command -----------------------------------


class _Commands:
    """Lines from the parent on fd 0, read without Python's buffering so that a
    ``select`` between pages sees every line that has arrived."""

    def __init__(self) -> None:
        self.pending: list[str] = []
        self.partial = b""

    def _read(self) -> None:
        chunk = os.read(0, 4096)
        if not chunk:
            self.pending.append("quit")
            return
        *lines, self.partial = (self.partial + chunk).split(b"\n")
        self.pending += [line.decode().strip() for line in lines]

    def next(self) -> str:
        while not self.pending:
            self._read()
        return self.pending.pop(0)

    def waiting(self) -> bool:
        if not self.pending and select.select([0], [], [], 0)[0]:
            self._read()
        return bool(self.pending)


def _load(pages: Path, limit: int) -> list[Any]:
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    raws = [i for i in read_path(pages, IngestOptions()) if isinstance(i, RawDocument)]
    return raws[:limit] if limit else raws


def _pass(raws: list[Any], embedder: str | None, clock: StepClock) -> dict[str, Any]:
    """One timed pass: every page, in the worker's chunks, and the control loop."""
    from newsprism.clean import CleanOptions
    from newsprism.cleaning_pool import CHUNK, clean_chunk

    options = CleanOptions()
    clock.reset()
    wall, started = time.perf_counter(), time.process_time()
    for i in range(0, len(raws), CHUNK):
        clean_chunk(raws[i : i + CHUNK], options, embedder)
    cpu, wall = time.process_time() - started, time.perf_counter() - wall
    spent = dict(clock.spent)
    spent[OUTSIDE] = cpu - sum(spent.values())
    started = time.process_time()
    _control()
    spent[CONTROL] = time.process_time() - started
    return {"pages": len(raws), "cpu_s": cpu, "wall_s": wall, "spent": spent,
            "calls": dict(clock.calls)}  # fmt: skip


def _filler(raws: list[Any], embedder: str | None, commands: _Commands) -> None:
    """Untimed pages until the parent's next line: keeps this core busy while the other
    child finishes its timed pass."""
    from newsprism.clean import CleanOptions
    from newsprism.cleaning_pool import clean_chunk

    options = CleanOptions()
    i = 0
    while not commands.waiting():
        clean_chunk([raws[i % len(raws)]], options, embedder)
        i += 1


def child(pages: Path, limit: int, embedder: str | None, warm: int) -> int:
    """Serve passes: ``solo`` (a pass), ``duo`` (a pass, then filler until ``end``)."""
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the replies
    raws = _load(pages, limit)
    clock = StepClock()
    with patched(clock) as missing:
        for _ in range(warm):
            _pass(raws, embedder, clock)
        out.write(json.dumps({"ready": len(raws), "missing": missing}) + "\n")
        commands = _Commands()
        while (command := commands.next()) != "quit":
            if command in ("solo", "duo"):
                out.write(json.dumps(_pass(raws, embedder, clock)) + "\n")
            if command == "duo":
                _filler(raws, embedder, commands)
                if commands.next() != "end":
                    raise SystemExit("expected 'end'")
                out.write('"ok"\n')
    return 0


def _spin(kind: str, commands: _Commands) -> None:
    """An antagonist's work until the parent's next line: ``gather`` reads 8-byte values
    at random over 64 MB (twice the shared L3: every read misses it and evicts a line),
    ``loop`` is pure-Python arithmetic (no memory traffic)."""
    if kind == "loop":
        while not commands.waiting():
            _control()
        return
    import numpy as np

    rng = np.random.default_rng(0)
    table = np.arange(8 * 2**20, dtype=np.int64)
    index = rng.integers(0, len(table), 2**20)
    while not commands.waiting():
        table[index].sum()


def antagonist(kind: str) -> int:
    """Serve ``go``: spin (:func:`_spin`) until ``end``, then reply."""
    out = os.fdopen(os.dup(1), "w", buffering=1)
    out.write(json.dumps({"ready": kind}) + "\n")
    commands = _Commands()
    while (command := commands.next()) != "quit":
        if command == "go":
            _spin(kind, commands)
            if commands.next() != "end":
                raise SystemExit("expected 'end'")
            out.write('"ok"\n')
    return 0


# -- the parent: starts the children, runs the rounds, reads the table -------------------


class _Child:
    """One child process and its reply pipe."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        command = [sys.executable, "-m", "benchmarks.stage_inflation", *args]
        root = Path(__file__).resolve().parent.parent
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, bufsize=1, cwd=root,
                                     env={**os.environ, **(env or {})})  # fmt: skip

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def reply(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"child {self.proc.pid} ended (exit {self.proc.wait()})")
        return json.loads(line)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.send("quit")
        self.proc.wait(timeout=60)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def _with(timed: list[_Child], busy: list[_Child]) -> list[dict[str, Any]]:
    """One timed pass of each of ``timed`` while every other of them and each of
    ``busy`` keeps working, until all the timed passes are done."""
    for kid in busy:
        kid.send("go")
    for kid in timed:
        kid.send("duo")
    passes = [kid.reply() for kid in timed]
    for kid in [*timed, *busy]:
        kid.send("end")
    for kid in [*timed, *busy]:
        kid.reply()
    return passes


def _round(r: int, kids: list[_Child], others: dict[str, _Child], against: Sequence[str],
           variant: str) -> list[dict[str, Any]]:
    """One round of one pair of cleaners: one alone (A and B in turn), then against each
    of ``against``."""
    kid = kids[r % 2]
    kid.send("solo")
    passes = [{"mode": "alone", "round": r, "variant": variant, **kid.reply()}]
    for kind in against:
        timed, busy = (kids, []) if kind == "cleaner" else ([kid], [others[kind]])
        passes += [{"mode": kind, "round": r, "variant": variant, **p}
                   for p in _with(timed, busy)]  # fmt: skip
    return passes


def run_rounds(pages: Path, *, rounds: int, limit: int = 0, features: bool = True,
               warm: int = 2, against: Sequence[str] = ("cleaner",),
               variants: dict[str, dict[str, str]] | None = None,
               log: Any = print) -> dict[str, Any]:  # fmt: skip
    """``rounds`` rounds of: one cleaner alone (A and B in turn), then the cleaners
    against each of ``against`` (``cleaner``: both cleaners timed at once; ``gather`` or
    ``loop``: one cleaner timed beside that antagonist). With ``variants`` (name ->
    environment of its cleaners), each variant has a pair of cleaners of its own and
    every round runs each pair in turn (the order alternating), so that a change's
    effect on the ratio is read in one run. Every pass's figures."""
    variants = variants or {"base": {}}
    flags = ["--child", "--pages", str(pages), "--limit", str(limit), "--warm", str(warm)]
    flags += [] if features else ["--no-features"]
    pairs = {name: [_Child(flags, env) for _ in range(2)] for name, env in variants.items()}
    others = {kind: _Child(["--antagonist", kind]) for kind in against if kind != "cleaner"}
    everyone = [*(k for pair in pairs.values() for k in pair), *others.values()]
    try:
        ready = [kid.reply() for kid in everyone]
        log(f"children ready: {ready[0]['ready']} pages each; not timed (not found): "
            f"{ready[0]['missing'] or 'none'}")  # fmt: skip
        passes: list[dict[str, Any]] = []
        names = list(pairs)
        for r in range(rounds):
            for name in names if r % 2 == 0 else names[::-1]:
                got = _round(r, pairs[name], others, against, name)
                passes += got
                log(f"round {r + 1}/{rounds} {name}, s of CPU a pass: " + ", ".join(
                    f"{p['mode']} {p['cpu_s']:.2f}" for p in got) +
                    f"; load {os.getloadavg()[0]:.2f}")  # fmt: skip
    finally:
        for kid in everyone:
            kid.close()
    return {"pages": passes[0]["pages"], "rounds": rounds, "features": features,
            "modes": list(against), "variants": variants, "passes": passes}  # fmt: skip


def of_variant(result: dict[str, Any], name: str) -> dict[str, Any]:
    """The result with only the passes of one variant."""
    return {**result, "passes": [p for p in result["passes"] if p.get("variant") == name]}


TOTAL = "total (the pass)"


def _ms(p: dict[str, Any], step: str) -> float:
    """ms of CPU a page of ``step`` in pass ``p``."""
    seconds = p["cpu_s"] if step == TOTAL else p["spent"].get(step, 0.0)
    return 1000 * seconds / p["pages"]


def _ratios(result: dict[str, Any], mode: str, step: str) -> list[float]:
    """Each round's ratio: its ``mode`` passes against the alone passes beside them (the
    round's own and the next round's)."""
    passes, ratios = result["passes"], []
    for r in range(result["rounds"]):
        near = [_ms(p, step) for p in passes if p["mode"] == "alone" and p["round"] in (r, r + 1)]
        pair = [_ms(p, step) for p in passes if p["mode"] == mode and p["round"] == r]
        if near and pair and statistics.mean(near) > 0:
            ratios.append(statistics.mean(pair) / statistics.mean(near))
    return ratios


def table(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per step: ms of CPU a page alone, and for each other mode its ms, ratio
    to alone (medians of the passes), the ratio's spread over the rounds and the step's
    share of the extra CPU of the pass."""
    passes = result["passes"]
    labels = [label.strip() for _, _, label in STEPS] + [GC_YOUNG, GC_OLDEST, OUTSIDE]
    seen = [s for s in labels if any(s in p["spent"] for p in passes)]
    rows = []
    for step in [*seen, TOTAL, CONTROL]:
        alone = [p for p in passes if p["mode"] == "alone"]
        one = statistics.median(_ms(p, step) for p in alone)
        calls = statistics.median(p["calls"].get(step, 0) for p in alone) / result["pages"]
        row: dict[str, Any] = {"step": step, "calls_per_page": calls, "alone_ms": one}
        for mode in result["modes"]:
            two = statistics.median(_ms(p, step) for p in passes if p["mode"] == mode)
            ratios = _ratios(result, mode, step)
            row[mode] = {"ms": two, "ratio": two / one if one > 0 else None,
                         "lo": min(ratios, default=None), "hi": max(ratios, default=None),
                         "extra_ms": two - one}  # fmt: skip
        rows.append(row)
    for mode in result["modes"]:
        extra = sum(r[mode]["extra_ms"] for r in rows if r["step"] in seen)
        for r in rows:
            share = r[mode]["extra_ms"] / extra if r["step"] in seen and extra else None
            r[mode]["share_of_extra"] = share
    return rows


def _cell(x: float | None, fmt: str) -> str:
    return "–" if x is None else format(x, fmt)


def print_table(rows: list[dict[str, Any]], result: dict[str, Any], out: Any = print) -> None:
    """The per-step table, indented as the steps nest; one group of columns per mode."""
    labels = {label.strip(): label for _, _, label in STEPS}
    modes = result["modes"]
    out(f"{result['pages']} pages, {result['rounds']} rounds; ms of CPU a page (exclusive), "
        f"medians of the passes; modes: alone, {', '.join(modes)} (cleaner = two cleaning "
        "processes at once)")  # fmt: skip
    head = f"{'step':<46} {'calls/pg':>8} {'alone':>7}"
    for mode in modes:
        head += f" | {mode[:7]:>7} {'ratio':>5} {'spread':>9} {'of extra':>8}"
    out(head)
    for r in rows:
        line = f"{labels.get(r['step'], r['step']):<46} {r['calls_per_page']:8.2f} "
        line += f"{r['alone_ms']:7.2f}"
        for mode in modes:
            m = r[mode]
            spread = f"{_cell(m['lo'], '.2f')}–{_cell(m['hi'], '.2f')}"
            share = "" if m["share_of_extra"] is None else f"{100 * m['share_of_extra']:.0f} %"
            line += f" | {m['ms']:7.2f} {_cell(m['ratio'], '5.2f')} {spread:>9} {share:>8}"
        out(line)
    if "cleaner" in modes:
        walls = {m: statistics.median(p["wall_s"] for p in result["passes"] if p["mode"] == m)
                 for m in ("alone", "cleaner")}  # fmt: skip
        out(f"wall of a pass: alone {walls['alone']:.2f} s, two cleaners at once "
            f"{walls['cleaner']:.2f} s (each its own pages): "
            f"{100 * walls['alone'] / walls['cleaner']:.0f} % of linear")  # fmt: skip


def bench_stage_inflation(out: Path, console: Any = None, *, rounds: int = 6, limit: int = 0,
                          features: bool = True, against: Sequence[str] = ("cleaner",),
                          variants: dict[str, dict[str, str]] | None = None,
                          ) -> list[dict[str, Any]]:  # fmt: skip
    """The ``benchmarks.run`` entry: the dask-clean pages, a table per variant, the
    passes in JSON (``out/stage-inflation-passes.json``)."""
    from benchmarks.warc import DASK_PAGES, DATA, ensure_warc

    if not DATA.is_dir():
        print("skipped: ../shared/data is not beside the clone")
        return []
    out.mkdir(parents=True, exist_ok=True)
    pages = ensure_warc(out, DASK_PAGES)
    load = os.getloadavg()
    result = run_rounds(pages, rounds=rounds, limit=limit, features=features, against=against,
                        variants=variants)  # fmt: skip
    rows = []
    for name, env in result["variants"].items():
        print(f"\n== {name}: {' '.join(f'{k}={v}' for k, v in env.items()) or 'as installed'}")
        part = of_variant(result, name)
        got = table(part)
        print_table(got, part)
        rows += [{**r, "variant": name} for r in got]
    print(f"load average at the start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, "
          f"at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    (out / "stage-inflation-passes.json").write_text(json.dumps(result) + "\n")
    return [{**r, "load_start": load[0]} for r in rows]


def _variant(text: str) -> tuple[str, dict[str, str]]:
    """``NAME:KEY=VALUE;KEY=VALUE`` -> (NAME, environment)."""
    name, _, pairs = text.partition(":")
    env = dict(pair.split("=", 1) for pair in pairs.split(";") if "=" in pair)
    return name, env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stage_inflation",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--rounds", type=int, default=6, help="rounds (default 6)")
    parser.add_argument("--limit", type=int, default=0, help="first N pages only (0: all)")
    parser.add_argument("--no-features", action="store_true", help="clean only, as dask-clean")
    parser.add_argument("--against", default="cleaner",
                        help="comma-separated: cleaner (two cleaners at once), gather "
                        "(beside a 64 MB random reader), loop (beside a Python loop)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME:KEY=VALUE;…",
                        help="a second pair of cleaners with this environment, run in turn "
                        "with the first in every round (repeatable)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--antagonist", choices=("gather", "loop"), help=argparse.SUPPRESS)
    parser.add_argument("--pages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warm", type=int, default=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.antagonist:
        return antagonist(args.antagonist)
    if args.child:
        return child(args.pages, args.limit, None if args.no_features else "static", args.warm)
    against = [a.strip() for a in args.against.split(",") if a.strip()]
    if set(against) - {"cleaner", "gather", "loop"}:
        parser.error("--against takes cleaner, gather, loop")
    from benchmarks.layout import OUT

    variants = dict([("base", {}), *map(_variant, args.variant)])
    bench_stage_inflation(OUT, rounds=args.rounds, limit=args.limit,
                          features=not args.no_features, against=against,
                          variants=variants)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
