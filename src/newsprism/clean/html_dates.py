"""Date stamps of an HTML page: every layer's evidence, weighed into one verdict.

Layers, each giving candidate publication stamps (with time and zone when the page
states them) and the page's modified times:

1. the address: a full date in the URL path (``/2018/05/31/``), from the given URL or
   the page's canonical / ``og:url`` link — the day the outlet filed the article under;
2. head metadata: ``article:published_time`` and its many siblings (strong), the loose
   ``date`` / ``dc.date`` family (weak: often the last edit), and the modified keys;
3. JSON-LD ``datePublished`` / ``dateModified`` of the page's main entity (broken
   JSON-LD is read by pattern);
4. structured markup in the body: ``itemprop="datePublished"``, ``<time pubdate>``,
   ``<time class="published|entry-date">``, then the first ``<time>`` outside
   sidebars, navigation and footers;
5. the visible stamp printed near the headline ("Veröffentlicht am 16.08.2019",
   "November 8, 2023", "Updated Mar 12, 2020"), found in the text around the ``<h1>``
   (``visible_dates``);
6. htmldate (extensive search, original date), only when no layer gave a time: its
   day is a date-only stamp (``htmldate_stamp``, called by ``clean.html``).

The verdict (``priority`` 0, role ``meta-published``) is the publication day that the
layers agree on, each layer voting with a weight that reflects how often it is right
(see docs/eval-dates.md); the stamp representing that day is the one with the most
precise time and zone. Machine-written UTC stamps (``…Z``, ``+00:00``) are shown in the
page's own zone when another stamp of the page states it, so the local day is the
day readers saw. ``dates.choose_published`` then reconciles the verdict with the
stamps found in the article text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from lxml import html as lxml_html

from newsprism.clean.dates import (
    FoundStamp,
    parse_free,
)
from newsprism.clean.visible_dates import in_noise, visible_stamps

log = logging.getLogger(__name__)

_STRONG_PUBLISHED = frozenset((
    "article:published_time", "og:article:published_time", "article:published",
    "og:article:published", "og:published_time", "published_time", "article.published",
    "article:published_date", "article:publicationdate", "article:post_date",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "publish_time", "published-date", "published_date", "publisheddate",
    "publication_date", "date_published", "dc.date.issued", "dcterms.issued",
    "dc.date.publication", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date",
    "bt:pubdate", "rnews:datepublished", "originalpublicationdate", "og:pubdate",
    "og:publish_date", "og:datepublished", "analyticsattributes.articledate",
    "twt-published-at", "vr:published_time", "shareaholic:article_published_time",
    "mediator_published_time", "displaydate", "dateposted", "article_date_original",
    "content_create_date", "rbpubdate", "pdate", "ptime", "datecreated",
))  # fmt: skip
# Loose keys: as often the date of the last edit or of the page build as the publication.
_WEAK_PUBLISHED = frozenset((
    "date", "dc.date", "dc:date", "dcterms.date", "dc.created", "dc.date.created",
    "dc:created", "created", "date_created", "doc_date", "timestamp", "gentime",
))  # fmt: skip
_UPDATED = frozenset((
    "article:modified_time", "og:article:modified_time", "article:modified",
    "article:modified_date", "article:post_modified", "og:updated_time", "og:modified_time",
    "modified_time", "updated_time", "datemodified", "dateupdate", "last-modified",
    "lastmod", "lastmodified", "modified", "dcterms.modified", "dc.modified",
    "article.updated", "bt:moddate", "revision_date", "modificationdate", "utime",
    "lastdate",
))  # fmt: skip

# Path dates: /2018/05/31/, /2018-05-31-title, /20180531/ (the compact form only
# between slashes, where it cannot be part of an id).
_URL_DATE = re.compile(
    # one-digit month or day only before a slash: "/2023/10/3-fragen-an" is a title
    r"/(?P<y>(?:19|20)\d{2})(?P<sep>[/_-])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?=/|[_.-]|$)"
    r"|/(?P<sy>(?:19|20)\d{2})/(?P<sm>[1-9]|1[0-2])/(?P<sd>[1-9]|[12]\d|3[01])/"
    r"|/(?P<cy>(?:19|20)\d{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])/"
)
_ARTICLE_TYPES = re.compile(r"article|posting|report|review|recipe|webpage|creativework", re.I)

# Each layer votes for its first publication day. A weight is the layer's Bradley-Terry
# strength (log scale, +3) from the pages where two layers name different days: how often
# it names the gold day against each other layer (htmldate set, all 800 pages; fitting
# on one half and scoring the other gives the same accuracy within 1 point, see
# docs/eval-dates.md). Dict order is the preference among stamps of the chosen day.
_WEIGHTS = {
    "url": 3.8,  # a full date in the URL path
    "markup": 3.4,  # itemprop="datePublished", <time pubdate>, <time class="published">
    "meta": 3.3,  # article:published_time and its siblings
    "jsonld": 3.3,  # JSON-LD datePublished of the main entity
    "visible": 3.8,  # a bare stamp on a short line within 8 lines after the headline
    "visible-published": 3.7,  # a labelled one there ("Veröffentlicht am …")
    "time": 2.9,  # the first <time> outside sidebars
    "meta-weak": 2.3,  # date, dc.date, dcterms.date …
    "visible-far": 1.9,  # a stamp further below the headline
    "visible-before": 1.1,  # a stamp just above the headline
}
_NEAR_LINES = 8
# Layers that alone are no better than htmldate's guess: a verdict resting only on
# them ranks below it.
_WEAK_LAYERS = frozenset(("visible-far", "visible-before", "meta-weak"))
# The text after the headline votes once, with the weight of its first stamp's kind.
_FAMILY = {"visible-published": "visible", "visible-far": "visible"}


@dataclass(frozen=True)
class Evidence:
    """One layer's candidate for the publication (or modified) time of the page."""

    layer: str  # url | meta | meta-weak | jsonld | markup | time | visible[-published]
    stamp: FoundStamp

    @property
    def day(self) -> str:
        return self.stamp.local_iso()[:10]


