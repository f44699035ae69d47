"""Would batching the omission check's MiniLM change its vectors? (issue 12, session 27)

``MiniLMOnnxEmbedder.encode`` runs each text alone: the int8 model quantises its
activations over the whole input, so a batch might give a text a vector that depends on
its neighbours. Texts of the same number of word pieces need no padding, so a batch of
them is the one kind that could be exact. This embeds the sentences of the benchmark
story (:mod:`benchmarks.compare`'s, as the omission check sees them: the claims) both
ways and prints the CPU seconds of each, the largest difference of a vector value and
of a cosine, and how many pairs of sentences cross the omission check's bar
(``stated.OMISSION_COSINE``) one way and not the other.

Example::

    .venv/bin/python -m benchmarks.minilm_batching 50
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np


def equal_length_batches(model: Any, texts: list[str]) -> np.ndarray:
    """``texts`` embedded as ``model.encode`` does, but one run per word-piece length."""
    from newsprism.embeddings import _unit_rows

    encoded = model._tokenizer.encode_batch(texts)
    lengths: dict[int, list[int]] = defaultdict(list)
    for k, enc in enumerate(encoded):
        lengths[len(enc.ids)].append(k)
    out = np.zeros((len(texts), model.dim), dtype=np.float32)
    for rows in lengths.values():
        ids = np.asarray([encoded[k].ids for k in rows], np.int64)
        out[rows] = model._session.run(
            None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0]
    return _unit_rows(out)


def compare(n: int) -> dict[str, Any]:
    """The two ways of embedding the ``n``-article story's English sentences."""
    import newsprism.compare.story as story
    from benchmarks.compare import story_files
    from newsprism.compare.stated import OMISSION_COSINE
    from newsprism.embeddings import get_embedder
    from newsprism.pipeline import clean_paths

    with tempfile.TemporaryDirectory() as tmp:
        articles, _ = clean_paths(story_files(n, Path(tmp)))
    seen: list[str] = []
    kept = story.stating
    story.stating = lambda claims, *rest: (  # type: ignore[assignment]
        seen.extend(c.text for c in claims if c.language is None) or kept(claims, *rest))
    try:
        story.analyze_story(articles)
    finally:
        story.stating = kept
    texts = list(dict.fromkeys(seen))
    model = get_embedder("minilm-onnx")
    started = time.process_time()
    alone = model.encode(texts)
    alone_cpu = time.process_time() - started
    started = time.process_time()
    batched = equal_length_batches(model, texts)
    batched_cpu = time.process_time() - started
    diff = np.abs(alone - batched)
    cos_alone, cos_batched = alone @ alone.T, batched @ batched.T
    upper = np.triu(np.ones_like(cos_alone, dtype=bool), 1)
    crossed = ((cos_alone >= OMISSION_COSINE) != (cos_batched >= OMISSION_COSINE)) & upper
    return {"articles": n, "texts": len(texts), "alone_cpu_s": round(alone_cpu, 2),
            "batched_cpu_s": round(batched_cpu, 2), "max_abs_diff": float(diff.max()),
            "identical_vectors": int((diff.max(axis=1) == 0).sum()),
            "max_cosine_diff": float(np.abs(cos_alone - cos_batched).max()),
            "pairs_crossing_bar": int(crossed.sum()), "pairs": int(upper.sum())}  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(compare(int(sys.argv[1]) if len(sys.argv) > 1 else 50)))
