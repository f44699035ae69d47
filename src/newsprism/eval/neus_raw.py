"""NeuS-AllSides raw-crawl reports read as compare-gold articles (session 28).

The compare gold named BASIL sentences only (``"n:p:s"`` into ``body-paragraphs``).
A gold of 2015–2023 US politics (gold/conflicts-neus) names reports of the raw crawl
instead: an article's ``file`` is ``"neus-raw:<row>:<side>"`` (0-based line of the
crawl, left / center / right), resolved under the data folder that holds ``basil/``.
The report is rebuilt as ``scripts/neus_raw_inputs.py`` writes it for ``compare``
(paragraphs joined by a blank line, AllSides' OPINION tag carried into the source),
so an output offset means the same thing in both.

The crawl has paragraphs, not sentences: each paragraph is cut into sentences by
:func:`split_sentences`, a fixed rule kept here and not the parser's, so that a
change of the parser or its sentence mends cannot move a gold ref (the gold's
``checks`` still refuse a changed text).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from newsprism.errors import EvalError
from newsprism.eval.basil import BasilDoc

__all__ = ["NEUS_PREFIX", "read_neus_report", "split_sentences"]

NEUS_PREFIX = "neus-raw:"
CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
# a full stop after one of these words ends no sentence ("Sen. Joe Manchin", "Jan. 6")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep reps gov gen lt col sgt st jr sr rev prof capt maj adm cmdr "
    "pres supt det atty jan feb mar apr aug sep sept oct nov dec no vs inc corp co ltd "
    "mt ft approx est dept".split()
)  # fmt: skip
_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def _abbreviation(before: str) -> bool:
    """Whether the word before a full stop is an abbreviation or an initial."""
    word = re.split(r"[\s(\"“]", before)[-1]
    bare = word.rstrip(".").lower()
    return (bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha())
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", bare) is not None)  # fmt: skip


def split_sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences, their edges stripped: a cut after ``.``, ``!`` or
    ``?`` (and any closing quote or bracket) and white space before a capital, a digit
    or an opening quote, unless the full stop ends an abbreviation ("Gov.", "U.S.")."""
    sentences, start = [], 0
    for match in _END.finditer(paragraph):
        stop = match.start()
        if paragraph[stop] == "." and _abbreviation(paragraph[start:stop]):
            continue
        sentences.append(paragraph[start:match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    return [s for s in [*sentences, tail] if s]


def _offsets(text: str, paragraphs: list[list[str]], starts: list[int]
             ) -> dict[tuple[int, int], tuple[int, int]]:  # fmt: skip
    """``(paragraph, sentence) -> (start, end)`` in the report's text."""
    offsets = {}
    for p, sentences in enumerate(paragraphs):
        at = starts[p]
        for s, sentence in enumerate(sentences):
            at = text.index(sentence, at)
            offsets[(p, s)] = (at, at + len(sentence))
            at += len(sentence)
    return offsets


@lru_cache(maxsize=2)
def _crawl_lines(path: Path) -> tuple[str, ...]:
    return tuple(path.read_text("utf-8").splitlines())


def source_of(news: dict) -> str:
    """The report's source as AllSides names an opinion source: "National Review
    (Opinion)". The crawl keeps AllSides' OPINION tag in a field of its own
    (``opinionTag``) and often names a column by its writer ("Jim Geraghty", row 201);
    the tag is carried into the source, the field a feed's item has and the ingest
    reads (``source``/``outlet``), so compare's ``opinion_piece`` sees it as it sees
    the crawl's own "Washington Post (Opinion)". A trailing tag of the source ("New
    York Post (News)") gives way to it (session 24). ANALYSIS, FACT CHECK and DATA
    pages are reports and keep their source. ``scripts/neus_raw_inputs.py`` writes
    compare inputs with this same function, so an eval offset and a written input agree."""
    source = str(news["newsSource"])
    if news.get("opinionTag") != "OPINION" or re.search(r"\(opinion\)\s*$", source, re.I):
        return source
    return re.sub(r"\s*\([^)]*\)\s*$", "", source) + " (Opinion)"


def read_neus_report(data_dir: Path, name: str, number: str) -> BasilDoc:
    """The report ``name`` (``"neus-raw:<row>:<side>"``) as article ``number`` of a story.

    Raises:
        EvalError: E300 when the crawl, the row or the side is missing.
    """
    try:
        _, row_text, side = name.split(":")
        row = json.loads(_crawl_lines(Path(data_dir) / CRAWL)[int(row_text)])
        news = row["news"][side]
    except (OSError, ValueError, KeyError, IndexError) as exc:
        raise EvalError(f"{name}: no such NeuS raw-crawl report under {data_dir}: {exc!r}",
                        code="E300") from exc  # fmt: skip
    bodies = [str(p) for p in news["newBody"]]
    text = "\n\n".join(bodies)
    starts = [sum(len(b) + 2 for b in bodies[:i]) for i in range(len(bodies))]
    paragraphs = [split_sentences(b) for b in bodies]
    return BasilDoc(
        path=Path(data_dir) / CRAWL, name=f"neus-raw:{row['id']}:{side}",
        year=str(row["date"])[:4], triplet=f"neus{row_text}", number=number,
        outlet=source_of(news), title=news.get("newsTitle"), date=row["date"],
        paragraphs=paragraphs, text=text, sentences=_offsets(text, paragraphs, starts),
        raw={"row": int(row_text), "side": side, "body": bodies},
    )  # fmt: skip