def meta_stamps(tree: lxml_html.HtmlElement, url: str | None = None) -> list[FoundStamp]:
    """The page's stamps, best first: the verdict, the other candidates, the modified times.

    Args:
        tree: the parsed page.
        url: the page's address if known; else its canonical or ``og:url`` link is used.

    Returns:
        Stamps for ``choose_published``: the verdict has role ``meta-published`` and
        priority 0; other publication candidates priority 2 (agreeing) or 4; modified
        times role ``meta-updated``. Empty when the page states no date at all.
    """
    published, updated = collect_evidence(tree, url)
    return weigh(published, updated)


def collect_evidence(
    tree: lxml_html.HtmlElement, url: str | None = None
) -> tuple[list[Evidence], list[Evidence]]:
    """Every layer's publication candidates and modified times, in layer order."""
    published: list[Evidence] = []
    updated: list[Evidence] = []
    for address in (url, *_page_urls(tree)):
        stamp = url_stamp(address)
        if stamp is not None:
            published.append(Evidence("url", stamp))
            break
    for key, value in _head_meta(tree):
        if key in _STRONG_PUBLISHED:
            _add(published, "meta", value, f"meta:{key}", "meta-published")
        elif key in _WEAK_PUBLISHED:
            _add(published, "meta-weak", value, f"meta:{key}", "meta-published")
        elif key in _UPDATED:
            _add(updated, "meta", value, f"meta:{key}", "meta-updated")
    for role, value in jsonld_dates(tree):
        target = published if role == "meta-published" else updated
        _add(target, "jsonld", value, "jsonld", role)
    for layer, role, value, source in _body_markup(tree):
        _add(published if role == "meta-published" else updated, layer, value, source, role)
    for stamp in visible_stamps(tree):
        if stamp.role == "updated":
            updated.append(Evidence("visible", replace(stamp, role="meta-updated")))
        elif ":before:" in stamp.source:
            published.append(Evidence("visible-before", stamp))
        elif stamp.role == "published":
            published.append(Evidence("visible-published", stamp))
        else:
            near = int(stamp.source.rsplit(":", 1)[1]) < _NEAR_LINES
            published.append(Evidence("visible" if near else "visible-far", stamp))
    return published, updated


