"""Print every shared and partly shared fact of saved `newsprism compare --format json`
outputs, sentence by sentence with its outlet (and the shared part of a partly shared
one), so a reader can judge each pair of sentences of two outlets against the articles.

Usage: python scripts/print_shared_facts.py OUT/*.json
(docs/eval-compare.md, "Shared precision audit, session 18").
"""
import json
import sys
from pathlib import Path

for path in sys.argv[1:]:
    data = json.loads(Path(path).read_text())
    outlets = {a["id"]: (a.get("outlet") or a["id"][:6]) for a in data["articles"]}
    print(f"=== {Path(path).stem}")
    for fact in data["claims"]:
        if fact["status"] not in ("shared", "partly_shared"):
            continue
        print(f"-- {fact['id']} {fact['status']} agreement={fact.get('agreement')}")
        for item in fact["evidence"]:
            part = item.get("shared_part")
            print(f"   [{outlets[item['article_id']]}] {item['sentence']}")
            if part:
                print(f"      PART: {part['text']}")
