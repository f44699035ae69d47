"""Score compare's `entities` lists against gold/entities-fresh (README there says how).

Usage: python scripts/score_entities_fresh.py GOLD_DIR OUT_DIR [--rows]
OUT_DIR/<story>.json is `newsprism compare <inputs>/<story>/*.json --format json`.
--rows prints every row that is not right, for reading.
GOLD_DIR is one of the entity golds, each with its own make_inputs.py:
gold/entities-fresh (session 20, dev), gold/entities-fresh2/dev and /held-out
(session 21), gold/entities-fresh3/dev and /held-out (session 22), gold/entities-fresh4/dev
and /held-out (session 23), gold/entities-fresh5/dev and /held-out (session 30),
gold/entities-fresh6/dev and /held-out (session 31), gold/entities-fresh7 and
gold/entities-fresh8 (sessions 33, 34), gold/entities-fresh9 (session 39), each with dev/ and
held-out/.
scripts/entity_rows.py writes OUT_DIR faster (entities only).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# Titles and words a row's form may carry in front of the name the gold lists.
_LEADING = re.compile(
    r"^(?:the|former|mr|mrs|ms|dr|sen|senator|rep|representative|president|vice president|"
    r"gov|governor|house speaker|speaker|secretary|director general|director-general|"
    r"homeland security secretary|florida gov|texas gov|gop|democrat|republican)\s+")


def fold(text: str) -> str:
    """Case, curly quotes, stops, "'s" and commas folded away."""
    text = text.lower().replace("’", "'").replace(".", "").replace(",", "")
    text = re.sub(r"'s?$", "", text.strip())
    return " ".join(text.split())


def _variants(form: str) -> list[str]:
    """The form, then the form without leading titles, one at a time."""
    out = [fold(form)]
    while (shorter := _LEADING.sub("", out[-1], count=1)) != out[-1] and shorter:
        out.append(shorter)
    return out


def _gold_map(entities: list[dict]) -> dict[str, int]:
    forms: dict[str, int] = {}
    for i, e in enumerate(entities):
        for f in [e["name"], *e["forms"]]:
            forms.setdefault(fold(f), i)
    return forms


def _match(alias: str, forms: dict[str, int]) -> int | None:
    for v in _variants(alias):
        if v in forms:
            return forms[v]
    return None


def score_story(gold: dict, rows: list[dict]) -> tuple[dict, list[str]]:
    """Counts for one story and the lines of its rows that are not right."""
    ents, forms = gold["entities"], _gold_map(gold["entities"])
    counts = {"rows": 0, "right": 0, "wrong_type": 0, "wrong_merge": 0, "no_entity": 0,
              "wrong_name": 0}
    where: dict[int, list[str]] = {}
    seen_forms: dict[int, set[str]] = {}
    notes: list[str] = []
    for row in rows:
        counts["rows"] += 1
        hits, unmatched = set(), []
        # a headline's own form of the row (session 34) is scored as one of its forms
        heads = [f for forms in (row.get("headline_forms") or {}).values() for f in forms]
        for alias in row["aliases"] + heads:
            i = _match(alias, forms)
            if i is None:
                if alias[:1].isupper():  # a lower-case alias is a title standing for one
                    unmatched.append(alias)
                continue
            hits.add(i)
            seen_forms.setdefault(i, set()).add(fold(alias))
        for i in hits:
            where.setdefault(i, []).append(row["id"])
        label = f"{row['id']} {row['name']!r} {row['type']} {row['aliases']}" + (
            f" headlines {heads}" if heads else "")
        if not hits:
            counts["no_entity"] += 1
            notes.append(f"  NO ENTITY   {label}")
        elif len(hits) > 1:
            counts["wrong_merge"] += 1
            notes.append(f"  WRONG MERGE {label} -> {[ents[i]['name'] for i in hits]}")
        elif _match(row["name"], forms) is None:  # shown as "Plus Obama"
            counts["wrong_name"] += 1
            notes.append(f"  WRONG NAME  {label}")
        elif row["type"] not in ents[next(iter(hits))]["types"]:
            counts["wrong_type"] += 1
            notes.append(f"  WRONG TYPE  {label}")
        else:
            counts["right"] += 1
            if unmatched:
                notes.append(f"  (right, other forms {unmatched}) {label}")
    multi = [i for i, f in seen_forms.items() if len(f) > 1]
    counts["found"] = len(where)
    counts["gold"] = len(ents)
    counts["multi_form"] = len(multi)
    counts["one_row"] = sum(1 for i in multi if len(where[i]) == 1)
    for i in multi:
        if len(where[i]) > 1:
            notes.append(f"  SPLIT       {ents[i]['name']} in {where[i]}")
    return counts, notes


def main(gold_dir: str, out_dir: str, show: bool) -> None:
    total: dict[str, int] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out = json.loads(Path(out_dir, path.name).read_text(encoding="utf-8"))
        counts, notes = score_story(gold, out["entities"])
        print(path.stem, counts)
        if show:
            print("\n".join(notes))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    print("total", total)
    rows, multi = total["rows"], max(1, total["multi_form"])
    print(f"entity precision {total['right']}/{rows} = {total['right'] / rows:.3f}; "
          f"merge recall {total['one_row']}/{total['multi_form']} = "
          f"{total['one_row'] / multi:.3f}; wrong merges {total['wrong_merge']}; "
          f"gold entities found {total['found']}/{total['gold']}")


if __name__ == "__main__":
    _args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--help" in sys.argv or "-h" in sys.argv[1:] or len(_args) != 2:
        print(__doc__)
        sys.exit(0 if "--help" in sys.argv or "-h" in sys.argv[1:] else 2)
    main(_args[0], _args[1], "--rows" in sys.argv)
