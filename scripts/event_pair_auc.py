"""How well a cosine tells two reports of one event from two of different events,
base MiniLM (``minilm-onnx``) against the fine-tuned ``event-onnx`` (issue 13, session 32).

For each training part (BASIL 2010–2012 and GoogleNews-TS even events, which the event
encoder never saw; neus-raw even roundups, which it was trained on), every pair of up
to ``--sample`` reports (title + first 60 words, 64 word pieces, as trained): the ROC
AUC of the cosine for "same gold story", over all pairs and over the *hard* pairs only,
those base MiniLM already puts above 0.5 (same topic: where a dense day goes wrong).
Training parts only; nothing held out is read. Usage::

    PYTHONPATH=src python scripts/event_pair_auc.py ../shared/data
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from newsprism.embeddings import get_embedder
from newsprism.errors import NewsprismError
from newsprism.eval.clustering import GoldItem, load_basil, load_googlenews, load_neus_raw

ENCODERS = ("minilm-onnx", "event-onnx")
HARD = 0.5


def _text(item: GoldItem) -> str:
    lead = " ".join(item.article.text.split()[:60])
    return f"{item.article.title}. {lead}" if item.article.title else lead


def part_row(name: str, items: list[GoldItem], sample: int, rng: random.Random) -> dict:
    """AUC over all pairs and over the hard pairs, for each encoder."""
    if len(items) > sample:
        items = rng.sample(items, sample)
    upper = np.triu_indices(len(items), 1)
    labels = np.array([i.story for i in items])
    same = (labels[:, None] == labels[None, :])[upper]
    cosines = {}
    for encoder in ENCODERS:
        vectors = get_embedder(encoder).encode([_text(i) for i in items], max_pieces=64)
        cosines[encoder] = (vectors @ vectors.T)[upper]
    hard = cosines[ENCODERS[0]] > HARD
    row = {"part": name, "reports": len(items), "same_pairs": int(same.sum()),
           "hard_pairs": int(hard.sum()), "hard_same": int(same[hard].sum())}
    for encoder, cos in cosines.items():
        row[f"{encoder} auc"] = round(float(roc_auc_score(same, cos)), 4)
        row[f"{encoder} hard auc"] = round(float(roc_auc_score(same[hard], cos[hard])), 4)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--sample", type=int, default=1200)
    args = parser.parse_args()
    try:  # both encoders load before any data is read: event-onnx does not ship
        for encoder in ENCODERS:
            get_embedder(encoder)
    except NewsprismError as exc:
        raise SystemExit(f"error: {exc}") from None
    rng = random.Random(0)
    parts = {"basil train": load_basil(args.data / "basil"),
             "googlenews-TS train": load_googlenews(args.data / "googlenews-tsc"),
             "neus-raw train (trained on)": load_neus_raw(args.data / "neus-allsides")}
    for name, gold in parts.items():
        print(part_row(name, [i for i in gold.items if i.part == "train"], args.sample, rng),
              flush=True)


if __name__ == "__main__":
    main()
