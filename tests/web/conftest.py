"""Stores for the web tests, a real ``newsprism serve`` on a free port, and a browser.

``group_into_stories`` is the one place where the test stores get their stories; it
stands in for the clusterer, so switching the tests to the real one is a change here.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsprism.pipeline import ingest_paths
from newsprism.store import SQLiteStore, open_store
from newsprism.store.stories import Membership, StoryLabel, save_memberships
from tests.conftest import BACKENDS, EXAMPLES, SEED_000, SEED_003, SHARED_DATA

with warnings.catch_warnings():
    # Starlette warns, once at import, that its TestClient will move from httpx to
    # httpx2; the pinned FastAPI still ships it on httpx, which is what is installed.
    warnings.filterwarnings("ignore", message=".*httpx.*", category=UserWarning)
    from fastapi.testclient import TestClient

BASIL = SHARED_DATA / "basil" / "articles"
BASIL_TRIPLETS = 20  # 60 articles
BASIL_OUTLETS = {"fox": "Fox News", "nyt": "New York Times", "hpo": "HuffPost"}
SEED_KEY = "seed-pair"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

# Markup that would run if any page put article text into HTML unescaped; each variant
# sets a window flag that the browser test reads back.
XSS_TITLE = '<img src=x onerror="window.__xss=1">Breaking<script>window.__xss=2</script>'
XSS_TEXT = (
    "Officials said the <script>window.__xss=3</script> report was wrong.\n\n"
    'Read <a href="javascript:window.__xss=4">the statement</a> and see '
    '<img src=x onerror="window.__xss=5"> for details.\n\n'
    '<svg onload="window.__xss=6"></svg> The minister told reporters the '
    "figures were accurate and that Rafah crossings would reopen."
)
ARTICLE_FOR_UPLOAD = (
    "Dock workers end harbour strike after pay deal\n\n"
    "Dockers at the harbour voted on Monday to end a two-week strike after the port "
    "authority agreed to a pay rise of 6 percent, union leaders said.\n\n"
    "Ships that had waited offshore began unloading within hours."
)


# Ingest runs the clusterer (newsprism.cluster), so the stores' stories are its own.
# False groups them here instead: the seeds together, BASIL by its gold event, any other
# article alone (what the tests did before the clusterer ran on ingest).
REAL_CLUSTERER = True


def group_into_stories(store: SQLiteStore, keys: Mapping[str, str] | None = None) -> None:
    """Make sure every stored article is in a story, the one place the tests decide how.

    With ``REAL_CLUSTERER`` the stories are those ``ingest_paths`` made, and this only
    checks that none is missing. Otherwise the two seeds (000, 003) share one story, an
    article whose URL is in ``keys`` joins the others with the same key (BASIL's gold
    event), and any other is a story of one.
    """
    if REAL_CLUSTERER:
        from newsprism.store.stories import unclustered_ids

        assert unclustered_ids(store) == [], "ingest left articles outside every story"
        return
    keys = keys or {}
    seeds = {SEED_000.name, SEED_003.name}
    groups: dict[str, list[Any]] = {}
    for article in sorted(store.iter_articles(), key=lambda a: a.id):
        if Path(article.source_path).name in seeds:
            key = SEED_KEY
        else:
            key = keys.get(article.url or "", article.id)
        groups.setdefault(key, []).append(article)
    members, labels = [], {}
    seq = 0
    for key, articles in sorted(groups.items()):
        story_id = "st" + hashlib.sha256(key.encode()).hexdigest()[:12]
        titled = [a.title for a in articles if a.title]
        label = titled[0] if titled else " ".join(articles[0].text.split()[:12])
        labels[story_id] = StoryLabel(label)
        for article in articles:
            members.append(Membership(article.id, story_id, seq))
            seq += 1
    save_memberships(store, members, labels, replace_all=True)


def write_basil_sample(target: Path, triplets: int = BASIL_TRIPLETS) -> dict[str, str]:
    """BASIL articles as one JSON Lines file; returns ``{url: gold event id}``."""
    files = sorted(BASIL.glob("*/*.json"))
    by_event: dict[str, list[dict[str, Any]]] = {}
    for path in files:
        item = json.loads(path.read_text("utf-8"))
        by_event.setdefault(item["triplet-uuid"], []).append(item)
    events = [e for e in sorted(by_event) if len(by_event[e]) == 3][:triplets]
    keys: dict[str, str] = {}
    with target.open("w", encoding="utf-8") as out:
        for event in events:
            for item in by_event[event]:
                paragraphs = [" ".join(p) for p in item["body-paragraphs"]]
                url = item["url"]
                keys[url] = event
                out.write(json.dumps({
                    "title": item["title"], "text": "\n\n".join(paragraphs), "url": url,
                    "outlet": BASIL_OUTLETS.get(item["source"].lower(), item["source"]),
                    "published": item["date"], "language": "en",
                }) + "\n")  # fmt: skip
    return keys


def write_hostile(folder: Path) -> Path:
    """A JSON Lines file with one article that carries markup in every field."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps({
        "title": XSS_TITLE, "text": XSS_TEXT, "url": "javascript:window.__xss=7",
        "outlet": '<b onmouseover="window.__xss=8">Evil Wire</b>', "published": "2024-03-27",
    }) + "\n", "utf-8")  # fmt: skip
    return path


