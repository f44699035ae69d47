"""CPU of every process of the cleaning pool, 1 against 2 workers, local and Dask.

The speed-up of the cleaning stage with 2 workers (``dask-clean``) mixes three things:
each worker's CPU per page, the time a worker waits, and the client's and scheduler's
own CPU. This splits them: the same pages cleaned after a warm-up, with the CPU of this
process and of each child process read (psutil) before and after.

    python -m benchmarks.pool_cpu                # Dask LocalCluster and local processes
    python -m benchmarks.pool_cpu --only local   # one of them

It prints, per engine and worker count: wall seconds, the CPU seconds of each process,
and the CPU of the workers against one worker's (``inflation``: above 1.0 a page costs
more when two run at once, which caps the speed-up whatever the engine does).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import psutil

from benchmarks.warc import DASK_PAGES, DATA, ensure_warc, warm_up

OUT = Path(__file__).resolve().parent / "out"


def _cpu_by_process() -> dict[int, float]:
    """User + system CPU seconds of this process and of each of its descendants."""
    me = psutil.Process()
    seen: dict[int, float] = {}
    for proc in [me, *me.children(recursive=True)]:
        try:
            times = proc.cpu_times()
        except psutil.Error:
            continue
        seen[proc.pid] = times.user + times.system
    return seen


def measure(pages: Path, workers: int, dask: bool, warm_passes: int = 1) -> dict[str, float]:
    """Clean every page of ``pages`` on ``workers`` workers; wall and CPU split.

    ``warm_passes`` > 0: before the clock, that many passes over every page through the
    pool, so that each worker has met the pages' languages and locales (lingua's models,
    jusText's stop lists and dateparser's patterns load on first use, once per worker);
    0: only the two tasks per worker of :func:`warm_up` (``dask-clean`` before session 19)."""
    from newsprism.clean import CleanOptions
    from newsprism.cleaning_pool import open_pool
    from newsprism.ingest import IngestOptions, read_path
    from newsprism.models import RawDocument

    raws = [i for i in read_path(pages, IngestOptions()) if isinstance(i, RawDocument)]
    options = CleanOptions()
    with open_pool(workers, dask=dask) as pool:
        warm_up(pool, raws, options, workers, warm_passes)
        before, started = _cpu_by_process(), time.perf_counter()
        pending = [pool.submit(raws[i : i + 50], options) for i in range(0, len(raws), 50)]
        for batch in pending:
            batch.result()
        wall, after = time.perf_counter() - started, _cpu_by_process()
    me = psutil.Process().pid
    spent = {pid: cpu - before.get(pid, 0.0) for pid, cpu in after.items()}
    own = spent.pop(me, 0.0)
    children = sorted((c for c in spent.values() if c > 0.05), reverse=True)
    return {"wall_s": wall, "this_process_s": own,
            "workers_s": sum(children[:workers]) if workers > 1 or children else own,
            "other_s": sum(children[workers:])}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pool_cpu",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--only", choices=("dask", "local"))
    parser.add_argument("--warm-passes", type=int, default=1,
                        help="passes over every page through the pool before the clock (1)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print("skipped: ../shared/data is not beside the clone")
        return 1
    pages = ensure_warc(OUT, DASK_PAGES)
    engines = [e for e in ("dask", "local") if args.only in (None, e)]
    print("engine  workers  wall s  workers' CPU s  this process s  other s  inflation  "
          "speed-up  % of linear  load")  # fmt: skip
    for engine in engines:
        rows = {n: measure(pages, n, engine == "dask", args.warm_passes) for n in (1, 2)}
        one = rows[1]
        for n, row in rows.items():
            inflation = row["workers_s"] / max(one["workers_s"], 1e-9)
            speed = one["wall_s"] / row["wall_s"]
            print(f"{engine:6}  {n:7}  {row['wall_s']:6.1f}  {row['workers_s']:14.2f}  "
                  f"{row['this_process_s']:14.2f}  {row['other_s']:7.2f}  {inflation:9.2f}  "
                  f"{speed:7.2f}x  {100 * speed / n:10.0f} %  {psutil.getloadavg()[0]:4.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
