"""Step 1: quotation marks, paired into quotations (no parse needed).

The project's one quotation finder: the quote extractor, framing (scare and partial
quotes) and the evaluations' baselines all read quotations from :func:`find_quotations`.

- Marks are paired per paragraph and per family (curly, straight, typewriter ``''``,
  guillemets); a quotation of another family inside one is skipped, except a straight
  mark closing a curly one or the reverse when nothing else can (typed and pasted text
  mixes them).
- A quotation runs across sentences freely; one left open at the end of a paragraph
  continues when the next paragraph opens with a mark (the news convention for a quote
  running over paragraphs), otherwise it runs to its paragraph's end (``closed`` False).
- Single marks pair only outside double ones and never as an apostrophe (don’t,
  Israel’s, the States’ rejection). A single-mark quotation of one word (‘Israel’) is
  found too, with ``single`` True: framing reads it as a scare quote; the quote
  extractor skips it, and takes no single-mark quotation under three words for a
  direct quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.extract.quotes.block_quote import block_close

__all__ = [
    "CLOSE_MARKS",
    "DOUBLE_CLOSE",
    "DOUBLE_OPEN",
    "OPEN_MARKS",
    "TRIM_END",
    "Quotation",
    "counted_inside",
    "find_quotations",
    "lines",
    "quoted_spans",
    "trimmed",
]

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
OPEN_MARKS = {"“", '"', "‘", "''", "``", "«", "„"}
CLOSE_MARKS = {"”", '"', "’", "''", "»"}
TRIM_END = " \t\n,;:—–-"
_TRIM_START = " \t\n—–-"
# A double mark: (position, length, family, role). Families pair only with themselves,
# so a quotation nested in another family's marks is skipped over; ``''`` and ````
# are the typewriter doubles of some archives (the New York Times in PolNeAR).
_Mark = tuple[int, int, str, str]


@dataclass(frozen=True)
class Quotation:
    """Text between quotation marks: content ``parts`` and the marked ``regions``.

    A part is the content without its marks; a region runs from an opening mark to
    just after its closing mark (or to the end of the paragraph when it is left open).
    A quotation running over paragraphs has one part and one region per paragraph.
    ``closed`` is False when the last region ends at its paragraph's end with no
    closing mark; ``single`` marks a quotation in single marks (‘Israel’).
    """

    parts: tuple[tuple[int, int], ...]
    regions: tuple[tuple[int, int], ...]
    closed: bool
    single: bool

    @property
    def start(self) -> int:
        return self.regions[0][0]

    @property
    def end(self) -> int:
        return self.regions[-1][1]


# every double mark, the two-character ones first (as the scan read a pair before its
# first character): found by one regular expression, not a Python step per character
# (issue 12, session 37; the same marks in the same order)
_DOUBLE = re.compile("''|``|[“„”«»" + _STRAIGHT + "]")
_DOUBLE_KIND = {"''": ("typewriter", "either"), "``": ("typewriter", "open"),
                "“": ("curly", "open"), "„": ("curly", "open"), "”": ("curly", "close"),
                "«": ("guillemet", "open"), "»": ("guillemet", "close"),
                _STRAIGHT: ("straight", "either")}  # fmt: skip
# where a single-mark quotation can open
_SINGLE_START = re.compile("[" + _SINGLE_OPEN + "']")


def _double_marks(text: str, ls: int, le: int) -> list[_Mark]:
    """The double marks of ``text[ls:le]``; a pair of typewriter marks may start at the
    line's last character (its second one read past ``le``, as it always was)."""
    marks: list[_Mark] = []
    for found in _DOUBLE.finditer(text, ls, min(le + 1, len(text))):
        if found.start() >= le:
            break
        mark = found.group()
        family, role = _DOUBLE_KIND[mark]
        marks.append((found.start(), len(mark), family, role))
    return marks


