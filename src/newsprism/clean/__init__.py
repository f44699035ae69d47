"""The clean stage: RawDocument -> Article (clean text, title, time in UTC, outlet, language).

Explicit metadata (CLI options, sidecar files, JSON/feed fields) always beats anything
inferred; each field's origin is recorded in ``Article.provenance`` so a reader can see
why newsprism believes what it shows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from newsprism.clean.dates import DateChoice, FoundStamp, choose_published, parse_free
from newsprism.clean.html import extract_html
from newsprism.clean.language import detect_language, reliable_declaration
from newsprism.clean.outlets import find_outlet_in_text, load_outlet_table
from newsprism.clean.text import clean_lines
from newsprism.errors import IngestError
from newsprism.models import Article, RawDocument, RemovedLine

__all__ = ["CleanOptions", "clean_document"]

_URL_IN_LINE = re.compile(r"https?://[^\s\"'<>]+")


@dataclass(frozen=True)
class CleanOptions:
    """Options of the clean stage (one object, not a dozen keyword arguments)."""

    detect_dates: bool = True
    default_zone: str | None = None  # zone for naive stamps when the page names none


def clean_document(raw: RawDocument, options: CleanOptions | None = None) -> Article:
    """Clean one raw document.

    Raises:
        IngestError: when nothing of the item is article text: E120 empty after
            cleaning, E121 a page of navigation links only.
    """
    options = options or CleanOptions()
    meta = raw.meta
    provenance: dict[str, str] = {}
    body = _extract(raw, options, provenance)
    paragraphs, removed, stamps = body.paragraphs, body.removed, body.stamps
    if not paragraphs:
        raise IngestError("no article text left after cleaning", code="E120")
    # the order of these calls is the order of the keys of ``provenance``
    url = _url(meta, body.url, removed, provenance)
    title = _title(meta, body, provenance)
    # The markup of a page links to many other sites (wire copy, "follow us on Google
    # News", analytics scripts): only a text's links name its outlet.
    outlet = _outlet(meta, url, None if body.is_html else raw.content, body.sitename, provenance)
    text = "\n\n".join(paragraphs)
    language, provenance["language"] = _language(meta, body.declared_languages, text)

    if " " in raw.encoding:
        # A codec name has no space; a label with a note (ingest/decode.py) says the text
        # is not exactly the file's bytes: invalid bytes replaced, or stray bytes read as
        # windows-1252 inside UTF-8.
        provenance["decoding"] = raw.encoding
    choice = _choose_date(meta, stamps, options)
    content_hash = raw.content_hash
    return Article(
        id=content_hash[:16],
        content_hash=content_hash,
        source_path=raw.source_path,
        source_line=raw.source_line,
        text=text,
        raw=raw.content,
        raw_format=raw.raw_format,
        url=url,
        title=title or None,
        outlet=outlet,
        language=language,
        published_at=choice.published_at,
        published_at_original=choice.original,
        removed=removed,
        paragraphs=list(paragraphs),
        stamps=choice.stamps,
        date_reason=choice.reason,
        provenance=provenance,
        encoding=raw.encoding,
    )


@dataclass
class _Body:
    """What the HTML cascade or the line rules made of an item, before metadata."""

    paragraphs: list[str]
    removed: list[RemovedLine]
    stamps: list[FoundStamp]
    title: str | None
    title_from: str
    url: str | None = None
    sitename: str | None = None
    is_html: bool = False
    declared_languages: dict[str, str] = field(default_factory=dict)


def _extract(raw: RawDocument, options: CleanOptions, provenance: dict[str, str]) -> _Body:
    """The HTML cascade for a page (or an item carrying one), else the line rules."""
    meta = raw.meta
    if raw.raw_format == "html" or (
        raw.raw_format in ("jsonl", "json", "feed") and meta.get("_html")
    ):
        page = extract_html(raw.content, url=meta.get("url"), with_dates=options.detect_dates)
        provenance["extraction"] = page.layer
        if page.capped:
            provenance["extraction_input"] = page.capped
        if page.truncated:
            provenance["truncated"] = page.truncated
        if page.live_blog:
            # a JSON text, since every provenance value is a string (clean/live_blog.py)
            provenance["live_blog"] = f"{page.live_blog}, {len(page.live_entries)} entries"
            provenance["live_entries"] = json.dumps(page.live_entries, ensure_ascii=False)
        if page.navigation_only:
            raise IngestError("navigation links only, no article text", code="E121")
        return _Body(page.paragraphs, page.removed, page.stamps, page.title, "html",
                     page.url, page.sitename, True, page.declared_languages)  # fmt: skip
    result = clean_lines(raw.content)
    provenance["extraction"] = "line-rules"
    return _Body(result.paragraphs, result.removed, result.stamps, result.title,
                 "text:first-line")  # fmt: skip


def _url(meta: dict, found: str | None, removed: list[RemovedLine],
         provenance: dict[str, str]) -> str | None:  # fmt: skip
    """The article's address: given, else the page's own, else a removed share-link line."""
    if meta.get("url"):
        provenance["url"] = meta.get("_url_from", "given")
        return meta["url"]
    if found:
        provenance["url"] = "html"
        return found
    url = _share_link(removed)
    if url:
        provenance["url"] = "share-link line"
    return url


def _title(meta: dict, body: _Body, provenance: dict[str, str]) -> str | None:
    """The headline: given, else what the extraction found (``body.title_from`` says how)."""
    if meta.get("title"):
        provenance["title"] = meta.get("_title_from", "given")
        return str(meta["title"]).strip()
    if body.title:
        provenance["title"] = body.title_from
    return body.title


def _share_link(removed: list[RemovedLine]) -> str | None:
    """The article's own (short) address, from a removed 'copy link' line."""
    for line in removed:
        if line.reason == "share-link":
            match = _URL_IN_LINE.search(line.text)
            if match:
                return match.group(0).rstrip(".,)")
    return None