def weigh(published: list[Evidence], updated: list[Evidence]) -> list[FoundStamp]:
    """The verdict and the other candidates as stamps for ``choose_published``.

    Each layer votes once, for its first day, with its weight. A day after the page's
    own modified time cannot be its publication day and gets no vote (unless every
    candidate is, then the metadata are inconsistent and all vote). A verdict resting
    only on weak layers (a date far below the headline, or above it) ranks below
    htmldate's guess (priority 7 against 6).
    """
    published = _in_page_zone(published, updated)
    if not published:
        return [e.stamp for e in updated]
    modified = next((ev.stamp for ev in updated if ev.layer in ("meta", "jsonld")), None)
    voters = [ev for ev in published if not _after_modified(ev, modified)] or published
    votes: dict[str, float] = {}
    voted: set[str] = set()
    strong_days: set[str] = set()
    for ev in voters:
        family = _FAMILY.get(ev.layer, ev.layer)
        if family not in voted:
            voted.add(family)
            votes[ev.day] = votes.get(ev.day, 0.0) + _WEIGHTS.get(ev.layer, 1.0)
            if ev.layer not in _WEAK_LAYERS:
                strong_days.add(ev.day)
    first_seen = {ev.day: i for i, ev in reversed(list(enumerate(voters)))}
    day = max(votes, key=lambda d: (votes[d], -first_seen[d]))
    on_day = [ev for ev in published if ev.day == day]
    best = min(on_day, key=_precision)
    strong = day in strong_days
    verdict = replace(best.stamp, role="meta-published", priority=0 if strong else 7)
    others = [
        replace(
            ev.stamp, role="meta-published", priority=8 if not strong else 2 if ev.day == day else 4
        )
        for ev in published
        if ev is not best
    ]
    return [verdict, *others, *(e.stamp for e in updated)]


def _after_modified(ev: Evidence, modified: FoundStamp | None) -> bool:
    """A date printed in the page (or a ``<time>``) more than a day after the page's own
    modified time is another date (an event, a comment), not the publication. The
    metadata's own published time may follow its modified time: a post saved, then
    published on schedule."""
    if modified is None or ev.layer not in ("time", *_FAMILY, "visible", "visible-before"):
        return False
    limit = dt.date.fromisoformat(modified.local_iso()[:10]) + dt.timedelta(days=1)
    return dt.date.fromisoformat(ev.day) > limit


def _precision(ev: Evidence) -> tuple[int, int, int]:
    """Sort key: stamps with a time and a stated zone first, then by layer strength."""
    s = ev.stamp
    rank = list(_WEIGHTS).index(ev.layer) if ev.layer in _WEIGHTS else len(_WEIGHTS)
    return (0 if s.has_time else 1, 0 if s.zone is not None else 1, rank)