def build_store(db: Path, *, basil: bool, hostile: bool = True,
                location: str | None = None) -> dict[str, Any]:  # fmt: skip
    """Seeds (+ the BASIL sample) (+ the hostile article), ingested and grouped, in the
    SQLite file ``db`` (its folder also holds the inputs) or at ``location``."""
    paths: list[Path] = [EXAMPLES]
    keys: dict[str, str] = {}
    extra = db.parent / "inputs"
    extra.mkdir(parents=True, exist_ok=True)
    if hostile:
        paths.append(write_hostile(extra))
    if basil:
        sample = extra / "basil.jsonl"
        keys = write_basil_sample(sample)
        paths.append(sample)
    with open_store(location or db) as store:
        report = ingest_paths(paths, store, cluster=REAL_CLUSTERER)
        assert report.ok, report.failures
        group_into_stories(store, keys)
        info = {"db": location or db, "articles": store.count(), "basil": len(keys),
                "seed_story": seed_story_id(store)}  # fmt: skip
        if hostile:
            info["hostile_story"] = hostile_story_id(store)
        return info


def story_of_file(store: SQLiteStore, name: str) -> str:
    """The story of the article read from the file called ``name``, whoever grouped it."""
    from newsprism.store.stories import story_of

    found = next(a for a in store.iter_articles() if Path(a.source_path).name == name)
    story = story_of(store, found.id)
    assert story is not None, f"{name} is in no story"
    return story


def seed_story_id(store: SQLiteStore) -> str:
    """The story that holds the seed pair."""
    return story_of_file(store, SEED_000.name)


def hostile_story_id(store: SQLiteStore) -> str:
    return story_of_file(store, "hostile.jsonl")


# -- in-process app --------------------------------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def web_store(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:  # fmt: skip
    """Seeds and the hostile article in a store with stories (no dev sample: fast), on
    each backend: the API suite runs on SQLite and on PostgreSQL."""
    location = None
    if request.param == "postgresql":
        location = request.getfixturevalue("pg_server").new_db("web")
    return build_store(tmp_path_factory.mktemp("web") / "web.db", basil=False,
                       location=location)  # fmt: skip


@pytest.fixture(scope="module")
def client(web_store: dict[str, Any],
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:  # fmt: skip
    """The app over ``web_store``, with a client that names a local host."""
    from newsprism.web import create_app

    app = create_app(web_store["db"], max_upload_bytes=64 * 1024,
                     upload_dir=tmp_path_factory.mktemp("uploads"))  # fmt: skip
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture(scope="module")
def openapi(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


# -- a real server ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def newsprism_command() -> list[str]:
    script = Path(sys.executable).with_name("newsprism")
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsprism"]


class Server:
    """``newsprism serve`` in a child process, on localhost, until ``stop``."""

    def __init__(self, db: Path, *extra: str, log: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log or db.with_suffix(".serve.log")
        command = [*newsprism_command(), "serve", "--db", str(db), "--port", str(self.port),
                   *extra]  # fmt: skip
        with self.log.open("wb") as log_file:
            self.process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT,
                                            env={**os.environ, "COLUMNS": "200"})  # fmt: skip
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"newsprism serve exited: {self.log.read_text()}")
            try:
                if httpx.get(f"{self.url}/api/overview", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"newsprism serve did not answer in {timeout} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="session")
def browser_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Seeds, the BASIL dev sample (when ../shared/data is there) and the hostile article."""
    return build_store(tmp_path_factory.mktemp("browser") / "browser.db", basil=BASIL.is_dir())


@pytest.fixture(scope="session")
def server(browser_store: dict[str, Any]) -> Iterator[Server]:
    running = Server(browser_store["db"])
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)  # fmt: skip
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    """A fresh browser page that records the page's script errors in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(300_000)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()

def write_feed(folder: Path, files: tuple[str, str], titles: tuple[str, str], event: str,
               change: tuple[str, str], outlets: Sequence[str], other: dict[str, str]) -> None:
    """Write the feed ``files_and_outlets_site`` serves: one event as two plain-text files
    (the second with ``change`` applied, so they are not byte copies) and another event as
    one JSON per outlet (``other`` gives its title, slug, date and text)."""
    (folder / files[0]).write_text(f"{titles[0]}\n\n{event}", "utf-8")
    (folder / files[1]).write_text(f"{titles[1]}\n\n" + event.replace(*change), "utf-8")
    for n, outlet in enumerate(outlets):
        (folder / f"{other['slug']}{n}.json").write_text(json.dumps({
            "title": other["title"], "source": outlet,
            "url": f"https://{n}.example/{other['slug']}", "date": other["date"],
            "text": other["text"]}), encoding="utf-8")  # fmt: skip


@contextmanager
def files_and_outlets_site(folder: Path, db: Path) -> Iterator[dict[str, Any]]:
    """Ingest and analyse ``folder`` (one story of files, one of outlets) into ``db``, serve
    it, and give its url with each story's id under "files" and "outlets"."""
    for step in (["ingest", str(folder)], ["analyze"]):
        subprocess.run([*newsprism_command(), *step, "--db", str(db)],
                       check=True, capture_output=True)  # fmt: skip
    server = Server(db)
    try:
        stories = httpx.get(f"{server.url}/api/stories", timeout=60).json()["stories"]
        assert sorted(s["size"] for s in stories) == [2, 2], "the clusterer split a story"
        ids = {("outlets" if s["outlets"] else "files"): s["id"] for s in stories}
        yield {"url": server.url, **ids}
    finally:
        server.stop()