def _language(meta: dict, declared: dict[str, str], text: str) -> tuple[str | None, str]:
    """The language and its provenance: given, else declared by the page, else lingua."""
    if meta.get("language"):
        return str(meta["language"]).lower(), "given"
    found = reliable_declaration(declared, text)
    if found is not None:
        return found[0], f"declared ({found[1]})"
    return detect_language(text), "detected (lingua)"


def _outlet(
    meta: dict,
    url: str | None,
    content: str | None,
    sitename: str | None,
    provenance: dict[str, str],
) -> str | None:
    if meta.get("outlet"):
        provenance["outlet"] = meta.get("_outlet_from", "given")
        return str(meta["outlet"]).strip()
    table = load_outlet_table()
    if url:
        match = table.lookup_url(url)
        if match:
            provenance["outlet"] = f"url ({match.domain})"
            return match.outlet
    match = find_outlet_in_text(content, table) if content else None
    if match:
        provenance["outlet"] = f"link in text ({match.matched})"
        return match.outlet
    if sitename:
        provenance["outlet"] = "html site name"
        return sitename
    if meta.get("feed_title"):
        provenance["outlet"] = "feed title"
        return str(meta["feed_title"])
    return None


def _choose_date(meta: dict, stamps: list[FoundStamp], options: CleanOptions) -> DateChoice:
    """Given metadata wins over stamps in the text; those still lend it a zone if it has none."""
    given = meta.get("published")
    source = meta.get("_published_from", "given")
    stamp = parse_free(str(given), source=source, role="published") if given else None
    if stamp is None:
        return choose_published(stamps, options.default_zone)
    choice = choose_published([stamp, *stamps], options.default_zone)
    resolved = choice.stamps[0]  # choose_published keeps the input order
    reason = f"given in metadata ({source}); zone: {resolved.zone} ({resolved.zone_source})"
    return DateChoice(resolved.utc, stamp.original, reason, choice.stamps)
