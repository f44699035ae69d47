"""Claims: the factual statements of an article, with their numbers, dates and actors.

A claim is a sentence: the unit a reader sees and checks. (``split_clauses`` still
cuts a sentence at the joints that start a new statement, "…, but", "; ", "…, adding
that", for whoever needs the pieces; a clause is never shown as a fact on its own.)
Each claim carries what the compare stage needs to align it and to see a conflict:

- quantities as stated, with their precision: "about 1.4 million people" is
  1,400,000 ± 10 % (``approx``), "more than 1.4 million" is ≥ 1,400,000 (``min``),
  "1.4 million" is 1,350,000–1,450,000 (its last digit), "over 130 captives" ≥ 130;
  the counted noun (the number's head in the parse) is the unit;
- dates and times as written ("Monday", "earlier on Monday");
- the entity ids of the people, places and organisations it names.

A sentence the source cut off is no claim: when a text stops mid-sentence with an
ellipsis ("… offers Trump the opportunity to..."; a feed excerpt, a crawled lead), its
last sentence is a fragment, and is neither shown nor compared (``cut_off_end``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.extract.cut_lists import first_half_of_cut
from newsprism.extract.headings import after_heading, heading_spans
from newsprism.extract.nlp import doc_text
from newsprism.extract.titles import TITLE_ABBREVIATIONS
from newsprism.extract.tree import climb
from newsprism.models import Claim, Mention, Quantity

MIN_CLAIM_WORDS = 4
CUT_TAIL_CHARS = 60  # the words a cut text stops on, as shown in the reason
# Clause joints that start a new statement within a sentence.
_CLAUSE_JOINT = re.compile(
    r",[”\"]?\s+(?=(?:but|while|whereas|adding that|and added that)\s)|;\s+|\s+(?=and that\s)"
)
# A text that ends in an ellipsis right after a word (or a comma, a dash): the source
# stopped it mid-sentence. After a full stop, a question mark or a closing quotation
# mark ("… he said, “we will see...”") the sentence is whole, only trailing off.
# Session 25: a figure's sign ("64%...", "30°..."), a closing bracket after a word or
# round one label ("McConnell (Ky.)...", not "(… he asked on CNN.)...") and a closing
# quotation mark right after a word or a comma ("“stolen”...", "casualties,”...") end
# no sentence either: a sentence the writer ended has its full stop (or "?", "!")
# before the ellipsis the crawl adds.
_CUT_END = re.compile(
    r"([\w,;:\-\u2013\u2014%\u2030\u00b0]|[\w,][\"\u201d\u2019]|[^\s.?!][)\]]|\([^\s()]{1,15}\))"
    r"\s*(?:\.{3}|\u2026|\[(?:\.{3}|\u2026)\])\s*$"
)
_ELLIPSIS_END = re.compile(r"(?:\.{3}|\u2026)\s*$")
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
    "thousands": 2000,
}  # fmt: skip
PLURAL_COUNTS = frozenset({"dozens", "hundreds", "thousands"})
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "bn": 1e9, "trillion": 1e12}  # fmt: skip
_QUALIFIERS = {
    "approx": ("about", "around", "approximately", "roughly", "nearly", "almost", "some",
               "an estimated", "estimated", "close to", "up to around"),
    "min": ("more than", "over", "at least", "upwards of", "in excess of", "exceeding"),
    "max": ("less than", "fewer than", "under", "up to", "at most", "no more than"),
}  # fmt: skip
_NUMBER = re.compile(
    r"(?P<qual>\b(?:" + "|".join(q for qs in _QUALIFIERS.values() for q in qs) + r")\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
    + r")\b)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|k)\b|[\s-](?P<dozen>dozen)\b)?",
    re.IGNORECASE,
)
# "over" is a particle, not "more than", after these verbs: "turned over 50,000 pages"
# (only verbs where "over" cannot mean "more than": "gave over 50 million" can)
_PARTICLE_VERB = re.compile(r"\b(?:turn|hand|sign|fork)(?:s|ed|ing)?\s+$", re.IGNORECASE)
APPROX_TOLERANCE = 0.10  # "about N": N ± 10 %
# Nouns that count people, so that "1.4 million people" and "1.4 million Palestinian
# civilians" are the same measure.
PEOPLE_UNITS = frozenset("people person civilian resident refugee palestinian israeli "
                         "individual inhabitant displaced".split())  # fmt: skip


@dataclass(frozen=True)
class Interval:
    """The values a stated quantity allows."""

    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high


def parse_quantities(text: str, units: dict[int, str] | None = None) -> list[Quantity]:
    """Numbers in ``text`` with their qualifier and scale.

    Args:
        text: a sentence or clause.
        units: the counted noun for a number starting at a character offset (from the
            parse); a number without one has unit None.

    Example::

        >>> parse_quantities("more than 1.4 million Palestinian civilians")[0]
        Quantity(text='more than 1.4 million', value=1400000.0, qualifier='min', unit=None)
    """
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group("num").lower()
        value = float(raw.replace(",", "")) if raw[0].isdigit() else float(WORD_NUMBERS[raw])
        if match.group("scale"):
            value *= _SCALES[match.group("scale").lower()]
        if match.group("dozen"):
            value *= 12  # "two dozen", "nearly two-dozen": one figure, not "two" and "dozen"
        qual = (match.group("qual") or "").strip().lower()
        stated = match.group(0).strip()
        if qual == "over" and _PARTICLE_VERB.search(text[: match.start()]):
            qual, stated = "", stated[len("over") :].strip()  # "turned over 50,000 pages"
        qualifier = next((k for k, words in _QUALIFIERS.items() if qual in words), "exact")
        if not qual:
            qualifier = "min" if raw in PLURAL_COUNTS else "exact"  # "dozens": 24 or more
        unit = (units or {}).get(match.start("num"))
        found.append(Quantity(stated, value, qualifier, unit))  # type: ignore[arg-type]
    return found


def interval(quantity: Quantity) -> Interval:
    """The values a quantity allows, from its qualifier and the precision it is written at.

    "1.4 million" is precise to 0.1 million, so 1.35–1.45 million; "600,000" to the
    hundred thousand, 550,000–650,000; "about" widens by 10 %; "more than" is open above.
    """
    v = quantity.value
    digits = re.sub(r"\D", "", quantity.text.split()[-1] if quantity.text else "")
    step = _precision(quantity.text, v) if digits or quantity.text else 1.0
    low, high = v - step / 2, v + step / 2
    if quantity.qualifier == "approx":
        low, high = min(low, v * (1 - APPROX_TOLERANCE)), max(high, v * (1 + APPROX_TOLERANCE))
    elif quantity.qualifier == "min":
        low, high = v, math.inf
    elif quantity.qualifier == "max":
        low, high = -math.inf, v
    return Interval(low, high)


def _precision(text: str, value: float) -> float:
    """The unit of the last significant digit as written: 1.4 million → 100,000."""
    match = _NUMBER.search(text)
    if match is None or not match.group("num")[0].isdigit():
        return max(1.0, value * 0.2)  # "dozens", "hundreds": loose by nature
    num = match.group("num").replace(",", "")
    scale = _SCALES.get((match.group("scale") or "").lower(), 1.0)
    if "." in num:
        return 10 ** -len(num.split(".")[1]) * scale
    stripped = num.rstrip("0")
    return 10 ** (len(num) - len(stripped)) * scale if stripped else scale


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same thing (same counted noun, or both people)."""
    if a.unit is None or b.unit is None:
        return False
    return a.unit == b.unit or (a.unit in PEOPLE_UNITS and b.unit in PEOPLE_UNITS)


