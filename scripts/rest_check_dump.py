"""Every partly shared member whose rest note the rest check (compare/rest_check.py,
session 33) changes: each evidence with a ``whole_match_in``, with its shared part and
the sentences matched to it whole, to read against the articles. Before the check each
of these said "the rest of the sentence is also stated by …" (the ``whole_match_in``
sentences were in ``rest_also_in`` through ``sentence``); now the note says only what
is shared, unless ``rest_also_in`` still names others.

    PYTHONPATH=src python scripts/story_output_diff.py run DATA OUT neus $(seq 0 505)
    python scripts/rest_check_dump.py OUT
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def dump(out: Path) -> None:
    """Print each changed note of each story JSON in ``out``, and the counts."""
    notes = members = 0
    for path in sorted(out.glob("*.json"), key=lambda p: (len(p.stem), p.stem)):
        story = json.loads(path.read_text())
        text = {e["claim_id"]: e["sentence"] for f in story["claims"] for e in f["evidence"]}
        outlet = {a["id"]: a.get("outlet") for a in story["articles"]}
        for fact in story["claims"]:
            for e in fact["evidence"]:
                members += "shared_part" in e
                if not e.get("whole_match_in"):
                    continue
                notes += 1
                print(f"== {path.stem} {fact['id']} {outlet[e['article_id']]}: {e['sentence']}")
                print(f"   part: {e['shared_part']['text']}")
                for ref in e["whole_match_in"]:
                    print(f"   whole match, rest not found: {outlet[ref['article_id']]}: "
                          f"{text.get(ref['claim_id'], ref['claim_id'])}")
                for ref in e.get("rest_also_in") or []:
                    who = outlet[ref['article_id']]
                    print(f"   still also stated by ({ref['through']}): {who}")
    print(f"{notes} notes changed of {members} members with a shared part")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    dump(parser.parse_args().out)


if __name__ == "__main__":
    main()
