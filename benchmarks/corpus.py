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
import csv
import datetime as dt
import email.utils
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
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"
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
_SOURCE_OUTLETS = {
    "fox": "Fox News",
    "nyt": "The New York Times",
    "hpo": "HuffPost",
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
    "parc": None,
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER = re.compile(r"\d+")
_HTML_P = re.compile(r"<p\b[^>]*>(?:(?!</?p\b).){20,}?</p>", re.S | re.I)
# No digit before the first one: the old ">([^<>]*\d[^<>]*)<" backtracked quadratically
# on long runs with no closing "<" (55 s on one page); both match exactly the same nodes.
_HTML_TEXT_NODE = re.compile(r">([^<>\d]*\d[^<>]*)<")


@dataclass(frozen=True)
class _Story:
    """One source article as text: the material every text-like item is made from."""

    origin: str  # basil, polnear, neus, seed
    title: str
    paragraphs: tuple[str, ...]
    outlet: str | None
    url: str | None
    day: dt.date | None


@dataclass(frozen=True)
class _Page:
    """One trafilatura-eval page (read lazily: 990 pages are 130 MB of HTML)."""

    url: str
    path: Path


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


def _outlet_name(source: str | None) -> str | None:
    if not source:
        return None
    return _SOURCE_OUTLETS.get(source.lower().strip(), source)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _basil(data: Path) -> list[_Story]:
    stories = []
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        item = json.loads(path.read_text("utf-8"))
        paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in item["body-paragraphs"]]
        stories.append(
            _Story(
                "basil",
                item["title"].strip(),
                tuple(p for p in paragraphs if p),
                _outlet_name(item.get("source")),
                item.get("url"),
                _day(item.get("date")),
            )
        )
    return stories


def _polnear(data: Path) -> list[_Story]:
    meta: dict[str, dict[str, str]] = {}
    with (data / "polnear" / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    stories = []
    for path in sorted((data / "polnear").glob("*/text/*.txt")):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text("utf-8")) if b.strip()]
        if len(blocks) < 3:
            continue
        row = meta.get(path.stem, {})
        stories.append(
            _Story(
                "polnear",
                blocks[0],
                tuple(blocks[1:]),
                _outlet_name(row.get("publisher")),
                None,
                _day(row.get("publication_date")),
            )
        )
    return stories