def quantities_conflict(a: Quantity, b: Quantity) -> bool:
    """Same measure, values that cannot both be true at their stated precision."""
    return comparable(a, b) and not quantities_agree(a, b)


def quantities_agree(a: Quantity, b: Quantity) -> bool:
    """Whether two values of one measure can both be true.

    Two exact figures agree when the finer one, rounded to the coarser one's last
    digit, is the coarser one: 1,430,000 and 1.4 million agree, 55,000 and 50,000 do
    not (55,000 rounds to 60,000), 47 and 48 do not. A qualified figure ("about",
    "more than", "up to") or a loose word ("dozens") is an interval, and agrees with
    any value inside it.
    """
    if (
        a.qualifier != "exact"
        or b.qualifier != "exact"
        or not (_digits(a.text) and _digits(b.text))
    ):
        return interval(a).overlaps(interval(b))
    (fine, _), (coarse, step) = sorted(
        ((q.value, _precision(q.text, q.value)) for q in (a, b)), key=lambda vs: vs[1]
    )
    rounded = math.floor(fine / step + 0.5) * step
    return math.isclose(rounded, coarse, rel_tol=1e-9, abs_tol=1e-9)


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


# --- claims of one parsed article -----------------------------------------------------


def split_clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a sentence at the joints that start a new statement."""
    pieces, start = [], 0
    for joint in _CLAUSE_JOINT.finditer(sentence):
        pieces.append((start, sentence[start : joint.start()]))
        start = joint.end()
    pieces.append((start, sentence[start:]))
    return [(o, p.strip()) for o, p in pieces if p.strip()]


def extract_claims(doc: object, article_id: str, mentions: Sequence[Mention]) -> list[Claim]:
    """The claims of one article (a spaCy ``Doc`` of its clean text): its sentences.

    The unit is the whole sentence, never a clause: it is what a reader sees and what
    another outlet's sentence is compared with (a clause cut at ", but" or "adding
    that" read alone is a fragment, and often loses its subject). Sentences under
    :data:`MIN_CLAIM_WORDS` words (datelines, bylines, "Read more") are not claims. A
    paragraph's heading ("Why it matters:", :mod:`newsprism.extract.headings`) is a
    label over the sentence, not its words: the claim starts after it (session 26).

    Args:
        doc: the parsed clean text.
        article_id: the article the claims belong to.
        mentions: its entity mentions, already linked (``entity_id`` set).

    Returns:
        Claims in text order, ids ``<article_id>:c<N>``.
    """
    context = ClaimContext.of(doc, article_id, mentions)
    claims: list[Claim] = []
    text_of = doc_text(doc)  # type: ignore[arg-type]
    sentences = _whole_sentences(doc)
    if cut_off_end(text_of) is not None:
        sentences = _before_cut(text_of, sentences, doc)
    headings = heading_spans(doc)  # type: ignore[arg-type]
    for index, begin, end in sentences:
        raw = text_of[begin:end]
        text, start = after_heading(raw.strip(), begin + (len(raw) - len(raw.lstrip())),
                                    headings)  # fmt: skip
        if len(text.split()) < MIN_CLAIM_WORDS:
            continue
        claims.append(context.claim(f"{article_id}:c{len(claims) + 1}", index, text, start))
    return claims


def cut_off_end(text: str) -> str | None:
    """The last words of a text its source stopped mid-sentence with an ellipsis, else None.

    A crawled lead or a feed excerpt ends "… the opportunity to..."; the sentence is a
    fragment, and the text after it is missing: what the outlet says there is unknown
    (``compare/truncated.py`` reads the article as cut). An ellipsis after a whole
    sentence or inside a closing quotation is the writer's, not a cut.
    """
    end = text[-400:]  # the test reads the end only: a long text is not scanned whole
    if _CUT_END.search(end) is None and not _cut_after_title(end):
        return None
    tail = " ".join(end.split()[-12:])  # the last dozen words
    return tail if len(tail) <= CUT_TAIL_CHARS else "…" + tail[-CUT_TAIL_CHARS:].split(" ", 1)[-1]


def _cut_after_title(end: str) -> bool:
    """Whether a text stops on a title and an ellipsis ("… federal prosecutors said
    that Mr...."): a title stands before a name, so no sentence ends there."""
    match = _ELLIPSIS_END.search(end)
    if match is None:
        return False
    words = end[: match.start()].split()
    return bool(words) and words[-1] in TITLE_ABBREVIATIONS


def _before_cut(text: str, sentences: list[tuple[int, int, int]], doc: object = None
                ) -> list[tuple[int, int, int]]:  # fmt: skip
    """The sentences before the cut-off one: the last that holds a word, and any after it
    (the parser may make the ellipsis a "sentence" of its own); and the one before it
    when the parser split the cut sentence inside a list (:mod:`.cut_lists`)."""
    worded = [i for i, (_, begin, end) in enumerate(sentences) if re.search(r"\w", text[begin:end])]
    if not worded:
        return sentences
    kept = sentences[: worded[-1]]
    if kept and doc is not None and first_half_of_cut(
            doc, text, kept[-1], sentences[worded[-1]][1]):  # type: ignore[arg-type]
        return kept[:-1]
    return kept


def _whole_sentences(doc: object) -> list[tuple[int, int, int]]:
    """(index, start, end) of each sentence, a parser split mended: a "sentence" that
    opens on a lower-case word in the same paragraph continues the one before it ("… is
    challenging Sen. Mike Enzi (R-Wyo.)" / "in next year's Republican primary.": the
    abbreviation's full stop is no sentence end)."""
    spans: list[tuple[int, int, int]] = []
    text = doc_text(doc)  # type: ignore[arg-type]
    for index, sent in enumerate(doc.sents):  # type: ignore[attr-defined]
        first = sent.text.lstrip()[:1]
        if spans and first.islower() and "\n" not in _gap(text, spans[-1], sent.start_char):
            spans[-1] = (spans[-1][0], spans[-1][1], sent.end_char)
            continue
        spans.append((index, sent.start_char, sent.end_char))
    return spans


def _gap(text: str, previous: tuple[int, int, int], start: int) -> str:
    """The text between the last word of the previous sentence and ``start``."""
    _, begin, end = previous
    return text[begin + len(text[begin:end].rstrip()):start]


@dataclass(frozen=True)
class ClaimContext:
    """What the claims of one parsed text are built from: counted nouns, dates, mentions."""

    article_id: str
    units: dict[int, str]
    dates: list[tuple[int, int, str]]
    mentions: list[Mention]

    @classmethod
    def of(cls, doc: object, article_id: str, mentions: Sequence[Mention]) -> ClaimContext:
        dates = [(e.start_char, e.end_char, e.text) for e in doc.ents  # type: ignore[attr-defined]
                 if e.label_ in ("DATE", "TIME")]  # fmt: skip
        own = [m for m in mentions if m.article_id == article_id and m.entity_id]
        return cls(article_id, _counted_nouns(doc), dates, own)

    def claim(self, claim_id: str, index: int, text: str, start: int) -> Claim:
        """The claim of ``text``, which starts at character ``start`` of the parsed text."""
        end = start + len(text)
        local_units = {s - start: u for s, u in self.units.items() if start <= s < end}
        inside = [m for m in self.mentions if start <= m.start < end]
        return Claim(
            id=claim_id,
            article_id=self.article_id,
            sentence_index=index,
            text=text,
            quantities=[q for q in parse_quantities(text, local_units)
                        if not _inside_date(start, q, text, self.dates)],
            dates=[t for s, e, t in self.dates if start <= s < end],
            people=_ids(inside, "PERSON", "ROLE"),
            places=_ids(inside, "GPE", "LOC", "FAC"),
            organisations=_ids(inside, "ORG", "NORP"),
            start=start,
            end=end,
        )  # fmt: skip


def _ids(mentions: Sequence[Mention], *labels: str) -> list[str]:
    return sorted({m.entity_id for m in mentions if m.label in labels and m.entity_id})


def _counted_nouns(doc: object) -> dict[int, str]:
    """Offset of each number token → the lemma of the noun it counts."""
    units = {}
    for token in doc:  # type: ignore[attr-defined]
        if token.like_num and token.dep_ in ("nummod", "quantmod", "compound"):
            head = climb(token.head, lambda t: t.like_num)  # "1.4" → "million" → "people"
            if head.pos_ in ("NOUN", "PROPN"):
                first = token.i  # the number's first word: "1.4 million", "forty three"
                while first > 0 and doc[first - 1].like_num:  # type: ignore[index]
                    first -= 1
                units[doc[first].idx] = head.lemma_.lower()  # type: ignore[index]
    return units


def _inside_date(start: int, quantity: Quantity, clause: str, dates: list) -> bool:
    at = clause.find(quantity.text)
    if at < 0:
        return False
    absolute = start + at
    return any(s <= absolute < e for s, e, _ in dates)
