"""The cost of decision 32's live-window count: the story pass, version 3 / walk / counted.

Session 27 (docs/benchmarks.md, "Stories"): decision 32's guard asks, for each join it
guards, in how many other live stories the shared rare title word stands. As wired in
session 26 that was a walk over the live set (``guard.live_df``: up to ``max_live``,
20 000 stories, per guarded join); ``cluster.live_terms`` keeps the same counts as the
live set changes. Over a store of the synthetic corpus's text and JSON Lines items with
features and no stories (``benchmarks.split.build_store``), the whole story pass
(``recluster`` on stored features: the ``StreamClusterer`` that ingest runs) is timed
with three models, alternately, ``--rounds`` times:

- ``v3``: the packaged model (version 3);
- ``walk``: the guarded model file (``clusterer-guarded.json``), the count walked;
- ``count``: the same file, the count kept (what the clusterer does now).

Each pass records CPU s, ms per article, stories, the partition's digest (walk and count
must be equal), and how many guarded joins asked the live count, the live set's size
then, and the CPU spent inside the count. ``--micro`` times one count at a live set of
``max_live`` stories of 400 body words each, walked and kept.

    nice -n 10 python -m benchmarks.guard_cost --size 10000 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from benchmarks.split import OUT, build_store
from benchmarks.stories import partition

ARMS = ("v3", "walk", "count")


def _probe() -> dict[str, Any]:
    """Wrap the two ways of counting so that each call's CPU and live size are kept."""
    import newsprism.cluster.guard as guard
    from newsprism.cluster.live_terms import LiveTermCount

    seen: dict[str, Any] = {"calls": 0, "live": 0, "live_max": 0, "cpu_s": 0.0}
    walk, kept = guard.live_df, LiveTermCount.others

    def timed(fn, size):  # type: ignore[no-untyped-def]
        def inner(*args: Any, **kwargs: Any) -> Any:
            cpu = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                seen["cpu_s"] += time.process_time() - cpu
                seen["calls"] += 1
                n = size(args)
                seen["live"] += n
                seen["live_max"] = max(seen["live_max"], n)
        return inner

    guard.live_df = timed(walk, lambda a: len(a[2]))
    LiveTermCount.others = timed(kept, lambda a: len(a[0]._keys))  # type: ignore[method-assign]
    return seen


class _Walked:
    """Stands in for ``LiveTermCount`` in ``cluster.stream``: no count is kept, so the
    guard walks the live set (as session 26 wired it)."""

    @staticmethod
    def for_model(model: object) -> None:
        return None


def one_pass(db: Path, arm: str) -> dict[str, Any]:
    """One story pass over the store with ``arm``'s model, timed."""
    import newsprism.cluster.stream as stream
    from newsprism.cluster.engine import recluster
    from newsprism.cluster.live_terms import LiveTermCount
    from newsprism.cluster.model import default_model_path, load_model
    from newsprism.store import open_store

    model = load_model() if arm == "v3" else load_model(
        default_model_path().parent / "clusterer-guarded.json")  # fmt: skip
    # The walk: the clusterer keeps no counts, so the guard walks its live set.
    stream.LiveTermCount = _Walked if arm == "walk" else LiveTermCount  # type: ignore[assignment,misc]
    seen = _probe()
    with open_store(db) as store:
        wall, cpu = time.perf_counter(), time.process_time()
        report = recluster(store, model=model)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    stream.LiveTermCount = LiveTermCount  # type: ignore[misc]
    part = partition(db)
    return {"arm": arm, "articles": report.articles, "stories": report.stories,
            "largest": part["largest"], "digest": part["digest"][:16], "cpu_s": round(cpu, 2),
            "wall_s": round(wall, 2), "ms_per_article": round(1000 * cpu / report.articles, 4),
            "count_calls": seen["calls"], "count_cpu_s": round(seen["cpu_s"], 4),
            "live_mean_at_call": round(seen["live"] / max(seen["calls"], 1), 1),
            "live_max_at_call": seen["live_max"]}  # fmt: skip


def micro(live_size: int = 20_000, words: int = 400, calls: int = 50) -> dict[str, float]:
    """CPU ms of one count of a shared title word at ``live_size`` live stories."""
    from newsprism.cluster.guard import live_df
    from newsprism.cluster.live_terms import LiveTermCount
    from newsprism.cluster.profile import Cluster

    rng = random.Random(0)
    live, kept = {}, LiveTermCount("body")
    for i in range(live_size):
        c = Cluster(story_id=f"s{i:05d}", founder="x")
        c.body = {rng.randrange(2**32): 1.0 for _ in range(words)}
        live[c.story_id] = c
        kept.put(c)
    me, hashes = live["s00000"], set(list(live["s00001"].body)[:2])
    out = {}
    for name, ask in (("walk", lambda: live_df(hashes, me, live, "body")),
                      ("count", lambda: kept.others(hashes, me))):  # fmt: skip
        assert dict(ask()) == {h: 1 for h in hashes}
        cpu = time.process_time()
        for _ in range(calls):
            ask()
        out[f"{name}_ms_per_call"] = round(1000 * (time.process_time() - cpu) / calls, 4)
    c = live["s00002"]  # a join: the body sum changes, the counts follow
    cpu = time.process_time()
    for _ in range(calls):
        c.body = {**c.body, rng.randrange(2**32): 1.0}
        c.body.pop(next(iter(c.body)))
        kept.put(c)
    out["count_ms_per_put"] = round(1000 * (time.process_time() - cpu) / calls, 4)
    return out


def main(argv: list[str] | None = None) -> int:
    from rich.console import Console

    parser = argparse.ArgumentParser(prog="python -m benchmarks.guard_cost",
                                     description=__doc__.split("\n\n")[0])  # fmt: skip
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--micro", action="store_true")
    args = parser.parse_args(argv)
    console = Console()
    if args.micro:
        console.print(micro())
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    db = build_store(args.size, console)
    rows = []
    for r in range(args.rounds):
        for arm in ARMS if r % 2 == 0 else ARMS[::-1]:
            rows.append(one_pass(db, arm) | {"round": r + 1,
                                             "at": time.strftime("%H:%M:%S", time.gmtime())})
            console.print(rows[-1])
            (OUT / f"guard-cost-{args.size}.json").write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
