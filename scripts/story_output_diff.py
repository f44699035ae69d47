"""Run ``analyze_story`` on many stories in one process and diff two runs: every fact
whose status, hedge or shown partner changed, every quote whose speaker changed
(session 27, i12-fixes32: to read each changed item of a compare-level rule).

    # once with the code before the change, once after:
    PYTHONPATH=OLD/src python scripts/story_output_diff.py run ../shared/data OUT_OLD neus 66 78
    PYTHONPATH=src     python scripts/story_output_diff.py run ../shared/data OUT_NEW neus 66 78
    PYTHONPATH=src python scripts/story_output_diff.py run ../shared/data OUT gold gold/X
    python scripts/story_output_diff.py diff OUT_OLD OUT_NEW

``neus ROWS``: NeuS raw-crawl rows (reports joined as gold/speakers-neus/score.py joins
them); ``gold DIR``: the BASIL triplets of a compare gold, as ``eval compare`` reads them.
One process loads the models once, so a row costs seconds, not a start-up.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

CRAWL = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"


def _neus(data: Path, rows: list[str]) -> dict[str, list]:
    from newsprism.eval import gold_article

    crawl = [json.loads(line) for line in (data / CRAWL).open(encoding="utf-8")]
    out = {}
    for r in map(int, rows):
        row = crawl[r]
        arts = [gold_article(f"neus-raw:{r}:{side}", "\n\n".join(n["newBody"]),
                             title=n["newsTitle"], outlet=n["newsSource"],
                             published_at=row["date"], paragraphs=list(n["newBody"]))
                for side, n in row["news"].items() if n.get("newBody")]  # fmt: skip
        if len(arts) >= 2:
            out[str(r)] = arts
    return out


def _gold(data: Path, gold: str) -> dict[str, list]:
    from newsprism.eval.compare_gold import load_compare_gold

    basil = data / "basil" if (data / "basil" / "articles").is_dir() else data
    return {s.triplet: list(s.articles.values()) for s in load_compare_gold(Path(gold), basil)}


def run(data: Path, out: Path, kind: str, what: list[str]) -> None:
    """Write each story's compare JSON to ``out/<name>.json``."""
    from newsprism.compare.story import analyze_story

    out.mkdir(parents=True, exist_ok=True)
    stories = _neus(data, what) if kind == "neus" else _gold(data, what[0])
    for name, arts in stories.items():
        result = analyze_story(arts).as_dict()
        (out / f"{name}.json").write_text(json.dumps(result, indent=0, sort_keys=True))
        print(name, flush=True)


def _facts(d: dict) -> dict[tuple, tuple]:
    out = {}
    for c in d["claims"]:
        near = c.get("near") or []
        shown = near[0]["sentence"][:70] if near and c.get("hedge") == "check" else None
        out[tuple(sorted(e["claim_id"] for e in c["evidence"]))] = (c["status"], c.get("hedge"),
                                                                   shown)  # fmt: skip
    return out


def _story_diff(da: dict, db: dict) -> list[str]:
    fa, fb = _facts(da), _facts(db)
    text = {e["claim_id"]: e["sentence"] for d in (da, db) for c in d["claims"]
            for e in c["evidence"]}  # fmt: skip
    lines = [f"   {[text[i][:90] for i in k]}\n      {fa.get(k)} -> {fb.get(k)}"
             for k in sorted(set(fa) | set(fb)) if fa.get(k) != fb.get(k)]  # fmt: skip
    qa = {(q["article_id"], q["start"], q.get("speaker")) for q in da["quotes"]}
    qb = {(q["article_id"], q["start"], q.get("speaker")) for q in db["quotes"]}
    if qa != qb:
        lines.append(f"   quotes: -{sorted(qa - qb)} +{sorted(qb - qa)}")
    return lines


def diff(old: Path, new: Path) -> None:
    """Print every story whose output differs, and what changed in it."""
    changed = 0
    for fa in sorted(old.glob("*.json")):
        fb = new / fa.name
        if not fb.exists():
            continue
        da, db = json.loads(fa.read_text()), json.loads(fb.read_text())
        if da == db:
            continue
        changed += 1
        other = [k for k in da if k not in ("claims", "quotes") and da[k] != db.get(k)]
        print(f"== {fa.stem}: other fields differ: {other}")
        print("\n".join(_story_diff(da, db)))
    print(f"{changed} stories changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("data", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("kind", choices=("neus", "gold"))
    r.add_argument("what", nargs="+")
    d = sub.add_parser("diff")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.cmd == "run":
        run(args.data, args.out, args.kind, args.what)
    else:
        diff(args.old, args.new)


if __name__ == "__main__":
    main()
