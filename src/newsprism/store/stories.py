"""Stories in the store: who belongs to which story, and the listings read back.

The clusterer (``newsprism.cluster``) decides memberships; this module only records
them and reads them back, so the web UI and the CLI never need the clusterer. Writes
are one transaction each: a story's size and time span are recomputed in SQL from its
members in the same transaction, so they can never disagree with the membership.

The methods are the ``StoriesSQL`` mixin of every backend; the module functions of the
same names (``list_stories(store, …)``) call them, for the callers that use functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsprism.errors import StoreError
from newsprism.models import Story, StoryMember
from newsprism.store.articles import chunks, marks, now_utc

if TYPE_CHECKING:
    from newsprism.store.protocol import Store

SORTS = ("size", "newest")
NO_LIMIT = 2**62  # a LIMIT every backend reads as none (SQLite has no LIMIT ALL)


@dataclass(frozen=True)
class Membership:
    """The clusterer's decision for one article."""

    article_id: str
    story_id: str
    seq: int
    duplicate_of: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class StoryLabel:
    """What the clusterer says about a story as a whole."""

    label: str
    key_entities: list[str] = field(default_factory=list)
    frozen: bool = False


class StoriesSQL:
    """The stories half of a store (a mixin, as ``articles.ArticlesSQL``)."""

    conn: Any
    location: str
    transaction: Callable[..., Any]

    # -- writes ----------------------------------------------------------------------

    def save_memberships(
        self,
        members: Sequence[Membership],
        labels: Mapping[str, StoryLabel],
        *,
        replace_all: bool = False,
    ) -> None:
        """Record memberships and story labels in one transaction.

        With ``replace_all`` every earlier story is dropped first (``recluster``), in the
        same transaction: a crash leaves the old stories, never a half-built set. A story
        left with no member is deleted.

        Raises:
            StoreError: E205 when a membership names a story that has no label.
        """
        with self.transaction():
            if replace_all:
                self.conn.execute("DELETE FROM story_articles")
                self.conn.execute("DELETE FROM stories")
            self._save_labels(labels)
            self._check_labelled({m.story_id for m in members} - set(labels))
            # A story's size and span are updated from what joins it, so a save costs the
            # same however big the story already is (recounting every member made ingest
            # slow down as stories of hundreds of copies kept being touched). A story
            # that loses a member is recounted from scratch.
            recount: set[str] = set()
            joined: dict[str, list[str | None]] = {story_id: [] for story_id in labels}
            for m in members:
                row = self.conn.execute(
                    "SELECT a.published_at, s.story_id FROM articles a "
                    "LEFT JOIN story_articles s ON s.article_id = a.id WHERE a.id = ?",
                    (m.article_id,),
                ).fetchone()
                published, old = (row[0], row[1]) if row is not None else (None, None)
                if old is not None:
                    recount.update({old, m.story_id})  # moved, or written again
                else:
                    joined.setdefault(m.story_id, []).append(published)
                self.conn.execute(
                    "INSERT INTO story_articles (article_id, story_id, seq, duplicate_of, score) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                    "story_id = excluded.story_id, seq = excluded.seq, "
                    "duplicate_of = excluded.duplicate_of, score = excluded.score",
                    (m.article_id, m.story_id, m.seq, m.duplicate_of, m.score),
                )
            self._refresh(recount)
            self._grow({k: v for k, v in joined.items() if k not in recount})

    def _save_labels(self, labels: Mapping[str, StoryLabel]) -> None:
        now = now_utc()
        for story_id, info in labels.items():
            self.conn.execute(
                "INSERT INTO stories (id, label, key_entities, size, frozen, updated_at) "
                "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (id) DO UPDATE SET label = excluded.label, "
                "key_entities = excluded.key_entities, frozen = excluded.frozen, "
                "updated_at = excluded.updated_at",
                (story_id, info.label, json.dumps(info.key_entities), int(info.frozen), now),
            )

    def _check_labelled(self, unlabelled: set[str]) -> None:
        missing = {
            story_id for story_id in unlabelled
            if self.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone()
            is None
        }  # fmt: skip
        if missing:
            raise StoreError(
                f"memberships name stories without a label: {', '.join(sorted(missing))}",
                code="E205",
            )

    def _grow(self, joined: Mapping[str, list[str | None]]) -> None:
        """Add new members' count and publication times to their stories' size and span;
        a story left with no member (a label without memberships) is dropped."""
        for story_id, times in joined.items():
            row = self.conn.execute(
                "SELECT size, first_seen, last_seen FROM stories WHERE id = ?", (story_id,)
            ).fetchone()
            if row is None:
                continue
            size = row[0] + len(times)
            if size == 0:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
                continue
            if not times:  # only its label changed
                continue
            dated = [t for t in (row[1], row[2], *times) if t is not None]
            self.conn.execute(
                "UPDATE stories SET size = ?, first_seen = ?, last_seen = ? WHERE id = ?",
                (size, min(dated, default=None), max(dated, default=None), story_id),
            )

    def _refresh(self, story_ids: Iterable[str]) -> None:
        """Recompute size and time span from the members; drop stories left empty."""
        for story_id in story_ids:
            size, first, last = self.conn.execute(
                "SELECT count(*), min(a.published_at), max(a.published_at) FROM story_articles s "
                "JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?",
                (story_id,),
            ).fetchone()
            if size == 0:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            else:
                self.conn.execute(
                    "UPDATE stories SET size = ?, first_seen = ?, last_seen = ? WHERE id = ?",
                    (size, first, last, story_id),
                )

    # -- checks ----------------------------------------------------------------------

    def self_copies(self) -> int:
        """How many memberships mark an article as a near-copy of itself (``duplicate_of``
        equal to its own id). The clusterer never decides that; two ingests at once wrote
        it before the story lock existed, and ``recluster`` repairs it. One scan of the
        memberships (no index on ``duplicate_of``): 10 ms per 100,000 (measured)."""
        return self.conn.execute(
            "SELECT count(*) FROM story_articles WHERE duplicate_of = article_id"
        ).fetchone()[0]

    def self_copies_warning(self) -> str | None:
        """The one-line warning for a store with self-copy memberships, naming the repair;
        None for a sound store. Shown where stories are read or extended (``stories``,
        each ingest session), so a store damaged by concurrent ingests says so."""
        found = self.self_copies()
        if not found:
            return None
        where = self.location
        return (f"warning {where}: {found} stored articles are marked as near-copies of "
                "themselves (written by two ingests at once, before the story lock); run "
                f"`newsprism recluster --db {where}` to rebuild the stories [E211]")  # fmt: skip

    # -- the clusterer model the stories were built with (migration 009) ---------------

    def story_model_version(self) -> int | None:
        """The clusterer model version the stored stories were built with (None: no
        stories yet). Ingest into a store keeps the version it found; ``recluster`` sets
        its own."""
        row = self.conn.execute("SELECT version FROM story_model WHERE id = 1").fetchone()
        return None if row is None else int(row[0])

    def story_model_context(self) -> str | None:
        """The context embedder of the model that built the stored stories ('' for one
        without, as the packaged model; None: no stories yet). Migration 012."""
        row = self.conn.execute("SELECT context FROM story_model WHERE id = 1").fetchone()
        return None if row is None else str(row[0])

    def record_story_model(self, version: int, *, rebuilt: bool, context: str = "") -> None:
        """Record the model version (and context embedder) of the stories: after a
        ``recluster`` (``rebuilt``), the model that rebuilt them all; after an ingest, only
        when the store had none (its first stories), since older stories keep the version
        they were built with."""
        action = ("DO UPDATE SET version = excluded.version, recorded_at = excluded.recorded_at, "
                  "context = excluded.context" if rebuilt else "DO NOTHING")  # fmt: skip
        with self.transaction():
            self.conn.execute("INSERT INTO story_model (id, version, recorded_at, context) "
                              f"VALUES (1, ?, ?, ?) ON CONFLICT (id) {action}",
                              (version, now_utc(), context))  # fmt: skip

    def recluster_due_warning(self, current: int) -> str | None:
        """The one-line note for stories built by an older clusterer model than
        ``current`` (None when they are up to date or there are none): ``recluster``
        rebuilds them."""
        stored = self.story_model_version()
        if stored is None or stored >= current:
            return None
        where = self.location
        return (f"note {where}: these stories were built by clusterer model {stored}; this "
                f"newsprism has model {current}: run `newsprism recluster --db {where}` "
                "to rebuild them [E310]")  # fmt: skip

    # -- reads -----------------------------------------------------------------------

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article belongs to, or None when not yet clustered."""
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else row[0]

    def unclustered_ids(self) -> list[str]:
        """Articles in no story yet, in ingest order (the order the stream saw them)."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL ORDER BY a.rowid"
            )
        ]

    # ``truncated`` is read from the provenance JSON text (``Article.truncated``: a
    # non-empty "truncated" key) with LIKE, which both backends run alike: json.dumps
    # writes the key as ``"truncated": "…"`` and escapes a quote inside a value, so
    # the first pattern finds the key and the second leaves out an empty value.
    _MEMBERS = (
        "SELECT s.story_id, a.id, a.url, a.outlet, a.title, a.published_at, s.duplicate_of, "
        "s.score, (a.provenance LIKE ? AND a.provenance NOT LIKE ?) AS truncated "
        "FROM story_articles s JOIN articles a ON a.id = s.article_id "
        "WHERE s.story_id IN ({}) "
        "ORDER BY s.story_id, a.published_at IS NULL, a.published_at, s.seq"
    )
    TRUNCATED_LIKE = ('%"truncated": "%', '%"truncated": ""%')

    def _members_of(self, story_ids: Sequence[str]) -> dict[str, list[StoryMember]]:
        """Each story's members, in one statement per chunk of stories rather than one
        per story: on PostgreSQL every statement is a round trip, and a page of stories
        made one per story (the home page ran about 100 statements)."""
        found: dict[str, list[StoryMember]] = {i: [] for i in story_ids}
        for chunk in chunks(list(found)):
            sql = self._MEMBERS.format(marks(len(chunk)))
            for r in self.conn.execute(sql, [*self.TRUNCATED_LIKE, *chunk]):
                found[r["story_id"]].append(StoryMember(
                    id=r["id"], url=r["url"], outlet=r["outlet"], title=r["title"],
                    published_at=r["published_at"], duplicate_of=r["duplicate_of"],
                    score=r["score"], truncated=bool(r["truncated"])))  # fmt: skip
        return found

    def _stories(self, rows: Sequence[Any]) -> list[Story]:
        members = self._members_of([row["id"] for row in rows])
        return [
            Story(id=row["id"], label=row["label"], articles=members[row["id"]],
                  key_entities=json.loads(row["key_entities"]), first_seen=row["first_seen"],
                  last_seen=row["last_seen"], frozen=bool(row["frozen"]))
            for row in rows
        ]

    def list_stories(
        self,
        *,
        since: str | None = None,
        outlet: str | None = None,
        sort: str = "size",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Story]:
        """Stories, biggest first (``sort="size"``) or newest first (``sort="newest"``).

        Ties are broken by the other key, then by id, so the order is stable.
        ``since`` (an ISO date or time, compared as text against UTC stamps) keeps stories
        last seen at or after it; ``outlet`` keeps stories with a member from that outlet
        (case-insensitive).
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
        where, params = [], []
        if since:
            where.append("s.last_seen >= ?")
            params.append(since)
        if outlet:
            where.append(
                "EXISTS (SELECT 1 FROM story_articles m JOIN articles a ON a.id = m.article_id "
                "WHERE m.story_id = s.id AND lower(a.outlet) = lower(?))"
            )
            params.append(outlet)
        order = {
            "size": "s.size DESC, s.last_seen IS NULL, s.last_seen DESC, s.id",
            "newest": "s.last_seen IS NULL, s.last_seen DESC, s.size DESC, s.id",
        }[sort]
        sql = "SELECT * FROM stories s" + (" WHERE " + " AND ".join(where) if where else "")
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        params += [NO_LIMIT if limit is None else limit, offset]
        return self._stories(self.conn.execute(sql, params).fetchall())

    def get_story(self, story_id: str) -> Story | None:
        """A story by id, or by a unique id prefix (at least 4 characters)."""
        row = self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None and len(story_id) >= 4:
            rows = self.conn.execute(
                "SELECT * FROM stories WHERE substr(id, 1, ?) = ? LIMIT 2",
                (len(story_id), story_id),
            ).fetchall()
            if len(rows) > 1:
                raise StoreError(f"story id prefix {story_id!r} is ambiguous", code="E203")
            row = rows[0] if rows else None
        return None if row is None else self._stories([row])[0]

    def count_stories(self) -> int:
        return self.conn.execute("SELECT count(*) FROM stories").fetchone()[0]


# The function forms, for callers written against them (same arguments, store first).


def save_memberships(store: Store, members: Sequence[Membership],
                     labels: Mapping[str, StoryLabel], *, replace_all: bool = False
                     ) -> None:  # fmt: skip
    store.save_memberships(members, labels, replace_all=replace_all)


def self_copies(store: Store) -> int:
    return store.self_copies()


def self_copies_warning(store: Store) -> str | None:
    return store.self_copies_warning()


def story_model_version(store: Store) -> int | None:
    return store.story_model_version()


def record_story_model(store: Store, version: int, *, rebuilt: bool, context: str = "") -> None:
    store.record_story_model(version, rebuilt=rebuilt, context=context)


def recluster_due_warning(store: Store, current: int) -> str | None:
    return store.recluster_due_warning(current)


def story_of(store: Store, article_id: str) -> str | None:
    return store.story_of(article_id)


def unclustered_ids(store: Store) -> list[str]:
    return store.unclustered_ids()


def list_stories(store: Store, **options: Any) -> list[Story]:
    return store.list_stories(**options)


def get_story(store: Store, story_id: str) -> Story | None:
    return store.get_story(story_id)


def count_stories(store: Store) -> int:
    return store.count_stories()