def _neus(data: Path) -> list[_Story]:
    stories = []
    for path in sorted((data / "neus-allsides" / "raw_crawled").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            story = json.loads(line)
            for side in ("left", "center", "right"):
                news = (story.get("news") or {}).get(side) or {}
                body = [p.strip() for p in news.get("newBody") or [] if p and p.strip()]
                if not body or not news.get("newsTitle"):
                    continue
                stories.append(
                    _Story(
                        "neus",
                        news["newsTitle"].strip(),
                        tuple(body),
                        news.get("newsSource"),
                        news.get("newsLink"),
                        _day(story.get("date")),
                    )
                )
    return stories


def _seeds() -> list[_Story]:
    stories = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        sidecar = path.with_suffix(".json")
        outlet = json.loads(sidecar.read_text("utf-8")).get("outlet") if sidecar.exists() else None
        # The seeds carry their own debris; keep only the sentences so mutations add new.
        body = [ln for ln in lines[1:] if len(ln.split()) > 12]
        stories.append(_Story("seed", lines[0], tuple(body), outlet, None, dt.date(2024, 3, 26)))
    return stories


@lru_cache(maxsize=4)
def _load_sources(data: Path) -> tuple[tuple[_Story, ...], tuple[_Page, ...]]:
    if not data.is_dir():
        raise FileNotFoundError(f"{data}: the shared dev data is missing (see its README.md)")
    stories = _basil(data) + _polnear(data) + _neus(data) + _seeds()
    evaldata = json.loads((data / "trafilatura-eval" / "evaldata.json").read_text("utf-8"))
    pages = tuple(
        _Page(url, data / "trafilatura-eval" / "html" / f"{entry['file']}.gz")
        for url, entry in sorted(evaldata.items())
    )
    return tuple(stories), pages


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


def _swap_numbers(text: str, rng: random.Random, most: int = 3) -> str:
    """Change a few numbers: years move by a little, other numbers keep their digit count."""
    matches = list(_NUMBER.finditer(text))
    if not matches:
        return text
    chosen = sorted(rng.sample(matches, min(most, len(matches))), key=lambda m: m.start())
    out, last = [], 0
    for match in chosen:
        digits = match.group()
        value = int(digits)
        if len(digits) == 4 and 1900 <= value <= 2099:
            new = str(value + rng.choice((-2, -1, 1, 2)))
        elif len(digits) > 6:
            new = digits  # phone numbers, ids: leave alone
        else:
            low = 10 ** (len(digits) - 1) if len(digits) > 1 else 0
            new = str(rng.randint(low, 10 ** len(digits) - 1))
        out += [text[last : match.start()], new]
        last = match.end()
    return "".join([*out, text[last:]])


def _mutate_paragraphs(paragraphs: Sequence[str], rng: random.Random) -> list[str]:
    """One to three of: shuffle the body (the lead stays), drop, duplicate, swap numbers."""
    out = list(paragraphs)
    for op in rng.sample(("shuffle", "drop", "dup", "numbers", "numbers"), rng.randint(1, 3)):
        if op == "shuffle" and len(out) > 2:
            body = out[1:]
            if rng.random() < 0.5:
                rng.shuffle(body)
            else:
                i = rng.randrange(len(body) - 1)
                body[i], body[i + 1] = body[i + 1], body[i]
            out = [out[0], *body]
        elif op == "drop" and len(out) > 3:
            for _ in range(rng.randint(1, min(2, len(out) - 3))):
                del out[rng.randrange(1, len(out))]
        elif op == "dup" and len(out) > 1:
            i = rng.randrange(len(out))
            out.insert(i + 1 if rng.random() < 0.7 else len(out), out[i])
        else:
            i = rng.randrange(len(out))
            out[i] = _swap_numbers(out[i], rng)
    return out


def _moment(day: dt.date | None, rng: random.Random) -> dt.datetime:
    if day is None:
        day = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
    day += dt.timedelta(days=rng.choice((0, 0, 0, 1, -1)))
    return dt.datetime(
        day.year,
        day.month,
        day.day,
        rng.randrange(24),
        rng.randrange(60),
        rng.randrange(60),
        tzinfo=dt.UTC,
    )


def _stamp_line(when: dt.datetime, rng: random.Random) -> str:
    """A date stamp line as scrapers leave them (several shapes, several zones)."""
    h12 = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    month, mon = _MONTHS[when.month - 1], _MONTHS[when.month - 1][:3]
    shapes = (
        f"{when:%Y-%m-%d %H:%M:%S}",
        f"{when.month}/{when.day}/{when.year}-|Last update: {when.month}/{when.day}/{when.year}"
        f"{h12:02d}:{when.minute:02d} {ampm} (Mecca time)",
        f"Published On {when.day} {mon} {when.year}",
        f"Posted: {month} {when.day}, {when.year} {h12}:{when.minute:02d} {ampm} ET",
        f"{when:%A}, {when.day} {month} {when.year}",
        f"Updated: {when:%Y-%m-%dT%H:%M:%S}Z",
        f"Last updated {when.day} {mon} {when.year}, {when:%H:%M} GMT",
        str(int(when.timestamp())),
        str(int(when.timestamp()) * 1000 + rng.randrange(1000)),
    )
    return rng.choice(shapes)


def _hashtags(title: str, rng: random.Random) -> str:
    words = [w.strip("‘’'\".,:;!?()") for w in title.split()]
    words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    chosen = rng.sample(words, min(len(words), rng.randint(2, 6))) or ["news"]
    return " ".join(f"#{w}" for w in chosen)


def _debris(kind: str, ctx: _Context, rng: random.Random) -> str:
    """One line of scraped boilerplate of the given kind."""
    outlet, short = ctx.outlet, ctx.short_url
    choices: dict[str, Callable[[], str]] = {
        "share": lambda: rng.choice(
            (
                f"The link has been copied! copy url{short}",
                "Share this article",
                "Click to share on Twitter (Opens in new window)",
                "Share on Facebook",
                f"Copy link {short}",
            )
        ),
        "buttons": lambda: rng.choice(
            (
                "Share | Tweet | Email",
                "Facebook Twitter WhatsApp",
                "Share",
                "Print",
                "Listen to article",
            )
        ),
        "hashtags": lambda: _hashtags(ctx.title, rng),
        "read-more": lambda: (
            f"{rng.choice(('Read more', 'Also read', 'Related'))}: {ctx.other_title}"
        ),
        "follow": lambda: f"Follow {outlet} on {rng.choice(('Telegram', 'Twitter', 'Facebook'))}",
        "newsletter": lambda: rng.choice(
            ("Sign up for our daily newsletter", "Subscribe to our channel on YouTube")
        ),
        "copyright": lambda: f"© {ctx.when.year} {outlet}. All rights reserved.",
        "ad": lambda: rng.choice(("Advertisement", "Sponsored", "Scroll to continue with content")),
        "stamp": lambda: _stamp_line(ctx.when, rng),
        "source": lambda: f"Source: {outlet}{rng.choice(('', ' + agencies'))}",
        "credit": lambda: rng.choice(("(Getty Images)", "Photo: Reuters", "Image credit: AFP")),
        "comments": lambda: rng.choice(("Leave a Comment", f"{rng.randint(2, 480)} Comments")),
    }
    return choices[kind]()


@dataclass
class _Context:
    """Per-item facts the debris lines and metadata refer to."""

    title: str
    other_title: str
    outlet: str
    domain: str
    short_url: str
    url: str
    when: dt.datetime


def _slug(text: str, words: int = 8) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:words]) or "story"


