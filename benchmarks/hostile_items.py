"""The kinds of hostile input item, each a list of makers of one file.

A maker takes a seeded ``random.Random`` and returns a :class:`Planted` file: its name,
its bytes and how many items it holds. The kinds are what a crawl, a scraper dump or a
careless upload really contains, and what breaks ingesters: binary files under text
names, empty files, legacy and broken encodings, files near the size limit, megabyte
lines, malformed HTML, JSON, JSON Lines and feeds, deep nesting, control characters
and non-UTF-8 bytes in file names, navigation-only pages, tiny files, bad gzip files,
bad sidecars and special files (a FIFO, dangling and looping symlinks).

``benchmarks/hostile.py`` writes them into a corpus; the fuzz harness
(``tests/fuzz``) seeds itself with the small ones (:func:`small_seeds`).
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LIMIT = 16 * 1024 * 1024  # IngestOptions().max_bytes, the default size limit of one item
SMALL = 64 * 1024  # a seed for the fuzzer is at most this big


@dataclass(frozen=True)
class Planted:
    """One file of a hostile kind.

    Attributes:
        name: the file name (bytes when it is not valid UTF-8).
        data: its bytes; None for a special file.
        items: how many items it holds (lines of a JSON Lines file, entries of a feed).
        special: ``fifo``, ``dangling`` (symlink), ``loop`` (two symlinks to each
            other) or ``folder`` (a folder with a file-like name).
        sidecar: the bytes of its ``NAME.json`` sidecar, if it has one.
    """

    name: str | bytes
    data: bytes | None
    items: int = 1
    special: str | None = None
    sidecar: bytes | None = None


Maker = Callable[[random.Random], Planted]


# --- material ----------------------------------------------------------------------------


def _paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        out += [p.strip() for p in path.read_text("utf-8").split("\n\n") if len(p.strip()) > 80]
    return out


PARAGRAPHS = _paragraphs()
VOCABULARY = sorted(set(re.findall(r"[A-Za-z]{3,}", " ".join(PARAGRAPHS))))
JAPANESE = "東京都心で大雨となり、鉄道各線で運転の見合わせが続いている。気象庁は警戒を呼びかけた。"
RUSSIAN = (
    "В Москве прошли переговоры министров иностранных дел. Стороны обсудили условия перемирия."
)


def words(rng: random.Random, n: int) -> str:
    """``n`` words drawn from the examples' vocabulary: text no other item repeats."""
    return " ".join(rng.choices(VOCABULARY, k=n))


def article(rng: random.Random) -> tuple[str, str]:
    """A plausible (title, body): paragraphs of the examples and a sentence of its own."""
    body = rng.sample(PARAGRAPHS, k=min(5, len(PARAGRAPHS)))
    body.append(words(rng, 30).capitalize() + ".")
    return words(rng, 8).title(), "\n\n".join(body)


def _text(rng: random.Random) -> bytes:
    title, body = article(rng)
    return f"{title}\n\n{body}\n".encode()


def _page(rng: random.Random, extra: str = "") -> str:
    title, body = article(rng)
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body>{extra}<article><h1>{title}</h1>{paragraphs}</article>"
            "</body></html>")  # fmt: skip


def _item(rng: random.Random, **fields: object) -> dict[str, object]:
    title, body = article(rng)
    return {"title": title, "text": body, "url": f"https://example.org/{rng.getrandbits(40):x}",
            **fields}  # fmt: skip


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _rss(entries: list[str], head: str = "") -> bytes:
    items = "".join(f"<item>{e}</item>" for e in entries)
    return (f"<?xml version='1.0' encoding='utf-8'?>{head}<rss version='2.0'><channel>"
            f"<title>Feed</title><link>https://example.org/</link>{items}</channel></rss>"
            ).encode()  # fmt: skip


def _entry(rng: random.Random, content: str | None = None) -> str:
    title, body = article(rng)
    text = content if content is not None else f"<![CDATA[<p>{body}</p>]]>"
    return (f"<title>{title}</title><link>https://example.org/{rng.getrandbits(32):x}</link>"
            f"<description>{text}</description>")  # fmt: skip


