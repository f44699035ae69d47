"""Whose words: quotations, the sources they belong to, scare quotes and partial quotes.

A word inside a quotation is the speaker's framing, not the outlet's; the outlet's
choice is *which* words it quotes. This module answers three questions for framing:

- **Is a span inside a quotation, and whose?** Quotation marks come from the project's
  one quotation finder, :func:`newsprism.extract.quotes.find_quotations`; speakers from
  the quote extractor's :class:`~newsprism.extract.quotes.QuoteSpan` list, so a term in
  "Smith said the rules were “Mickey Mouse”" is reported as Smith's word.
- **Scare quotes**: a single word or a short name in quote marks that nobody is quoted
  saying (‘Israel’, the “reform”). A quoted word that a source said is a partial quote.
- **Partial quotes**: a source's few words set in quote marks inside the outlet's own
  sentence (the plan is “utterly irresponsible”).

The quotation finder never reads an apostrophe as a quote and finds a single word in
single marks (‘Israel’, ``single`` True): exactly the scare-quote case. (Until session
19 this module added those with a pattern of its own; on BABE, the 300 BASIL articles
and NeuS rows 400–419 it found nothing the finder does not.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from newsprism.extract.framing.handles import is_handle
from newsprism.extract.framing.lexicon import Lexicon
from newsprism.extract.framing.results import Span
from newsprism.extract.quotes import QuoteSpan, find_quotations

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"[^\W_][\w'’.-]*")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_SPEECH_END = frozenset(",.!?;:")
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "seem", "seems",
                      "seemed", "become", "becomes", "became"})
_SMALL = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})
# A quotation named as a word ("the word “cuts,”", "using the word "women""): mentioned,
# not used; the outlet's own words about a word, not a source's chosen words.
_POSSESSIVE = ("'s", "’s", "s'", "s’")  # "Obama's", "Fox News’"
_MENTION = frozenset({"word", "words", "term", "terms", "phrase", "phrases", "expression"})
T = TypeVar("T")
# The nouns an operation, a programme or a law is named by (:func:`undertaking_name`).
_UNDERTAKING_FIRST = frozenset({"Operation", "Project"})
_UNDERTAKING_LAST = frozenset({"Act", "Law", "Bill", "Amendment", "Pass", "Program",
                               "Programme", "Plan", "Initiative", "Accord", "Accords",
                               "Agreement", "Treaty", "Operation", "Project", "Scheme",
                               "Fund", "Deal"})


@dataclass(frozen=True)
class Marked:
    """One stretch between quote marks: ``start``/``end`` include the marks, ``inner``
    is the content without them; ``closed`` when its closing mark is in the text."""

    start: int
    end: int
    inner: tuple[int, int]
    closed: bool
    single: bool


def quotations(text: str) -> list[Marked]:
    """Every quoted stretch of ``text``: the quotation finder's regions, one per
    paragraph of a quotation, single words in single marks (‘Israel’) among them."""
    found: list[Marked] = []
    for q in find_quotations(text):
        last = len(q.regions) - 1
        for i, (region, part) in enumerate(zip(q.regions, q.parts, strict=False)):
            found.append(Marked(region[0], region[1], part, q.closed and i == last, q.single))
    return sorted(found, key=lambda q: q.start)


class QuoteIndex:
    """Answers "is this stretch inside a quotation?" by bisection over merged regions."""

    def __init__(self, marked: Sequence[Marked]) -> None:
        merged: list[list[int]] = []
        for q in sorted(marked, key=lambda q: q.start):
            if merged and q.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], q.end)
            else:
                merged.append([q.start, q.end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]


class _Cover(Generic[T]):
    """Answers "whose content covers this stretch?" over (start, end, owner) pieces; the
    innermost piece with an owner wins (a statement inside another one is its own)."""

    def __init__(self, pieces: Sequence[tuple[int, int, T]]) -> None:
        self._parts = sorted(pieces, key=lambda p: (p[0], p[1]))
        self._starts = [p[0] for p in self._parts]

    def who(self, start: int, end: int) -> T | None:
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0 and self._parts[i][0] <= start:
            a, b, who = self._parts[i]
            if a <= start and end <= b and who:
                return who
            i -= 1
        return None


class Sources:
    """Who said the words at a place in the text, from the quote extractor's spans."""

    def __init__(self, quotes: Sequence[QuoteSpan]) -> None:
        self._quoted = _Cover([
            (a, b, q.speaker or q.speaker_surface or (q.cue and "an unnamed source") or "")
            for q in quotes for a, b in (q.parts or ((q.start, q.end),))
        ])  # fmt: skip
        self._reported = _Cover([(a, b, q) for q in quotes if q.kind == "reported"
                                 for a, b in (q.parts or ((q.start, q.end),))])  # fmt: skip
        self.cues = [(q.cue_start, q.cue_end) for q in quotes
                     if q.cue_start is not None and q.cue_end is not None]  # fmt: skip
        self._cue_tokens: frozenset[int] | None = None

    def cue_tokens(self, doc: Doc) -> frozenset[int]:
        """The tokens of every quote's cue in ``doc``, the article's one Doc these quotes
        were found in: read once an article, not once for each flag asked about."""
        if self._cue_tokens is None:
            self._cue_tokens = frozenset(
                t.i for start, end in self.cues
                for t in doc.char_span(start, end, alignment_mode="expand") or ()
            )  # fmt: skip
        return self._cue_tokens

    def speaker(self, start: int, end: int) -> str | None:
        """The speaker of the quote whose content covers ``[start, end)``, if any."""
        return self._quoted.who(start, end)

    def reported_at(self, start: int, end: int) -> QuoteSpan | None:
        """The innermost reported speech (no quotation marks) whose content covers
        ``[start, end)``, whoever its speaker (:mod:`.reported` decides whose it is)."""
        return self._reported.who(start, end)


