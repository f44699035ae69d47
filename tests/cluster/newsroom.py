"""A generated news stream for the crash and concurrency tests: big enough for many
batches, dated, and in an order that is not publication order.

Each event (a place, a subject, an official, a figure) is reported by several outlets
within two days, in paraphrases built from shared facts; events are spread over ten
weeks, so stories freeze as the stream moves on; some reports are wire copies (a near
copy of an earlier report) and a few carry no date. The items are shuffled and written
as JSON Lines files of ``per_file`` items, so every ingest batch mixes events and dates:
which articles are sorted together decides which one founds a story, so a run that
groups them differently gives other story ids.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

from newsprism.cluster.faults import KILL_ENV
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.state import drift, read_meta, store_texts, stored_features
from newsprism.cluster.stream import StreamClusterer
from newsprism.store import SQLiteStore
from newsprism.store.stories import self_copies
from tests.conftest import ROOT

PLACES = ["Lyon", "Porto", "Gdansk", "Malmo", "Leeds", "Graz", "Turin", "Ghent", "Split",
          "Bergen", "Tartu", "Kosice", "Aarhus", "Bilbao", "Cluj", "Zadar", "Lille", "Brno",
          "Varna", "Oulu", "Namur", "Trieste", "Kaunas", "Bremen"]  # fmt: skip
SUBJECTS = [
    ("tram line", "tram", "council approves the new tram line"),
    ("harbour bridge", "bridge", "engineers close the harbour bridge"),
    ("flood barrier", "barrier", "storm tests the flood barrier"),
    ("stadium roof", "roof", "stadium roof collapses under snow"),
    ("hospital wing", "hospital", "new hospital wing opens"),
    ("water plant", "water", "water plant strike halts supply"),
    ("airport runway", "runway", "airport runway extension approved"),
    ("school merger", "schools", "parents protest the school merger"),
]
OFFICIALS = ["Anna Kovacs", "Piet Janssen", "Marta Nowak", "Lars Berg", "Ines Duarte",
             "Tomas Hruby", "Elena Greco", "Jonas Lind", "Sofia Ramos", "Karl Weiss",
             "Nora Haugen", "Milan Horvat"]  # fmt: skip
OUTLETS = ["Daily Courier", "Evening Post", "City Wire", "Metro News", "The Ledger",
           "Harbour Times", "North Star", "Civic Report"]  # fmt: skip
START = dt.datetime(2024, 3, 4, 8, 0, tzinfo=dt.UTC)

_SENTENCES = [
    "Officials in {place} said the {subject} would cost about {figure} million euros.",
    "{official}, who leads the {place} works department, told reporters the {subject} "
    "had been discussed for years.",
    "Residents of {place} gathered outside the town hall as the {subject} decision came.",
    "The {subject} in {place} drew {figure} objections during the public consultation.",
    "According to {official}, work on the {subject} should finish before winter.",
    "Opposition members in {place} called the {subject} plan rushed and costly.",
    "The regional government said it would cover part of the {figure} million euro bill.",
    "Local businesses near the {subject} feared months of disruption in central {place}.",
    "A spokesman for {official} declined to say when the {short} contract would be signed.",
    "Engineers hired by {place} reviewed the {subject} drawings twice last autumn.",
    "Unions warned that the {short} project in {place} could face staff shortages.",
    "{official} promised a second hearing on the {subject} next month.",
    "Critics pointed to a {figure} percent overrun on an earlier {short} scheme.",
    "Students from the {place} technical college presented their own {short} design.",
    "The mayor of {place} backed the {subject} in a short statement on Monday.",
    "Taxpayers in {place} will see the {short} levy on their bills from January.",
]
_TITLES = [
    "{Place}: {headline}",
    "{official} defends {place} {subject} plan",
    "{Place} {short} row: {figure} million euros at stake",
    "What the {subject} means for {place}",
]


def _report(rng: random.Random, event: dict, n: int) -> dict:
    facts = {**event, "Place": event["place"]}
    picked = rng.sample(_SENTENCES, 4)
    body = " ".join(s.format(**facts) for s in picked)
    body += f" This was report {n} of the {event['place']} desk."
    return {"title": rng.choice(_TITLES).format(**facts), "text": body, "language": "en"}


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_stream(events: int = 16, seed: int = 7) -> list[dict]:
    """The items of the stream, shuffled (JSON-ready dicts); at most 24 events."""
    rng = random.Random(seed)
    items: list[dict] = []
    for e in range(events):
        subject, short, headline = SUBJECTS[e % len(SUBJECTS)]
        event = {"place": PLACES[e], "subject": subject, "short": short,
                 "headline": headline, "official": OFFICIALS[e % len(OFFICIALS)],
                 "figure": 10 + 7 * e}  # fmt: skip
        day = START + dt.timedelta(days=3 * e, hours=rng.randrange(12))
        for n in range(rng.randrange(5, 10)):
            when = day + dt.timedelta(minutes=rng.randrange(48 * 60))
            item = _report(rng, event, n) | {
                "outlet": rng.choice(OUTLETS), "url": f"https://news.example/{e}/{n}",
                "published": _stamp(when)}  # fmt: skip
            if rng.random() < 0.08:
                del item["published"]  # an undated report
            items.append(item)
            if rng.random() < 0.2:  # a wire copy: the same text, another outlet, later
                copy = item | {"outlet": "Wire Service", "url": f"https://wire.example/{e}/{n}",
                               "title": item["title"] + " (wire)"}  # fmt: skip
                if "published" in item:
                    copy["published"] = _stamp(when + dt.timedelta(hours=3))
                items.append(copy)
    rng.shuffle(items)
    return items


def write_stream(folder: Path, items: list[dict], per_file: int = 10) -> list[Path]:
    """``items`` as JSON Lines files of ``per_file`` lines, named in stream order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for start in range(0, len(items), per_file):
        path = folder / f"feed-{start // per_file:03d}.jsonl"
        path.write_text("".join(json.dumps(i) + "\n" for i in items[start : start + per_file]),
                        encoding="utf-8")  # fmt: skip
        paths.append(path)
    return paths


