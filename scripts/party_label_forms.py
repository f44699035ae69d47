"""Every party-label form after a name over NeuS raw rows 0–505 and BASIL 2010–12, with
counts: which the shared reader reads, reads wrong or misses (docs/eval-compare.md,
"Session 28: party labels").

Usage: PYTHONPATH=src python scripts/party_label_forms.py ../shared/data

A candidate is a bracket or comma followed by a party letter ("(D-Calif.)", ", D-N.Y.,",
"(D., Hawaii)", "(R.I.)", ", D.C.,") or a party word with "of"/"from" (", Democrat of
Vermont,", ", a Republican from Maine,"), right after a capitalised word. Its form is
the text with the state written <state> (a state of data/us_states.toml) or <other>.
What it truly is comes from the form alone: a letter followed by a stop and one more
capital and stop ("R.I.", "D.C.") is a dotted state, no party; every other candidate is
a party label. Each is read by session 27's pattern (``OLD``, copied here) and by
``party_tag_after``; no parse, regular expressions only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsprism.extract.quotes.party_label import party_tag_after
from newsprism.extract.states import state_code

NEUS = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
# the shared pattern as it was before session 28 (rolequal.PARTY_LABEL_AFTER)
OLD = re.compile(
    r"^\s*[(\[,]\s*(?P<party>[RDI])\s*(?:[-–—.]\s*(?P<state>[A-Z][A-Za-z. ]{0,14}?))?\s*[)\],]"
)
CANDIDATE = re.compile(
    r"(?<=[A-Za-z.])\s*(?:[(\[]\s*[DRI](?=\s*[-–—.,)\]])[^)\]\n]{0,22}[)\]]"
    r"|,\s*[DRI](?=\s*[-–—.])[^,;\n]{0,18}[,;]"
    r"|,\s+(?:a\s+|the\s+)?(?:Democrat|Republican|Independent)\s+(?:of|from)\s+"
    r"[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
)
_DOTTED = re.compile(r"^\s*[(\[,]\s*[DRI]\.\s*[A-Z]\.")


def texts(data: Path) -> dict[str, str]:
    """BASIL 2010–12 articles and NeuS raw reports of rows 0–505, by key."""
    out = {}
    for year in ("2010", "2011", "2012"):
        for path in sorted(Path(data, "basil", "articles", year).glob("*.json")):
            item = json.loads(path.read_text(encoding="utf-8"))
            paras = [" ".join(p) if isinstance(p, list) else str(p)
                     for p in item.get("body-paragraphs", [])]  # fmt: skip
            out[f"basil/{path.stem}"] = "\n\n".join(paras)
    for i, line in enumerate(Path(data, NEUS).read_text(encoding="utf-8").splitlines()):
        for side, news in json.loads(line)["news"].items():
            out[f"neus/{i}/{side}"] = "\n\n".join(news["newBody"])
    return out


def form_of(tag: str) -> str:
    """The tag with its state written <state> or <other>, the party letter kept."""
    tag = " ".join(tag.split())
    m = re.search(r"\s(?:of|from)\s([A-Z][A-Za-z. ]*?)$", tag) or \
        re.search(r"^\W*[DRI]\s*(?:[-–—.,]\s*)+([A-Z][A-Za-z. ]*?)\s*[)\],;]$", tag)
    if m is None or len(m.group(1).strip(". ")) == 0:
        return tag
    kind = "<state>" if state_code(m.group(1)) else "<other>"
    return tag[: m.start(1)] + kind + tag[m.end(1) :]


def old_read(text: str, end: int) -> str | None:
    """The party session 27's reader gave (its dotted-state guard of session 26: the
    state one capital and a stop, a stop after the letter)."""
    m = OLD.match(text[end : end + 24])
    if m is None:
        return None
    state = (m.group("state") or "").strip()
    dotted = re.fullmatch(r"[A-Z]\.", state) and text[end + m.end("party")] == "."
    return None if dotted else m.group("party")


def verdict(is_party: bool, read: str | None) -> str:
    if read is None:
        return "missed" if is_party else "right (none)"
    return "read" if is_party else "read wrong"


def main(data: str) -> None:
    """Print one line per form: count, what it is, old and new verdicts, an example."""
    rows: Counter[tuple[str, str, str, str]] = Counter()
    example: dict[tuple[str, str, str, str], str] = {}
    for key, text in texts(Path(data)).items():
        for m in CANDIDATE.finditer(text):
            end = m.start()
            is_party = not _DOTTED.match(text[end : end + 8])
            new = party_tag_after(text, end)
            row = (form_of(m.group(0)), "party" if is_party else "dotted state",
                   verdict(is_party, old_read(text, end)),
                   verdict(is_party, new.party if new else None))  # fmt: skip
            rows[row] += 1
            example.setdefault(row, f"{key}: {text[max(0, end - 30) : m.end()]!r}")
    print("count\tform\tis\tsession 27\tsession 28\texample")
    for row, n in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
        print(n, *row, example[row], sep="\t")
    totals: Counter[tuple[str, str]] = Counter()
    for (_f, _is, old, new), n in rows.items():
        totals[("session 27", old)] += n
        totals[("session 28", new)] += n
    print("\n" + "\n".join(f"{a}: {b} {n}" for (a, b), n in sorted(totals.items())))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
