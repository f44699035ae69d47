"""A transcript quoted turn by turn: each ``"NAME: …`` paragraph is NAME's words.

Outlets print an interview as a transcript inside quotation marks: "Partial transcript
as follows:", then one paragraph per turn, each opened with a mark that is never closed
(the news convention for a quotation running over paragraphs) and headed by the
speaker's label in capitals: ``"HOST: Why would he do that?`` / ``"GUEST: Well, look, …``
(Breitbart's Sunday-show transcripts in PolNeAR; gold/speakers-polnear). The quotation
finder joins every turn into one quotation, since each paragraph opens with a mark, so
until session 34 the host's questions and the guest's answers came out as one quote
given to whoever the next cue named (three turns of a host given to a candidate).

A label is the explicit attribution of its turn, as "X said" is of a sentence: here a
quotation is split at every paragraph that opens with a label, and a turn's paragraphs
without one ("But the truth is …") stay with the label before them (the label is kept
in the words, as printed). A parenthesised stage direction, "(CROSSTALK.)",
"(LAUGHTER)", is nobody's words and is dropped. Only a transcript is read so: at least two labelled
paragraphs in the article, and a label of one to three capitalised words of letters
(not "Q:", not "UPDATE 2:"), so that a quotation that merely starts with a word in
capitals and a colon is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsprism.extract.quotes.marks import Quotation, trimmed
from newsprism.extract.quotes.speaker_record import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprism.extract.quotes.article import Article

__all__ = ["label_of", "label_speaker", "transcript_turns"]

LABEL_CASE_RULE = True  # off: a label named nowhere else is shown in capitals, as printed

_WORD = r"[A-Z][A-Z'’.\-]*[A-Z]"
_LABEL = re.compile(rf"({_WORD}(?: {_WORD}){{0,2}}):[ \t]+(?=\S)")
_STAGE = re.compile(r"\(\s*[A-Z][A-Z ,.'’\-]*\)\.?")
_MIN_TURNS = 2
_DOUBLE = ('"', "“", "”", "''")


def _label_end(text: str, part: tuple[int, int]) -> int | None:
    """Where a part's words start after its label, or None when it has none."""
    match = _LABEL.match(text, part[0], part[1])
    return match.end() if match else None


def _whole_paragraph(text: str, part: tuple[int, int], region: tuple[int, int]
                     ) -> tuple[tuple[int, int], tuple[int, int]]:  # fmt: skip
    """A turn's paragraph whole, when a mark inside it ended the part early: in
    ``"HOST: … because as “The Journal” wrote, it shows …`` the curly mark closed the
    straight one (the finder lets a mark of the other family close when nothing else
    can), but a turn opened at its paragraph's start and never closed runs to the
    paragraph's end, its inner marks a title's or a nested quote's."""
    end = text.find("\n", region[1])
    end = len(text) if end < 0 else end
    mixed = (text[region[0]] == '"') != (text[region[1] - 1] == '"')  # “…" or "…”
    if region[1] >= end or not (mixed or any(m in text[region[1] : end] for m in _DOUBLE)):
        return part, region
    return trimmed(text, part[0], end), (region[0], end)


def _turns(text: str, q: Quotation) -> list[Quotation]:
    """One quotation cut at its labelled parts, stage directions dropped."""
    out: list[Quotation] = []
    parts: list[tuple[int, int]] = []
    regions: list[tuple[int, int]] = []
    turn = False  # the parts so far are a labelled turn's
    for part, region in zip(q.parts, q.regions, strict=True):
        if _STAGE.fullmatch(text, part[0], part[1]):
            continue
        labelled = _label_end(text, part) is not None
        if labelled and parts:
            out.append(Quotation(tuple(parts), tuple(regions), False, q.single))
            parts, regions = [], []
        turn = labelled or turn
        if turn:
            part, region = _whole_paragraph(text, part, region)
        parts.append(part)
        regions.append(region)
    if parts:
        out.append(Quotation(tuple(parts), tuple(regions), q.closed, q.single))
    return out


def _transcript(text: str, quotations: list[Quotation]) -> bool:
    """Whether the quotations hold a transcript: two labelled paragraphs or more."""
    return sum(_label_end(text, p) is not None for q in quotations for p in q.parts) \
        >= _MIN_TURNS  # fmt: skip


def transcript_turns(text: str, quotations: list[Quotation]) -> list[Quotation]:
    """The quotations with a transcript's turns made quotations of their own (the
    others as they are); unchanged when the article holds no transcript."""
    if not _transcript(text, quotations):
        return quotations
    return [turn for q in quotations for turn in _turns(text, q)]


def label_of(q: Quotation, art: Article) -> Token | None:
    """The last token of the label that opens ``q``, a transcript turn (``"PENCE: …``);
    None for any other quotation. The label stays in the quote's words, as the outlet
    prints it, so that a clause of the turn is read as inside the quotation."""
    match = _LABEL.match(art.text, *q.parts[0])
    if match is None or not _transcript(art.text, art.quotations):
        return None
    words = art.tokens_between(match.start(1), match.end(1))
    return words[-1] if words else None


def label_speaker(speaker: Speaker, labelled: bool = True) -> Speaker:
    """A transcript label's speaker as a reader writes the name (session 35): a label
    the article names nowhere else stays as printed, and the report then showed
    "WALLACE" shouted among names in mixed case. A name in capitals of words of four
    letters or more is written with an initial capital ("WALLACE" → "Wallace",
    "O'ROURKE" → "O'Rourke"); a short word in capitals may be an acronym or initials
    ("AOC") and is kept; a label resolved to a person is that person's name already.
    ``labelled``: the name is a transcript's label; a name in capitals set before an
    outlet's cut ("… continues his quest" MSNBC) is an acronym as often, and is kept."""
    name = speaker.name
    if not LABEL_CASE_RULE or not labelled or not name or not name.isupper():
        return speaker
    words = [w.title() if sum(c.isalpha() for c in w) >= 4 or w.endswith(".") else w
             for w in name.split()]  # fmt: skip
    return replace(speaker, name=" ".join(words))
