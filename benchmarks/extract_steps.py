"""CPU of compare's extract steps on one benchmark story, the parse done once.

``benchmarks.compare``'s story (the seeds, then BASIL articles) is cleaned and parsed
as ``compare`` does; then, ``--repeat`` times, each article's mentions are found and
linked (``find_mentions`` + ``link_entities``, the story's entities) and its quotes
extracted (``extract_quotes``), and the least CPU seconds of each step is printed.
A saving in extract/ is read here on a machine too loaded to time a whole compare
run (issue 12, session 28): the parse, MiniLM and the pair model are left out.

Example::

    .venv/bin/python -m benchmarks.extract_steps 50 --repeat 3
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def measure(n: int, repeat: int) -> dict[str, Any]:
    """Least CPU seconds of mentions, entities and quotes over ``repeat`` runs."""
    from benchmarks.compare import story_files
    from newsprism.compare.story import _parse_articles
    from newsprism.extract.entities import link_entities
    from newsprism.extract.mentions import find_mentions
    from newsprism.extract.quotes.extractor import extract_quotes
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    docs = _parse_articles(articles)
    texts = {a.id: a.text for a in articles}
    best = {"mentions_cpu_s": float("inf"), "entities_cpu_s": float("inf"),
            "quotes_cpu_s": float("inf")}  # fmt: skip
    for _ in range(repeat + 1):  # the first run loads the tables every step reads
        started = time.process_time()
        mentions = {aid: find_mentions(doc, aid) for aid, doc in docs.items()}
        found = time.process_time()
        link_entities(mentions, texts)
        linked = time.process_time()
        for doc in docs.values():
            extract_quotes(doc)
        done = time.process_time()
        for key, spent in zip(best, (found - started, linked - found, done - linked),
                              strict=True):  # fmt: skip
            best[key] = min(best[key], spent)
    return {"articles": len(articles), **{k: round(v, 3) for k, v in best.items()}}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 50
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 3
    print(json.dumps(measure(n, repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