def _context(
    story_title: str,
    other: str,
    outlet: str | None,
    url: str | None,
    day: dt.date | None,
    rng: random.Random,
) -> _Context:
    """Outlet and URL: the source's own half the time, else a syndicating outlet."""
    name, domain, short_host = rng.choice(OUTLETS)
    if outlet and rng.random() < 0.5:
        name = outlet
        known = [o for o in OUTLETS if o[0] == outlet]
        domain, short_host = (
            (known[0][1], known[0][2]) if known else (_slug(outlet) + ".com", "bit.ly")
        )
    when = _moment(day, rng)
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))
    if not (url and rng.random() < 0.3 and domain in url):
        url = (
            f"https://www.{domain}/{when:%Y/%m/%d}/{_slug(story_title)}-"
            f"{rng.randrange(10**6, 10**7)}"
        )
    elif rng.random() < 0.5:
        url = f"{url}{'&' if '?' in url else '?'}utm_source={rng.choice(('twitter', 'rss'))}"
    return _Context(story_title, other, name, domain, f"https://{short_host}/{code}", url, when)


def _text_lines(
    paragraphs: list[str], ctx: _Context, rng: random.Random, *, title: bool
) -> list[str]:
    """The lines of one scraped text item: head stamps, body with debris, tail debris."""
    head = [ctx.title] if title else []
    head += [_debris("stamp", ctx, rng) for _ in range(rng.choice((0, 1, 1, 2)))]
    if rng.random() < 0.3:
        head.append(_debris("share", ctx, rng))
    body = list(paragraphs)
    for kind, chance in (("read-more", 0.2), ("ad", 0.15), ("credit", 0.1)):
        if rng.random() < chance and len(body) > 2:
            body.insert(rng.randrange(2, len(body)), _debris(kind, ctx, rng))
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
    tail = [_debris(k, ctx, rng) for k in rng.sample(tail_kinds, rng.choice((0, 1, 2, 3, 4)))]
    return head + body + tail


# -- writers ---------------------------------------------------------------------------


class _Builder:
    """Writes one corpus; keeps the distinctness set and the stats."""

    def __init__(self, target: Path, n: int, seed: int, data: Path) -> None:
        self.target, self.rng = target, random.Random(seed)
        stories, pages = _load_sources(data)
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

    def story(self, *, count: bool = True) -> tuple[_Story, list[str]]:
        """A story and a mutated body never produced before."""
        for _ in range(200):
            story = self.stories.draw()
            for _ in range(6):
                body = _mutate_paragraphs(story.paragraphs, self.rng)
                if self._fresh("\n".join(body)):
                    if count:
                        self.stats.sources[story.origin] = (
                            self.stats.sources.get(story.origin, 0) + 1
                        )
                    return story, body
        raise RuntimeError("cannot draw a distinct story: too many articles for the sources")

    def context(self, story: _Story) -> _Context:
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

    def _sidecar(self, ctx: _Context) -> dict[str, str]:
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
            page: _Page = self.pages.draw()
            markup = gzip.decompress(page.path.read_bytes()).decode("utf-8", "surrogateescape")
            mutated = _mutate_html(markup, rng)
            if self._fresh(mutated):
                break
        else:
            raise RuntimeError("cannot draw a distinct HTML page")
        self.stats.sources["trafilatura-eval"] = self.stats.sources.get("trafilatura-eval", 0) + 1
        title_match = re.search(r"<title[^>]*>([^<]{3,200})</title>", markup, re.I)
        title = html.unescape(title_match.group(1)).strip() if title_match else "News"
        ctx = _context(title, rng.choice(self.titles), None, page.url, None, rng)
        mutated = _add_html_debris(mutated, ctx, rng)
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
            write = _atom if atom else _rss
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
                f"<p>{html.escape(_debris(k, ctx, rng))}</p>"
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
        self.write(empty, _rss("Breaking (empty)", "https://example.org/", []))
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