def _in_page_zone(published: list[Evidence], updated: list[Evidence]) -> list[Evidence]:
    """Machine-written UTC stamps shown on the day the page's readers saw.

    The page's zone is the first local offset a stamp states, else the offset between a
    naive local stamp and the same instant written in UTC (a CMS writing
    "2023-11-08 18:09:55" and "2023-11-09T01:09:55Z"). Without one, a UTC stamp one
    day off the day the page prints (its URL or the line under its headline) keeps its
    UTC time but takes that day as its local day, when some zone could explain it.
    """
    everything = [*published, *updated]
    zone = _stated_zone(everything) or _paired_zone(everything)
    if zone is not None:
        label = "page zone inferred from a naive and a UTC stamp" if isinstance(
            zone, dt.timezone) else None  # fmt: skip
        out = []
        for ev in published:
            s = ev.stamp
            if _is_utc(s) and not ev.layer.startswith("visible"):
                local = s.aware().astimezone(zone[0]).replace(tzinfo=None)  # type: ignore[union-attr]
                s = replace(s, value=local, zone=zone[0], zone_label=zone[1] or label,
                            zone_source="page")  # fmt: skip
            out.append(Evidence(ev.layer, s))
        return out
    printed = [ev.day for ev in published if ev.layer in ("url", "visible") and not
               ev.stamp.has_time]  # fmt: skip
    if not printed:
        return published
    out = []
    for ev in published:
        s = ev.stamp
        if _is_utc(s) and s.local_iso()[:10] not in printed:
            day = next((d for d in printed if _reachable(s, d)), None)
            if day is not None:
                s = replace(s, local_day=day)
        out.append(Evidence(ev.layer, s))
    return out


def _is_utc(s: FoundStamp) -> bool:
    return s.has_time and s.zone is not None and s.zone.utcoffset(s.value) == dt.timedelta(0)


def _stated_zone(evidence: list[Evidence]) -> tuple[dt.tzinfo, str | None] | None:
    for ev in evidence:
        s = ev.stamp
        if s.zone is not None and s.zone.utcoffset(s.value) not in (None, dt.timedelta(0)):
            return s.zone, s.zone_label
    return None


def _paired_zone(evidence: list[Evidence]) -> tuple[dt.tzinfo, str | None] | None:
    naive = [ev.stamp.value for ev in evidence if ev.stamp.zone is None and ev.stamp.has_time
             and not ev.layer.startswith("visible")]  # fmt: skip
    utc = [ev.stamp.value for ev in evidence if _is_utc(ev.stamp)]
    for local in naive:
        for instant in utc:
            offset = _naive_utc(local) - _naive_utc(instant)
            if (
                offset
                and dt.timedelta(hours=-12) <= offset <= dt.timedelta(hours=14)
                and offset % dt.timedelta(minutes=15) == dt.timedelta(0)
                and instant.second != 0  # a round time pairs by chance
                and (local.minute, local.second) == (instant.minute, instant.second)
            ):
                return dt.timezone(offset), None
    return None


def _reachable(s: FoundStamp, day: str) -> bool:
    """Whether some zone (UTC-12 to UTC+14) puts this UTC instant on ``day``."""
    start = dt.datetime.fromisoformat(day)
    return start - dt.timedelta(hours=14) <= _naive_utc(s.value) < start + dt.timedelta(hours=36)


def _naive_utc(value: dt.datetime) -> dt.datetime:
    """``value`` as a naive UTC datetime, so that an epoch stamp (aware) compares with
    stamps stored naive; comparing the two raised and lost the article (E199)."""
    if value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def url_stamp(url: str | None) -> FoundStamp | None:
    """The date in a URL path (``/2018/05/31/``) as a date-only stamp."""
    if not url:
        return None
    match = _URL_DATE.search(url.split("?", 1)[0].split("#", 1)[0])
    if not match:
        return None
    y, m, d = next(
        (match[f"{k}y"], match[f"{k}m"], match[f"{k}d"]) for k in ("", "s", "c") if match[f"{k}y"]
    )
    try:
        value = dt.datetime(int(y), int(m), int(d))
    except ValueError:
        return None
    return FoundStamp(match.group(0).strip("/"), value, False, None, None, "meta-published",
                      "url")  # fmt: skip


def htmldate_stamp(html: str, url: str | None) -> FoundStamp | None:
    """htmldate's original-date guess as a date-only stamp (it is reliable to the day).

    Ranked below the page's own layers (priority 6): it reads the same metadata less
    carefully, but searches the whole text when the page has none.
    """
    import htmldate

    try:
        day = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception as exc:  # htmldate raises assorted parse errors on broken pages
        log.debug("htmldate failed on %s: %s", url, exc)
        return None
    if not day:
        return None
    stamp = parse_free(day, source="htmldate", role="meta-published")
    return replace(stamp, priority=6) if stamp is not None else None


