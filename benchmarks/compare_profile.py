"""Where ``compare``'s CPU goes: a cProfile of one story's analysis, models warm.

The story is :mod:`benchmarks.compare`'s (the seeds, then BASIL articles), cleaned the
same way; the analysis runs once to load every model (spaCy, the static embedder, the
same-fact model, MiniLM when a step asks for it), then once under cProfile. The table
is the steps by cumulative CPU seconds (functions of ``newsprism`` only, or every
function with ``--all``), so that a saving is looked for where the time is, not where a
review guesses it is (issue 12, session 26).

Example::

    .venv/bin/python -m benchmarks.compare_profile 50 --top 40
"""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path


def profile(n: int, top: int, everything: bool = False) -> str:
    """The cProfile table of the second analysis of the ``n``-article story."""
    import newsprism.compare.story as story
    from benchmarks.compare import story_files
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    story.analyze_story(articles)  # every model loaded
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    story.analyze_story(articles)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("cumulative")
    stats.print_stats(*(() if everything else ("newsprism",)), top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 50
    top = int(args[args.index("--top") + 1]) if "--top" in args else 40
    print(profile(n, top, "--all" in args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
