"""Cheap term and entity features: hashed, sparse, no parser.

spaCy would find entities better, but at ~5,000 words/s it would dominate ingest, and
clustering needs entities for every article. So entities here are a heuristic that is
good enough to compare two articles: runs of capitalised words ("Yoav Gallant",
"State Department") and acronyms ("UN", "NAACP"), minus sentence-initial words that
the text also uses in lower case ("After", "Officials"), minus calendar words and
titles ("Monday", "President"). A name of several words also counts as its last word,
so "Antony Blinken" in one article meets "Blinken" in the other (see
:func:`entity_frequencies`). Lower-cased text (the GoogleNews set) simply has no
entities, which the model sees as its own feature.

Terms are hashed with CRC-32, which is the same in every process (unlike ``hash``), so
feature rows written by one process or a Dask worker are read identically by another.
A sparse vector is a ``dict[int, float]`` here, and two numpy arrays in the store.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from operator import mul

import numpy as np

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS

Sparse = dict[int, float]

_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?", re.UNICODE)
# A word of ``_TOKEN`` and the gap before it: between two words lie only characters that
# cannot open one (``[\W_]``), since any other would open the next word.
_GAP_WORD = re.compile(r"([\W_]*)([^\W_](?:[\w'’.-]*[^\W_])?)", re.UNICODE)
_NO_LETTER = re.compile(r"^[\W\d_]+$")
_SENTENCE_END = re.compile(r"[.!?:;\"“”]\s*$|^\W+$")

# Function words: they carry no event, and with a fixed IDF they would still add noise.
STOP_WORDS = frozenset(
    """
a about above after again against all also am an and any are around as at be because
been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i
if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your
yours yourself yourselves said says say told according would could may might must shall
one two new last first year years week day days time like get got make made back still
even much many well way since via per mr mrs ms dr s t
""".split()
)

# Capitalised words that are not names of anything an event is about: the weekdays and
# months, titles, and the words of a page's furniture.
NOT_ENTITIES = frozenset((*WEEKDAYS, *MONTH_NAMES, *"""
mr mrs ms dr sir president senator sen rep gov governor minister secretary chairman chief
spokesman spokeswoman spokesperson
prime general gen lt col sgt prof professor king queen prince pope the a an and but or in
on at of for to by with from as it he she they we i you his her their this that these
those there here what when where who why how after before while if so no yes read more
video watch live update updates latest breaking photo photos image getty ap afp reuters
copyright advertisement related share click subscribe
""".split()))

_CONNECTORS = frozenset({"of", "de", "al", "bin", "van", "von", "der", "la", "du", "for"})


def stable_hash(term: str) -> int:
    """A 32-bit hash of ``term`` that is the same in every process and on every machine."""
    return zlib.crc32(term.encode("utf-8"))


def tokens(text: str) -> list[str]:
    """Words of ``text``, apostrophes and inner dots kept ("Obama’s", "U.S.")."""
    return _TOKEN.findall(text)


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` without function words, numbers kept."""
    out = []
    for token in tokens(text.lower()):
        word = token.replace("’", "'").removesuffix("'s").replace(".", "")
        # Words only: stamps and counts ("2024-03-26", "02") say nothing about the event.
        # A word that opens with a letter has one (``isalpha`` letters are all in
        # ``[^\W\d_]``), so the pattern runs only on the others.
        if len(word) > 1 and word not in STOP_WORDS and (
            word[0].isalpha() or not _NO_LETTER.match(word)
        ):
            out.append(word)
    return out


def term_frequencies(words: Iterable[str], prefix: str = "") -> Sparse:
    """Sublinear term frequencies (``1 + ln tf``) of hashed words.

    Sublinear, because a word said ten times is not ten times the evidence.
    """
    counts: Counter[int] = Counter()
    for word, n in Counter(words).items():  # each distinct word hashed once
        counts[stable_hash(prefix + word)] += n
    return _sublinear(counts)


def _sublinear(counts: Mapping[int, int]) -> Sparse:
    """``1 + ln n`` of each count, rounded to float32.

    Stored features are float32: rounding here makes a freshly computed vector equal, bit
    for bit, to the one read back from the store. One array cast for all of them (a
    ``np.float32`` per value was half of ``term_frequencies``), the same values.
    """
    values = np.array([1.0 + math.log(n) for n in counts.values()], dtype=np.float64)
    return dict(zip(counts, values.astype(np.float32).tolist(), strict=True))


def entity_counts(text: str) -> list[tuple[str, int]]:
    """Entity-like names in ``text`` with their counts, most frequent first.

    Ties keep the order of first appearance, so the list is the same on every run. A
    lone capitalised word that only ever opens a sentence ("Economists said…") is not a
    name unless it is an acronym; "Rafah" is, once it also appears mid-sentence.

    Example::

        >>> entity_counts("Blinken met Yoav Gallant. Gallant said Israel would wait.")
        [('Yoav Gallant', 1), ('Gallant', 1), ('Israel', 1)]
    """
    # Each line read once, as (gap, word) pairs: the gap is what lies between a word and
    # the one before it (``_GAP_WORD`` gives the words of ``_TOKEN``, with no match object).
    split = text.splitlines()
    lines = [_GAP_WORD.findall(line) for line in split]
    # A capitalised word: an upper-case first character (which is never a digit).
    lowered = {t for pairs in lines for _, t in pairs if not t[0].isupper()}
    lowered = {t.lower() for t in lowered}
    runs: list[tuple[list[str], bool]] = []  # (words, opens a sentence)
    mid_sentence: set[str] = set()
    for line, pairs in zip(split, lines, strict=True):
        _line_runs(line, pairs, lowered, runs, mid_sentence)
    names: Counter[str] = Counter()
    order: dict[str, int] = {}
    for words, opens in runs:
        while words and words[-1].islower():  # a connector never ends a name
            words = words[:-1]
        if not words:
            continue
        if len(words) == 1 and opens and words[0] not in mid_sentence and not words[0].isupper():
            continue
        full = " ".join(t.replace("’", "'").removesuffix("'s") for t in words)
        names[full] += 1
        order.setdefault(full, len(order))
    return sorted(names.items(), key=lambda item: (-item[1], order[item[0]]))


