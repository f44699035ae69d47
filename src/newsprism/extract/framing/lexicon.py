"""Framing of one article: loaded terms, attribution verbs, scare and partial quotes.

How an outlet frames an event shows in its words more than in its facts: "captives" or
"hostages", "the Israeli occupation's minister" or "Israel's minister", "claimed" or
"said", ‘Israel’ in scare quotes. This module finds those choices in one text and
returns each with the character spans that show it, so that a reader can check every
count against the article.

What is looked for is data, not code: ``data/framing.toml`` is a versioned lexicon of
loaded terms (each with a category, the neutral wording and the style guides that
support it) and of attribution verbs (each with what it adds to "said"). See
docs/framing.md for its structure and for how to add a term.

Whose words are they? A term inside a direct quotation is the speaker's framing, not the
outlet's. Such spans are kept, marked ``in_quote``, and counted apart (``quoted``), so
that ``count`` is the outlet's own voice only. Attribution verbs inside quotations are
the speaker's too and are left out of the counts. The voices each outlet quotes are
filled in by the caller from the quote extractor (``voices``); this module does not
guess speakers.

Example::

    >>> framing = frame_text("The US claimed the Israeli occupation forces had left.")
    >>> framing.as_dict()["attribution_verbs"]
    {'claim': 1}
    >>> [t.term for t in framing.terms]
    ['occupation forces']
"""

from __future__ import annotations

import bisect
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprism.errors import NewsprismError

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

LEXICON_FILE = "framing.toml"
# Components that framing needs: POS tags and lemmas. The parser and NER cost two thirds
# of the pipeline's time and add nothing here, so a full pipeline is run without them.
NEEDED_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
TERM_FIELDS = {
    "term", "category", "neutral", "match", "sources", "note", "case_sensitive", "pos",
    "mid_sentence", "preceded_by", "not_preceded_by", "followed_by", "not_followed_by",
}  # fmt: skip
VERB_FIELDS = {"verb", "connotation", "sources", "clause_only", "also_after", "not_followed_by"}
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
OPEN_SINGLE, CLOSE_SINGLE = "‘‹", "’›"
QUOTE_MARKS = frozenset("\"'“”„«»‘’‹›")
SENTENCE_END = frozenset({".", "!", "?", "…"})
WH_WORDS = frozenset({"why", "how", "what", "whether", "when", "where", "who", "if"})
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_PATTERN_TOKEN = re.compile(r"\w+|[^\w\s]")


# ----------------------------------------------------------------------------------
# The lexicon