def _filled(size: int, rng: random.Random, sep: str = " ") -> str:
    """``size`` characters (and bytes: ASCII) of words, in paragraphs of 100 words joined
    by ``sep`` unless it is a space: the bulk of the huge and long-line items."""
    per = 100_000 if sep == " " else 100
    out, total = [], 0
    while total < size:
        part = words(rng, per)
        out.append(part)
        total += len(part) + len(sep)
    return sep.join(out)[:size]


# --- kinds -------------------------------------------------------------------------------


def _zip(rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed time stamp: the same seed must give the same bytes.
        archive.writestr(zipfile.ZipInfo("article.txt", (2024, 1, 1, 0, 0, 0)), _text(rng))
    return buffer.getvalue()


def _nul_laced(rng: random.Random) -> bytes:
    data = bytearray(_text(rng))
    for at in range(10, len(data), 60):
        data[at] = 0
    return bytes(data)


BINARY: list[Maker] = [
    lambda rng: Planted("noise.txt", rng.randbytes(rng.randint(1_000, 60_000))),
    lambda rng: Planted("scan.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(4_000)),
    lambda rng: Planted("print.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(4_000)),
    lambda rng: Planted("export.json", _zip(rng)),
    lambda rng: Planted("nul-laced.txt", _nul_laced(rng)),
    lambda rng: Planted("program", b"\x7fELF\x02\x01\x01\x00" + rng.randbytes(2_000)),
    lambda rng: Planted("notes.txt", b"SQLite format 3\x00" + rng.randbytes(4_000)),
]

EMPTY: list[Maker] = [
    lambda rng: Planted("empty.txt", b""),
    lambda rng: Planted("blank.txt", b"  \n\t\r\n   \n"),
    lambda rng: Planted("bom-only.txt", b"\xef\xbb\xbf"),
    lambda rng: Planted("newlines.txt", b"\n" * 10_000),
    lambda rng: Planted("empty.html", b""),
    lambda rng: Planted("empty.json", b""),
    lambda rng: Planted("blank.jsonl", b"\n\n\n", items=0),
    lambda rng: Planted("empty.rss", b""),
    lambda rng: Planted("empty.txt.gz", gzip.compress(b"", mtime=0)),
    lambda rng: Planted("no-body.html", b"<html><head><title>Nothing</title></head></html>"),
]


def _quoted(rng: random.Random) -> str:
    title, body = article(rng)
    quote = "\u201cWe will not stop,\u201d she said \u2014 caf\u00e9 \u00a3 \u20ac."
    return f"{title}\n\n{quote}\n\n{body}"


def _mixed(rng: random.Random) -> bytes:
    text = _quoted(rng)
    half = len(text) // 2
    return text[:half].encode("utf-8") + text[half:].encode("latin-1", "replace")


def _broken_utf8(rng: random.Random) -> bytes:
    data = bytearray(_text(rng))
    for at in range(50, len(data), 400):
        data[at : at + 1] = rng.choice([b"\xc3\x28", b"\xa0\xa1", b"\xff", b"\xe2\x82"])
    return bytes(data)


def _cesu(rng: random.Random) -> bytes:
    title, body = article(rng)
    return f"{title}\n\n{body[:300]}".encode() + b" \xed\xa0\x80 " + body[300:].encode()


ENCODING: list[Maker] = [
    lambda rng: Planted("cp1252.txt", _quoted(rng).encode("cp1252", "replace")),
    lambda rng: Planted("utf16-bom.txt", _quoted(rng).encode("utf-16")),
    lambda rng: Planted("utf16le-nobom.txt", _quoted(rng).encode("utf-16-le")),
    lambda rng: Planted("utf32.txt", _quoted(rng).encode("utf-32")),
    lambda rng: Planted("shift-jis.txt", (JAPANESE * rng.randint(3, 30)).encode("shift_jis")),
    lambda rng: Planted("koi8-r.txt", (RUSSIAN * rng.randint(3, 30)).encode("koi8-r")),
    lambda rng: Planted("mixed.txt", _mixed(rng)),
    lambda rng: Planted("broken-utf8.txt", _broken_utf8(rng)),
    lambda rng: Planted("cesu-surrogate.txt", _cesu(rng)),
    lambda rng: Planted("charset-lie.html", _page(rng, "caf\u00e9 \u00e9t\u00e9").encode("cp1252")),
    lambda rng: Planted("lone-surrogate.json", _json(_item(rng, title="Cut \ud800 here"))),
    lambda rng: Planted("surrogate-text.json", _json(_item(rng, text="A \udc80\udfff b " * 40))),
]


def _huge_text(rng: random.Random) -> Planted:
    return Planted("huge.txt", _filled(LIMIT - 4096, rng, "\n\n").encode())


def _huge_html(rng: random.Random) -> Planted:
    body = _filled(LIMIT - 8192, rng, "</p>\n<p>")
    return Planted(
        "huge.html", f"<html><body><article><p>{body}</p></article></body></html>".encode()
    )


def _huge_json(rng: random.Random) -> Planted:
    return Planted("huge.json", _json(_item(rng, text=_filled(LIMIT - 8192, rng, "\n\n"))))


def _huge_line(rng: random.Random) -> Planted:
    line = _json(_item(rng, text=_filled(LIMIT - 8192, rng)))
    return Planted("huge-line.jsonl", line + b"\n" + _json(_item(rng)) + b"\n", items=2)


def _over_limit(rng: random.Random) -> Planted:
    return Planted("over-limit.txt", _filled(LIMIT + 1, rng).encode())


# Near the default 16 MB limit; a corpus holds a few of these, not a share.
HUGE: list[Maker] = [_huge_text, _huge_html, _huge_line, _huge_json, _over_limit]


LONG_LINE: list[Maker] = [
    lambda rng: Planted("one-line.txt", _filled(rng.randint(1, 3) * 1_000_000, rng).encode()),
    lambda rng: Planted("no-spaces.txt", b"x" * 2_000_000),
    lambda rng: Planted(
        "one-node.html", f"<html><body><p>{_filled(1_500_000, rng)}</p></body></html>".encode()
    ),
    lambda rng: Planted("long.jsonl", _json(_item(rng, text=_filled(2_000_000, rng))) + b"\n"),
    lambda rng: Planted(
        "long-entry.rss", _rss([_entry(rng, f"<![CDATA[<p>{_filled(1_000_000, rng)}</p>]]>")])
    ),
    lambda rng: Planted("many-lines.txt", "\n".join(rng.choices(VOCABULARY, k=300_000)).encode()),
]


def _truncated(rng: random.Random) -> bytes:
    page = _page(rng).encode()
    return page[: rng.randint(100, len(page) - 1)]


def _soup(rng: random.Random) -> bytes:
    return "".join(rng.choice(["<", ">", "<p", "</", "&", "&#", ";", "=\"", " ", *VOCABULARY[:40]])
                   for _ in range(20_000)).encode()  # fmt: skip


def _entity_soup(rng: random.Random) -> bytes:
    refs = " &#0; &#xD800; &#1114112; &#xFFFFFFFF; &bogus; &#x1F600; &amp;amp; &#8232; "
    return _page(rng, f"<p>{refs * 20}</p>").encode()


MALFORMED_HTML: list[Maker] = [
    lambda rng: Planted("truncated.html", _truncated(rng)),
    lambda rng: Planted("soup.html", _soup(rng)),
    lambda rng: Planted("open-comment.html", ("<html><body><!-- " + _page(rng)).encode()),
    lambda rng: Planted(
        "script-only.html", f"<html><script>{'var a=1;' * 20_000}</script></html>".encode()
    ),
    lambda rng: Planted(
        "attributes.html",
        _page(rng, "<div " + " ".join(f"a{i}='{i}'" for i in range(50_000)) + ">").encode(),
    ),
    lambda rng: Planted(
        "long-attribute.html", _page(rng, f"<div title='{'x' * 1_000_000}'>").encode()
    ),
    lambda rng: Planted("entities.html", _entity_soup(rng)),
    lambda rng: Planted("not-a-page.xml", b"<?xml version='1.0'?><root><x>1</x><y>two</y></root>"),
    lambda rng: Planted("frameset.html", b"<html><frameset><frame src='a.html'></frameset></html>"),
    lambda rng: Planted("nul-tags.html", _page(rng, "<p\x00>\x00</p>").encode()),
]


MALFORMED_JSON: list[Maker] = [
    lambda rng: Planted("truncated.json", _json(_item(rng))[:-20]),
    lambda rng: Planted("numbers.json", b"[1, 2, 3]"),
    lambda rng: Planted("string.json", b'"just a string"'),
    lambda rng: Planted("text-number.json", b'{"text": 5}'),
    lambda rng: Planted("text-list.json", _json({"text": ["a b c", "d e f"], "title": "List"})),
    lambda rng: Planted("text-object.json", _json({"text": {"nested": {"deep": "value"}}})),
    lambda rng: Planted("title-object.json", _json(_item(rng, title={"a": [1, {"b": None}]}))),
    lambda rng: Planted("published-huge.json", _json(_item(rng, published=1e308))),
    lambda rng: Planted("published-negative.json", _json(_item(rng, published=-1))),
    lambda rng: Planted("published-far.json", _json(_item(rng, published="99999-12-31"))),
    lambda rng: Planted("published-list.json", _json(_item(rng, published=["2024-01-01"]))),
    lambda rng: Planted("nan.json", b'{"text": NaN, "title": Infinity}'),
    lambda rng: Planted(
        "mixed-list.json", _json({"articles": [_item(rng), 5, None, "x", _item(rng)]}), items=5
    ),
    lambda rng: Planted(
        "duplicate-keys.json", b'{"text": "a", "text": ' + _json(article(rng)[1]) + b"}"
    ),
    lambda rng: Planted("bom.json", b"\xef\xbb\xbf" + _json(_item(rng))),
    lambda rng: Planted("trailing.json", _json(_item(rng)) + b"}}}"),
    lambda rng: Planted("big-int.json", _json(_item(rng))[:-1] + b', "n": 1' + b"0" * 5000 + b"}"),
    lambda rng: Planted("url-object.json", _json(_item(rng, url={"href": "x"}, outlet=[1, 2]))),
]


def _jsonl_mix(rng: random.Random) -> Planted:
    lines = [_json(_item(rng)), b"not json", b"", b"null", b"[1]", b'{"text": ""}',
             _json(_item(rng, text="nul \u0000 inside " + article(rng)[1])),
             _json(_item(rng)) + b"\r", b'{"text": "\\ud800 lone"}',
             _json(_item(rng))[:-1] + b', "n": ' + b"9" * 5000 + b"}",
             _json({"text": {"a": {"b": "c"}}}), _json(_item(rng))]  # fmt: skip
    return Planted("mixed.jsonl", b"\n".join(lines), items=len(lines))


def _tiny_jsonl(rng: random.Random) -> Planted:
    lines = [_json({"text": words(rng, rng.randint(1, 3))}) for _ in range(50)]
    return Planted("tiny-items.jsonl", b"\n".join(lines) + b"\n", items=len(lines))


MALFORMED_JSONL: list[Maker] = [_jsonl_mix, _tiny_jsonl]


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


DEEP: list[Maker] = [
    lambda rng: Planted("deep.json", _nested(100_000)),
    lambda rng: Planted(
        "deep-field.json", _json(_item(rng))[:-1] + b', "x": ' + _nested(50_000) + b"}"
    ),
    lambda rng: Planted(
        "deep.jsonl",
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n" + _json(_item(rng)) + b"\n",
        items=2,
    ),
    lambda rng: Planted(
        "deep.html", ("<div>" * 100_000 + article(rng)[1] + "</div>" * 100_000).encode()
    ),
    lambda rng: Planted("deep.rss", _rss([_entry(rng, "<x>" * 50_000 + "text" + "</x>" * 50_000)])),
    lambda rng: Planted(
        "deep-sidecar.txt", _text(rng), sidecar=b'{"title":' * 50_000 + b"1" + b"}" * 50_000
    ),
]


_LAUGHS = ("<!DOCTYPE rss [<!ENTITY a0 'ha'>"
           + "".join(f"<!ENTITY a{i} '{f'&a{i - 1};' * 10}'>" for i in range(1, 10))
           + "]>")  # fmt: skip
_XXE = "<!DOCTYPE rss [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"

MALFORMED_FEED: list[Maker] = [
    lambda rng: Planted("truncated.rss", _rss([_entry(rng) for _ in range(3)])[:-200], items=3),
    lambda rng: Planted(
        "no-content.rss", _rss(["<title>t</title>", "<link>https://x.org/</link>"]), items=2
    ),
    lambda rng: Planted("laughs.rss", _rss([_entry(rng, "&a9;")], head=_LAUGHS)),
    lambda rng: Planted("xxe.rss", _rss([_entry(rng, "&x;")], head=_XXE)),
    lambda rng: Planted("char-refs.rss", _rss([_entry(rng, "a &#0; b &#xD800; c &#1114112; d")])),
    lambda rng: Planted(
        "many.rss",
        _rss(
            [
                f"<title>{w}</title><description>{w}</description>"
                for w in rng.choices(VOCABULARY, k=50)
            ]
        ),
        items=50,
    ),
    lambda rng: Planted("garbage.rss", b"<rss>" + rng.randbytes(2_000)),
    lambda rng: Planted(
        "script.atom",
        (
            "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title>"
            f"<content type='html'>&lt;script&gt;{'a();' * 500}&lt;/script&gt;</content>"
            "</entry></feed>"
        ).encode(),
    ),
    lambda rng: Planted(
        "escaped-twice.rss",
        _rss([_entry(rng, "&amp;lt;p&amp;gt;" + words(rng, 60) + "&amp;lt;/p&amp;gt;")]),
    ),
]


NAMES: list[Maker] = [
    lambda rng: Planted(b"ctl\x01\x02.txt", _text(rng)),
    lambda rng: Planted(b"tab\there.txt", _text(rng)),
    lambda rng: Planted(b"new\nline.txt", _text(rng)),
    lambda rng: Planted(b"ansi\x1b[31mred\x1b[0m.txt", _text(rng)),
    lambda rng: Planted(b"osc\x1b]0;pwned\x07.txt", _text(rng)),
    lambda rng: Planted(b"del\x7f.txt", _text(rng)),
    lambda rng: Planted("rtl-\u202etxt.exe.txt", _text(rng)),
    lambda rng: Planted(b"latin1-\xe9t\xe9.txt", _text(rng)),
    lambda rng: Planted(b"\xff\xfe-not-utf8.txt", _text(rng)),
    lambda rng: Planted("-rf.txt", _text(rng)),
    lambda rng: Planted(" leading space.txt", _text(rng)),
    lambda rng: Planted("a" * 240 + ".txt", _text(rng)),
    lambda rng: Planted("back\\slash 'quote\" %00.txt", _text(rng)),
]


NAV_ONLY: list[Maker] = [
    lambda rng: Planted(
        "nav.html",
        (
            "<html><body><nav><ul>"
            + "".join(
                f"<li><a href='/{w}'>{w.title()}</a></li>" for w in rng.sample(VOCABULARY, 40)
            )
            + "</ul></nav></body></html>"
        ).encode(),
    ),
    lambda rng: Planted(
        "cookies.html",
        b"<html><body><div class='cookie-banner'>We use cookies. <button>Accept all"
        b"</button></div><footer>&copy; 2024 Example Media. All rights reserved.</footer>"
        b"</body></html>",
    ),
    lambda rng: Planted(
        "boilerplate.txt",
        b"Share this article\nFacebook\nTwitter\nWhatsApp\nSubscribe to our newsletter\n"
        b"Read more\nAdvertisement\n",
    ),
    lambda rng: Planted(
        "noscript.html",
        b"<html><body><noscript>You need to enable JavaScript to run this app.</noscript>"
        b"<div id='root'></div></body></html>",
    ),
    lambda rng: Planted(
        "not-found.html",
        b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
        b"<p><a href='/'>Home</a></p></body></html>",
    ),
    lambda rng: Planted(
        "paywall.html",
        b"<html><body><h1>Subscribe to continue reading</h1><p>Already a subscriber? "
        b"<a href='/login'>Log in</a></p></body></html>",
    ),
]


TINY: list[Maker] = [
    lambda rng: Planted("tiny.txt", words(rng, rng.randint(1, 3)).encode()),
    lambda rng: Planted("dot.txt", b"."),
    lambda rng: Planted("emoji.txt", "\U0001f642".encode()),
    lambda rng: Planted("dash.txt", "\u2014".encode()),
    lambda rng: Planted("tiny.html", f"<p>{words(rng, 1)}</p>".encode()),
    lambda rng: Planted("object.json", b"{}"),
    lambda rng: Planted("one-word.json", _json({"text": words(rng, 1)})),
    lambda rng: Planted("tiny.jsonl", _json({"text": words(rng, 2)}) + b"\n"),
]


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


GZIP: list[Maker] = [
    lambda rng: Planted("truncated.txt.gz", _gzip(_text(rng))[:-30]),
    lambda rng: Planted("random.txt.gz", rng.randbytes(3_000)),
    lambda rng: Planted("bomb.txt.gz", _gzip(b"\0" * (LIMIT + 1))),
    lambda rng: Planted("double.txt.gz", _gzip(_gzip(_text(rng)))),
    lambda rng: Planted("good.txt.gz", _gzip(_text(rng))),
    lambda rng: Planted(
        "truncated.jsonl.gz", _gzip(b"\n".join(_json(_item(rng)) for _ in range(5)))[:-40], items=5
    ),
]


SIDECAR: list[Maker] = [
    lambda rng: Planted("list-sidecar.txt", _text(rng), sidecar=b"[1, 2]"),
    lambda rng: Planted("broken-sidecar.txt", _text(rng), sidecar=b'{"title": '),
    lambda rng: Planted(
        "nested-sidecar.txt",
        _text(rng),
        sidecar=_json({"title": {"a": 1}, "url": ["x"], "published": 1e308}),
    ),
    lambda rng: Planted("huge-title.txt", _text(rng), sidecar=_json({"title": "x" * 1_000_000})),
    lambda rng: Planted(
        "odd-sidecar.txt",
        _text(rng),
        sidecar=_json({"language": "xx-NOPE", "outlet": "\x1b[31mRed", "published": "0000-00-00"}),
    ),
    lambda rng: Planted("binary-sidecar.txt", _text(rng), sidecar=rng.randbytes(500)),
]


SPECIAL: list[Maker] = [
    lambda rng: Planted("pipe.txt", None, special="fifo"),
    lambda rng: Planted("dangling.txt", None, special="dangling"),
    lambda rng: Planted("loop.txt", None, special="loop"),
    lambda rng: Planted("folder.txt", None, special="folder"),
]


@dataclass(frozen=True)
class Kind:
    """A kind of hostile item: its makers and its share of the hostile items."""

    makers: list[Maker]
    share: float


# Shares of the hostile items (huge items are counted apart: a few per corpus).
KINDS: dict[str, Kind] = {
    "binary": Kind(BINARY, 0.08),
    "empty": Kind(EMPTY, 0.08),
    "encoding": Kind(ENCODING, 0.12),
    "long-line": Kind(LONG_LINE, 0.01),
    "malformed-html": Kind(MALFORMED_HTML, 0.08),
    "malformed-json": Kind(MALFORMED_JSON, 0.08),
    "malformed-jsonl": Kind(MALFORMED_JSONL, 0.01),
    "deep-nesting": Kind(DEEP, 0.01),
    "malformed-feed": Kind(MALFORMED_FEED, 0.02),
    "names": Kind(NAMES, 0.05),
    "nav-only": Kind(NAV_ONLY, 0.08),
    "tiny": Kind(TINY, 0.30),
    "gzip": Kind(GZIP, 0.04),
    "sidecar": Kind(SIDECAR, 0.04),
    "special": Kind(SPECIAL, 0.0),
}


def small_seeds(seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each maker whose file is at most ``SMALL`` bytes: the fuzzer's seeds
    (the special files and the huge items are left out: the fuzzer writes bytes)."""
    for kind, spec in KINDS.items():
        for number, make in enumerate(spec.makers):
            planted = make(random.Random(f"{seed}:{kind}:{number}"))
            if planted.data is None or len(planted.data) > SMALL:
                continue
            name = planted.name
            name = name.decode("utf-8", "replace") if isinstance(name, bytes) else name
            yield f"{kind}-{number:02d}-{name}", planted.data