def jsonld_dates(tree: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """(role, value) of ``datePublished`` / ``dateModified`` in the page's JSON-LD.

    The main entity's (an Article, a posting, a web page) come first; dates of other
    nodes (related items, comments) follow.
    """
    main: list[tuple[str, str]] = []
    rest: list[tuple[str, str]] = []
    for text in jsonld_texts(tree):
        for is_main, role, value in _jsonld_script(text):
            (main if is_main else rest).append((role, value))
    return main + rest


def jsonld_texts(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """The text of every non-empty JSON-LD script of the page, in page order (dates,
    paywall declarations and live-blog updates all read them)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            yield script.text


def _jsonld_script(text: str) -> list[tuple[bool, str, str]]:
    try:
        data = json.loads(text)
    except ValueError:
        # Broken JSON-LD is common; fall back to the two keys by pattern.
        return [
            (True, "meta-published" if m.group(1) == "datePublished" else "meta-updated",
             m.group(2))
            for m in re.finditer(r'"(datePublished|dateModified)"\s*:\s*"([^"]+)"', text)
        ]  # fmt: skip
    found: list[tuple[bool, str, str]] = []

    def walk(node: object, depth: int) -> None:
        if isinstance(node, dict):
            kind = node.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
            is_main = depth <= 2 and bool(_ARTICLE_TYPES.search(kinds))
            for key, role in (("datePublished", "meta-published"),
                              ("dateModified", "meta-updated")):  # fmt: skip
                if isinstance(node.get(key), str):
                    found.append((is_main, role, node[key]))
            for key, value in node.items():
                # a @graph is the page itself; anything else nested is another item
                walk(value, depth if key == "@graph" else depth + 1)
        elif isinstance(node, list):
            for value in node:
                walk(value, depth)

    walk(data, 0)
    return found


def _page_urls(tree: lxml_html.HtmlElement) -> Iterator[str]:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            yield link.get("href")
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:url":
            yield meta.get("content") or ""


def _head_meta(tree: lxml_html.HtmlElement) -> Iterator[tuple[str, str]]:
    for meta in tree.iter("meta"):
        key = (
            meta.get("property") or meta.get("name") or meta.get("itemprop")
            or meta.get("http-equiv") or ""
        ).strip().lower()  # fmt: skip
        value = meta.get("content") or meta.get("datetime") or ""
        if key and value.strip():
            yield key, value


def _body_markup(tree: lxml_html.HtmlElement) -> Iterator[tuple[str, str, str, str]]:
    """(layer, role, value, source) from itemprop elements and ``<time>`` in the body."""
    body = tree.find(".//body")
    if body is None:
        return
    for el in body.xpath(".//time | .//*[@itemprop]"):  # in document order
        if el.tag == "meta":
            continue
        itemprop = (el.get("itemprop") or "").lower()
        if itemprop in ("datepublished", "datecreated", "datemodified", "dateupdated"):
            value = el.get("datetime") or el.get("content") or el.text_content()
            role = "meta-updated" if itemprop in ("datemodified", "dateupdated") else (
                "meta-published")  # fmt: skip
            yield "markup", role, value, f"html:itemprop={itemprop}"
            continue
        if el.tag != "time":
            continue
        value = el.get("datetime") or el.text_content()
        cls = (el.get("class") or "").lower()
        if re.search(r"updated|modified", cls):
            yield "markup", "meta-updated", value, "html:time.updated"
        elif el.get("pubdate") is not None or re.search(r"publish|entry-date|post-date", cls):
            yield "markup", "meta-published", value, "html:time.published"
        elif not in_noise(el):
            yield "time", "meta-published", value, "html:time"


def _add(target: list[Evidence], layer: str, value: str, source: str, role: str) -> None:
    stamp = parse_free(value.strip()[:100], source=source, role=role)
    if stamp is not None:
        target.append(Evidence(layer, stamp))
