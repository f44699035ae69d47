"""Pick this gold's articles from the FNC-1 test bodies by a SHA-1 order, favouring the
speaker kinds gold/speakers-fresh37 left wrong (session 38, issue 12).

Why: held-out BASIL 2013–14 speakers score 0.861 while every dev gold but fresh36/37 is
≥ 0.90; session 37's note (docs/eval-quotes.md) names what fresh37 left: documents
and organisations speaking (a report, a statement, a ministry, a spokesman's office
"said"), "the president" / "the governor" / "the minister" said with nobody titled so
earlier in the article, and a nation's role with no titled holder.

Rule (written and committed before any article was read):

- candidates: ``fnc1-stance/bodies.jsonl.gz``, in the order of the SHA-1 hex digest of
  ``"fnc1-38:<body_id>"`` (a new order, not fresh37's);
- out: the 13 bodies of gold/speakers-fresh37 and every body sharing a related
  headline (an Emergent claim) with one of them;
- an article is taken when it has ``LOW``–``HIGH`` (8–40) double quotation marks,
  at least ``MIN_WORDS`` (250) words and at least ``MIN_CUES`` (1) cue hit of the
  kinds below (counted by regular expression on the raw text, never by newsprism's
  output);
- one article per Emergent claim (as fresh37: skipped when it shares a related
  headline with one already taken);
- until ``WANT`` (12).

Cue kinds: ``doc`` a document speaking ("the report said", "the statement read",
"said in a statement", "according to the report"); ``org`` an organisation or office
speaking ("the ministry said", "the Pentagon said", "the agency said", "the police
said", "the spokesman's office said"); ``role`` "the president / governor / minister /
prime minister / spokesman said" (either order) where the article has no "President X"
("Governor X", …) of that role before it.

    python gold/speakers-fresh38/pick.py ../shared/data
"""
import hashlib
import importlib.util
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


fresh37_pick = _load("fresh37_pick", HERE.parent / "speakers-fresh37" / "pick.py")

MARKS = fresh37_pick.MARKS
LOW, HIGH, MIN_WORDS, MIN_CUES, WANT = 8, 40, 250, 1, 12
_VERB = r"(?:said|says|stated|states|read|reads|added|noted|wrote|claimed|announced|reported)"
_DOC = (r"report|statement|letter|memo|communique|document|release|bulletin|notice|"
        r"study|article|post|editorial|commentary|website|alert")
_ORG = (r"ministry|Pentagon|agency|police|department|embassy|army|military|government|"
        r"company|office|organi[sz]ation|group|council|committee|foundation|authorities")
CUES = {
    "doc": re.compile(
        rf"\bthe (?:\w+ ){{0,2}}(?:{_DOC}) {_VERB}\b|\b{_VERB},? (?:in|by) (?:a|the|its) "
        rf"(?:\w+ ){{0,2}}(?:{_DOC})\b|\baccording to (?:a|the) (?:\w+ ){{0,2}}(?:{_DOC})\b",
        re.I),
    "org": re.compile(rf"\bthe (?:\w+ ){{0,2}}(?:{_ORG}) {_VERB}\b"
                      rf"|\b{_VERB},? the (?:\w+ ){{0,2}}(?:{_ORG})\b", re.I),
}
_ROLES = ("president", "governor", "minister", "prime minister", "spokesman",
          "spokeswoman", "mayor", "chancellor", "king")


def _role_hits(text: str) -> int:
    """'the <role> said' (or 'said the <role>') with no '<Role> Capitalised' earlier."""
    hits = 0
    for role in _ROLES:
        cue = re.compile(rf"\bthe {role},? {_VERB}\b|\b{_VERB},? the {role}\b", re.I)
        for m in cue.finditer(text):
            titled = re.compile(rf"\b{role} [A-Z][a-z]+", re.I)
            before = text[:m.start()]
            if not any(t.group(0).split()[-1][0].isupper() for t in titled.finditer(before)):
                hits += 1
    return hits


def cues(text: str) -> dict[str, int]:
    """Hit counts of each cue kind in the raw text."""
    found = {name: len(rx.findall(text)) for name, rx in CUES.items()}
    found["role"] = _role_hits(text)
    return {k: v for k, v in found.items() if v}


# gold/speakers-fresh37's bodies (its README's table)
FRESH37 = (863, 2050, 1596, 2289, 2554, 2564, 2573, 2383, 153, 1514, 1411, 1694, 566)


def _sha(body_id: int) -> str:
    return hashlib.sha1(f"fnc1-38:{body_id}".encode()).hexdigest()


def pick(data: Path) -> list[tuple[int, int, dict[str, int]]]:
    """(body_id, marks, cue hits) of the chosen articles, in SHA-1 order."""
    texts, claims = fresh37_pick.bodies(data), fresh37_pick._claims(data)
    seen = set().union(*(claims.get(b, set()) for b in FRESH37))
    out: list[tuple[int, int, dict[str, int]]] = []
    for body_id in sorted(texts, key=_sha):
        body = texts[body_id]
        if body_id in FRESH37 or claims.get(body_id, set()) & seen:
            continue
        marks = sum(body.count(m) for m in MARKS)
        if not LOW <= marks <= HIGH or len(body.split()) < MIN_WORDS:
            continue
        found = cues(fresh37_pick.text_of(body_id, body))
        if sum(found.values()) < MIN_CUES:
            continue
        out.append((body_id, marks, found))
        seen |= claims.get(body_id, set())
        if len(out) == WANT:
            break
    return out


if __name__ == "__main__":
    for body_id, marks, found in pick(Path(sys.argv[1])):
        print(f"{marks:3} {body_id:5} {','.join(f'{k}={v}' for k, v in sorted(found.items()))}")