def _opens(text: str, pos: int, length: int, ls: int, le: int) -> bool:
    """A mark that can open: no letter right before it, a word right after it."""
    before = text[pos - 1] if pos > ls else " "
    after = text[pos + length] if pos + length < le else " "
    return not before.isalnum() and not after.isspace() and after not in ".,;!?"


def _closes(text: str, pos: int, length: int, le: int) -> bool:
    after = text[pos + length] if pos + length < le else " "
    return not after.isalnum()


# (opening mark start, content start, content end or None, closing mark end or None)
_Pair = tuple[int, int, int | None, int | None]


def _double_pairs(text: str, ls: int, le: int) -> list[_Pair]:
    """Pairs of double marks in one line; the last may be left open (None, None)."""
    pairs: list[_Pair] = []
    open_: _Mark | None = None
    marks = _double_marks(text, ls, le)
    for n, mark in enumerate(marks):
        pos, length, family, role = mark
        if open_ is None:
            if role == "close" and not (
                _opens(text, pos, length, ls, le)
                and text[pos + length : pos + length + 1].isalnum()
            ):
                continue  # a stray closing mark (a ” typed for “ still opens)  # fmt: skip
            if role == "either" and not _opens(text, pos, length, ls, le):
                continue
            if _doubled(text, marks, n, ls, le):
                continue  # ""We have …: two opening marks read as one (the second)
            open_ = mark
            continue
        if family != open_[2] and not _mixed_close(text, marks, n, open_, le):
            continue  # a quotation of another family nested inside this one
        if role == "open" and not (
            _closes(text, pos, length, le) and not _opens(text, pos, length, ls, le)
        ):
            open_ = mark  # the earlier opening mark was never closed  # fmt: skip
            continue
        pairs.append((open_[0], open_[0] + open_[1], pos, pos + length))
        open_ = None
    if open_ is not None:
        pairs.append((open_[0], open_[0] + open_[1], None, None))
    return pairs


def _doubled(text: str, marks: list[_Mark], n: int, ls: int, le: int) -> bool:
    """Two opening marks of one family side by side, the second before a word
    (``""We have learned …``): a passage opening with a quotation, its outer mark
    typed like the inner one. Paired as they stand, the two made an empty quotation
    and the words after them went unquoted up to a mark that closed nothing; the
    second mark opens the quotation. The outer one, which cannot be told from its
    inner one when both close, is left to the block-quotation reading."""
    if n + 1 >= len(marks):
        return False
    pos, length, family, _ = marks[n]
    nxt = marks[n + 1]
    return (nxt[0] == pos + length and nxt[2] == family and nxt[3] != "close"
            and _opens(text, nxt[0], nxt[1], ls, le)
            and text[nxt[0] + nxt[1] : nxt[0] + nxt[1] + 1].isalnum())  # fmt: skip


def _mixed_close(text: str, marks: list[_Mark], n: int, open_: _Mark, le: int) -> bool:
    """A straight mark closing a curly one, or the reverse: “…," he said.

    Typed and pasted text mixes the two; the other family closes only when it can
    close here (no word right after it) and either no mark of the opening family follows
    in the paragraph to close the quotation itself, or it is a ” that no “ inside the
    quotation opened (so it cannot end a quotation nested in it).
    """
    pos, length, family, role = marks[n]
    if {family, open_[2]} != {"curly", "straight"} or role == "open":
        return False
    if not _closes(text, pos, length, le) or text[pos + length : pos + length + 1].isalnum():
        return False
    if family == "curly" and not any(m[2] == "curly" and m[3] == "open"
                                      for m in marks[marks.index(open_) + 1 : n]):  # fmt: skip
        # a ” no “ opened inside the quotation closes it: "…,” a spokesman said. “…"
        return True
    return not any(m[2] == open_[2] for m in marks[n + 1 :])