@dataclass(frozen=True)
class TermEntry:
    """One loaded term of the lexicon and how to recognise it."""

    term: str
    category: str
    neutral: str
    patterns: tuple[tuple[str, ...], ...]
    sources: tuple[str, ...]
    note: str = ""
    case_sensitive: bool = False
    pos: frozenset[str] = frozenset()
    mid_sentence: bool = False
    preceded_by: frozenset[str] = frozenset()
    not_preceded_by: frozenset[str] = frozenset()
    followed_by: frozenset[str] = frozenset()
    not_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class VerbEntry:
    """One attribution verb: a speech verb that says more than "said"."""

    verb: str
    connotation: str
    sources: tuple[str, ...]
    words: tuple[str, ...]
    clause_only: bool = False
    also_after: frozenset[str] = frozenset()
    not_followed_by: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The parsed ``framing.toml``: terms, attribution verbs, scare-quote context words.

    Compared and hashed by identity: ``load_lexicon`` returns one object per file.
    """

    version: str
    path: str
    categories: dict[str, str]
    terms: tuple[TermEntry, ...]
    verbs: tuple[VerbEntry, ...]
    neutral: str
    neutral_verbs: tuple[tuple[str, ...], ...]
    naming_words: frozenset[str]
    title_words: frozenset[str]
    speech_words: frozenset[str]
    changelog: tuple[dict[str, str], ...] = ()
    partial_quote_words: int = 3
    cue_file: str = ""
    cue_max_valence: float = -2.0
    cue_pos: frozenset[str] = frozenset()

    def term_index(self) -> dict[str, list[tuple[TermEntry, tuple[str, ...]]]]:
        """Patterns keyed by their first word (lower case), longest first."""
        return _term_index(self)


@lru_cache(maxsize=8)
def _term_index(lexicon: Lexicon) -> dict[str, list[tuple[TermEntry, tuple[str, ...]]]]:
    index: dict[str, list[tuple[TermEntry, tuple[str, ...]]]] = {}
    for entry in lexicon.terms:
        for pattern in entry.patterns:
            index.setdefault(pattern[0].lower(), []).append((entry, pattern))
    for candidates in index.values():
        candidates.sort(key=lambda c: -len(c[1]))
    return index


def _pattern_tokens(phrase: str) -> tuple[str, ...]:
    """Split a lexicon phrase the way spaCy splits text: words, and punctuation apart."""
    return tuple(_PATTERN_TOKEN.findall(phrase))


def _fail(path: Path | str, message: str) -> NewsprismError:
    return NewsprismError(f"framing lexicon {path}: {message}", code="E000")


def _words(value: Any, path: Path | str, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{where} must be a list of strings")
    return frozenset(v if v in ("CAP", "POSS") else v.lower() for v in value)


def _sources(raw: dict[str, Any], path: Path | str, where: str) -> tuple[str, ...]:
    sources = raw.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) and s.strip() for s in sources)
    ):
        raise _fail(path, f"{where} needs a non-empty 'sources' list of strings")
    return tuple(sources)


def parse_lexicon(data: dict[str, Any], path: Path | str = "<memory>") -> Lexicon:
    """Validate and compile a lexicon already read from TOML.

    Raises:
        NewsprismError: naming the entry and the field at fault.
    """
    version = data.get("version")
    if not isinstance(version, str) or not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise _fail(path, "'version' must be a semantic version string such as \"1.0.0\"")
    categories = data.get("categories")
    if not isinstance(categories, dict) or not categories:
        raise _fail(path, "'categories' must be a table of name = description")
    terms = []
    for n, raw in enumerate(data.get("term", []), 1):
        where = f"term #{n} ({raw.get('term', '?')!r})"
        unknown = set(raw) - TERM_FIELDS
        if unknown:
            raise _fail(path, f"{where} has unknown fields {sorted(unknown)}")
        for key in ("term", "category", "neutral"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _fail(path, f"{where} needs a non-empty '{key}'")
        if raw["category"] not in categories:
            raise _fail(path, f"{where} has unknown category {raw['category']!r}")
        match = raw.get("match")
        if not isinstance(match, list) or not match or not all(isinstance(m, str) for m in match):
            raise _fail(path, f"{where} needs a non-empty 'match' list")
        terms.append(TermEntry(
            term=raw["term"], category=raw["category"], neutral=raw["neutral"],
            patterns=tuple(_pattern_tokens(m) for m in match),
            sources=_sources(raw, path, where), note=raw.get("note", ""),
            case_sensitive=bool(raw.get("case_sensitive", False)),
            pos=frozenset(p.upper() for p in raw.get("pos", [])),
            mid_sentence=bool(raw.get("mid_sentence", False)),
            preceded_by=_words(raw.get("preceded_by"), path, where),
            not_preceded_by=_words(raw.get("not_preceded_by"), path, where),
            followed_by=_words(raw.get("followed_by"), path, where),
            not_followed_by=_words(raw.get("not_followed_by"), path, where),
        ))  # fmt: skip
    verbs = []
    for n, raw in enumerate(data.get("attribution", []), 1):
        where = f"attribution #{n} ({raw.get('verb', '?')!r})"
        unknown = set(raw) - VERB_FIELDS
        if unknown:
            raise _fail(path, f"{where} has unknown fields {sorted(unknown)}")
        for key in ("verb", "connotation"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _fail(path, f"{where} needs a non-empty '{key}'")
        verbs.append(VerbEntry(
            verb=raw["verb"], connotation=raw["connotation"],
            sources=_sources(raw, path, where), words=tuple(raw["verb"].lower().split()),
            clause_only=bool(raw.get("clause_only", False)),
            also_after=_words(raw.get("also_after"), path, where),
            not_followed_by=_words(raw.get("not_followed_by"), path, where),
        ))  # fmt: skip
    defaults = data.get("attribution_defaults", {})
    scare = data.get("scare_quotes", {})
    changelog = data.get("changelog", [])
    if not isinstance(changelog, list) or not any(c.get("version") == version for c in changelog):
        raise _fail(path, f"the changelog has no entry for version {version}")
    cues = data.get("cues", {})
    return Lexicon(
        version=version, path=str(path), categories=dict(categories), terms=tuple(terms),
        verbs=tuple(verbs), neutral=str(defaults.get("neutral", "said")),
        neutral_verbs=tuple(tuple(v.lower().split()) for v in defaults.get("neutral_verbs", [])),
        naming_words=_words(scare.get("naming_words"), path, "scare_quotes.naming_words"),
        title_words=_words(scare.get("title_words"), path, "scare_quotes.title_words"),
        speech_words=_words(scare.get("speech_words"), path, "scare_quotes.speech_words"),
        changelog=tuple({k: str(v) for k, v in c.items()} for c in changelog),
        partial_quote_words=int(data.get("partial_quotes", {}).get("max_words", 3)),
        cue_file=str(cues.get("file", "")), cue_max_valence=float(cues.get("max_valence", -2.0)),
        cue_pos=frozenset(p.upper() for p in cues.get("pos", [])),
    )  # fmt: skip


@lru_cache(maxsize=8)
def _load_lexicon(path: str) -> Lexicon:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise _fail(path, f"cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, f"not valid TOML: {exc}") from exc
    return parse_lexicon(data, path)


def default_lexicon_path() -> Path:
    """The lexicon shipped in the package (``newsprism/data/framing.toml``)."""
    return Path(str(files("newsprism").joinpath("data", LEXICON_FILE)))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read, validate and cache a framing lexicon (the packaged one by default).

    Args:
        path: a TOML file in the format of ``data/framing.toml``; None for the default.

    Returns:
        The compiled lexicon; the same object for the same path while the process lives.

    Raises:
        NewsprismError: E000 when the file is unreadable or an entry is malformed.
    """
    return _load_lexicon(str(Path(path) if path is not None else default_lexicon_path()))