def span_at(
    text: str,
    start: int,
    end: int,
    index: QuoteIndex,
    sources: Sources,
    reported: str | None = None,
) -> Span:
    """The span ``text[start:end]`` with whose words it is: inside quotation marks,
    ``in_quote`` and the quote's speaker; outside them, ``reported``, the speaker of
    the reported speech that holds it (:func:`.reported.reported_speaker`), if given."""
    in_quote = index.inside(start, end)
    speaker = sources.speaker(start, end) if in_quote else reported
    return Span(start, end, text[start:end], in_quote, speaker)


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The last n words before ``start`` within its sentence, lower case."""
    before = text[max(0, start - 80) : start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    if cut >= 0:
        before = before[cut + 1 :]
    return [w.lower() for w in _WORD.findall(before)][-n:]


def _words_after(text: str, end: int, n: int) -> list[str]:
    after = text[end : end + 60]
    cut = min((k for k in (after.find(". "), after.find("\n")) if k >= 0), default=len(after))
    return [w.lower() for w in _WORD.findall(after[:cut])][:n]


def _is_named(text: str, q: Marked, lexicon: Lexicon) -> bool:
    """A name someone gives, a title, speech or a nickname: not the writer's distance.

    - speech: a speech word just before it or within three words after it;
    - naming: a naming word before it, a determiner allowed between (dubbed the
      “Unabomber”, what he called “Obamacare”, the word “God”);
    - a title: a title word in the two words before it or the word after it, or "on"
      or a possessive before it (on NBC’s “Meet the Press”); a group's name before
      "member" (:func:`_group_name`);
    - a nickname: a capitalised word on both sides (Dwayne “The Rock” Johnson).
    """
    before = _words_before(text, q.start, 3)
    after = _words_after(text, q.end, 3)
    content = [w for w in before if w not in _DETERMINERS]
    last = content[-1] if content else ""
    if last in lexicon.naming_words | lexicon.speech_words:
        return True
    if _title_place(before, after, lexicon) or _group_name(before, after):
        return True
    if any(w in lexicon.speech_words for w in after[:3]):
        return True
    prev_word = _WORD.findall(text[max(0, q.start - 30) : q.start])
    next_word = _WORD.findall(text[q.end : q.end + 30])
    return bool(prev_word and next_word and prev_word[-1][:1].isupper()
                and next_word[0][:1].isupper() and text[q.start - 1 : q.start] == " ")  # fmt: skip


def _title_place(before: list[str], after: list[str], lexicon: Lexicon) -> bool:
    """A title's place: a title word in the two words before or the word after ("the
    book “Peril”", "“Today” show"), or "on" or a possessive before (on NBC’s “Meet the
    Press”)."""
    if any(w in lexicon.title_words for w in before[-2:] + after[:1]):
        return True
    # a possessive, also of a name ending in s ("On Fox News’ “Hannity,”", session 24)
    return before[-1:] == ["on"] or bool(before and before[-1].endswith(_POSSESSIVE))


def _group_name(before: list[str], after: list[str]) -> bool:
    """The quoted words name a group its member belongs to: "the" before, "member" or
    "members" after ("The "squad" member was heavily ridiculed", Fox on Cori Bush, NeuS
    raw row 450): the nickname of a body, as "the “Today” show" names a show, not the
    writer's distance (session 25). "a "radical" member" (no "the") stays a scare quote.
    In BASIL, PolNeAR dev and the NeuS raw crawl the pattern is this one quotation."""
    return before[-1:] == ["the"] and after[:1] in (["member"], ["members"])


def is_group_name(text: str, q: Marked) -> bool:
    """The quotation names a group before "member" (:func:`_group_name`): neither a
    scare quote nor a source's partial quote."""
    return _group_name(_words_before(text, q.start, 3), _words_after(text, q.end, 3))


