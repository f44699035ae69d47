"""Count four kinds of wrong entity row over many stories (session 29, i12-entities13).

Usage: python scripts/entity_kind_scan.py ROWS_DIR INPUTS_DIR
ROWS_DIR holds ``scripts/entity_rows.py`` output (one ``<story>.json`` per story),
INPUTS_DIR the stories' inputs (``scripts/neus_raw_inputs.py`` writes them). Prints
every candidate of each kind, for reading, and a count per kind:

- ``suffix``: a company's legal suffix (SE, AG, Inc., plc, N.V., S.A., GmbH, Co., Ltd.,
  LLC, Corp.) read as a name of its own, or a row holding one that is not an
  organisation;
- ``descriptor``: a row whose first word is a common noun the corpus writes in lower
  case ("Drugmaker Pfizer": "drugmaker" elsewhere), i.e. a descriptor capitalised at a
  sentence start and taken into the name;
- ``acronym``: an acronym row and a longer row of the same story whose initials
  (country words, "of/the/for/and" left out; or the part before "and …") spell it;
- ``variant``: a Greek letter, a storm's stage word or a ship's prefix in a row that is
  no EVENT (a variant, storm or ship named like a company).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SUFFIXES = ("SE", "AG", "Inc", "Inc.", "plc", "PLC", "Plc", "N.V.", "NV", "S.A.", "SA",
            "GmbH", "Co", "Co.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.")
_GREEK = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Lambda", "Mu", "Omicron"}
_STAGE = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|USS|HMS)\b")
_COUNTRY = ("U.S. ", "US ", "United States ", "the ")
_SMALL = {"of", "the", "for", "and", "on", "in", "&"}


def _texts(inputs: Path, story: str) -> list[str]:
    return [json.loads(p.read_text("utf-8"))["text"]
            for p in sorted((inputs / story).glob("*.json"))]


def _initials(name: str) -> set[str]:
    """The acronyms a long name may go by."""
    out = set()
    for form in {name, *(name[len(c):] for c in _COUNTRY if name.startswith(c))}:
        words = [w for w in re.split(r"[\s-]+", form) if w and w.lower() not in _SMALL]
        if len(words) >= 2:
            out.add("".join(w[0].upper() for w in words))
        if " and " in form:
            head = [w for w in form.split(" and ")[0].split() if w.lower() not in _SMALL]
            if len(head) >= 2:
                out.add("".join(w[0].upper() for w in head))
    return out


def _only_at_starts(name: str, texts: list[str]) -> bool:
    """Whether every place a name is written opens a sentence or a paragraph."""
    found = [(t, m.start()) for t in texts for m in re.finditer(re.escape(name), t)]
    return bool(found) and all(
        re.search(r"(?:^|\n|[.!?][\"”’']?\s+)$", t[max(0, i - 4):i]) for t, i in found)


def lower_nouns(inputs: Path) -> Counter:
    """How often each lower-case word is written over all inputs."""
    counts: Counter = Counter()
    for path in inputs.glob("*/*.json"):
        text = json.loads(path.read_text("utf-8"))["text"]
        counts.update(re.findall(r"\b[a-z][a-z-]{3,}\b", text))
    return counts


def scan(rows_dir: Path, inputs: Path) -> Counter:
    lower = lower_nouns(inputs)
    kinds: Counter = Counter()
    for path in sorted(rows_dir.glob("*.json"), key=lambda p: (len(p.stem), p.stem)):
        rows = json.loads(path.read_text("utf-8"))["entities"]
        story = path.stem
        texts = _texts(inputs, story)
        for e in rows:
            words = e["name"].split()
            if e["name"] in SUFFIXES or (words[-1] in SUFFIXES and e["type"] != "ORG"):
                kinds["suffix"] += 1
                print(f"suffix\t{story}\t{e['name']} | {e['type']} | {e['aliases']}")
            if (len(words) >= 2 and lower[words[0].lower()] >= 1 and words[0][0].isupper()
                    and _only_at_starts(e["name"], texts)):
                kinds["descriptor"] += 1
                print(f"descriptor\t{story}\t{e['name']} | {e['type']} | "
                      f"'{words[0].lower()}' lower x{lower[words[0].lower()]}")
            if e["type"] != "EVENT" and (set(words) & _GREEK or _STAGE.search(e["name"])):
                kinds["variant"] += 1
                print(f"variant\t{story}\t{e['name']} | {e['type']} | {e['mentions']}")
        acronyms = [e for e in rows
                    if re.fullmatch(r"[A-Z]{2,6}", e["name"]) and e["type"] == "ORG"]
        for a in acronyms:
            for e in rows:
                if e is not a and len(e["name"].split()) >= 2 and any(
                        a["name"] in _initials(f) for f in e["aliases"] + [e["name"]]):
                    kinds["acronym"] += 1
                    print(f"acronym\t{story}\t{a['name']} apart from {e['name']} | {e['type']}")
        for text in texts:
            for m in re.finditer(r"\b([A-Z][\w&.-]+(?: [A-Z][\w&.-]+)*),? (SE|AG|Inc\.|plc|PLC|"
                                 r"N\.V\.|S\.A\.|GmbH|Co\.|Ltd\.?|LLC|Corp\.)(?!\w)", text):
                kinds["suffix in text"] += 1
                held = [e["name"] for e in rows if m.group(1).split()[-1] in e["name"]]
                print(f"suffix-text\t{story}\t{m.group(0)!r} rows: {held}")
    return kinds


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    for kind, n in sorted(scan(Path(sys.argv[1]), Path(sys.argv[2])).items()):
        print(f"# {kind}: {n}")