# -- running ingests and checking the stores they leave --------------------------------


def ingest_command(paths: list[Path], db: Path, *, batch_size: int) -> list[str]:
    return [sys.executable, "-m", "newsprism", "ingest", *map(str, paths), "--db", str(db),
            "--batch-size", str(batch_size)]  # fmt: skip


def start_ingest(paths: list[Path], db: Path, *, batch_size: int,
                 kill_at: str | None = None) -> subprocess.Popen:  # fmt: skip
    """``newsprism ingest`` in a child process (this checkout's code), optionally with the
    kill seam ``NEWSPRISM_KILL_AT`` set (``newsprism.cluster.faults``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}
    env.pop(KILL_ENV, None)
    if kill_at:
        env[KILL_ENV] = kill_at
    return subprocess.Popen(ingest_command(paths, db, batch_size=batch_size), env=env,
                            cwd=paths[0].parent, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)  # fmt: skip


def run_ingest(paths: list[Path], db: Path, *, batch_size: int,
               kill_at: str | None = None) -> tuple[int, str]:  # fmt: skip
    """Run ``start_ingest`` to its end; returns the exit status and stderr."""
    proc = start_ingest(paths, db, batch_size=batch_size, kill_at=kill_at)
    _, err = proc.communicate(timeout=300)
    return proc.returncode, err.decode("utf-8", "replace")


def assert_consistent(store: SQLiteStore) -> None:
    """Every article in exactly one story, none a near-copy of itself, the profiles in
    step with the memberships, each story's size its number of members."""
    conn = store.conn
    articles = store.count()
    members, distinct = conn.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM story_articles").fetchone()  # fmt: skip
    assert members == distinct == articles
    assert self_copies(store) == 0
    assert conn.execute("SELECT sum(count) FROM cluster_state").fetchone()[0] == articles
    assert conn.execute("SELECT sum(size) FROM stories").fetchone()[0] == articles
    sizes = "SELECT count(*) FROM story_articles m WHERE m.story_id = s.id"
    assert (
        conn.execute(f"SELECT count(*) FROM stories s WHERE size != ({sizes})").fetchone()[0] == 0
    )
    ids = {r[0] for r in conn.execute("SELECT id FROM stories")}
    assert ids == {r[0] for r in conn.execute("SELECT story_id FROM cluster_state")}
    assert drift(store, read_meta(store)) == "none"


def replayed(store: SQLiteStore) -> list[tuple]:
    """The memberships that one clusterer, in memory, gives the store's articles fed in
    the order its story steps took them (``seq``): what the store must hold if no step
    decided from a state that another process or a kill had left behind."""
    ids = [r[0] for r in store.conn.execute("SELECT article_id FROM story_articles ORDER BY seq")]
    features = stored_features(store, ids)
    model = load_model()
    # the store's texts, as ingest has them: the same-event join reads the leads (v6)
    clusterer = StreamClusterer(model, model_idf(model), texts=store_texts(store))
    for i in ids:
        clusterer.add(features[i])
    # drain: one decision per article, where it is at the end (a split moves members)
    decisions, _, _ = clusterer.drain()
    return sorted((d.article_id, d.story_id, d.seq, d.duplicate_of, d.score) for d in decisions)
