"""A synthetic ingest corpus, built deterministically from the public dev data.

The articles are sampled from the data in ``../shared/data`` (read at run time, never
copied into the repository) and from the two seeds in ``examples/``, then mutated so
that every item is distinct content: paragraphs shuffled, dropped or duplicated,
numbers swapped, the scraped debris a real crawl carries appended (share prompts,
hashtags, "Read more:" teasers, epoch stamps, "Last update: … (Mecca time)"), date
stamps added, outlet and URL changed. The mix written to the target folder::

    text/<outlet>/NNNNN_<hex>.txt   plain text, a third with a sidecar NAME.json,
                                    a few gzip-compressed (.txt.gz)
    html/<site>/NNNNN_<hex>.html    trafilatura-eval pages, some with NAME.html.json
    jsonl/<scraper>-NNN.jsonl       150-350 items a file, one field-naming scheme each
    feeds/*.rss, feeds/*.xml        RSS 2.0 and Atom feeds with full HTML content
    .corpus.json                    the manifest (hidden, so ingest skips it)

and a handful of planted bad items (a PNG saved as .txt, an empty file, a PDF saved as
.html, a broken sidecar, invalid JSON lines, an empty feed, a feed entry with no
content), counted apart from the articles so the error path is measured too.

Example::

    python -m benchmarks.corpus /tmp/corpus --n 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import html
import json
import math
import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.corpus_noise import (
    ItemContext,
    add_html_debris,
    atom_feed,
    debris_line,
    moment,
    mutate_html,
    mutate_paragraphs,
    rss_feed,
)
from benchmarks.corpus_sources import DATA, SourcePage, SourceStory, load_sources

MANIFEST = ".corpus.json"
CORPUS_VERSION = 1  # bump when the generator changes, so a reused corpus is rebuilt

# Share of the articles in each format; text takes what is left.
SHARES = {"html": 0.12, "jsonl": 0.40, "feed": 0.02}
FEED_ITEMS = 100  # entries per feed file at most
FORMATS = ("text", "html", "jsonl", "feed")

# (name, domain, short-link host): the outlets items are re-attributed to.
OUTLETS = (
    ("Fox News", "foxnews.com", "fxn.ws"),
    ("The New York Times", "nytimes.com", "nyti.ms"),
    ("HuffPost", "huffpost.com", "huffp.st"),
    ("Breitbart", "breitbart.com", "bit.ly"),
    ("CNN", "cnn.com", "cnn.it"),
    ("Al Jazeera", "aljazeera.com", "aja.ws"),
    ("Al Mayadeen English", "english.almayadeen.net", "mayadeen.tv"),
    ("Reuters", "reuters.com", "reut.rs"),
    ("Associated Press", "apnews.com", "apne.ws"),
    ("The Guardian", "theguardian.com", "trib.al"),
    ("BBC News", "bbc.com", "bbc.in"),
    ("Yahoo News", "news.yahoo.com", "yhoo.it"),
    ("The Washington Post", "washingtonpost.com", "wapo.st"),
    ("Politico", "politico.com", "politi.co"),
    ("USA Today", "usatoday.com", "usat.ly"),
    ("NPR", "npr.org", "n.pr"),
)


@dataclass
class CorpusStats:
    """What a built corpus holds (deterministic: written as the manifest too)."""

    n_articles: int
    seed: int
    by_format: dict[str, int] = field(default_factory=dict)  # articles per format
    files: dict[str, int] = field(default_factory=dict)  # ingestible files per folder
    sidecars: int = 0
    bytes: int = 0
    bad: list[dict[str, str]] = field(default_factory=list)  # location, code, what
    sources: dict[str, int] = field(default_factory=dict)  # articles per origin
    version: int = CORPUS_VERSION

    @property
    def articles(self) -> int:
        return sum(self.by_format.values())

    @property
    def bad_items(self) -> int:
        return len(self.bad)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "articles": self.articles, "bad_items": self.bad_items}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CorpusStats:
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})


# -- sources ---------------------------------------------------------------------------


class _Deck:
    """Draws items in shuffled passes, so every source is used about equally often."""

    def __init__(self, items: Sequence[Any], rng: random.Random) -> None:
        self.items, self.rng, self.order = list(items), rng, []

    def draw(self) -> Any:
        if not self.order:
            self.order = list(range(len(self.items)))
            self.rng.shuffle(self.order)
        return self.items[self.order.pop()]


# -- mutations -------------------------------------------------------------------------


def _slug(text: str, words: int = 8) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:words]) or "story"


def _context(
    story_title: str,
    other: str,
    outlet: str | None,
    url: str | None,
    day: dt.date | None,
    rng: random.Random,
) -> ItemContext:
    """Outlet and URL: the source's own half the time, else a syndicating outlet."""
    name, domain, short_host = rng.choice(OUTLETS)
    if outlet and rng.random() < 0.5:
        name = outlet
        known = [o for o in OUTLETS if o[0] == outlet]
        domain, short_host = (
            (known[0][1], known[0][2]) if known else (_slug(outlet) + ".com", "bit.ly")
        )
    when = moment(day, rng)
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
    if not (url and rng.random() < 0.3 and domain in url):
        url = (
            f"https://www.{domain}/{when:%Y/%m/%d}/{_slug(story_title)}-"
            f"{rng.randrange(10**6, 10**7)}"
        )
    elif rng.random() < 0.5:
        url = f"{url}{'&' if '?' in url else '?'}utm_source={rng.choice(('twitter', 'rss'))}"
    return ItemContext(story_title, other, name, domain, f"https://{short_host}/{code}", url, when)


