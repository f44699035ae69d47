"""What the fuzzer feeds ingest: a seed corpus and Hypothesis strategies over it.

An input is a file: a name (bytes, so control characters and non-UTF-8 names come
up), its bytes and, sometimes, a sidecar ``NAME.json``. Half the inputs are seeds
mutated a few times (bytes inserted, deleted, repeated, spliced from another seed,
re-encoded, gzipped); the rest are built from scratch: random bytes, random text in a
random encoding, JSON items with odd field values, HTML and feeds of random fragments.

The seeds (:func:`load_seeds`) are the bundled examples, a sample of real pages from
``../shared/data`` when it is there, the small hostile items of
``benchmarks/hostile_items.py``, every file in ``tests/fuzz/seeds/`` and in the
crashers folder of earlier runs. Hypothesis shrinks toward the first seeds and fewer
mutations, so the plain seeds come first.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from benchmarks.hostile_items import small_seeds
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PAGES = ROOT.parent / "shared" / "data" / "trafilatura-eval" / "html"
SEEDS = Path(__file__).resolve().parent / "seeds"
MAX_PAGE = 128 * 1024  # real pages kept as seeds: at most this big unzipped
N_PAGES = 24
MAX_INPUT = 1024 * 1024  # a mutated input is cut here: the fuzzer is after bugs, not size

EXTENSIONS = ("", ".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".rss", ".atom",
              ".xml", ".txt.gz", ".html.gz", ".jsonl.gz", ".json.gz")  # fmt: skip
# Byte strings that mean something to one of the parsers, spliced into seeds.
TOKENS = (
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\xc3\x28", "\u202e".encode(),
    b"\r", b"\r\n", b"\n\n", b"\t", b" " * 64, b"\x0c", b"\x1b[31m", "\u2028".encode(),
    b"&#0;", b"&#xD800;", b"&#1114112;", b"&amp;", b"&nbsp;", b"&bogus;", b"<![CDATA[", b"]]>",
    b"<!--", b"-->", b"<p>", b"</p>", b"<div>", b"<br>", b"<script>", b"</script>",
    b"<html>", b"<body>", b"<title>", b"<meta charset='shift_jis'>", b"<time datetime='",
    b"<rss version='2.0'><channel><item><description>", b"<entry><content type='html'>",
    b"<?xml version='1.0' encoding='utf-16'?>", b"<!DOCTYPE x [<!ENTITY a 'bb'>]>", b"&a;",
    b'{"text": "', b'", "title": "', b'", "published": "', b'"}', b"[", b"]", b"{", b"}",
    b"\\ud800", b"\\u0000", b"\\", b'"', b"1" * 5000, b"NaN", b"-1e999", b"null",
    b"2024-13-45T25:61:61+99:99", b"31 February 2024", b"Published: ", b"Updated: ",
    b"(Mecca time)", b"1712345678", b"https://", b"Read more:", b"Share this article",
)  # fmt: skip
ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "shift_jis",
             "koi8-r", "utf-7")  # fmt: skip


@dataclass(frozen=True)
class FuzzInput:
    """One file for ingest: its name, bytes and optional sidecar bytes."""

    name: bytes
    data: bytes
    sidecar: bytes | None = None

    def sidecar_name(self) -> bytes:
        """``NAME.json`` for a file ``NAME.EXT`` (what ingest looks for)."""
        return (self.name.rsplit(b".", 1)[0] if b"." in self.name else self.name) + b".json"


def _sample_pages() -> list[tuple[str, bytes]]:
    if not PAGES.is_dir():
        return []
    out = []
    for path in sorted(PAGES.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        if len(data) <= MAX_PAGE:
            out.append((path.name.removesuffix(".gz"), data))
        if len(out) == N_PAGES:
            break
    return out


def load_seeds(crashers: Path | None = None) -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed, the plainest first; each name ends in its extension."""
    seeds = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.txt"))]
    seeds += _sample_pages()
    seeds += list(small_seeds())
    for folder in (SEEDS, crashers):
        if folder is not None and folder.is_dir():
            seeds += [(p.name, p.read_bytes()) for p in sorted(folder.rglob("*"))
                      if p.is_file() and not p.name.startswith(".")]  # fmt: skip
    return seeds