def _mutate_html(markup: str, rng: random.Random) -> str:
    """Drop, duplicate or swap a paragraph and change a few numbers in the text nodes."""
    spans = list(_HTML_P.finditer(markup))
    op = rng.choice(("drop", "dup", "swap", "none"))
    if spans and op != "none":
        i = rng.randrange(len(spans))
        a = spans[i]
        if op == "drop" and len(spans) > 3:
            markup = markup[: a.start()] + markup[a.end() :]
        elif op == "dup":
            markup = markup[: a.end()] + "\n" + a.group() + markup[a.end() :]
        elif op == "swap" and i + 1 < len(spans):
            b = spans[i + 1]
            markup = (
                markup[: a.start()]
                + b.group()
                + markup[a.end() : b.start()]
                + a.group()
                + markup[b.end() :]
            )
    nodes = list(_HTML_TEXT_NODE.finditer(markup))
    if nodes:
        chosen = sorted(rng.sample(nodes, min(4, len(nodes))), key=lambda m: m.start())
        out, last = [], 0
        for node in chosen:
            out += [markup[last : node.start(1)], _swap_numbers(node.group(1), rng, most=2)]
            last = node.end(1)
        markup = "".join([*out, markup[last:]])
    return markup


def _add_html_debris(markup: str, ctx: _Context, rng: random.Random) -> str:
    """A stamp before the first paragraph, share/teaser/hashtag lines after the last."""
    stamp = f'<p class="date">{html.escape(_debris("stamp", ctx, rng))}</p>\n'
    kinds = rng.sample(("share", "hashtags", "read-more", "follow", "newsletter"), 3)
    tail = "".join(f"<p>{html.escape(_debris(k, ctx, rng))}</p>\n" for k in kinds)
    tail = tail.encode("ascii", "xmlcharrefreplace").decode("ascii")  # any page charset
    stamp = stamp.encode("ascii", "xmlcharrefreplace").decode("ascii")
    first = markup.lower().find("<p")
    if first >= 0:
        markup = markup[:first] + stamp + markup[first:]
    last = markup.lower().rfind("</p>")
    if last >= 0:
        markup = markup[: last + 4] + "\n" + tail + markup[last + 4 :]
    return markup


# One scraper's field names each: the aliases newsprism accepts (ingest/readers.py).
_JSONL_SCHEMES: dict[str, Callable[[_Context, str, str], dict[str, Any]]] = {
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


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _rss(title: str, link: str, entries: list[dict[str, Any]]) -> str:
    items = []
    for e in entries:
        parts = [f"<title>{html.escape(e['title'])}</title>"]
        if e["url"]:
            parts += [
                f"<link>{html.escape(e['url'])}</link>",
                f'<guid isPermaLink="true">{html.escape(e["url"])}</guid>',
            ]
        parts.append(f"<pubDate>{email.utils.format_datetime(e['when'])}</pubDate>")
        if e["summary"]:
            parts.append(f"<description>{html.escape(e['summary'])}</description>")
        if e["html"]:
            parts.append(f"<content:encoded>{_cdata(e['html'])}</content:encoded>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        f"<channel><title>{html.escape(title)}</title><link>{link}</link>"
        f"<description>Latest news from {html.escape(title)}</description>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n"
    )


def _atom(title: str, link: str, entries: list[dict[str, Any]]) -> str:
    items = []
    for e in entries:
        when = e["when"].strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = [
            f"<title>{html.escape(e['title'])}</title>",
            f"<id>{html.escape(e['url'] or link)}</id>",
            f"<updated>{when}</updated>",
            f"<published>{when}</published>",
        ]
        if e["url"]:
            parts.append(f'<link rel="alternate" href="{html.escape(e["url"])}"/>')
        if e["summary"]:
            parts.append(f"<summary>{html.escape(e['summary'])}</summary>")
        if e["html"]:
            parts.append(f'<content type="html">{html.escape(e["html"])}</content>')
        items.append("<entry>" + "".join(parts) + "</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{html.escape(title)}</title><id>{link}</id>"
        f'<link href="{link}"/><updated>2024-03-26T00:00:00Z</updated>\n'
        + "\n".join(items)
        + "\n</feed>\n"
    )


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
