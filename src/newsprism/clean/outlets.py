"""Map a URL, a host name or a short link to the news outlet that published it.

Which domain belongs to which outlet is a fact about the world, not logic, so it lives in
a data table, ``newsprism/data/outlets.tsv``: covering a new site, edition or short-link
domain needs a new row, not new code. This module only knows how to read that table,
normalize a host and walk up its parent domains.

The table is tab-separated, with a header line ``domain outlet language country kind``:

* ``domain``: a host without ``www.`` (``aljazeera.com``, ``english.almayadeen.net``), or a
  host plus one path segment (``bbc.com/arabic``) for an edition served under a path of a
  shared host. Path rows are matched by :meth:`OutletTable.lookup_url` only, since a bare
  host has no path.
* ``outlet``: the outlet's usual display name; ``language``: ISO 639-1 code of the edition;
  ``country``: ISO 3166 alpha-2 code of the owner's base, or ``INT``; ``kind``: ``site``,
  ``shortlink`` or ``edition``.

A lookup tries the most specific key first (``host/first-segment``, then the host, then
each parent domain, longest first), so an edition row wins over the site it belongs to.
Generic shorteners (bit.ly, t.co, trib.al …) are deliberately absent from the table: they
say nothing about the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from urllib.parse import urlsplit

__all__ = [
    "HEADER",
    "KINDS",
    "OutletMatch",
    "OutletRow",
    "OutletTable",
    "find_outlet_in_text",
    "fold_outlet_name",
    "load_outlet_table",
    "parse_outlet_table",
    "shown_outlet_name",
]

HEADER = ("domain", "outlet", "language", "country", "kind")
KINDS = frozenset({"site", "shortlink", "edition"})

_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_DOMAIN_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})+(?:/[a-z0-9._~-]+)?")
_LANGUAGE_RE = re.compile(r"[a-z]{2}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}|INT")
# Leading labels that name a rendering of a site, not a different site.
_VARIANT_PREFIX_RE = re.compile(r"(?:www\d*|m|amp)\.")
# "scheme:" at the start of a link; a dotted "scheme" is really a host followed by a port.
_SCHEME_RE = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)

_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]]"
_LINK_RE = re.compile(
    # An explicit URL, found anywhere: scraped text glues it to the word before
    # ("copy urlhttps://aja.ws/d5f3wh").
    rf"https?://{_URL_CHARS}+"
    # A bare link: domain.tld/path at the start of a token. The path is required, since
    # a bare domain in prose ("reported by Reuters.com") is a mention, not a link.
    rf"|(?<![\w@./:-])(?:{_LABEL}\.)+[a-z]{{2,63}}/{_URL_CHARS}*",
    re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"»”’…"
# a "(…)" tag at the end of an outlet's name: "ABC News (Australia)", "Al Rai (Kuwait)"
# in the table, "New York Times (News)" in a corpus's source field
_NAME_TAG_RE = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True, slots=True)
class OutletRow:
    """One row of the outlet table."""

    domain: str
    outlet: str
    language: str
    country: str
    kind: str

    def match(self, matched: str) -> OutletMatch:
        """Return this row as the answer to a lookup of ``matched``."""
        return OutletMatch(
            outlet=self.outlet,
            domain=self.domain,
            language=self.language,
            country=self.country,
            kind=self.kind,
            matched=matched,
        )


@dataclass(frozen=True, slots=True)
class OutletMatch:
    """The outlet found for a host, URL or link.

    Attributes:
        outlet: display name of the outlet ("Al Jazeera").
        domain: the table key that matched (``aljazeera.com``, ``bbc.com/arabic``).
        language: ISO 639-1 code of the edition.
        country: ISO 3166 alpha-2 code of the owner's base, or ``INT``.
        kind: ``site``, ``shortlink`` or ``edition``.
        matched: the host or link that was looked up.
    """

    outlet: str
    domain: str
    language: str
    country: str
    kind: str
    matched: str


class OutletTable:
    """The outlet rows, keyed by domain, with host and URL lookups."""

    __slots__ = ("_rows",)

    def __init__(self, rows: Iterable[OutletRow]) -> None:
        """Index ``rows`` by domain.

        Args:
            rows: table rows; each domain at most once.

        Raises:
            ValueError: when a domain occurs twice.
        """
        by_domain: dict[str, OutletRow] = {}
        for row in rows:
            if row.domain in by_domain:
                raise ValueError(f"duplicate domain {row.domain!r}")
            by_domain[row.domain] = row
        self._rows = MappingProxyType(by_domain)

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[OutletRow]:
        return iter(self._rows.values())

    def __contains__(self, domain: object) -> bool:
        return domain in self._rows

    def get(self, domain: str) -> OutletRow | None:
        """Return the row whose key is exactly ``domain``, or None."""
        return self._rows.get(domain)

    def lookup_host(self, host: str) -> OutletMatch | None:
        """Find the outlet of a host name.

        The host is lower-cased and stripped of a port and of leading ``www.``/``m.``/
        ``amp.`` labels; then the host and each of its parent domains are tried, longest
        first (``english.almayadeen.net``, then ``almayadeen.net``).

        Args:
            host: a host name, e.g. ``www.aljazeera.com`` or ``edition.cnn.com:443``.

        Returns:
            The match for the most specific row, or None when no row covers the host.
        """
        name = _normalize_host(host)
        for candidate in _parent_domains(name):
            row = self._rows.get(candidate)
            if row is not None:
                return row.match(name)
        return None

    def lookup_url(self, url: str) -> OutletMatch | None:
        """Find the outlet of a URL or link, with or without a scheme.

        ``aja.ws/d5f3wh`` and ``//www.bbc.com/news`` are accepted as well as full URLs. At
        each level of the host an edition row for the path's first segment
        (``bbc.com/arabic``) is tried before the row for the host itself.

        Args:
            url: the URL or link.

        Returns:
            The match for the most specific row, or None when no row covers the URL (or it
            is not a web address at all, like ``mailto:…``).
        """
        link = url.strip()
        text = link
        scheme = _SCHEME_RE.match(text)
        if scheme is not None and "." not in scheme.group(1):
            if not text[scheme.end() :].startswith("//"):
                return None  # mailto:, tel:, javascript: …
        elif text.startswith("//"):
            text = "http:" + text
        else:
            text = "http://" + text
        try:
            parts = urlsplit(text)
            host = parts.hostname
        except ValueError:  # malformed, e.g. an unbalanced IPv6 bracket
            return None
        if not host:
            return None
        segment = parts.path.lstrip("/").split("/", 1)[0].lower()
        for candidate in _parent_domains(_normalize_host(host)):
            if segment:
                row = self._rows.get(f"{candidate}/{segment}")
                if row is not None:
                    return row.match(link)
            row = self._rows.get(candidate)
            if row is not None:
                return row.match(link)
        return None


def parse_outlet_table(text: str, origin: str = "<outlets>") -> OutletTable:
    """Parse the TSV text of an outlet table.

    Blank lines are ignored; every other line must have the five fields of the header.

    Args:
        text: the table, header line first.
        origin: a name for the text (a path) used in error messages.

    Returns:
        The table.

    Raises:
        ValueError: on a wrong header, a line without five fields, a malformed value or a
            duplicate domain; the message names ``origin`` and the line number.
    """
    lines = text.removeprefix("\ufeff").splitlines()
    numbered = [(number, line) for number, line in enumerate(lines, 1) if line.strip()]
    if not numbered or tuple(f.strip() for f in numbered[0][1].split("\t")) != HEADER:
        raise ValueError(f"{origin}: the first line must be the header {'<TAB>'.join(HEADER)}")
    rows: list[OutletRow] = []
    seen: dict[str, int] = {}
    for number, line in numbered[1:]:
        where = f"{origin}:{number}"
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != len(HEADER) or not all(fields):
            raise ValueError(f"{where}: expected {len(HEADER)} non-empty tab-separated fields")
        row = OutletRow(*fields)
        _check_row(row, where)
        if row.domain in seen:
            raise ValueError(f"{where}: domain {row.domain!r} already on line {seen[row.domain]}")
        seen[row.domain] = number
        rows.append(row)
    return OutletTable(rows)


def load_outlet_table(path: Path | None = None) -> OutletTable:
    """Load an outlet table.

    Args:
        path: a TSV file; None for the table shipped in the package, which is read once
            and cached.

    Returns:
        The table.

    Raises:
        ValueError: when the file is malformed (see :func:`parse_outlet_table`).
        OSError: when the file cannot be read.
    """
    if path is None:
        return _default_table()
    path = Path(path)
    return parse_outlet_table(path.read_text(encoding="utf-8"), origin=str(path))


@lru_cache(maxsize=1)
def _default_table() -> OutletTable:
    resource = resources.files("newsprism") / "data" / "outlets.tsv"
    return parse_outlet_table(resource.read_text(encoding="utf-8"), origin=str(resource))


def find_outlet_in_text(text: str, table: OutletTable | None = None) -> OutletMatch | None:
    """Find the outlet of the first known link in running text.

    Explicit ``http(s)://`` URLs are found anywhere, even glued to the word before them
    (``copy urlhttps://aja.ws/d5f3wh``); bare ``domain.tld/path`` tokens count too when
    the table knows their domain. Trailing punctuation is not part of a link.

    Args:
        text: article text, possibly with share lines and other debris.
        table: the table to use; the packaged one when None.

    Returns:
        The match for the first link (in text order) that the table covers, or None.
    """
    if table is None:
        table = load_outlet_table()
    for found in _LINK_RE.finditer(text):
        link = found.group(0).rstrip(_TRAILING_PUNCTUATION)
        match = table.lookup_url(link)
        if match is not None:
            return match
    return None


def _check_row(row: OutletRow, where: str) -> None:
    if not _DOMAIN_RE.fullmatch(row.domain):
        raise ValueError(f"{where}: bad domain {row.domain!r} (lower-case host[/segment])")
    if _VARIANT_PREFIX_RE.match(row.domain):
        raise ValueError(f"{where}: domain {row.domain!r} starts with a prefix lookups strip")
    if not _LANGUAGE_RE.fullmatch(row.language):
        raise ValueError(f"{where}: bad language {row.language!r} (ISO 639-1, lower case)")
    if not _COUNTRY_RE.fullmatch(row.country):
        raise ValueError(f"{where}: bad country {row.country!r} (ISO 3166 alpha-2 or INT)")
    if row.kind not in KINDS:
        raise ValueError(f"{where}: bad kind {row.kind!r} (one of {', '.join(sorted(KINDS))})")


def _normalize_host(host: str) -> str:
    """Lower-case; drop a port, a trailing dot and leading www./m./amp. labels."""
    name = host.strip().lower()
    if name.startswith("["):  # IPv6 literal, with or without a port
        return name.split("]", 1)[0] + "]"
    head, colon, port = name.rpartition(":")
    if colon and (port.isdigit() or not port):
        name = head
    name = name.rstrip(".")
    while (prefix := _VARIANT_PREFIX_RE.match(name)) and "." in name[prefix.end() :]:
        name = name[prefix.end() :]
    return name


def _parent_domains(host: str) -> Iterator[str]:
    """The host and its parent domains, longest first, never a bare top-level domain."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        yield ".".join(labels[start:])


def shown_outlet_name(name: str) -> str:
    """An outlet's name as a reader knows it: "ABC News", not "ABC News (Australia)"
    (a "(…)" tag tells two outlets or sections apart; a reader does not say it)."""
    return _NAME_TAG_RE.sub("", name).strip()


def fold_outlet_name(name: str, *, one_space: bool = False) -> str:
    """An outlet's name as it is compared: its :func:`shown_outlet_name` in lower case,
    without a leading "the" ("The New York Times (News)" → "new york times").

    The one fold of the relay finder (compare/relays.py) and the "according to"
    reader (extract/quotes/accounts.py). They differ in one step, kept as each had it:
    the reader, which folds the words of a parse joined by spaces, also folds every run
    of white space to one space (``one_space=True``: "Las  Vegas\nSun" → "las vegas
    sun"); the relay finder keeps the white space inside a name as written."""
    folded = re.sub(r"^the\s+", "", shown_outlet_name(name).lower())
    return " ".join(folded.split()) if one_space else folded