@lru_cache(maxsize=8)
def _load_cues(name: str, max_valence: float) -> dict[str, float]:
    if not name:
        return {}
    path = Path(str(files("newsprism").joinpath("data", name)))
    cues = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, valence = line.split("\t")[:2]
        if float(valence) <= max_valence:
            cues[word] = float(valence)
    return cues


def load_cues(lexicon: Lexicon | None = None) -> dict[str, float]:
    """The affect-cue words at or below the lexicon's valence threshold: word -> valence."""
    lexicon = lexicon or load_lexicon()
    return _load_cues(lexicon.cue_file, lexicon.cue_max_valence)


# ----------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Span:
    """Characters ``text[start:end]`` of the framed text; ``in_quote`` inside a quotation."""

    start: int
    end: int
    text: str
    in_quote: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "in_quote": self.in_quote}  # fmt: skip


@dataclass
class TermUse:
    """Every use of one lexicon term in one text.

    ``count`` is the outlet's own voice (spans outside quotations); ``quoted`` counts the
    spans inside quotations, which are the speakers' words. ``spans`` holds both.
    """

    term: str
    category: str
    neutral: str
    count: int = 0
    quoted: int = 0
    spans: list[Span] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"term": self.term, "category": self.category, "neutral": self.neutral,
                "count": self.count, "quoted": self.quoted,
                "spans": [s.as_dict() for s in self.spans]}  # fmt: skip


@dataclass(frozen=True)
class AttributionUse:
    """One attribution verb in the text (its lemma, what it adds to "said", where)."""

    verb: str
    connotation: str
    span: Span

    def as_dict(self) -> dict[str, Any]:
        return {"verb": self.verb, "connotation": self.connotation, **self.span.as_dict()}


@dataclass(frozen=True)
class CueUse:
    """One affect-cue word (opt-in layer): its VADER valence and where it is."""

    word: str
    valence: float
    span: Span

    def as_dict(self) -> dict[str, Any]:
        return {"word": self.word, "valence": self.valence, **self.span.as_dict()}


