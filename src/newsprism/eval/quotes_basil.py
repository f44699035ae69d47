"""BASIL's quoted spans and their speakers, scored beside PolNeAR (``eval quotes``).

BASIL (Fan et al., EMNLP 2019) marks the biased phrases of 150 articles of 2010–2014
(Fox, New York Times, HuffPost); a phrase inside a quotation has ``quote: "yes"`` and a
``speaker``: a name as the annotators wrote it ("Rick_Perry", "Obama_campaign",
"Republican_Lawmakers") or, for a source they did not name, the source's stance towards
the target ("other_anti", "other_pro", "other_neutral"). It is a second, independent
check of speakers, written by other people than PolNeAR's and than the compare gold.

Definitions (docs/eval-quotes.md has the reasons):

- **Gold**: every ``quote: "yes"`` phrase that can be placed in the article text
  (:func:`newsprism.eval.basil.place`). A phrase is usually part of a quote, not all of it.
- **Found** (``r@0.3``, ``r@0.8``): a predicted quote covers at least 30 % (80 %) of the
  phrase's word tokens; the prediction covering most is the phrase's quote.
- **Speaker accuracy**: over the phrases found at 0.3 whose speaker is a name (not an
  ``other_*`` class), the quote's speaker is that name by
  :func:`newsprism.eval.speakers.same_speaker`.
- **Rows**: ``all`` phrases; ``person speaker``, those whose gold speaker is a person
  the article names (the name's last word ends a PERSON entity of the parse: "Rick_Perry");
  ``group speaker``, those whose gold speaker is a group or a body ("Tea_Party", "NAACP",
  "Republican_Lawmakers"), which BASIL often names where the article quotes one of its
  members, so that a right person counts as wrong there.
- No precision: BASIL marks only the biased phrases, so most quotes have no gold.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.eval.basil import annotations, basil_files, place, read_basil
from newsprism.eval.speakers import same_speaker

__all__ = ["BasilQuote", "BasilQuoteArticle", "BasilTally", "load_basil_quotes", "score_basil"]

THRESHOLDS = (0.3, 0.8)
_WORD = re.compile(r"\w+")
_UNNAMED = re.compile(r"^other_")


@dataclass(frozen=True)
class BasilQuote:
    """One quoted phrase: its offsets in the article text and the gold speaker."""

    start: int
    end: int
    speaker: str | None  # a name with "_" for spaces; None for an unnamed (other_*) source


@dataclass(frozen=True)
class BasilQuoteArticle:
    """One BASIL article with its quoted phrases."""

    name: str
    text: str
    quotes: tuple[BasilQuote, ...]
    unplaced: int = 0


def load_basil_quotes(data_dir: Path, limit: int | None = None) -> list[BasilQuoteArticle]:
    """Every article of the BASIL folder with its ``quote: "yes"`` phrases.

    Raises:
        EvalError: E300 when the folder is not BASIL or a file is malformed.
    """
    paths = basil_files(Path(data_dir))
    articles = []
    for path in paths[:limit] if limit is not None else paths:
        doc = read_basil(path)
        quotes, unplaced = [], 0
        for a in annotations(Path(data_dir), doc):
            if a.get("quote") != "yes":
                continue
            placed = place(doc, int(a["start"]), int(a["end"]), str(a["txt"]))
            if placed is None:
                unplaced += 1
                continue
            speaker = str(a.get("speaker") or "").strip()
            named = speaker if speaker and not _UNNAMED.match(speaker) else None
            quotes.append(BasilQuote(placed[0], placed[1], named))
        articles.append(BasilQuoteArticle(doc.name, doc.text, tuple(quotes), unplaced))
    return articles


def _tokens(text: str, parts: Sequence[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens inside ``parts``."""
    return {m.start() for a, b in parts for m in _WORD.finditer(text, a, b)}


KINDS = ("all", "person speaker", "group speaker")