def is_mention(text: str, q: Marked) -> bool:
    """The quotation is a word named as a word: "the word", "the term", "the phrase"
    just before it, a determiner allowed between ("he doesn’t use the word “cuts,”",
    "refrained from using the word "women"" (Fox, NeuS raw row 450)). Session 24: on
    BASIL 2010–2012 two partial quotes were such, neither touching a bias span."""
    before = [w for w in _words_before(text, q.start, 3) if w not in _DETERMINERS]
    return bool(before) and before[-1] in _MENTION


def is_title(text: str, q: Marked, lexicon: Lexicon) -> bool:
    """The quoted words are a title or a name, not a source's chosen words: every word of
    them capitalised but the small ones ("“Face the Nation”", "“Atlas Shrugged”",
    "“Wal-Mart Way”"), two words or more, or one in a title's place ("“Today” show").

    Session 24 (docs/eval-framing.md): on BASIL 2010–2012, 8 partial quotes were such
    titles and names of shows, books, slogans, none touching a bias span; a quoted
    source's own words start in lower case or are a sentence ("“Is it true,”"). What a
    thing is said to be or called ("the rules were “Mickey Mouse”", "called it “Mickey
    Mouse”": a copula or a naming word right before it, a determiner or an object
    pronoun between) is the source's word, not a title. A longer object between
    ("called the new ethics rules “Mickey Mouse”") is not seen: a known limit."""
    before = [w for w in _words_before(text, q.start, 3)
              if w not in _DETERMINERS and w not in ("it", "them", "him")]
    if before and (before[-1] in _COPULAS or before[-1] in lexicon.naming_words):
        return False
    words = _WORD.findall(text[q.inner[0] : q.inner[1]])
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or not all(w[:1].isupper() for w in content) or not words[0][:1].isupper():
        return False
    if len(words) >= 2:
        return True
    return _title_place(_words_before(text, q.start, 3), _words_after(text, q.end, 3), lexicon)


def _short(inner: str) -> tuple[bool, bool]:
    """(a short name: one to three words, the first capitalised; a single word)."""
    words = _WORD.findall(inner)
    return 1 <= len(words) <= 3 and inner[:1].isupper(), len(words) == 1


def find_scare_quotes(
    text: str, marked: Sequence[Marked], lexicon: Lexicon, sources: Sources
) -> list[Span]:
    """Quote marks around a single word or a short name that nobody is quoted saying.

    ‘Israel’ and the “reform” are scare quotes; “Mickey Mouse” in a sentence that
    reports what a source said is that source's word (a partial quote), and so is any
    quotation the quote extractor attributes. A quotation that ends in punctuation
    inside its marks is speech, and a name given by someone, a title or a nickname is
    not the writer's distance (:func:`_is_named`).
    """
    titles = _titles(text, marked, lexicon)
    return [Span(q.start, q.end, text[q.start : q.end], False) for q in marked
            if _scare_like(text, q, lexicon, sources, titles)
            and not echoed_speaker(text, q, marked, sources)]  # fmt: skip


def _scare_like(text: str, q: Marked, lexicon: Lexicon, sources: Sources, titles: set[str]
                ) -> bool:  # fmt: skip
    """The quotation passes every scare-quote test but the echo one
    (:func:`find_scare_quotes`)."""
    inner = text[q.inner[0] : q.inner[1]].strip()
    name, single = _short(inner)
    if not q.closed or not (name or single) or not inner:
        return False
    if inner[-1] in _SPEECH_END or any(ch in inner[:-1] for ch in ".!?…"):
        return False
    if sources.speaker(q.inner[0], q.inner[1]) or _is_named(text, q, lexicon):
        return False
    return not (inner.lower() in titles or _acronym_name(inner) or undertaking_name(inner)
                or is_handle(inner))  # "@DJTDesk": an account's name (handles.py)