@dataclass
class ArticleFraming:
    """How one text frames its story, each finding with the spans that show it."""

    terms: list[TermUse] = field(default_factory=list)
    attribution_verbs: dict[str, int] = field(default_factory=dict)
    scare_quotes: list[Span] = field(default_factory=list)
    attributions: list[AttributionUse] = field(default_factory=list)
    neutral_attributions: int = 0
    partial_quotes: list[Span] = field(default_factory=list)
    cues: list[CueUse] = field(default_factory=list)
    voices: dict[str, int] = field(default_factory=dict)
    lexicon_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The public JSON shape: terms, attribution_verbs, voices, plus the evidence.

        ``attribution_verbs`` counts the outlet's own uses only (``{lemma: count}``);
        ``attribution_spans`` lists every use, quoted ones marked ``in_quote``.
        """
        return {
            "terms": [t.as_dict() for t in self.terms],
            "attribution_verbs": dict(self.attribution_verbs),
            "voices": dict(self.voices),
            "scare_quotes": [{"start": s.start, "end": s.end, "text": s.text}
                             for s in self.scare_quotes],
            "attribution_spans": [a.as_dict() for a in self.attributions],
            "neutral_attributions": self.neutral_attributions,
            "partial_quotes": [{"start": s.start, "end": s.end, "text": s.text}
                               for s in self.partial_quotes],
            "cues": [c.as_dict() for c in self.cues],
            "lexicon_version": self.lexicon_version,
        }  # fmt: skip

    def spans(self) -> list[tuple[Span, str]]:
        """Every flagged span with its kind: a term's category, "attribution", "scare-quote",
        "partial-quote" or "cue"."""
        found = [(s, t.category) for t in self.terms for s in t.spans]
        found += [(a.span, "attribution") for a in self.attributions]
        found += [(s, "scare-quote") for s in self.scare_quotes]
        found += [(s, "partial-quote") for s in self.partial_quotes]
        found += [(c.span, "cue") for c in self.cues]
        return sorted(found, key=lambda pair: (pair[0].start, pair[0].end))


# ----------------------------------------------------------------------------------
# Quotations


@dataclass(frozen=True)
class Quotation:
    """A stretch of text between quote marks: ``start``/``end`` include the marks."""

    start: int
    end: int
    single: bool
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, with straight or curly, double or single marks.

    Double quotes pair up within a paragraph; one left open at the end of a paragraph runs
    to its end (news style reopens a quotation that goes on in the next paragraph). A
    single mark between two letters, or a closing one with nothing open, is an
    apostrophe (Israel’s, States’); an unclosed single quote is dropped.
    """
    found: list[Quotation] = []
    offset = 0
    for paragraph in text.split("\n"):
        found.extend(_quotations_in(paragraph, offset))
        offset += len(paragraph) + 1
    return sorted(found, key=lambda q: q.start)


def _quotations_in(line: str, offset: int) -> Iterable[Quotation]:
    double_open: int | None = None
    single_open: int | None = None
    n = len(line)
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else " "
        nxt = line[i + 1] if i + 1 < n else " "
        if ch == "“" and double_open is not None and line[double_open] == "„":
            yield Quotation(offset + double_open, offset + i + 1, single=False)  # „…“
            double_open = None
        elif ch in OPEN_DOUBLE:
            double_open = i
        elif ch in CLOSE_DOUBLE:
            if double_open is not None:
                yield Quotation(offset + double_open, offset + i + 1, single=False)
                double_open = None
        elif ch == '"':
            if double_open is None and not nxt.isspace():
                double_open = i
            elif double_open is not None:
                yield Quotation(offset + double_open, offset + i + 1, single=False)
                double_open = None
        elif ch in OPEN_SINGLE or (
            ch == "'" and single_open is None and not _is_letter(prev) and _is_letter(nxt)
        ):
            single_open = i
        elif ch in CLOSE_SINGLE or ch == "'":
            if _is_letter(prev) and _is_letter(nxt):
                continue  # apostrophe inside a word
            if single_open is not None and not prev.isspace():
                yield Quotation(offset + single_open, offset + i + 1, single=True)
                single_open = None
    if double_open is not None:
        yield Quotation(offset + double_open, offset + n, single=False, closed=False)