def _line_runs(line: str, pairs: list[tuple[str, str]], lowered: set[str],
               runs: list[tuple[list[str], bool]], mid_sentence: set[str]) -> None:  # fmt: skip
    """Add the runs of capitalised words of one line (``pairs``: its gaps and words)."""
    run: list[str] = []
    opens = False
    end = 0
    for gap, token in pairs:
        start = end + len(gap)
        end = start + len(token)
        if run and gap.strip():  # punctuation between words ends a name
            runs.append((run, opens))
            run = []
        # Whether it opens a sentence matters only for a capitalised word: most
        # words skip the look-behind (a third of the features' time when all did).
        if token[0].isupper():
            before = line[max(0, start - 3) : start]
            starts = not before.strip() or bool(_SENTENCE_END.search(before))
            if _entity_word(token, starts, lowered):
                if not run:
                    opens = starts
                if not starts:
                    mid_sentence.add(token)
                run.append(token)
                continue
        if not run:
            continue
        if token.lower() in _CONNECTORS and token.islower():
            run.append(token)
        else:
            runs.append((run, opens))
            run = []
    if run:
        runs.append((run, opens))


# "R-Ohio", "D-Conn.", "I-Vt.": a person's party and state, a label, not a name
PARTY_STATE = re.compile(r"[RDI][-–][A-Z][A-Za-z.]*")


def _entity_word(token: str, sentence_start: bool, lowered: set[str]) -> bool:
    word = token.lower().replace("’", "'").removesuffix("'s")
    if PARTY_STATE.fullmatch(token):
        return False
    if word in NOT_ENTITIES or word in STOP_WORDS or len(word) < 2:
        return False
    # "Officials said…" opens a sentence in capitals but is an ordinary word.
    return not (sentence_start and word in lowered)


def entity_frequencies(counts: Iterable[tuple[str, int]]) -> Sparse:
    """Sublinear frequencies of the hashed, lower-cased names ("U.S" and "US" are one).

    A name of several words also counts as its last word, so that "Antony Blinken" in
    one article meets "Blinken" in another (at the price of "White House" meeting
    "House": the IDF keeps such words cheap).
    """
    merged: Counter[str] = Counter()
    for name, n in counts:
        words = name.lower().replace(".", "").split()
        merged[" ".join(words)] += n
        if len(words) > 1:
            merged[words[-1]] += n
    return _sublinear({stable_hash("e:" + name): n for name, n in merged.items()})


# --- sparse vectors -----------------------------------------------------------------


def weighted(tf: Mapping[int, float], idf: Mapping[int, float], default_idf: float) -> Sparse:
    """``tf × idf``, scaled to unit length (empty stays empty)."""
    out = {k: v * idf.get(k, default_idf) for k, v in tf.items()}
    length = norm(out)
    return {k: v / length for k, v in out.items()} if length > 0 else {}


def dot(a: Mapping[int, float], b: Mapping[int, float]) -> float:
    """Dot product of two sparse vectors (iterates the smaller one).

    ``fsum`` is exactly rounded, so the result does not depend on the order of the
    dict: a story profile read back from the store scores exactly like the one in memory.
    """
    # Only the shared keys: the others add exact zeros, which change no exactly rounded
    # sum; the intersection and the products run in C (a third of the story step's
    # scoring went to a generator over every key of the smaller vector).
    common = a.keys() & b.keys()
    return math.fsum(map(mul, map(a.__getitem__, common), map(b.__getitem__, common)))


def norm(a: Mapping[int, float]) -> float:
    """Euclidean length (order-independent, like :func:`dot`)."""
    values = a.values()
    return math.sqrt(math.fsum(map(mul, values, values)))


def add_into(total: Sparse, vector: Mapping[int, float], keep: int) -> None:
    """``total += vector``, then keep the ``keep`` largest entries (ties: smaller key).

    The cut keeps a long-running story's profile bounded; it is deterministic, so every
    process that replays the same stream holds the same profile.
    """
    for k, v in vector.items():
        total[k] = total.get(k, 0.0) + v
    if len(total) > keep:
        kept = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
        total.clear()
        total.update(kept)


def pack(vector: Mapping[int, float], dtype: str = "<f4") -> bytes:
    """A sparse vector as bytes: the count, the uint32 keys, then the values.

    The values are looked up with the sorted Python keys, not the array's (an ``int``
    made from each numpy key was a third of a story profile's row)."""
    ordered = sorted(vector)
    keys = np.fromiter(ordered, dtype="<u4", count=len(ordered))
    values = np.array(list(map(vector.__getitem__, ordered)), dtype=dtype)
    return np.array([len(keys)], dtype="<u4").tobytes() + keys.tobytes() + values.tobytes()


def unpack(blob: bytes, dtype: str = "<f4") -> Sparse:
    """The inverse of :func:`pack` (values come back as Python floats, exactly)."""
    n = int(np.frombuffer(blob[:4], dtype="<u4")[0])
    keys = np.frombuffer(blob[4 : 4 + 4 * n], dtype="<u4")
    values = np.frombuffer(blob[4 + 4 * n :], dtype=dtype)
    return dict(zip(keys.tolist(), values.tolist(), strict=True))