def _text_lines(
    paragraphs: list[str], ctx: ItemContext, rng: random.Random, *, title: bool
) -> list[str]:
    """The lines of one scraped text item: head stamps, body with debris, tail debris."""
    head = [ctx.title] if title else []
    head += [debris_line("stamp", ctx, rng) for _ in range(rng.choice((0, 1, 1, 2)))]
    if rng.random() < 0.3:
        head.append(debris_line("share", ctx, rng))
    body = list(paragraphs)
    for kind, chance in (("read-more", 0.2), ("ad", 0.15), ("credit", 0.1)):
        if rng.random() < chance and len(body) > 2:
            body.insert(rng.randrange(2, len(body)), debris_line(kind, ctx, rng))
    tail_kinds = (
        "hashtags",
        "read-more",
        "follow",
        "newsletter",
        "copyright",
        "stamp",
        "source",
        "buttons",
        "comments",
    )
    tail = [debris_line(k, ctx, rng) for k in rng.sample(tail_kinds, rng.choice((0, 1, 2, 3, 4)))]
    return head + body + tail


# -- writers ---------------------------------------------------------------------------


class _Builder:
    """Writes one corpus; keeps the distinctness set and the stats."""

    def __init__(self, target: Path, n: int, seed: int, data: Path) -> None:
        self.target, self.rng = target, random.Random(seed)
        stories, pages = load_sources(data)
        self.stories = _Deck(stories, self.rng)
        self.titles = [s.title for s in stories]
        self.pages = _Deck(pages, self.rng)
        self.seen: set[str] = set()
        self.stats = CorpusStats(n_articles=n, seed=seed)
        self.stats.by_format = dict.fromkeys(FORMATS, 0)
        self.stats.files = dict.fromkeys(FORMATS, 0)
        self.counter = 0

    # distinct content: the body, whitespace folded, must never repeat
    def _fresh(self, body: str) -> bool:
        key = hashlib.sha256(" ".join(body.split()).encode("utf-8", "surrogateescape")).digest()
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def story(self, *, count: bool = True) -> tuple[SourceStory, list[str]]:
        """A story and a mutated body never produced before."""
        for _ in range(200):
            story = self.stories.draw()
            for _ in range(6):
                body = mutate_paragraphs(story.paragraphs, self.rng)
                if self._fresh("\n".join(body)):
                    if count:
                        self.stats.sources[story.origin] = (
                            self.stats.sources.get(story.origin, 0) + 1
                        )
                    return story, body
        raise RuntimeError("cannot draw a distinct story: too many articles for the sources")

    def context(self, story: SourceStory) -> ItemContext:
        return _context(
            story.title, self.rng.choice(self.titles), story.outlet, story.url, story.day, self.rng
        )

    def name(self, folder: str) -> Path:
        self.counter += 1
        path = self.target / folder / f"{self.counter:05d}_{self.rng.getrandbits(32):08x}"
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, path: Path, data: bytes | str) -> None:
        raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
        path.write_bytes(raw)
        self.stats.bytes += len(raw)

    def bad(self, location: Path, code: str, what: str, line: int | None = None) -> None:
        rel = location.relative_to(self.target).as_posix() + (f":{line}" if line else "")
        self.stats.bad.append({"location": rel, "code": code, "what": what})

    # -- text ------------------------------------------------------------------------

    def text_item(self) -> None:
        rng = self.rng
        story, body = self.story()
        ctx = self.context(story)
        lines = _text_lines(body, ctx, rng, title=rng.random() < 0.85)
        sep = "\n" if rng.random() < 0.25 else "\n\n"  # some scrapers keep one newline
        text = sep.join(lines) + "\n"
        stem = self.name(f"text/{_slug(ctx.outlet, 5)}")
        if rng.random() < 0.05:
            self.write(
                stem.with_name(stem.name + ".txt.gz"), gzip.compress(text.encode("utf-8"), mtime=0)
            )
        else:
            self.write(stem.with_name(stem.name + ".txt"), text)
            if rng.random() < 1 / 3:
                self.write(stem.with_name(stem.name + ".json"), json.dumps(self._sidecar(ctx)))
                self.stats.sidecars += 1
        self.stats.by_format["text"] += 1
        self.stats.files["text"] += 1

    def _sidecar(self, ctx: ItemContext) -> dict[str, str]:
        meta = {"outlet": ctx.outlet}
        if self.rng.random() < 0.7:
            meta["url"] = ctx.url
        if self.rng.random() < 0.5:
            offset = dt.timezone(dt.timedelta(hours=self.rng.choice((-5, 0, 1, 3))))
            meta["published"] = ctx.when.astimezone(offset).isoformat()
        return meta

    # -- html ------------------------------------------------------------------------

    def html_item(self) -> None:
        rng = self.rng
        for _ in range(50):
            page: SourcePage = self.pages.draw()
            markup = gzip.decompress(page.path.read_bytes()).decode("utf-8", "surrogateescape")
            mutated = mutate_html(markup, rng)
            if self._fresh(mutated):
                break
        else:
            raise RuntimeError("cannot draw a distinct HTML page")
        self.stats.sources["trafilatura-eval"] = self.stats.sources.get("trafilatura-eval", 0) + 1
        title_match = re.search(r"<title[^>]*>([^<]{3,200})</title>", markup, re.I)
        title = html.unescape(title_match.group(1)).strip() if title_match else "News"
        ctx = _context(title, rng.choice(self.titles), None, page.url, None, rng)
        mutated = add_html_debris(mutated, ctx, rng)
        site = re.sub(r"^www\.", "", page.url.split("/")[2]) if "//" in page.url else "site"
        stem = self.name(f"html/{_slug(site, 4)}")
        path = stem.with_name(stem.name + ".html")
        self.write(path, mutated)
        if rng.random() < 0.25:
            self.write(Path(f"{path}.json"), json.dumps({"url": ctx.url, "outlet": ctx.outlet}))
            self.stats.sidecars += 1
        self.stats.by_format["html"] += 1
        self.stats.files["html"] += 1

    # -- jsonl -----------------------------------------------------------------------

    def jsonl_items(self, count: int) -> list[Path]:
        """Files of 150-350 items, each file one scraper's field names."""
        paths, left, number = [], count, 0
        while left > 0:
            size = min(left, self.rng.randint(150, 350))
            scheme = self.rng.choice(tuple(_JSONL_SCHEMES))
            number += 1
            path = self.target / "jsonl" / f"{scheme}-{number:03d}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            lines = [json.dumps(self._jsonl_item(scheme), ensure_ascii=False) for _ in range(size)]
            self.write(path, "\n".join(lines) + "\n")
            paths.append(path)
            left -= size
            self.stats.by_format["jsonl"] += size
            self.stats.files["jsonl"] += 1
        return paths

    def _jsonl_item(self, scheme: str) -> dict[str, Any]:
        rng = self.rng
        story, body = self.story()
        ctx = self.context(story)
        if rng.random() < 0.4:  # scraped text, debris included; else a clean dump
            body = _text_lines(body, ctx, rng, title=False)
        published = ctx.when.isoformat().replace("+00:00", rng.choice(("Z", "+00:00")))
        return _JSONL_SCHEMES[scheme](ctx, "\n\n".join(body), published)

    # -- feeds -----------------------------------------------------------------------

    def feed_items(self, count: int) -> list[Path]:
        paths = []
        files = max(1, math.ceil(count / FEED_ITEMS))
        for number in range(files):
            size = count // files + (1 if number < count % files else 0)
            name, domain, _ = OUTLETS[number % len(OUTLETS)]
            atom = number % 2 == 1
            entries = [self._feed_entry() for _ in range(size)]
            path = self.target / "feeds" / f"{_slug(name, 3)}{'.xml' if atom else '.rss'}"
            path.parent.mkdir(parents=True, exist_ok=True)
            if number == 0:  # an entry with neither content nor summary
                at = self.rng.randrange(len(entries) + 1)
                entries.insert(
                    at,
                    {
                        "title": "Live: updates to follow",
                        "url": "",
                        "html": "",
                        "summary": "",
                        "when": entries[0]["when"],
                    },
                )
                self.bad(path, "E113", "feed entry with no content", at + 1)
            write = atom_feed if atom else rss_feed
            self.write(path, write(name, f"https://www.{domain}/", entries))
            paths.append(path)
            self.stats.by_format["feed"] += size
            self.stats.files["feed"] += 1
        return paths

    def _feed_entry(self) -> dict[str, Any]:
        rng = self.rng
        story, body = self.story()
        ctx = self.context(story)
        parts = [f"<p>{html.escape(p)}</p>" for p in body]
        if rng.random() < 0.5:
            parts += [
                f"<p>{html.escape(debris_line(k, ctx, rng))}</p>"
                for k in rng.sample(("read-more", "follow", "hashtags", "share"), 2)
            ]
        return {
            "title": ctx.title,
            "url": ctx.url,
            "html": "".join(parts),
            "summary": body[0][:300],
            "when": ctx.when,
        }

    # -- bad items -------------------------------------------------------------------

    def plant_bad(self, jsonl: list[Path]) -> None:
        rng = self.rng
        folder = self.target / "text" / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        png = b"\x89PNG\r\n\x1a\n" + bytes(rng.getrandbits(8) for _ in range(2048))
        self.write(folder / "front-page-scan.txt", png)
        self.bad(folder / "front-page-scan.txt", "E101", "PNG image saved as .txt")
        self.write(folder / "untitled.txt", b"")
        self.bad(folder / "untitled.txt", "E102", "empty file")
        story, body = self.story(count=False)
        self.write(folder / "wire-copy.txt", "\n\n".join([story.title, *body]))
        self.write(folder / "wire-copy.json", '{"outlet": "Reuters", "url": ')
        self.bad(folder / "wire-copy.txt", "E105", "sidecar with invalid JSON")
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.getrandbits(8) for _ in range(4096))
        self.write(self.target / "html" / "print-edition.html", pdf)
        self.bad(self.target / "html" / "print-edition.html", "E101", "PDF saved as .html")
        empty = self.target / "feeds" / "breaking-empty.rss"
        empty.parent.mkdir(parents=True, exist_ok=True)
        self.write(empty, rss_feed("Breaking (empty)", "https://example.org/", []))
        self.bad(empty, "E112", "feed with no entries")
        self.stats.files["bad"] = 5  # the whole-file bad items above
        self._bad_lines(jsonl)

    def _bad_lines(self, jsonl: list[Path]) -> None:
        rng = self.rng
        bad_lines = (
            ('{"title": "Senate vote delayed", "text": "The Senate on Tuesday', "truncated line"),
            ("<html><body>Service Unavailable</body></html>", "HTML error page in a dump"),
            ('["Senate vote delayed", "The Senate on Tuesday delayed a vote"]', "JSON array"),
            ('{"title": "Senate vote delayed", "url": "https://example.org/a"}', "no text field"),
        )
        planted: dict[Path, list[tuple[int, str, str]]] = {}
        for line, what in bad_lines:
            path = rng.choice(jsonl)
            lines = path.read_text("utf-8").splitlines()
            at = rng.randrange(len(lines) + 1)
            lines.insert(at, line)
            path.write_text("\n".join(lines) + "\n", "utf-8")
            self.stats.bytes += len(line) + 1
            shifted = [(n + 1 if n > at else n, lin, w) for n, lin, w in planted.get(path, [])]
            planted[path] = [*shifted, (at + 1, line, what)]
        for path, entries in planted.items():
            for number, _line, what in entries:
                self.bad(path, "E109", what, number)


