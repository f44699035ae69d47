"""Full-text search over the stored articles (SQLite FTS5, migration ``006_articles_fts``).

The index holds each article's title and clean body; triggers keep it in step with
``articles`` whoever writes, so ingest needs no change. What a user types is never
handed to FTS5 as query syntax (an unbalanced quote or a bare ``AND`` would be a syntax
error, and column filters would reach into other columns): :func:`fts_query` turns it
into quoted terms, keeping only what it understands: ``"exact phrases"``, ``prefix*``,
``-excluded`` words and ``OR`` between two terms.

Snippets come back as :class:`Piece` runs with the matched words flagged, never as
markup: the page escapes every piece, so an article cannot inject HTML through a
snippet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprism.store.protocol import Store

# Control characters mark the matches in FTS5's snippet(); they cannot be typed in a page.
_OPEN, _CLOSE = "\x02", "\x03"
_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SNIPPET_WORDS = 28
OPENING_WORDS = 12  # as report._shared.TITLE_FALLBACK_WORDS: displays of untitled articles
SORTS = ("relevance", "newest", "oldest")


@dataclass(frozen=True)
class Piece:
    """A run of snippet or title text; ``hit`` when it matched the query."""

    text: str
    hit: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "hit": self.hit}


@dataclass
class SearchHit:
    """One matching article, with its highlighted title and snippet."""

    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published_at: str | None
    url: str | None
    story_id: str | None
    title_pieces: list[Piece]
    snippet: list[Piece]
    opening: str | None = None  # the first words, for an article without a title
    source_path: str | None = None  # the file, which names an article with no outlet

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "language": self.language,
            "published_at": self.published_at,
            "url": self.url,
            "story_id": self.story_id,
            "title_pieces": [p.as_dict() for p in self.title_pieces],
            "snippet": [p.as_dict() for p in self.snippet],
            "opening": self.opening,
            "source_path": self.source_path,
        }


@dataclass
class SearchResults:
    """A page of hits, the total, and counts per outlet and language for the filters."""

    query: str
    fts: str | None
    total: int
    hits: list[SearchHit]
    outlets: list[tuple[str, int]] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    # The matches with no outlet (id, url, source_path), over the same rows as the facets:
    # a web site or a file is counted by the name read off them (``web/source_filter.py``,
    # session 36), which is no column. Not part of ``as_dict``: the web adds ``sources``.
    sourceless: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "fts": self.fts,
            "total": self.total,
            "hits": [h.as_dict() for h in self.hits],
            "outlets": [{"outlet": o, "count": n} for o, n in self.outlets],
            "languages": [{"language": lang, "count": n} for lang, n in self.languages],
        }


Term = tuple[list[str], bool]  # the words of a word or "phrase", and whether a prefix*


def parse_query(text: str) -> tuple[list[list[Term]], list[Term]]:
    """What the user typed, as the terms to match (each a list of alternatives joined
    by OR) and the terms to exclude. Anything else is dropped, never an error."""
    positive: list[list[Term]] = []
    negative: list[Term] = []
    pending_or = False
    for token in _TOKEN.findall(text):
        if token == "OR":
            pending_or = bool(positive)
            continue
        excluded = token.startswith("-") and len(token) > 1
        body = token[1:] if excluded else token
        prefix = body.endswith("*") and not body.startswith('"')
        words = _WORD.findall(body)
        if not words:
            continue
        if excluded:
            negative.append((words, prefix))
        elif pending_or:
            positive[-1].append((words, prefix))
        else:
            positive.append([(words, prefix)])
        pending_or = False
    return positive, negative


def fts_query(text: str) -> str | None:
    """What the user typed as a safe FTS5 query, or None when nothing is left to match.

    Example:
        >>> fts_query('rafah "ground operation" blink* -gaza OR')
        '"rafah" "ground operation" "blink"* NOT "gaza"'
    """
    positive, negative = parse_query(text)
    if not positive:
        return None  # FTS5's NOT needs something on its left

    def term(t: Term) -> str:
        return '"' + " ".join(t[0]) + '"' + ("*" if t[1] else "")

    query = " ".join(f"({' OR '.join(map(term, g))})" if len(g) > 1 else term(g[0])
                     for g in positive)  # fmt: skip
    return query + "".join(f" NOT {term(n)}" for n in negative)


def ts_query(text: str) -> str | None:
    """The same query for PostgreSQL's ``to_tsquery`` (a phrase as ``<->``, a prefix as
    ``:*``), or None when nothing is left to match.

    Example:
        >>> ts_query('rafah "ground operation" blink* -gaza OR')
        "'rafah' & ('ground' <-> 'operation') & 'blink':* & !('gaza')"
    """
    positive, negative = parse_query(text)
    if not positive:
        return None

    def term(t: Term) -> str:
        lexemes = [f"'{w}'" for w in t[0]]
        if t[1]:
            lexemes[-1] += ":*"
        return " <-> ".join(lexemes) if len(lexemes) == 1 else f"({' <-> '.join(lexemes)})"

    groups = [f"({' | '.join(map(term, g))})" if len(g) > 1 else term(g[0]) for g in positive]
    return " & ".join(groups + [f"!({term(n)})" for n in negative])


def _pieces(marked: str) -> list[Piece]:
    """Split FTS5 output with the control-character markers into pieces."""
    pieces: list[Piece] = []
    for n, part in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", marked)):
        if part:
            pieces.append(Piece(part, hit=n % 2 == 1))
    return pieces


def _opening(text: str | None) -> str | None:
    if not text:
        return None
    words = text.split()
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")


def check_date(value: str | None, name: str) -> str | None:
    """``YYYY-MM-DD`` (a real day) or None; ValueError naming the field otherwise."""
    if not value:
        return None
    if not _DATE.match(value):
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, not {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {value!r} is not a day of the calendar ({exc})") from exc
    return value


def _flat(values: Iterable[Any]) -> list[Any]:
    """The query parameters of the filters: a list (``article_ids``) gives one per item."""
    return [x for v in values for x in (v if isinstance(v, list) else [v])]


def search_articles(store: Store, query: str = "", **options: Any) -> SearchResults:
    """``store.search_articles(query, …)``, for callers of the function."""
    return store.search_articles(query, **options)


class SearchSQL:
    """Search over the stored articles (a mixin); the backend's full-text index comes in
    through the hooks ``_query``, ``_source``, ``_rank`` and ``_marked``."""

    conn: Any
    story_of: Callable[[str], str | None]
    _query: Callable[[str], str | None]  # the user's query in the index's syntax
    _source: Callable[[str | None], tuple[str, list[Any]]]  # FROM … WHERE match, params
    _rank: Callable[[], str]  # ORDER BY term of relevance
    _marked: Callable[[], str]  # the marked_title and marked (snippet) columns

    def search_articles(
        self,
        query: str = "",
        *,
        outlet: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        sort: str = "relevance",
        limit: int = 20,
        offset: int = 0,
        article_ids: Sequence[str] | None = None,
    ) -> SearchResults:
        """Articles matching ``query`` and the filters, best match first.

        Args:
            query: words, "phrases", prefix*, -excluded, a OR b. Empty: every article that
                passes the filters, newest first.
            outlet: only this outlet (case-insensitive).
            language: only this ISO 639-1 code.
            since, until: publication day range, ``YYYY-MM-DD``, both ends included.
                Undated articles drop out when either is set.
            sort: ``relevance`` (bm25, a title match weighs five body matches), ``newest``
                or ``oldest``.
            limit, offset: the page.
            article_ids: only these articles (session 35: a web site or a file, which has
                no outlet column to filter on, ``web/source_filter.py``); none: no hit.

        Returns:
            The hits of the page, the total, and the counts per outlet and language over all
            matches (before the outlet and language filters), for the filter menus.

        Raises:
            ValueError: a malformed date or an unknown sort.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        since, until = check_date(since, "since"), check_date(until, "until")
        fts = self._query(query)
        # (value, condition): the facets count over the match and the dates, the hits
        # over the outlet and language too.
        matching = [(v, c) for v, c in ((since, "substr(a.published_at, 1, 10) >= ?"),
                                        (until, "substr(a.published_at, 1, 10) <= ?")) if v]
        chosen = matching + [(v, c) for v, c in ((outlet, "lower(a.outlet) = lower(?)"),
                                                 (language, "a.language = ?")) if v]  # fmt: skip
        if article_ids is not None:  # one parameter per id; an empty list matches none
            chosen.append((list(article_ids), f"a.id IN ({', '.join('?' * len(article_ids))})"
                           if article_ids else "1 = 0"))  # fmt: skip
        source, source_params = self._source(fts)
        narrow = (f"{source}{''.join(f' AND {c}' for _, c in chosen)}",
                  [*source_params, *_flat(v for v, _ in chosen)])  # fmt: skip
        wide = (f"{source}{''.join(f' AND {c}' for _, c in matching)}",
                [*source_params, *(v for v, _ in matching)])  # fmt: skip
        total = self.conn.execute(f"SELECT count(*) {narrow[0]}", narrow[1]).fetchone()[0]
        return SearchResults(query=query, fts=fts, total=total,
                             hits=self._search_hits(fts, narrow, sort, limit, offset),
                             outlets=self._search_facet("a.outlet", wide),
                             languages=self._search_facet("a.language", wide),
                             sourceless=self._search_sourceless(wide))  # fmt: skip

    def _search_hits(self, fts: str | None, narrow: tuple[str, list[Any]], sort: str,
                     limit: int, offset: int) -> list[SearchHit]:  # fmt: skip
        """One page of hits: ``narrow`` is the FROM … WHERE with every filter, and its
        parameters."""
        newest = "a.published_at IS NULL, a.published_at DESC, a.id"
        order = {
            "relevance": f"{self._rank()}, {newest}" if fts else newest,
            "newest": newest,
            "oldest": "a.published_at IS NULL, a.published_at, a.id",
        }[sort]
        marked = (self._marked() if fts is not None else
                  "a.title AS marked_title, substr(a.text, 1, 240) AS marked")  # fmt: skip
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.language, a.published_at, a.url, a.source_path, "
            f"CASE WHEN a.title IS NULL THEN substr(a.text, 1, 200) END AS opening, {marked} "
            f"{narrow[0]} ORDER BY {order} LIMIT ? OFFSET ?",
            [*narrow[1], limit, offset],
        ).fetchall()
        return [
            SearchHit(
                id=r["id"], title=r["title"], outlet=r["outlet"], language=r["language"],
                published_at=r["published_at"], url=r["url"], story_id=self.story_of(r["id"]),
                title_pieces=_pieces(r["marked_title"] or ""), snippet=_pieces(r["marked"] or ""),
                opening=_opening(r["opening"]), source_path=r["source_path"],
            )
            for r in rows
        ]  # fmt: skip

    def _search_facet(self, column: str, wide: tuple[str, list[Any]]) -> list[tuple[str, int]]:
        """Counts per value of ``column`` over the match and the dates (``wide``), before
        the outlet and language filters, for the filter menus."""
        return [
            (row[0], row[1])
            for row in self.conn.execute(
                f"SELECT {column}, count(*) AS n {wide[0]} "
                f"AND {column} IS NOT NULL GROUP BY {column} ORDER BY n DESC, {column}",
                wide[1],
            )
        ]


    def _search_sourceless(self, wide: tuple[str, list[Any]]) -> list[dict[str, Any]]:
        """The matches over the match and the dates (``wide``) that have no outlet, with
        what names their source (url, source_path), for the "By source" counts."""
        rows = self.conn.execute(
            f"SELECT a.id, a.url, a.source_path {wide[0]} AND a.outlet IS NULL ORDER BY a.id",
            wide[1])  # fmt: skip
        return [{"id": r[0], "url": r[1], "source_path": r[2]} for r in rows]


class SQLiteSearch(SearchSQL):
    """Search on SQLite's FTS5 table ``articles_fts`` (a mixin of ``SQLiteStore``)."""

    def _query(self, query: str) -> str | None:
        return fts_query(query)

    def _source(self, fts: str | None) -> tuple[str, list[Any]]:
        """FROM and WHERE (the match, or all) of the query, and its parameters."""
        if fts is None:
            return "FROM articles a WHERE 1 = 1", []
        return ("FROM articles_fts f JOIN articles a ON a.id = f.article_id "
                "WHERE f.articles_fts MATCH ?", [fts])  # fmt: skip

    def _rank(self) -> str:
        return "bm25(articles_fts, 0.0, 5.0, 1.0)"  # a title match weighs five body matches

    def _marked(self) -> str:
        return (f"highlight(articles_fts, 1, '{_OPEN}', '{_CLOSE}') AS marked_title, "
                f"snippet(articles_fts, 2, '{_OPEN}', '{_CLOSE}', '…', {SNIPPET_WORDS}) "
                "AS marked")  # fmt: skip