def echoed_speaker(text: str, q: Marked, marked: Sequence[Marked], sources: Sources
                   ) -> str | None:  # fmt: skip
    """The speaker of a longer quotation of the article that holds the words of ``q``
    whole, if the quote extractor gives it one and ``q`` opens in lower case (a word,
    not a name: William "Mo" Cowan, the “Romney-Ryan” plan); else None. Asked only of a
    quotation that would otherwise be a scare quote: a partial quote whose sentence
    names its speaker ("He called Steele's comments … "inaccurate."", BASIL 2010) is not
    given to the one another quotation holds the word for ("wildly inaccurate": McCain).

    "were ordered Tuesday to “immediately” start …", then "Austin said in a memorandum
    … that the secretaries … must “immediately begin full vaccination”" (the Epoch
    Times, NeuS raw row 149, session 25): the word set alone in marks is the source's
    word quoted again, a partial quote of the source, not the writer's distance. The
    sentence of the word itself need not name the source: the other quotation does.
    """
    inner = text[q.inner[0] : q.inner[1]].strip().strip(",.;:")
    if not inner[:1].islower() or not _WORD.search(inner):
        return None
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(inner.lower()) + r"(?![\w'’-])")
    for other in marked:
        if other.start == q.start or not other.closed:
            continue
        words = text[other.inner[0] : other.inner[1]]
        if len(words) <= len(inner) or not pattern.search(words.lower()):
            continue
        speaker = sources.speaker(other.inner[0], other.inner[1])
        if speaker:
            return speaker
    return None


def _acronym_name(inner: str) -> bool:
    """Two words or more, every one capitalised, led by an acronym ("NBC Nightly News",
    Fox, NeuS raw row 504): a network's or a body's programme or name, not the
    writer's distance. A capitalised phrase without one ("Tent City,", BASIL 2010–2012,
    touching a bias span) stays a scare quote: session 24 kept rule A off scare quotes
    for it."""
    words = _WORD.findall(inner)
    first = words[0].rstrip(".") if words else ""
    return (len(words) >= 2 and len(first) >= 2 and first.isupper() and first.isalpha()
            and all(w[:1].isupper() for w in words)
            and not all(w.isupper() for w in words))  # fmt: skip


def undertaking_name(inner: str) -> bool:
    """Two words or more, every one capitalised but the small ones, opening on
    "Operation" or "Project" or ending on the noun a law, a programme or a plan is
    named by ("Operation Allies Refuge", the Washington Examiner, NeuS raw row 214, its
    marks “ and " unmatched; Italy's “Green Pass”, row 2; the "For the People Act"):
    the name of an operation, a programme or a law, which the writer sets in marks
    as a name, not to hold a word at a distance (session 29). A capitalised phrase of
    no such head ("Tent City") stays a scare quote."""
    words = _WORD.findall(inner)
    content = [w for w in words if w.lower() not in _SMALL]
    if len(words) < 2 or not all(w[:1].isupper() for w in content) or not words[0][:1].isupper():
        return False
    return words[0] in _UNDERTAKING_FIRST or words[-1] in _UNDERTAKING_LAST


def _titles(text: str, marked: Sequence[Marked], lexicon: Lexicon) -> set[str]:
    """The article's quoted titles and names in their short forms: a quotation with a
    subtitle gives its main title ("“Forward: Notes on the Future of Our Democracy”"
    gives "forward"), a named one (:func:`_is_named`) itself. The session-20 reader found
    “Forward” flagged as a scare quote where National Review names the book again."""
    titles = set()
    for q in marked:
        inner = text[q.inner[0] : q.inner[1]].strip().rstrip(",.")
        head, colon, _ = inner.partition(":")
        if colon and head[:1].isupper() and 1 <= len(_WORD.findall(head)) <= 6:
            titles.add(head.strip().lower())
        elif q.closed and inner and _is_named(text, q, lexicon):
            titles.add(inner.lower())
    return titles


def find_partial_quotes(
    text: str,
    marked: Sequence[Marked],
    sources: Sources,
    scare: Sequence[Span],
    max_words: int = 3,
    lexicon: Lexicon | None = None,
) -> list[Span]:
    """A source's few words quoted inside the outlet's sentence: the plan is “a disaster”.

    A closed quotation of one to ``max_words`` words that is not a scare quote and
    either starts in lower case (part of the outlet's own sentence, not a quoted
    sentence or a name) or is attributed to a source by the quote extractor. With
    ``lexicon``, a title or a name (:func:`is_title`: on CNN’s “American Morning”) is
    no partial quote.
    """
    taken = {(s.start, s.end) for s in scare}
    titles = _titles(text, marked, lexicon) if lexicon is not None else set()
    found = []
    for q in marked:
        inner = text[q.inner[0] : q.inner[1]].strip()
        words = _WORD.findall(inner)
        if not q.closed or not 1 <= len(words) <= max_words or (q.start, q.end) in taken:
            continue
        if lexicon is not None and is_title(text, q, lexicon):
            continue
        if is_mention(text, q) or is_group_name(text, q):
            continue
        speaker = sources.speaker(q.inner[0], q.inner[1])
        if not speaker and lexicon is not None and _scare_like(text, q, lexicon, sources, titles):
            speaker = echoed_speaker(text, q, marked, sources)  # a scare quote's echo
        if inner[:1].islower() or (speaker and inner[-1:] not in _SPEECH_END):
            found.append(Span(q.start, q.end, text[q.start : q.end], True, speaker))
    return found
