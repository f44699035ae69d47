"""BASIL (Fan et al. 2019) read once for every evaluation that uses it.

``../shared/data/basil`` holds 50 events told by Fox, NYT and HuffPost, as
``articles/<year>/<triplet>_<n>.json`` with the body as paragraphs of sentences, and
``annotations/<year>/<triplet>_<n>_ann.json`` with phrase-level bias spans. The
clustering, framing and compare evaluations all rebuild an article's text the same
way (sentences joined by a space, paragraphs by a blank line) so that an offset means
the same thing in each; :class:`BasilDoc` keeps where every gold sentence sits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError

__all__ = ["BasilDoc", "annotations", "article_text", "basil_files", "place", "read_basil"]


@dataclass
class BasilDoc:
    """One BASIL article: its metadata, text, and the offsets of each gold sentence."""

    path: Path
    name: str  # file stem: <triplet>_<n>
    year: str
    triplet: str
    number: str  # "1", "2", "3": the article within its triplet
    outlet: str  # fox, nyt, hpo
    title: str | None
    date: str | None
    paragraphs: list[list[str]]
    text: str
    sentences: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)

    def sentence(self, paragraph: int, index: int) -> str:
        """The text of sentence ``index`` of ``paragraph`` (as BASIL splits them)."""
        return self.paragraphs[paragraph][index]


def article_text(
    paragraphs: list[list[str]],
) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """The text (sentences joined by spaces, paragraphs by blank lines) and the
    ``(paragraph, sentence) -> (start, end)`` offsets of every sentence in it."""
    parts: list[str] = []
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    at = 0
    for p, paragraph in enumerate(paragraphs):
        if p:
            parts.append("\n\n")
            at += 2
        for s, sentence in enumerate(paragraph):
            if s:
                parts.append(" ")
                at += 1
            offsets[(p, s)] = (at, at + len(sentence))
            parts.append(sentence)
            at += len(sentence)
    return "".join(parts), offsets


def basil_files(data_dir: Path) -> list[Path]:
    """``articles/<year>/*.json`` under the BASIL folder, sorted.

    Raises:
        EvalError: E300 when there is none (not the BASIL folder).
    """
    files = sorted((Path(data_dir) / "articles").glob("*/*.json"))
    if not files:
        raise EvalError(
            f"{data_dir} has no articles/<year>/*.json: pass the basil folder "
            "(articles/ and annotations/)",
            code="E300",
        )
    return files


def _paragraphs(raw: dict[str, Any]) -> list[list[str]]:
    """The body as paragraphs of sentences (a paragraph given as one string is one sentence)."""
    return [[str(s) for s in p] if isinstance(p, list) else [str(p)]
            for p in raw.get("body-paragraphs", [])]  # fmt: skip


def read_basil(path: Path) -> BasilDoc:
    """One article file.

    Raises:
        EvalError: E300 when the file is not a BASIL article.
    """
    try:
        raw = json.loads(Path(path).read_text("utf-8"))
        paragraphs = _paragraphs(raw)
        text, offsets = article_text(paragraphs)
        triplet, _, number = path.stem.rpartition("_")
        return BasilDoc(
            path=Path(path), name=path.stem, year=path.parent.name,
            triplet=str(raw.get("triplet-uuid") or triplet), number=number,
            outlet=str(raw["source"]).lower(), title=raw.get("title"), date=raw.get("date"),
            paragraphs=paragraphs, text=text, sentences=offsets, raw=raw,
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalError(f"{path} is not a BASIL article: {exc}", code="E300") from exc


def place(doc: BasilDoc, start: int, end: int, txt: str) -> tuple[int, int] | None:
    """Article offsets of a phrase annotation, or None when its text is nowhere.

    BASIL's offsets are per sentence and its files do not say which sentence, so a span
    is placed in the first sentence where ``sentence[start:end]`` equals its text, then,
    failing that, where the text occurs at all.
    """
    sentences = [(doc.sentences[key][0], doc.sentence(*key)) for key in doc.sentences]
    for offset, sentence in sentences:
        if sentence[start:end] == txt:
            return offset + start, offset + end
    for offset, sentence in sentences:
        at = sentence.find(txt)
        if at >= 0:
            return offset + at, offset + at + len(txt)
    return None


def annotations(data_dir: Path, doc: BasilDoc) -> list[dict[str, Any]]:
    """The phrase-level annotations of one article ([] when it has no annotation file).

    Raises:
        EvalError: E300 when the annotation file is not BASIL's.
    """
    path = Path(data_dir) / "annotations" / doc.year / f"{doc.name}_ann.json"
    if not path.is_file():
        return []
    try:
        found = json.loads(path.read_text("utf-8")).get("phrase-level-annotations", [])
        return [dict(a) for a in found]
    except (ValueError, AttributeError, TypeError) as exc:
        raise EvalError(f"{path} is not a BASIL annotation file: {exc}", code="E300") from exc
