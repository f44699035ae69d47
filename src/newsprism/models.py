"""Plain dataclasses that flow between the stages.

``RawDocument`` is what ``ingest`` produces: the bytes-turned-text of one item plus
whatever metadata came with it (sidecar, JSON fields, feed fields, CLI options).
``Article`` is what ``clean`` produces and ``store`` keeps. Nothing here does I/O.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, Literal

from newsprism.display import one_line

RawFormat = Literal["text", "html", "jsonl", "json", "feed"]


@dataclass(frozen=True)
class RemovedLine:
    """A line taken out of the article body, kept so that nothing is ever lost.

    ``reason`` is the name of the rule (see ``data/boilerplate.toml``) or of the
    scorer that removed it; ``position`` is the line's index in the input text.
    """

    text: str
    reason: str
    position: int = -1

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "position": self.position}


@dataclass(frozen=True)
class Stamp:
    """One date/time stamp found in an item, before and after normalisation.

    ``role`` says what the stamp claims to be (``published``, ``updated``,
    ``repost`` …); ``zone`` is the IANA zone or offset that was applied, and
    ``zone_source`` how it was learned (``explicit``, ``named``, ``page``, ``default``).
    """

    original: str
    utc: str | None
    role: str
    source: str
    zone: str | None = None
    zone_source: str | None = None
    local: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RawDocument:
    """One input item as read from disk, not yet cleaned.

    Attributes:
        source_path: the file it came from (a JSONL/feed file for every item in it).
        source_line: 1-based line (JSONL) or entry number (feed); None for whole files.
        raw_format: which reader produced it; decides the cleaning path.
        content: decoded text of the item (plain text or HTML).
        meta: metadata given with the item (url, title, outlet, language, published …);
            keys absent when unknown. Explicit metadata beats anything inferred.
        encoding: the encoding the bytes were decoded with.
    """

    source_path: str
    content: str
    raw_format: RawFormat
    source_line: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"

    @property
    def location(self) -> str:
        """``path`` or ``path:line``, for messages."""
        if self.source_line is None:
            return self.source_path
        return f"{self.source_path}:{self.source_line}"

    @cached_property
    def content_hash(self) -> str:
        """SHA-256 of the content with whitespace folded, plus explicit metadata.

        Whitespace is folded so that a re-save with other line endings is the same
        article; the explicit url takes part so that one text posted at two
        addresses stays two items of coverage. Computed once (0.2 ms for a 23 kB
        item): the writer hashes an item to skip stored ones, and the value travels
        with the pickled item to the worker that cleans it, which needs it for the id.
        A reader sets ``content`` and ``meta`` before the item is hashed, never after.
        """
        folded = " ".join(self.content.split())
        digest = hashlib.sha256(folded.encode("utf-8"))
        url = self.meta.get("url")
        if url:
            digest.update(b"\x00" + str(url).encode("utf-8"))
        return digest.hexdigest()


@dataclass
class Article:
    """A cleaned article: the unit every later stage reads.

    ``published_at`` is ISO 8601 in UTC (``...Z``) or None; ``published_at_original``
    is the stamp exactly as printed. ``stamps`` lists every stamp found, and
    ``date_reason`` says which one was chosen and why.
    """

    id: str
    content_hash: str
    source_path: str
    text: str
    raw: str
    raw_format: str
    source_line: int | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published_at: str | None = None
    published_at_original: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    stamps: list[Stamp] = field(default_factory=list)
    date_reason: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    crawled_at: str | None = None  # when a crawler fetched the page (a WARC record's date)

    @property
    def location(self) -> str:
        """``path`` or ``path:line`` of the item it was cleaned from."""
        if self.source_line is None:
            return self.source_path
        return f"{self.source_path}:{self.source_line}"

    @property
    def truncated(self) -> bool:
        """Whether the text is cut (a paywall): ``provenance["truncated"]`` says why.

        Kept in the provenance, which the store already holds, so no migration is needed.
        """
        return bool(self.provenance.get("truncated"))

    @property
    def live_entries(self) -> list[dict[str, Any]]:
        """A live blog's entries in page order: ``{"time", "paragraph", "first_words"}``.

        ``time`` is the entry's time as the page gives it (ISO 8601), never the article's
        date; ``paragraph`` the index in ``paragraphs`` of the entry's first kept
        paragraph. Kept in ``provenance["live_entries"]`` as a JSON text (every
        provenance value is a string), so no migration is needed; [] for other pages.
        """
        try:
            entries = json.loads(self.provenance.get("live_entries") or "[]")
        except ValueError:
            return []
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def as_dict(self, *, include_raw: bool = False) -> dict[str, Any]:
        """The public JSON shape (a contract: add fields, never rename them)."""
        out: dict[str, Any] = {
            "id": self.id,
            "source_path": self.source_path,
            "source_line": self.source_line,
            "url": self.url,
            "title": self.title,
            "outlet": self.outlet,
            "language": self.language,
            "published_at": self.published_at,
            "published_at_original": self.published_at_original,
            "date_reason": self.date_reason,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "stamps": [s.as_dict() for s in self.stamps],
            "provenance": dict(self.provenance),
            "content_hash": self.content_hash,
            "encoding": self.encoding,
            "raw_format": self.raw_format,
            "crawled_at": self.crawled_at,
            "truncated": self.truncated,
            "live_entries": self.live_entries,
        }
        if include_raw:
            out["raw"] = self.raw
        return out


@dataclass(frozen=True)
class IngestFailure:
    """A bad input item: where it was and why it could not be used.

    Both are one line of valid text whatever they are given (``display.one_line``): the
    same value is printed, returned as JSON, shown on the web and stored in SQLite, and a
    file name or an exception message may hold a newline, ESC or a lone surrogate.
    ``location`` is the item's path as ``display.display_path`` shows it.
    """

    location: str
    reason: str
    code: str = "E100"

    def __post_init__(self) -> None:
        object.__setattr__(self, "location", one_line(self.location))
        object.__setattr__(self, "reason", one_line(self.reason))

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"

    @property
    def line(self) -> str:
        """The error line, as the CLI and the web upload page print it."""
        return f"error {self.location}: {self.reason} [{self.code}]"


@dataclass(frozen=True)
class SkippedItem:
    """An input item that is not an article and is no one's error: a WARC record of a
    redirect, an HTTP error, an image, a revisit; a saved "301 Moved Permanently" page.
    Counted by ``reason`` in the ingest report, never stored nor reported as a failure."""

    location: str
    reason: str


# --- stories ------------------------------------------------------------------------


@dataclass
class StoryMember:
    """One article of a story, as the stories listing shows it (a public JSON shape)."""

    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published_at: str | None
    duplicate_of: str | None = None
    score: float | None = None
    truncated: bool = False  # a paywall cuts its text (``Article.truncated``)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published_at": self.published_at,
            "duplicate_of": self.duplicate_of,
            "score": self.score,
            "truncated": self.truncated,
        }


@dataclass
class Story:
    """The reports of one event, across outlets and days.

    ``first_seen``/``last_seen`` span the members' publication times (ISO 8601 UTC);
    ``outlets`` lists each outlet once, in order of first report. A near-copy (a
    re-post, a syndicated wire story) is a member with ``duplicate_of`` set: it is
    another outlet's coverage of the same event, not a new event.
    """

    id: str
    label: str
    articles: list[StoryMember]
    key_entities: list[str] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    frozen: bool = False

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(a.outlet for a in self.articles if a.outlet))

    def as_dict(self) -> dict[str, Any]:
        """The public JSON shape of ``newsprism stories`` (a contract: add, never rename)."""
        return {
            "id": self.id,
            "label": self.label,
            "size": len(self.articles),
            "articles": [a.as_dict() for a in self.articles],
            "outlets": self.outlets,
            "key_entities": list(self.key_entities),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "frozen": self.frozen,
        }


# --- extract / compare (per story) --------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article; offsets index ``Article.text``."""

    article_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass
