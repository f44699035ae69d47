"""Pick this gold's articles from the FNC-1 test bodies by a SHA-1 order, favouring
long news articles of public affairs with many quotations (session 37, issue 12).

Why FNC-1: every BASIL 2010–12 quotation is in a speaker gold (gold/speakers-basil12's
count), the free NeuS raw rows hold no quotation mark (gold/speakers-neus6), and
gold/speakers-fresh35/-fresh36 drew PolNeAR train (US campaign coverage 2015–16). The
FNC-1 bodies (Emergent, 2014–15) are full articles from many outlets on news claims:
wars, governments, police, public health; the years of the held-out BASIL 2013–14
stories, a kind no speaker gold holds. No project file scores a speaker on them.

Rule (written and committed before any article was read):

- candidates: ``fnc1-stance/bodies.jsonl.gz``, in the order of the SHA-1 hex digest of
  ``"fnc1:<body_id>"``;
- an article is taken when it has ``LOW``–``HIGH`` (12–30) double quotation marks,
  at least ``MIN_WORDS`` (400) words, at least ``MIN_PUBLIC`` (4) words of public
  affairs (``_PUBLIC``: president, minister, government, police, …) and at least
  ``MIN_KINDS`` (2) of gold/speakers-fresh36's cue kinds (``kinds``: a group
  speaking, "according to", a tweet, nested marks, a speaker named after a long
  quotation, titles twice, …), all counted by regular expression on the raw text
  (never by newsprism's output);
- one article per Emergent claim: an article is skipped when it shares a related
  headline (a stance other than ``unrelated``) with one already taken (Emergent holds
  many reports of one claim, often syndicated copies);
- until ``WANT`` (15).

The article newsprism reads, and the gold's paragraph numbers, are
``"FNC-1 body <id>\\n\\n" + body``: the bodies have no title, so a neutral title line is
paragraph 0 and the body's first paragraph is 1 (``text_of``).

    python gold/speakers-fresh37/pick.py ../shared/data
"""
import gzip
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    """A sibling gold's script as a module (gold scripts are not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fresh36_pick = _load("fresh36_pick", HERE.parent / "speakers-fresh36" / "pick.py")
MARKS = fresh36_pick.polnear_pick.MARKS

LOW, HIGH, MIN_WORDS, MIN_PUBLIC, MIN_KINDS, WANT = 12, 30, 400, 4, 2, 15
_PUBLIC = re.compile(
    r"\b(?:president|minister|government|senator|congress|parliament|police|military|"
    r"officials?|spokes(?:man|woman|person)|ministry|department|governor|mayor|army|"
    r"court|prosecutors?|embassy|White House|Pentagon|State Department)\b", re.I)


def text_of(body_id: int, body: str) -> str:
    """The article as newsprism and the gold read it: a title line, then the body."""
    return f"FNC-1 body {body_id}\n\n{body}"


def bodies(data: Path) -> dict[int, str]:
    """{body_id: body} of the FNC-1 test bodies."""
    with gzip.open(data / "fnc1-stance" / "bodies.jsonl.gz", "rt", encoding="utf-8") as f:
        return {row["body_id"]: row["body"] for row in map(json.loads, f)}


def _claims(data: Path) -> dict[int, set[str]]:
    """{body_id: the headlines it is related to} (agree, disagree or discuss)."""
    out: dict[int, set[str]] = {}
    with gzip.open(data / "fnc1-stance" / "stances.jsonl.gz", "rt", encoding="utf-8") as f:
        for row in map(json.loads, f):
            if row["label"] != "unrelated":
                out.setdefault(row["body_id"], set()).add(row["headline"])
    return out


def _sha(body_id: int) -> str:
    return hashlib.sha1(f"fnc1:{body_id}".encode()).hexdigest()


def pick(data: Path) -> list[tuple[int, int, list[str]]]:
    """(body_id, marks, cue kinds) of the chosen articles, in SHA-1 order."""
    texts, claims = bodies(data), _claims(data)
    out: list[tuple[int, int, list[str]]] = []
    seen: set[str] = set()
    for body_id in sorted(texts, key=_sha):
        body = texts[body_id]
        marks = sum(body.count(m) for m in MARKS)
        if not LOW <= marks <= HIGH or len(body.split()) < MIN_WORDS:
            continue
        if len(_PUBLIC.findall(body)) < MIN_PUBLIC:
            continue
        found = fresh36_pick.kinds(text_of(body_id, body))
        if len(found) < MIN_KINDS or claims.get(body_id, set()) & seen:
            continue
        out.append((body_id, marks, sorted(found)))
        seen |= claims.get(body_id, set())
        if len(out) == WANT:
            break
    return out


if __name__ == "__main__":
    for body_id, marks, found in pick(Path(sys.argv[1])):
        print(f"{marks:3} {body_id:5} {','.join(found)}")
