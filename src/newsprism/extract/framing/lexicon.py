"""The framing lexicon (``data/framing.toml``): loaded terms, attribution verbs, hedges.

What framing looks for is data, not code: each loaded term has a category, the neutral
wording and the style guides that support it; each attribution verb says what it adds
to "said"; each hedge says what doubt it casts. ``[context]`` lists the words that make
a loaded word a neutral, technical use ("terrorism charges") and the groups whose
designation is not one side's label. docs/framing.md describes the file and how to add
an entry.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError

LEXICON_FILE = "framing.toml"
TERM_FIELDS = {
    "term", "category", "neutral", "match", "sources", "note", "case_sensitive", "pos",
    "mid_sentence", "preceded_by", "not_preceded_by", "followed_by", "not_followed_by",
    "before_name",
}  # fmt: skip
VERB_FIELDS = {"verb", "connotation", "sources", "clause_only", "also_after", "not_followed_by"}
HEDGE_FIELDS = {"hedge", "match", "connotation", "sources", "pos", "note"}
_PATTERN_TOKEN = re.compile(r"\*|\w+|[^\w\s]")


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
    before_name: bool = False
    connotation: str = ""  # hedges: the doubt they cast


@dataclass(frozen=True)
class ContextRules:
    """When a loaded word is not the outlet's framing (``[context]`` of the lexicon).

    ``technical_*``: a term of ``technical_categories`` next to these words names a
    charge, a law or a case ("terrorism charges", "convicted of terrorism").
    ``designated``: names of groups and events that the UN Security Council's sanctions
    list designates; a terror label in a sentence naming one is not one side's label.
    """

    technical_categories: frozenset[str] = frozenset()
    technical_after: frozenset[str] = frozenset()
    technical_before: tuple[tuple[str, ...], ...] = ()
    designated: tuple[str, ...] = ()
    designated_categories: frozenset[str] = frozenset()
    name_entity_labels: frozenset[str] = frozenset()
    name_categories: frozenset[str] = frozenset()  # categories whose terms are names
    neutral_phrases: tuple[tuple[str, ...], ...] = ()  # the recommended neutral wordings


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

    @property
    def needs_clause(self) -> bool:
        """True when the verb counts only before a reported clause or quotation.

        ``clause_only`` entries, and every endorsement verb ("reveal", "disclose",
        "point out", "clarify"): what they add to "said" is that a *statement* is true,
        so with no statement after them ("disclose his intentions", "the subpoenas were
        disclosed Thursday", "revealed information about two programs") they are the
        plain verb, not the outlet's endorsement (issue 14, read in session 13).
        """
        return self.clause_only or self.connotation.startswith("endorsement")


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
    hedges: tuple[TermEntry, ...] = ()
    context: ContextRules = ContextRules()

    def term_index(self) -> dict[str, list[tuple[TermEntry, tuple[str, ...]]]]:
        """Patterns keyed by their first word (lower case), longest first."""
        return _term_index(self, "terms")

    def hedge_index(self) -> dict[str, list[tuple[TermEntry, tuple[str, ...]]]]:
        """The hedges' patterns, keyed as :meth:`term_index`."""
        return _term_index(self, "hedges")


@lru_cache(maxsize=16)
def _term_index(lexicon: Lexicon, which: str) -> dict[str, list[tuple[TermEntry, tuple[str, ...]]]]:
    index: dict[str, list[tuple[TermEntry, tuple[str, ...]]]] = {}
    for entry in getattr(lexicon, which):
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


def _check_fields(
    raw: dict[str, Any], allowed: set[str], required: tuple[str, ...], path: Path | str, where: str
) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise _fail(path, f"{where} has unknown fields {sorted(unknown)}")
    for key in required:
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(path, f"{where} needs a non-empty '{key}'")
    match = raw.get("match", [""]) if "match" in allowed else [""]
    if not isinstance(match, list) or not match or not all(isinstance(m, str) for m in match):
        raise _fail(path, f"{where} needs a non-empty 'match' list")


def _term(raw: dict[str, Any], path: Path | str, where: str, **fixed: str) -> TermEntry:
    fields = {
        "term": raw.get("term", ""), "category": raw.get("category", ""),
        "neutral": raw.get("neutral", ""), **fixed,
    }  # fmt: skip
    return TermEntry(
        **fields, patterns=tuple(_pattern_tokens(m) for m in raw["match"]),
        sources=_sources(raw, path, where), note=raw.get("note", ""),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        pos=frozenset(p.upper() for p in raw.get("pos", [])),
        mid_sentence=bool(raw.get("mid_sentence", False)),
        preceded_by=_words(raw.get("preceded_by"), path, where),
        not_preceded_by=_words(raw.get("not_preceded_by"), path, where),
        followed_by=_words(raw.get("followed_by"), path, where),
        not_followed_by=_words(raw.get("not_followed_by"), path, where),
        before_name=bool(raw.get("before_name", False)),
    )  # fmt: skip


def _terms(data: dict[str, Any], categories: dict[str, str], path: Path | str) -> list[TermEntry]:
    terms = []
    for n, raw in enumerate(data.get("term", []), 1):
        where = f"term #{n} ({raw.get('term', '?')!r})"
        _check_fields(raw, TERM_FIELDS, ("term", "category", "neutral"), path, where)
        if raw["category"] not in categories:
            raise _fail(path, f"{where} has unknown category {raw['category']!r}")
        terms.append(_term(raw, path, where))
    return terms


def _hedges(data: dict[str, Any], path: Path | str) -> list[TermEntry]:
    """``[[hedge]]`` entries, compiled as terms of the category "hedge"."""
    hedges = []
    for n, raw in enumerate(data.get("hedge", []), 1):
        where = f"hedge #{n} ({raw.get('hedge', '?')!r})"
        _check_fields(raw, HEDGE_FIELDS, ("hedge", "connotation"), path, where)
        hedges.append(_term(raw, path, where, term=raw["hedge"], category="hedge",
                            neutral="", connotation=raw["connotation"]))  # fmt: skip
    return hedges


def _verbs(data: dict[str, Any], path: Path | str) -> list[VerbEntry]:
    verbs = []
    for n, raw in enumerate(data.get("attribution", []), 1):
        where = f"attribution #{n} ({raw.get('verb', '?')!r})"
        _check_fields(raw, VERB_FIELDS, ("verb", "connotation"), path, where)
        verbs.append(VerbEntry(
            verb=raw["verb"], connotation=raw["connotation"],
            sources=_sources(raw, path, where), words=tuple(raw["verb"].lower().split()),
            clause_only=bool(raw.get("clause_only", False)),
            also_after=_words(raw.get("also_after"), path, where),
            not_followed_by=_words(raw.get("not_followed_by"), path, where),
        ))  # fmt: skip
    return verbs


def _context(data: dict[str, Any], path: Path | str) -> ContextRules:
    raw = data.get("context", {})
    technical = raw.get("technical", {})
    designated = raw.get("designated", {})
    if designated and not designated.get("sources"):
        raise _fail(path, "context.designated needs a non-empty 'sources' list")
    return ContextRules(
        technical_categories=frozenset(technical.get("categories", [])),
        technical_after=_words(technical.get("followed_by"), path, "context.technical"),
        technical_before=tuple(tuple(p.lower().split()) for p in technical.get("after", [])),
        designated=tuple(designated.get("names", [])),
        designated_categories=frozenset(designated.get("categories", [])),
        name_entity_labels=frozenset(raw.get("names", {}).get("entity_labels", [])),
        name_categories=frozenset(raw.get("names", {}).get("loaded_categories", [])),
        neutral_phrases=tuple(_pattern_tokens(p.lower())
                              for p in raw.get("neutral", {}).get("phrases", [])),
    )  # fmt: skip


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
    defaults = data.get("attribution_defaults", {})
    scare = data.get("scare_quotes", {})
    changelog = data.get("changelog", [])
    if not isinstance(changelog, list) or not any(c.get("version") == version for c in changelog):
        raise _fail(path, f"the changelog has no entry for version {version}")
    cues = data.get("cues", {})
    return Lexicon(
        version=version, path=str(path), categories=dict(categories),
        terms=tuple(_terms(data, categories, path)), verbs=tuple(_verbs(data, path)),
        neutral=str(defaults.get("neutral", "said")),
        neutral_verbs=tuple(tuple(v.lower().split()) for v in defaults.get("neutral_verbs", [])),
        naming_words=_words(scare.get("naming_words"), path, "scare_quotes.naming_words"),
        title_words=_words(scare.get("title_words"), path, "scare_quotes.title_words"),
        speech_words=_words(scare.get("speech_words"), path, "scare_quotes.speech_words"),
        changelog=tuple({k: str(v) for k, v in c.items()} for c in changelog),
        partial_quote_words=int(data.get("partial_quotes", {}).get("max_words", 3)),
        cue_file=str(cues.get("file", "")), cue_max_valence=float(cues.get("max_valence", -2.0)),
        cue_pos=frozenset(p.upper() for p in cues.get("pos", [])),
        hedges=tuple(_hedges(data, path)), context=_context(data, path),
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


def load_cues(lexicon: Lexicon | None = None, max_valence: float | None = None) -> dict[str, float]:
    """The affect-cue words at or below ``max_valence`` (by default the lexicon's
    threshold for the opt-in cue layer): word -> valence."""
    lexicon = lexicon or load_lexicon()
    limit = lexicon.cue_max_valence if max_valence is None else max_valence
    return _load_cues(lexicon.cue_file, limit)