class _QuoteIndex:
    """Answers "is this stretch inside a quotation?" by bisection over merged regions."""

    def __init__(self, quotations: Sequence[Quotation]) -> None:
        merged: list[list[int]] = []
        for q in sorted(quotations, key=lambda q: q.start):
            if merged and q.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], q.end)
            else:
                merged.append([q.start, q.end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]


# ----------------------------------------------------------------------------------
# Matching helpers


def _sentence_start(doc: Doc, i: int) -> bool:
    """True when token i opens a sentence (a capital there says nothing of a name)."""
    if doc.has_annotation("SENT_START") and doc[i].is_sent_start:
        return True
    j = i - 1
    while j >= 0 and doc[j].text in QUOTE_MARKS | {"(", "[", "—", "-"}:
        j -= 1
    return j < 0 or doc[j].text in SENTENCE_END or "\n" in doc[j].whitespace_ or "\n" in doc[j].text


def _token_is(token: Token, word: str, case_sensitive: bool = False) -> bool:
    if case_sensitive:
        return token.text == word or token.lemma_ == word
    return token.lower_ == word.lower() or token.lemma_.lower() == word.lower()


def _word_class(token: Token, words: frozenset[str]) -> bool:
    """True when ``token`` is one of ``words``, or of the classes CAP and POSS."""
    if "POSS" in words and token.text in POSSESSIVES:
        return True
    if "CAP" in words and token.text[:1].isupper() and token.text[:1].isalpha():
        return True
    return token.lower_ in words or token.lemma_.lower() in words


def _next_words(doc: Doc, j: int, n: int = 3) -> list[Token]:
    return [doc[k] for k in range(j, min(j + n, len(doc)))]


def _term_at(doc: Doc, i: int, lexicon: Lexicon) -> tuple[TermEntry, int] | None:
    """The longest lexicon term starting at token i that passes its context checks."""
    token = doc[i]
    keys = {token.lower_, token.lemma_.lower()}
    index = lexicon.term_index()
    candidates = [c for key in keys for c in index.get(key, ())]
    candidates.sort(key=lambda c: -len(c[1]))
    for entry, pattern in candidates:
        j = i + len(pattern)
        if j > len(doc):
            continue
        if not all(_token_is(doc[i + k], word, entry.case_sensitive)
                   for k, word in enumerate(pattern)):  # fmt: skip
            continue
        if entry.pos and token.pos_ not in entry.pos:
            continue
        if entry.mid_sentence and _sentence_start(doc, i):
            continue
        prev = doc[i - 1] if i else None
        if entry.preceded_by and (prev is None or not _word_class(prev, entry.preceded_by)):
            continue
        if entry.not_preceded_by and prev is not None and (prev.lower_ in entry.not_preceded_by):
            continue
        nxt = doc[j] if j < len(doc) else None
        if entry.followed_by and (nxt is None or not _word_class(nxt, entry.followed_by)):
            continue
        if entry.not_followed_by and any(
            t.lower_ in entry.not_followed_by or t.lemma_.lower() in entry.not_followed_by
            for t in _next_words(doc, j)
        ):
            continue
        return entry, j
    return None


def _introduces_speech(doc: Doc, i: int, j: int, also_after: frozenset[str] = frozenset()) -> bool:
    """True when the verb at tokens i..j-1 reports speech: it governs a clause or quote.

    Looks ahead for "that", a wh-word, a colon or a quote mark before any other verb
    ("noted that", "explained why", "told reporters that"), and back for a closing quote
    or a comma before any verb (“…,” he noted; the plan failed, he noted).
    """
    for k in range(j, min(j + 5, len(doc))):
        t = doc[k]
        if t.lower_ in {"that", ":"} | WH_WORDS or t.text in QUOTE_MARKS or t.lower_ in also_after:
            return True
        if k == j and t.text == ",":
            return True
        if t.pos_ in {"VERB", "AUX"} or t.text in SENTENCE_END:
            return False
    for k in range(i - 1, max(i - 5, -1), -1):
        t = doc[k]
        if t.text in QUOTE_MARKS or t.text == ",":
            return True
        if t.pos_ in {"VERB", "AUX"} or t.text in SENTENCE_END:
            return False
    return False


def _verb_at(doc: Doc, i: int, lexicon: Lexicon) -> tuple[VerbEntry, int] | None:
    token = doc[i]
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    for entry in lexicon.verbs:
        words = entry.words
        if words[0] != lemma:
            continue
        j = i + 1
        if len(words) > 1:
            rest = [t.lower_ for t in doc[j : j + len(words) - 1]]
            if rest != list(words[1:]):
                continue
            j += len(words) - 1
        if entry.not_followed_by and any(
            t.lower_ in entry.not_followed_by or t.lemma_.lower() in entry.not_followed_by
            for t in _next_words(doc, j)
        ):
            continue
        if entry.clause_only and not _introduces_speech(doc, i, j, entry.also_after):
            continue
        return entry, j
    return None


def _neutral_at(doc: Doc, i: int, lexicon: Lexicon) -> int:
    """Tokens taken by a neutral attribution ("said", "according to") at i, else 0."""
    token = doc[i]
    for words in lexicon.neutral_verbs:
        if len(words) > 1:
            if [t.lower_ for t in doc[i : i + len(words)]] == list(words):
                return len(words)
            continue
        if (
            token.pos_ == "VERB"
            and token.lemma_.lower() == words[0]
            and (words[0] == "say" or _introduces_speech(doc, i, i + 1))
        ):
            return 1
    return 0


def _char_span(doc: Doc, i: int, j: int, text: str, quotes: _QuoteIndex) -> Span:
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    return Span(start, end, text[start:end], quotes.inside(start, end))


# ----------------------------------------------------------------------------------
# Scare quotes


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


def find_scare_quotes(text: str, quotations: Sequence[Quotation], lexicon: Lexicon) -> list[Span]:
    """Quote marks around a name that nobody is being quoted saying: ‘Israel’.

    A scare quote here is a closed quotation of one to three words, the first one
    capitalised, with no sentence inside it, that is not:

    - speech: a speech word comes just before it or within three words after it
      (“Never,” he said), or it ends in a comma or full stop inside the marks, as
      quoted speech does;
    - a name someone gives, or a word mentioned as a word: a naming word comes just
      before it (what he called “Obamacare”, the word “God”);
    - a title: a title word comes just before or just after it (the show “Today”,
      the “Today” show), or it follows "on" or a possessive (on NBC's “Meet the Press”),
      which is how programme names are written;
    - a nickname: a capitalised name on both sides (Dwayne “The Rock” Johnson).
    """
    found = []
    for q in quotations:
        if not q.closed:
            continue
        a, b = q.inner
        inner = text[a:b].strip()
        words = _WORD.findall(inner)
        if not 1 <= len(words) <= 3 or not words[0][:1].isupper():
            continue
        if inner[-1:] in {",", ".", "!", "?", ";", ":"} or any(ch in inner[:-1] for ch in ".!?…"):
            continue
        before = _words_before(text, q.start, 3)
        after = _words_after(text, q.end, 3)
        last = before[-1] if before else ""
        if last in lexicon.naming_words | lexicon.speech_words:
            continue
        if any(w in lexicon.title_words for w in before[-2:] + after[:1]):
            continue
        if last == "on" or last.endswith(("'s", "’s")):
            continue
        if any(w in lexicon.speech_words for w in after[:3]):
            continue
        prev_word = _WORD.findall(text[max(0, q.start - 30) : q.start])
        next_word = _WORD.findall(text[q.end : q.end + 30])
        if (prev_word and next_word and prev_word[-1][:1].isupper()
                and next_word[0][:1].isupper() and text[q.start - 1 : q.start] == " "):  # fmt: skip
            continue
        found.append(Span(q.start, q.end, text[q.start : q.end], False))
    return found


def find_partial_quotes(
    text: str, quotations: Sequence[Quotation], max_words: int = 3
) -> list[Span]:
    """A speaker's few words quoted inside the outlet's sentence: the plan is “a disaster”.

    A closed quotation of one to ``max_words`` words that starts in lower case, so it is
    part of the outlet's own sentence rather than a quoted sentence or a name.
    """
    found = []
    for q in quotations:
        if not q.closed:
            continue
        a, b = q.inner
        inner = text[a:b].strip()
        if inner[:1].islower() and 1 <= len(_WORD.findall(inner)) <= max_words:
            found.append(Span(q.start, q.end, text[q.start : q.end], True))
    return found


def find_cues(doc: Doc, lexicon: Lexicon, quotes: _QuoteIndex) -> list[CueUse]:
    """Affect-cue words (``[cues]`` in the lexicon) with the allowed parts of speech."""
    cues = load_cues(lexicon)
    found = []
    for token in doc:
        if lexicon.cue_pos and token.pos_ not in lexicon.cue_pos:
            continue
        word = token.lower_ if token.lower_ in cues else token.lemma_.lower()
        if word in cues:
            span = _char_span(doc, token.i, token.i + 1, doc.text, quotes)
            found.append(CueUse(word, cues[word], span))
    return found


# ----------------------------------------------------------------------------------
# The pipeline


def _default_nlp() -> Language:
    """The project's shared spaCy pipeline (newsprism.extract.nlp), loaded once on first use."""
    from newsprism.extract.nlp import load_nlp

    return load_nlp()


def tag(text: str, nlp: Language | None = None) -> Doc:
    """Tokens, POS tags and lemmas of ``text``: the components framing needs, and no more.

    The components are run one by one rather than through ``select_pipes``, which
    would change the shared pipeline for every thread while it runs.
    """
    nlp = nlp if nlp is not None else _default_nlp()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in NEEDED_PIPES:
            doc = component(doc)
    return doc


def frame_doc(doc: Doc, *, lexicon: Lexicon | None = None, cues: bool = False) -> ArticleFraming:
    """Framing of an already tagged Doc (POS and lemmas needed; a parse is not).

    Use this when the caller has run spaCy over the text already; ``frame_text`` tags the
    text itself. ``cues`` adds the affect-cue layer (see :func:`frame_text`).
    """
    lexicon = lexicon or load_lexicon()
    text = doc.text
    quotations = find_quotations(text)
    quotes = _QuoteIndex(quotations)
    uses: dict[str, TermUse] = {}
    attributions: list[AttributionUse] = []
    neutral = 0
    i = 0
    n = len(doc)
    while i < n:
        term = _term_at(doc, i, lexicon)
        verb = _verb_at(doc, i, lexicon)
        if verb is not None:
            entry, j = verb
            attributions.append(AttributionUse(entry.verb, entry.connotation,
                                               _char_span(doc, i, j, text, quotes)))  # fmt: skip
        elif term is None:
            taken = _neutral_at(doc, i, lexicon)
            if taken and not quotes.inside(doc[i].idx, doc[i].idx + 1):
                neutral += 1
        if term is not None:
            entry, j = term
            span = _char_span(doc, i, j, text, quotes)
            use = uses.setdefault(entry.term, TermUse(entry.term, entry.category, entry.neutral))
            use.spans.append(span)
            if span.in_quote:
                use.quoted += 1
            else:
                use.count += 1
            i = j
            continue
        i += 1
    counts: dict[str, int] = {}
    for a in attributions:
        if not a.span.in_quote:
            counts[a.verb] = counts.get(a.verb, 0) + 1
    terms = sorted(uses.values(), key=lambda u: (-u.count, -u.quoted, u.term))
    return ArticleFraming(
        terms=terms,
        attribution_verbs=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        scare_quotes=find_scare_quotes(text, quotations, lexicon),
        attributions=attributions,
        neutral_attributions=neutral,
        partial_quotes=find_partial_quotes(text, quotations, lexicon.partial_quote_words),
        cues=find_cues(doc, lexicon, quotes) if cues else [],
        lexicon_version=lexicon.version,
    )


def frame_text(
    text: str,
    *,
    lexicon: Lexicon | None = None,
    nlp: Language | None = None,
    doc: Doc | None = None,
    cues: bool = False,
) -> ArticleFraming:
    """Find the framing choices in one article's text.

    Args:
        text: the article body (character offsets in the result index into it).
        lexicon: a lexicon from :func:`load_lexicon`; the packaged one by default.
        nlp: a spaCy pipeline with a tagger and lemmatizer; the project's shared one
            by default. Only tagging and lemmatising are run (about 15,000 words a
            second on two cores).
        doc: an already tagged Doc of ``text``, to skip tagging.
        cues: also list affect-cue words (strongly negative words from the VADER
            lexicon). Off by default: they are a broad signal, not curated terms, and
            most of them are not loaded in context (docs/eval-framing.md).

    Returns:
        The terms, attribution verbs, scare quotes and partial quotes found, each with
        its spans; ``voices`` is left empty for the caller to fill from the quote
        extractor.
    """
    if doc is None or doc.text != text:
        doc = tag(text, nlp)
    return frame_doc(doc, lexicon=lexicon, cues=cues)
