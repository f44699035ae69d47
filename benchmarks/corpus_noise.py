"""The noise that makes every synthetic item distinct: swapped numbers, shuffled
paragraphs, date stamps, scraped debris lines, mutated HTML, the RSS / Atom wrappers.

Used by ``benchmarks/corpus.py``; every function takes the caller's seeded ``rng`` so
the corpus stays deterministic.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

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


def mutate_paragraphs(paragraphs: Sequence[str], rng: random.Random) -> list[str]:
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


def moment(day: dt.date | None, rng: random.Random) -> dt.datetime:
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


def debris_line(kind: str, ctx: ItemContext, rng: random.Random) -> str:
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
class ItemContext:
    """Per-item facts the debris lines and metadata refer to."""

    title: str
    other_title: str
    outlet: str
    domain: str
    short_url: str
    url: str
    when: dt.datetime


def mutate_html(markup: str, rng: random.Random) -> str:
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


def add_html_debris(markup: str, ctx: ItemContext, rng: random.Random) -> str:
    """A stamp before the first paragraph, share/teaser/hashtag lines after the last."""
    stamp = f'<p class="date">{html.escape(debris_line("stamp", ctx, rng))}</p>\n'
    kinds = rng.sample(("share", "hashtags", "read-more", "follow", "newsletter"), 3)
    tail = "".join(f"<p>{html.escape(debris_line(k, ctx, rng))}</p>\n" for k in kinds)
    tail = tail.encode("ascii", "xmlcharrefreplace").decode("ascii")  # any page charset
    stamp = stamp.encode("ascii", "xmlcharrefreplace").decode("ascii")
    first = markup.lower().find("<p")
    if first >= 0:
        markup = markup[:first] + stamp + markup[first:]
    last = markup.lower().rfind("</p>")
    if last >= 0:
        markup = markup[: last + 4] + "\n" + tail + markup[last + 4 :]
    return markup


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def rss_feed(title: str, link: str, entries: list[dict[str, Any]]) -> str:
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


def atom_feed(title: str, link: str, entries: list[dict[str, Any]]) -> str:
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