def _single_pairs(text: str, ls: int, le: int, blocked: list[tuple[int, int]]) -> list[_Pair]:
    """Single-mark quotations outside double ones (never an apostrophe: don’t, States’)."""
    pairs: list[_Pair] = []

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in blocked)

    def doubled(i: int) -> bool:
        return text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"

    i = ls
    # only a single mark can open: the scan goes from one to the next (session 37)
    while (start := _SINGLE_START.search(text, i, le)) is not None:
        i = start.start()
        c = text[i]
        if (not inside(i) and not doubled(i)
                and _opens(text, i, 1, ls, le)):  # fmt: skip
            for j in range(i + 1, le):
                d = text[j]
                if inside(j):
                    break
                if d not in (_SINGLE_CLOSE, "'") or (c == "'" and d != "'") or doubled(j):
                    continue
                after = text[j + 1] if j + 1 < le else " "
                if text[j - 1].isspace() or after.isalnum():
                    continue  # an apostrophe: don’t, Israel’s
                if text[i + 1 : j].split():
                    pairs.append((i, i + 1, j, j + 1))
                    i = j
                break
        i += 1
    return pairs


def lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in TRIM_END:
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, paired per paragraph, in order.

    A quotation left open at the end of a paragraph continues into the next paragraph
    when that one starts with an opening mark; otherwise it runs to its paragraph's end.
    """
    spans = lines(text)
    per_line: list[list[tuple[_Pair, bool]]] = []
    for ls, le in spans:
        doubles = _double_pairs(text, ls, le)
        blocked = [(a, e if e is not None else le) for a, _, _, e in doubles]
        singles = _single_pairs(text, ls, le, blocked)
        per_line.append(sorted([(p, False) for p in doubles] + [(p, True) for p in singles]))
    quotations: list[Quotation] = []
    parts: list[tuple[int, int]] = []  # of a quotation still open at a paragraph's end
    regions: list[tuple[int, int]] = []

    def flush(closed: bool) -> None:
        if parts:
            quotations.append(Quotation(tuple(parts), tuple(regions), closed, False))
        parts.clear()
        regions.clear()

    skip_to = -1  # the paragraphs a block quotation ran over (``block_quote``)
    for index, ((ls, le), found) in enumerate(zip(spans, per_line, strict=True)):
        for n, ((a, cs, ce, e), single) in enumerate(found):
            if index <= skip_to and not single:
                continue
            part = trimmed(text, cs, ce if ce is not None else le)
            region = (a, e if e is not None else le)
            continues = parts and n == 0 and not single and text[ls:a].strip() == ""
            if not continues:
                flush(False)
            if single:
                quotations.append(Quotation((part,), (region,), True, True))
                continue
            parts.append(part)
            regions.append(region)
            if ce is not None:
                flush(True)
        if parts:
            nxt = next((j for j in range(index + 1, len(spans))
                        if text[spans[j][0] : spans[j][1]].strip()), None)  # fmt: skip
            opener = (*DOUBLE_OPEN, _STRAIGHT, "''", "``")
            if nxt is None or not text[spans[nxt][0] : spans[nxt][1]].lstrip().startswith(opener):
                skip_to = _run_on(text, spans, index, parts, regions)
                flush(skip_to > index)
    flush(False)
    return [q for q in quotations if any(e > s for s, e in q.parts)]


def _run_on(text: str, spans: list[tuple[int, int]], index: int,
            parts: list[tuple[int, int]], regions: list[tuple[int, int]]) -> int:  # fmt: skip
    """Run a quotation left open at paragraph ``index``'s end on to a lone closing mark
    paragraphs later (``block_quote``): add the paragraphs to ``parts`` and ``regions``
    and return the closing paragraph's index, or ``index`` when it does not run on."""
    start = regions[-1][0]
    if len(regions) == 1 and _unpaired_before(text, spans[index], start):
        return index  # “… “a nested one” … “the inner one left open: which closes?
    opener = text[start : start + 2] if text[start : start + 2] in ("''", "``") else text[start]
    following = [(ls, le, _double_marks(text, ls, le)) for ls, le in spans[index + 1 :]]
    found = block_close(text, opener, following)
    if found is None:
        return index
    last, close = found
    for ls, le, _ in following[: last + 1]:
        if text[ls:le].strip():
            closing = ls <= close < le
            parts.append(trimmed(text, ls, close if closing else le))
            regions.append((ls, ls + len(text[ls:le].rstrip()) if closing else le))
    return index + 1 + last


