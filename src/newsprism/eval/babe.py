"""BABE (Spinde et al., Findings of EMNLP 2021) read once, and split by article.

``../shared/data/babe/babe-dev.jsonl`` holds 2,602 news sentences from 11 US outlets,
each labelled Biased / Non-biased by experts, with the words that carry the bias
(``biased_spans``). It is itself the developers' part of BABE; newsprism splits it
again, by article, into the part the detector is trained on and the part it is
reported on, so that no sentence of a reported article was seen in training:

    report part  <=>  int(sha1("newsprism-framing:" + key), 16) % 10 < 3

where ``key`` is the lower-cased, URL-unquoted ``news_link``, as the data README keys
its own split (a different salt, so the two splits are independent).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from newsprism.errors import EvalError

BABE_FILE = "babe-dev.jsonl"
SALT = "newsprism-framing:"
REPORT_SHARE = 3  # of 10


@dataclass(frozen=True)
class BabeSentence:
    """One BABE sentence: its label (1 biased, 0 not, None no agreement) and spans."""

    id: str
    text: str
    link: str
    outlet: str
    label: int | None
    spans: tuple[tuple[int, int], ...]
    words: tuple[str, ...]

    @property
    def report(self) -> bool:
        """True when the sentence's article is in the report part of the split."""
        return in_report_part(self.link)


def in_report_part(link: str) -> bool:
    """The article-level split: about 30 % of the articles are reported on."""
    key = unquote(link).lower()
    return int(hashlib.sha1((SALT + key).encode("utf-8")).hexdigest(), 16) % 10 < REPORT_SHARE


def babe_path(data_dir: Path) -> Path:
    """``babe-dev.jsonl`` in ``data_dir`` or in its ``babe/`` folder.

    Raises:
        EvalError: E300 when there is none.
    """
    for candidate in (Path(data_dir) / BABE_FILE, Path(data_dir) / "babe" / BABE_FILE):
        if candidate.is_file():
            return candidate
    raise EvalError(f"{data_dir} has no {BABE_FILE} (nor babe/{BABE_FILE})", code="E300")


def read_babe(data_dir: Path) -> list[BabeSentence]:
    """Every sentence of BABE's developers' part, in file order.

    Raises:
        EvalError: E300 when the file is missing or a line is not a BABE sentence.
    """
    path = babe_path(data_dir)
    sentences = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            label = raw.get("label")
            sentences.append(BabeSentence(
                id=str(raw["id"]), text=str(raw["text"]), link=str(raw["news_link"]),
                outlet=str(raw.get("outlet") or ""),
                label=None if label is None else int(label),
                spans=tuple((int(s[0]), int(s[1])) for s in raw.get("biased_spans") or []),
                words=tuple(str(w) for w in raw.get("biased_words") or []),
            ))  # fmt: skip
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise EvalError(f"{path}:{number}: not a BABE sentence: {exc}", code="E300") from exc
    return sentences
