"""Linking an Arabic story to its English one (``newsprism eval crosslang``).

NTREX-128 ar-en (``../shared/data/ntrex-ar-en``) holds 57 English news stories with a
human Arabic translation. For each Arabic story, every English story is a candidate, and
the one ranked first must be its own: top-1 accuracy over the 57. Rows:

* ``baseline``: the English story sharing the largest Jaccard overlap of digit runs and
  Latin words (``[0-9]+|[A-Za-z]{2,}``), computed here on the same stories (the data's
  README reports 0.86);
* ``use-m3 cosine``: the multilingual embedding of title + lead alone;
* ``newsprism``: the clusterer's path (``cluster.crosslang``): the shortlist of English
  stories sharing most names (by skeleton) and numbers with the article, then the
  cross-language score (cosine, names matched across scripts, numbers) over the same
  features ingest computes.

``joined`` and ``join_p`` say what the join rule (score bar and margin) does with the
ranking: the share of Arabic stories it puts into an English story, and the share of
those that are the right one. The stories are translations, the easy end of the task:
see docs/crosslang.md for what that does not show.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from newsprism.errors import EvalError
from newsprism.eval import EvalTable, gold_article
from newsprism.eval.jsonl import json_lines
from newsprism.models import Article

COLUMNS = ["system", "stories", "top1", "joined", "join_p"]
_BASELINE_TOKEN = re.compile(r"[0-9]+|[A-Za-z]{2,}")
Progress = Callable[[int, int], None]


def ntrex_articles(data_dir: Path) -> Iterator[tuple[str, Article]]:
    """``(doc_id, article)`` for the English then the Arabic version of every story."""
    base = Path(data_dir)
    path = base / "documents.jsonl" if (base / "documents.jsonl").is_file() \
        else base / "ntrex-ar-en" / "documents.jsonl"  # fmt: skip
    if not path.is_file():
        raise EvalError(f"{data_dir}: missing ntrex-ar-en/documents.jsonl", code="E320")
    docs = list(json_lines(path, "E320", ("doc_id", "en_sentences", "ar_sentences")))
    for language in ("en", "ar"):
        for line_no, doc in docs:
            sentences = [s.strip() for s in doc[f"{language}_sentences"]]
            article = gold_article(f"ntrex:{language}:{doc['doc_id']}", "\n\n".join(sentences[1:]),
                                   title=sentences[0], outlet=doc.get("outlet"),
                                   paragraphs=sentences[1:], source=f"{path}:{line_no}")
            yield doc["doc_id"], dataclasses.replace(article, language=language)


def _baseline_tokens(article: Article) -> set[str]:
    return set(_BASELINE_TOKEN.findall(f"{article.title}\n{article.text}"))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def evaluate_crosslang(data_dir: Path, *, limit: int | None = None,
                       on_progress: Progress | None = None) -> EvalTable:  # fmt: skip
    """Top-1 linking of each Arabic NTREX story among all the English ones.

    Args:
        data_dir: ``../shared/data`` or its ``ntrex-ar-en/`` folder.
        limit: only the first ``limit`` stories (quick checks; the pool shrinks too).
        on_progress: called with (stories done, stories in all).
    """
    from newsprism.cluster.crosslang import (
        CrossLanguageLinker,
        choose,
        cross_text,
        keys_of,
        memory_texts,
        shortlist,
    )
    from newsprism.cluster.features import compute_features

    pairs = list(ntrex_articles(Path(data_dir)))
    english = [(d, a) for d, a in pairs if a.language == "en"][:limit]
    arabic = [(d, a) for d, a in pairs if a.language == "ar"][:limit]
    en_features = compute_features([a for _, a in english])
    ar_features = compute_features([a for _, a in arabic])
    linker = CrossLanguageLinker(memory_texts([a for _, a in pairs]))
    sides = [linker.story_side([(f.article_id, f.headline)], f.entities) for f in en_features]
    gold = [d for d, _ in english]
    story_keys = [(g, 0.0, keys_of(cross_text(a), f.entities))
                  for g, (_, a), f in zip(gold, english, en_features, strict=True)]
    base_tokens = [_baseline_tokens(a) for _, a in english]
    counts = {"baseline": [0, 0, 0], "use-m3 cosine": [0, 0, 0], "newsprism": [0, 0, 0]}
    for n, ((doc_id, article), f) in enumerate(zip(arabic, ar_features, strict=True), start=1):
        overlap = [_jaccard(_baseline_tokens(article), t) for t in base_tokens]
        counts["baseline"][0] += gold[int(np.argmax(overlap))] == doc_id
        side = linker.article_side(f)
        scores = [linker.score(g, side, s) for g, s in zip(gold, sides, strict=True)]
        cosines = [s.cosine for s in scores]
        counts["use-m3 cosine"][0] += gold[int(np.argmax(cosines))] == doc_id
        # The clusterer embeds only the stories that share a key with the article.
        listed = set(shortlist(keys_of(cross_text(article), f.entities), story_keys))
        scores = [s for s in scores if s.story_id in listed]
        best = max(scores, key=lambda s: (s.total, s.story_id), default=None)
        counts["newsprism"][0] += best is not None and best.story_id == doc_id
        joined = choose(scores)
        if joined is not None:
            counts["newsprism"][1] += 1
            counts["newsprism"][2] += joined.story_id == doc_id
        if on_progress:
            on_progress(n, len(arabic))
    return _table(counts, len(arabic))


def _table(counts: dict[str, list[int]], total: int) -> EvalTable:
    """The rows (top-1, joined and join precision per system) and their notes."""
    rows = []
    for system, (top1, joined, right) in counts.items():
        rows.append({"system": system, "stories": total, "top1": top1 / total if total else 0.0,
                     "joined": joined / total if system == "newsprism" and total else None,
                     "join_p": right / joined if joined else None})  # fmt: skip
    notes = [
        "Each Arabic story is ranked against every English story of the set; top1 is the "
        "share whose first-ranked English story is its own.",
        "baseline: Jaccard overlap of digit runs and Latin words, computed in this run.",
        "newsprism: the clusterer's path (cluster/crosslang.py): the 10 English stories sharing "
        "most names/numbers with the article, then its score on title + lead; "
        "joined: share the join rule accepts; join_p: share of those that are right.",
        "NTREX's Arabic is a translation of the English: an upper bound for independent "
        "reports (docs/crosslang.md).",
    ]
    return EvalTable("Cross-language story linking (NTREX ar-en)", COLUMNS, rows, notes)