def _unpaired_before(text: str, span: tuple[int, int], start: int) -> bool:
    """Whether a double mark before ``start`` in its paragraph is in no pair: an outer
    quotation the finder gave up on when a nested one opened, so a lone closing mark
    later may close either."""
    ls, le = span
    paired = sum(2 for a, _, ce, _ in _double_pairs(text, ls, le) if a < start and ce is not None)
    return sum(1 for m in _double_marks(text, ls, le) if m[0] < start) != paired


# the opening mark of the family a closing mark closes: what a sentence that opens with
# a closing mark is read as starting with (``quoted_spans``)
_OPENER_OF = {"”": "“", '"': '"', "''": "''", "»": "«"}


def _continues_from(text: str) -> str | None:
    """The opening mark a piece of text is read as starting with when its first double
    mark closes a quotation (``We will win," he said.``), else None.

    A mark closes here when the finder itself would not open with it: a ” or » (unless
    typed for an opening one, a word right after it), or a straight or typewriter mark
    with a letter or punctuation before it or a space after it."""
    first = next(iter(_double_marks(text, 0, len(text))), None)
    if first is None:
        return None
    pos, length, _, role = first
    opens = _opens(text, pos, length, 0, len(text))
    word_after = text[pos + length : pos + length + 1].isalnum()
    if role == "open" or (opens and (role == "either" or word_after)):
        return None  # it opens (a ” with a word right after it was typed for “)
    return _OPENER_OF.get(text[pos : pos + length])


@lru_cache(maxsize=8192)
def quoted_spans(text: str, continued: bool = True,
                 unclosed: bool = True) -> tuple[tuple[int, int], ...]:  # fmt: skip
    """The spans of ``text`` inside quotation marks, marks included: the regions of
    :func:`find_quotations`, for a reader of one sentence (or clause) cut from an
    article, which cannot see the paragraph around it.

    With ``continued`` (the default), a text whose first double mark closes a quotation
    continues one opened before it, so it is read as if the opening mark of that family
    stood at its start: in ``They will lose," he said, "and we win."`` the words up to
    the first mark are quoted, "he said" is not, and the marks after pair as they stand.
    Every in-sentence reader of compare reads quotation marks through this function
    (the same-fact model's ``negated`` and ``modal``, the frames of the conflict rules,
    the quotation veto's quoted words); cached, since they ask it of one sentence per
    token. Without ``unclosed``, a quotation opened in the text and left open at its
    end (it runs on into the next sentence) is not returned."""
    opener = _continues_from(text) if continued else None
    shift = len(opener or "")
    return tuple((max(a - shift, 0), b - shift)
                 for q in find_quotations((opener or "") + text) if unclosed or q.closed
                 for a, b in q.regions)  # fmt: skip


def counted_inside(sentence: str, offset: int) -> bool:
    """The same-fact model's fitted reading of "is ``offset`` of ``sentence`` quoted?":
    marks counted, not paired (an odd number of straight marks before it, more “ than ”
    before it, or it comes before a first ” that no “ precedes). Not the finder: it is
    kept byte for byte because the model (``data/models/same-fact.json``) was fitted on
    ``negated`` and ``modal`` features read with it, and reading them through
    :func:`quoted_spans` instead moved two pairs over the threshold on the compare gold
    (shared P 0.959 → 0.946; docs/eval-compare.md "One quotation finder, session 19").
    Its known limit: in a sentence that continues a quotation with straight marks
    (``They will lose," he said``) the narration after the mark counts as quoted. A
    refit of the model is the time to read these features through the finder
    (``scripts/train_same_fact.py`` reads them through the same code)."""
    before = sentence[:offset]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    first_close, first_open = sentence.find("”"), sentence.find("“")
    return 0 <= offset < first_close and (first_open < 0 or first_open > first_close)
