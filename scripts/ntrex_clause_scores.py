"""The scores behind compare/leftover_clause.py's bar, measured on NTREX dev.

For every Arabic clause (``compare.crosslang.sentences``, four words or more) of a dev
story's body: its cross-language score (``crosslang.cross_pair_scores``) with its own
English line, ahead of the best other line by how much (a partner that states it); and,
with its own line left out, the best remaining line's score and its lead over the next
(a partner that does not state it). Prints the share of each passing a bar and margin.

Usage: python scripts/ntrex_clause_scores.py ../shared/data
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from newsprism.cluster.crosslang import CROSS_EMBEDDER
from newsprism.compare.crosslang import MIN_CLAIM_WORDS, cross_pair_scores, sentences
from newsprism.embeddings import get_embedder
from newsprism.models import Claim

sys.path.insert(0, str(Path(__file__).parent))
from ntrex_compare import stories


def _claims(doc: dict) -> tuple[list[Claim], list[Claim]]:
    """The English body lines and the Arabic clauses, each with its NTREX line number."""
    en = [Claim(f"en:{i}", "en", i, s.strip()) for i, s in enumerate(doc["en_sentences"])
          if i and len(s.split()) >= MIN_CLAIM_WORDS]  # fmt: skip
    ar = [Claim(f"ar:{i}:{a}", "ar", i, clause, language="ar")
          for i, s in enumerate(doc["ar_sentences"]) if i
          for _, a, _, clause in sentences(s.strip())
          if len(clause.split()) >= MIN_CLAIM_WORDS]  # fmt: skip
    return en, ar


def _story(doc: dict, encode) -> tuple[list, list]:
    """(own line's score, lead) and (best other line's score, lead) of each clause."""
    en, ar = _claims(doc)
    claims = en + ar
    scores = cross_pair_scores(claims, np.zeros((len(claims),) * 2, np.float32),
                               encode([c.text for c in claims]))  # fmt: skip
    stating, other = [], []
    for k, clause in enumerate(ar):
        row = scores[len(en) + k, :len(en)]
        own = [j for j, e in enumerate(en) if e.sentence_index == clause.sentence_index]
        rest = np.sort([row[j] for j, e in enumerate(en)
                        if e.sentence_index != clause.sentence_index])[::-1]  # fmt: skip
        if own and len(rest):
            stating.append((float(row[own[0]]), float(row[own[0]] - rest[0])))
        if len(rest) > 1:
            other.append((float(rest[0]), float(rest[0] - rest[1])))
    return stating, other


def main() -> None:
    encode = get_embedder(CROSS_EMBEDDER).encode
    stating, other = [], []
    for doc in stories(Path(sys.argv[1]), "dev"):
        found = _story(doc, encode)
        stating += found[0]
        other += found[1]
    for name, rows in (("own line (states it)", stating), ("own line left out", other)):
        xs = np.array(rows)
        print(f"{name}: {len(xs)} clauses")
        for bar in (0.35, 0.40, 0.45):
            shares = " ".join(f"margin>={m:.2f}: {np.mean((xs[:, 0] >= bar) & (xs[:, 1] >= m)):.3f}"
                              for m in (0.0, 0.05, 0.10, 0.15))  # fmt: skip
            print(f"  score>={bar:.2f} {shares}")


if __name__ == "__main__":
    main()