@dataclass
class BasilTally:
    """Counts of one system on BASIL's quoted phrases, per kind of gold speaker."""

    system: str
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    named: int = 0
    predicted: int = 0
    # (threshold, kind) -> phrases found; kind -> [speakers right, speakers scored]
    found: dict[tuple[float, str], int] = field(default_factory=dict)
    speakers: dict[str, list[int]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, article: BasilQuoteArticle, predicted: Sequence[Any],
            people: set[str]) -> None:  # fmt: skip
        """Score one article's predictions (objects with ``content`` and ``speaker``);
        ``people`` are the last words (lower case) of the article's PERSON names."""
        self.predicted += len(predicted)
        spans = [_tokens(article.text, p.content) for p in predicted]
        for gold in article.quotes:
            words = _tokens(article.text, ((gold.start, gold.end),))
            if not words:
                continue
            kinds = ["all", *_kind(gold.speaker, people)]
            for kind in kinds:
                self.gold[kind] += 1
            self.named += gold.speaker is not None
            cover = [len(words & s) / len(words) for s in spans]
            best = max(range(len(cover)), key=cover.__getitem__, default=None)
            if best is None or cover[best] < THRESHOLDS[0]:
                continue
            for threshold, kind in ((t, k) for t in THRESHOLDS for k in kinds):
                key = (threshold, kind)
                self.found[key] = self.found.get(key, 0) + (cover[best] >= threshold)
            if gold.speaker is not None:
                right = same_speaker(predicted[best].speaker, gold.speaker)
                for kind in kinds:
                    tally = self.speakers.setdefault(kind, [0, 0])
                    tally[0] += right
                    tally[1] += 1
                if not right:
                    self.wrong.append(f"{article.name}: {predicted[best].speaker!r} for "
                                      f"{gold.speaker!r}")  # fmt: skip

    def rows(self, split: str) -> list[dict[str, object]]:
        rows = []
        for kind in KINDS:
            right, scored = self.speakers.get(kind, [0, 0])
            gold = self.gold[kind]
            predicted = self.predicted if kind == "all" else None
            row: dict[str, object] = {"system": self.system, "split": split, "kind": kind,
                                      "gold": gold, "predicted": predicted}  # fmt: skip
            for threshold in THRESHOLDS:
                found = self.found.get((threshold, kind), 0)
                row[f"p@{threshold}"] = None
                row[f"r@{threshold}"] = round(found / gold, 4) if gold else None
                row[f"f1@{threshold}"] = None
            row["speaker_acc"] = round(right / scored, 4) if scored else None
            rows.append(row)
        return rows


def _kind(speaker: str | None, people: set[str]) -> list[str]:
    """ "person speaker" when BASIL's speaker is a person the article names, "group
    speaker" for another name, nothing for an unnamed (other_*) source."""
    if speaker is None:
        return []
    words = speaker.replace("_", " ").split()
    person = len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in people
    return ["person speaker" if person else "group speaker"]


def score_basil(
    articles: Sequence[BasilQuoteArticle],
    docs: Sequence[object],
    systems: dict[str, Callable[[object], list[Any]]],
    split: str = "basil 2010-14",
) -> tuple[list[dict[str, object]], list[str]]:
    """Rows (one per system) and notes for BASIL's quoted phrases.

    ``docs`` are the parsed articles, in the order of ``articles``; each system maps a
    parsed article to its predictions.
    """
    tallies = {name: BasilTally(name) for name in systems}
    for article, doc in zip(articles, docs, strict=True):
        people = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON"}  # type: ignore[attr-defined]
        for name, system in systems.items():
            t0 = time.perf_counter()
            predicted = system(doc)
            tallies[name].seconds += time.perf_counter() - t0
            tallies[name].add(article, predicted, people)
    unplaced = sum(a.unplaced for a in articles)
    first = next(iter(tallies.values()), None)
    notes = [
        f"{split}: {len(articles)} articles, {first.gold['all'] if first else 0} quoted "
        f"phrases ({first.named if first else 0} with a named speaker; {unplaced} not placed)",
        "BASIL r@t: a predicted quote covers ≥ t of the phrase's words; speaker_acc over "
        "the phrases found at 0.3 with a named speaker (not other_*); no precision",
    ]
    notes += [f"BASIL wrong speaker ({t.system}): {w}" for t in tallies.values()
              if t.system == "newsprism" for w in t.wrong]  # fmt: skip
    return [row for t in tallies.values() for row in t.rows(split)], notes