# One scraper's field names each: the aliases newsprism accepts (ingest/readers.py).
_JSONL_SCHEMES: dict[str, Callable[[ItemContext, str, str], dict[str, Any]]] = {
    "newsprism": lambda c, text, when: {
        "url": c.url,
        "title": c.title,
        "text": text,
        "published": when,
        "outlet": c.outlet,
    },
    "newsplease": lambda c, text, when: {
        "url": c.url,
        "title": c.title,
        "maintext": text,
        "date_publish": when,
        "source_domain": c.domain,
        "language": "en",
    },
    "newsapi": lambda c, text, when: {
        "source": {"id": None, "name": c.outlet},
        "title": c.title,
        "url": c.url,
        "publishedAt": when,
        "content": text,
    },
    "crawler": lambda c, text, when: {
        "link": c.url,
        "headline": c.title,
        "body": text,
        "date": when,
        "site": c.outlet,
    },
}


def plan(n_articles: int) -> dict[str, int]:
    """How many articles of each format a corpus of ``n_articles`` holds."""
    if n_articles < 8:
        raise ValueError("a corpus needs at least 8 articles (two of each format)")
    counts = {fmt: max(2, round(n_articles * share)) for fmt, share in SHARES.items()}
    return {"text": n_articles - sum(counts.values()), **counts}


