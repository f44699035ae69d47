"""What a cleaning change does, page by page: dump every page's output, then diff two dumps.

    # in the worktree before the change, then in the one after it:
    python scripts/extraction_diff.py dump ../shared/data/trafilatura-eval before.json
    python scripts/extraction_diff.py dump ../shared/data/trafilatura-eval after.json
    python scripts/extraction_diff.py diff before.json after.json

``dump`` writes, for every page of a gold set (``evaldata.json`` or ``eval_default.json``
index, pages in ``html/``), the kept paragraphs, the removed blocks with their reasons
and the ``truncated`` flag of ``clean.html.extract_html``. ``diff`` prints every page
whose output changed: the paragraphs that are gone (``-``, with the reason that removed
them now) or new (``+``), and a changed flag; then the count of changed pages per reason.
A rule is read on every page where it fires, not only on the pages of the gold segments.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.clean.html import extract_html
from newsprism.eval import read_page


def dump(data_dir: Path, out: Path) -> None:
    index = next(p for p in (data_dir / "evaldata.json", data_dir / "eval_default.json")
                 if p.is_file())  # fmt: skip
    pages = {}
    for url, entry in json.loads(index.read_text("utf-8")).items():
        html = read_page(data_dir, entry["file"])
        if html is None:
            continue
        result = extract_html(html, url=url, with_dates=False)
        pages[url] = {"paragraphs": result.paragraphs, "truncated": result.truncated,
                      "removed": [[r.text, r.reason] for r in result.removed]}  # fmt: skip
    out.write_text(json.dumps(pages, ensure_ascii=False), "utf-8")


def diff(before_path: Path, after_path: Path) -> None:
    before = json.loads(before_path.read_text("utf-8"))
    after = json.loads(after_path.read_text("utf-8"))
    reasons: Counter[str] = Counter()
    for url, old in before.items():
        new = after.get(url, {"paragraphs": [], "truncated": None, "removed": []})
        gone = [p for p in old["paragraphs"] if p not in new["paragraphs"]]
        added = [p for p in new["paragraphs"] if p not in old["paragraphs"]]
        if not gone and not added and old["truncated"] == new["truncated"]:
            continue
        why = {text: reason for text, reason in new["removed"]}
        print(f"== {url}")
        for p in gone:
            reason = next((r for t, r in why.items() if p in t or t in p), "?")
            reasons[reason] += 1
            print(f"  - [{reason}] {' '.join(p.split())[:200]}")
        for p in added:
            print(f"  + {' '.join(p.split())[:200]}")
        if old["truncated"] != new["truncated"]:
            reasons["truncated"] += 1
            print(f"  truncated: {old['truncated']!r} -> {new['truncated']!r}")
    print("\nparagraphs removed (or flags changed), by reason:", dict(reasons.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("data_dir", type=Path)
    d.add_argument("out", type=Path)
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.data_dir, args.out)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