class Mention:
    """One mention of a named entity (or a title/role standing for one) in an article."""

    article_id: str
    sentence_index: int
    text: str
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, … or ROLE for "the spokesman"
    start: int
    end: int
    entity_id: str | None = None


@dataclass
class Entity:
    """A person, organisation or place merged across the articles of a story."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: dict[str, int] = field(default_factory=dict)  # article_id -> count
    # Written only in headlines (extract/headline_names.py): no body offset behind it.
    headline_only: bool = False
    # A body row's forms that only headlines write (extract/headline_forms.py), by article.
    headline_forms: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": dict(self.mentions),
        }
        if self.headline_only:  # only then: every other row's JSON stays as it was
            row["headline_only"] = True
        if self.headline_forms:  # likewise
            row["headline_forms"] = {a: list(f) for a, f in self.headline_forms.items()}
        return row


@dataclass
class Quote:
    """Words attributed to a speaker: direct (in quotation marks) or reported."""

    id: str
    article_id: str
    text: str
    kind: Literal["direct", "reported"]
    speaker: str | None
    speaker_entity_id: str | None = None
    cue: str | None = None  # the attribution verb or phrase: said, told reporters, according to
    sentence_index: int = -1
    start: int = -1  # offsets of ``text`` in Article.text
    end: int = -1
    variant_group: str | None = None
    within: str | None = None  # the id of the quote whose words this one is quoted in
    # How the article names the speaker at the cue ("a statement from his office", "the
    # spokesman", "He") and how that was resolved (name, pronoun, role, organisation,
    # description, none): a reader can check the attribution against the article.
    speaker_as_written: str | None = None
    speaker_resolved: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "speaker": self.speaker,
            "speaker_entity_id": self.speaker_entity_id,
            "text": self.text,
            "kind": self.kind,
            "cue": self.cue,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "variant_group": self.variant_group,
            "within": self.within,
            "speaker_as_written": self.speaker_as_written,
            "speaker_resolved": self.speaker_resolved,
        }


@dataclass(frozen=True)
class Quantity:
    """A number as stated, with its precision ("about", "more than") kept for conflicts."""

    text: str
    value: float
    qualifier: Literal["exact", "approx", "min", "max"] = "exact"
    unit: str | None = None


@dataclass
class Claim:
    """A factual statement of one article (a sentence or clause) with its parsed parts."""

    id: str
    article_id: str
    sentence_index: int
    text: str
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # entity ids
    places: list[str] = field(default_factory=list)  # entity ids
    organisations: list[str] = field(default_factory=list)  # entity ids
    start: int = -1  # offsets of ``text`` in Article.text
    end: int = -1
    # ISO 639-1 code of ``text`` when it is not English ("ar"): shown as written, never
    # translated; None for English (docs/crosslang.md).
    language: str | None = None