def build_corpus(target: Path, n_articles: int, seed: int = 0, *, data: Path = DATA) -> CorpusStats:
    """Write a corpus of ``n_articles`` distinct articles (plus the bad items) to ``target``.

    Args:
        target: an empty or missing folder.
        n_articles: good articles to write (the planted bad items come on top).
        seed: the same seed gives byte-identical files.
        data: the shared dev data folder (read, never copied).

    Returns:
        The stats, also written to ``target/.corpus.json``.
    """
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise FileExistsError(f"{target}: not empty; give a new folder")
    target.mkdir(parents=True, exist_ok=True)
    counts = plan(n_articles)
    builder = _Builder(target, n_articles, seed, Path(data))
    for _ in range(counts["html"]):
        builder.html_item()
    for _ in range(counts["text"]):
        builder.text_item()
    jsonl = builder.jsonl_items(counts["jsonl"])
    builder.feed_items(counts["feed"])
    builder.plant_bad(jsonl)
    stats = builder.stats
    (target / MANIFEST).write_text(json.dumps(stats.as_dict(), indent=1) + "\n", "utf-8")
    return stats


def read_manifest(target: Path) -> CorpusStats | None:
    """The stats of a corpus built earlier in ``target``, or None."""
    try:
        return CorpusStats.from_dict(json.loads((Path(target) / MANIFEST).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def iter_bad(stats: CorpusStats) -> Iterator[tuple[str, str]]:
    """(location relative to the corpus, expected error code) of each planted bad item."""
    for item in stats.bad:
        yield item["location"], item["code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.corpus", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", type=Path, help="an empty or missing folder")
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared dev data folder")
    args = parser.parse_args(argv)
    try:
        stats = build_corpus(args.out, args.n, args.seed, data=args.data)
    except (FileExistsError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    formats = ", ".join(f"{k} {v}" for k, v in stats.by_format.items())
    print(
        f"{args.out}: {stats.articles} articles ({formats}), {stats.bad_items} bad items, "
        f"{stats.sidecars} sidecars, {stats.bytes / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
