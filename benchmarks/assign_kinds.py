"""The story assignment's CPU per article, by kind of item (text or JSON Lines).

Issue 16 saw the writer's assignment (the story step minus the features) cost ~1.8 ms
per text item and ~2.7 ms per JSON Lines item at 300 000 articles. To tell the item from
its place in the stream, this ingests the folders of one corpus of
``benchmarks/corpus.py`` one after the other, in the order given, into a fresh store,
stories on, and reports each folder's assignment CPU per article. With ``--profile``, a
cProfile of each folder's assignment (the features left out) is written next to the
store, to be read with ``pstats``.

``nice -n 19 python -m benchmarks.assign_kinds --n 10000 --folders text,jsonl``
(and ``--folders jsonl,text`` for the other order; ``--folders jsonl`` alone for a
fresh store).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.ingest import ensure_corpus, remove_db

OUT = Path(__file__).resolve().parent / "out"


class _Timer:
    """CPU of the story hook and of the features inside it, for the current folder."""

    def __init__(self, profile: bool) -> None:
        self.profile = profile
        self.prof: cProfile.Profile | None = None
        self.inside = False
        self.reset()

    def reset(self) -> None:
        self.step = self.features = 0.0
        self.assigned = 0
        self.prof = cProfile.Profile() if self.profile else None

    def pause(self) -> None:
        if self.prof is not None and self.inside:
            self.prof.disable()

    def resume(self) -> None:
        if self.prof is not None and self.inside:
            self.prof.enable()


@contextlib.contextmanager
def _patched(timer: _Timer) -> Iterator[None]:
    """Wrap the ingest hook and the features so that only the assignment is profiled;
    the originals are put back on exit (the tests run in one process)."""
    import newsprism.cluster.state as state
    import newsprism.pipeline as pipeline
    from newsprism.cluster import StoryAssigner

    ensure, hook = state.ensure_features, pipeline._story_assigner

    def timed_features(*args: Any, **kwargs: Any) -> Any:
        timer.pause()
        cpu = time.process_time()
        try:
            return ensure(*args, **kwargs)
        finally:
            if timer.inside:
                timer.features += time.process_time() - cpu
            timer.resume()

    class TimedAssigner:
        def __init__(self, store: Any, model: Any = None) -> None:
            self.inner = StoryAssigner(store, model)

        def __call__(self) -> int:
            cpu, timer.inside = time.process_time(), True
            timer.resume()
            try:
                n = self.inner()
            finally:
                timer.pause()
                timer.inside = False
                timer.step += time.process_time() - cpu
            timer.assigned += n
            return n

    state.ensure_features = timed_features
    pipeline._story_assigner = TimedAssigner  # type: ignore[assignment]
    try:
        yield
    finally:
        state.ensure_features, pipeline._story_assigner = ensure, hook


def run(n: int, folders: list[str], out: Path, profile: bool) -> list[dict[str, Any]]:
    """Ingest ``folders`` of corpus-``n`` in turn into one fresh store; a row per folder."""
    from newsprism.pipeline import ingest_paths
    from newsprism.store import open_store

    corpus = out / f"corpus-{n}"
    ensure_corpus(corpus, n)
    db = out / f"assign-{n}-{'+'.join(folders)}.db"
    remove_db(db)
    timer = _Timer(profile)
    rows = []
    with _patched(timer), open_store(db) as store:
        for folder in folders:
            timer.reset()
            ingest_paths([corpus / folder], store, cluster=True)
            per = 1000 * (timer.step - timer.features) / max(timer.assigned, 1)
            rows.append({"folders": "+".join(folders), "part": folder, "assigned": timer.assigned,
                         "step_cpu_s": round(timer.step, 2),
                         "features_cpu_s": round(timer.features, 2),
                         "assign_ms": round(per, 3)})  # fmt: skip
            if timer.prof is not None:
                timer.prof.dump_stats(db.with_suffix(f".{folder}.prof"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="corpus size (articles)")
    parser.add_argument("--folders", default="text,jsonl", help="folders, in ingest order")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--profile", action="store_true", help="cProfile each folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for row in run(args.n, args.folders.split(","), args.out, args.profile):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