def _suffix(name: str) -> str:
    for extension in sorted(EXTENSIONS, key=len, reverse=True):
        if extension and name.endswith(extension):
            return extension
    return ""


# --- mutations ------------------------------------------------------------------------


@st.composite
def _mutate(draw: st.DrawFn, data: bytes, seeds: list[tuple[str, bytes]]) -> bytes:
    """``data`` after 0 to 8 random edits."""
    out = bytearray(data)
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, len(out)))
        op = draw(st.sampled_from(("token", "bytes", "delete", "repeat", "cut", "splice",
                                   "encode")))  # fmt: skip
        if op == "token":
            out[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "bytes":
            out[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "delete":
            del out[at : at + draw(st.integers(1, 4096))]
        elif op == "repeat":
            piece = bytes(out[at : at + draw(st.integers(1, 64))]) or b"<div>"
            out[at:at] = piece * draw(st.integers(2, 20_000))
        elif op == "cut":
            del out[at:]
        elif op == "splice":
            other = draw(st.sampled_from(seeds))[1]
            out[at:] = other[draw(st.integers(0, len(other))) :]
        else:
            text = bytes(out).decode("utf-8", "replace")
            out = bytearray(text.encode(draw(st.sampled_from(ENCODINGS)), "replace"))
        del out[MAX_INPUT:]
    return bytes(out)


# --- inputs built from scratch -----------------------------------------------------------

_ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=400)  # surrogates too
_JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)
_FIELDS = ("text", "title", "published", "url", "outlet", "language", "html", "body", "date")


def _encode(text: str, encoding: str) -> bytes:
    # surrogatepass writes a lone surrogate as UTF-8/16/32 code units; other codecs replace it.
    handler = (
        "surrogatepass" if encoding in ("utf-8", "utf-16", "utf-16-le", "utf-32") else "replace"
    )
    return text.encode(encoding, handler)


@st.composite
def _json_item(draw: st.DrawFn) -> bytes:
    item = draw(st.dictionaries(st.sampled_from(_FIELDS), _JSON_VALUE | _ANY_TEXT, max_size=5))
    ascii_only = draw(st.booleans())
    return json.dumps(item, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@st.composite
def _markup(draw: st.DrawFn) -> bytes:
    text = _ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
    return b"".join(draw(st.lists(st.sampled_from(TOKENS) | text, max_size=30)))


def _text_file(draw: st.DrawFn) -> bytes:
    return _encode(draw(_ANY_TEXT), draw(st.sampled_from(ENCODINGS)))


@st.composite
def _scratch(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("bytes", "text", "json", "jsonl", "markup")))
    if kind == "bytes":
        return draw(st.binary(max_size=2048))
    if kind == "text":
        return _text_file(draw)
    if kind == "json":
        return draw(_json_item())
    if kind == "jsonl":
        return b"\n".join(draw(st.lists(_json_item(), min_size=1, max_size=5)))
    return draw(_markup())


# --- names -----------------------------------------------------------------------------

_STEMS = st.sampled_from((b"article", b"a b", b"-rf", b"\xff\xfe", b"ctl\x01\x1b[31m", b"x" * 200,
                          "caf\u00e9 \u202e".encode()))  # fmt: skip
_ODD_STEM = st.binary(min_size=1, max_size=40).map(
    lambda b: b.replace(b"/", b"_").replace(b"\0", b"_").lstrip(b".") or b"_"
)


@st.composite
def fuzz_inputs(draw: st.DrawFn, seeds: list[tuple[str, bytes]]) -> FuzzInput:
    """A file for ingest: a mutated seed or an input built from scratch, with a name."""
    if draw(st.booleans()):
        name, data = draw(st.sampled_from(seeds))
        suffix = _suffix(name)
        data = draw(_mutate(data, seeds))
    else:
        suffix = draw(st.sampled_from(EXTENSIONS))
        data = draw(_scratch())
    if suffix.endswith(".gz") and draw(st.integers(0, 4)):  # mostly a real gzip of the bytes
        data = gzip.compress(data, mtime=0)
    stem = draw(st.just(b"item") | _STEMS | _ODD_STEM)
    sidecar = None
    if draw(st.integers(0, 3)) == 0:  # one input in four has a sidecar
        sidecar = draw(_json_item() | st.binary(max_size=64))
    return FuzzInput(stem + suffix.encode(), data, sidecar)
