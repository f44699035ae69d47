"""Score compare's ``label_choice`` against gold/labels-fresh (issue 14, session 21).

Usage:
    python scripts/eval_labels.py gold/labels-fresh/gold.json RUN_DIR

RUN_DIR holds one ``newsprism compare --format json`` output per gold story, named
``<story id>.json`` (``seeds.json`` for the seed pair). Printed: entity-label precision
(a shown outlet phrase is right when the gold lists it for that outlet and entity: own
words, or a quotation's words when the row marks it quoted), described-label recall,
and term-cell precision (an outlet cell shown with a use is right when the outlet uses
that term for a gold thing; a cell shown at ×0 is right only when the outlet speaks of
that thing). Every wrong or unscored item is listed, so the figure can be read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": "", "”": "", '"': ""})
_LEAD = re.compile(r"^(?:the|a|an)\s+")


def norm(text: str) -> str:
    """A phrase folded for matching: case, quote marks, a leading article, spacing."""
    text = " ".join(text.translate(_QUOTES).replace("'", "").lower().split())
    return _LEAD.sub("", text).strip(" ,.;:")


def outlet_names(report: dict[str, Any], files: dict[str, str]) -> dict[str, str]:
    """Article id -> the gold's outlet name (its ``outlet``, or its file for the seeds)."""
    names = {}
    for article in report["articles"]:
        name = article.get("outlet") or ""
        for prefix, outlet in files.items():
            if Path(article.get("source_path") or "").name.startswith(prefix):
                name = outlet
        names[article["id"]] = name
    return names


def match_entity(row: dict[str, Any], gold: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold entity a row is about: the row's name is one of its names, or shares
    its last word with one."""
    name = norm(row["name"])
    for entity in gold:
        forms = {norm(n) for n in entity["names"]}
        if name in forms or name.split()[-1:] in [f.split()[-1:] for f in forms if f]:
            return entity
    return None


def score_entities(report: dict, story: dict, names: dict, tally: Counter, notes: list) -> None:
    """Entity-label precision for one story."""
    for row in report.get("label_choice", {}).get("entities", []):
        entity = match_entity(row, story["entities"])
        for article_id, labels in row["outlets"].items():
            outlet = names.get(article_id, article_id)
            for label in labels:
                shown = f"{story['id']} {row['name']} | {outlet}: {label['text']!r}"
                if entity is None:
                    tally["label_unscored"] += 1
                    notes.append(f"unscored {shown}")
                    continue
                own = {norm(t) for t in entity.get("own", {}).get(outlet, [])}
                quoted = {norm(t) for t in entity.get("quoted", {}).get(outlet, [])}
                ok = norm(label["text"]) in (own | quoted if label.get("quoted") else own)
                tally["label_right" if ok else "label_wrong"] += 1
                if not ok:
                    notes.append(f"WRONG {shown}" + (" [quoted]" if label.get("quoted") else ""))


def recall_entities(report: dict, story: dict, names: dict, tally: Counter, notes: list) -> None:
    """Described-label recall: each gold own phrase with words beyond the entity's
    names, for entities two outlets name, found among the shown phrases."""
    shown: set[tuple[str, str]] = set()
    for row in report.get("label_choice", {}).get("entities", []):
        for article_id, labels in row["outlets"].items():
            shown |= {(names.get(article_id, article_id), norm(lb["text"])) for lb in labels}
    for entity in story["entities"]:
        if not entity["names"] or len(entity.get("own", {})) < 2:
            continue
        name_words = {w for n in entity["names"] for w in norm(n).split()}
        for outlet, phrases in entity["own"].items():
            for phrase in phrases:
                if not set(norm(phrase).split()) - name_words:
                    continue
                found = (outlet, norm(phrase)) in shown
                tally["recall_found" if found else "recall_missed"] += 1


def match_things(term: str, story: dict) -> list[dict[str, Any]]:
    """The gold things whose terms hold the lexicon term (singular or plural)."""
    stem = norm(term).rstrip("s")
    found = []
    for thing in story["things"]:
        words = {w.rstrip("s") for ts in thing["terms"].values() for t in ts
                 for w in norm(t).split()}
        if all(w.rstrip("s") in words for w in stem.split()):
            found.append(thing)
    return found


def cell_shown(cell: dict[str, Any]) -> bool:
    """Whether the report shows an outlet's cell in a term row: always before session
    21; since, only when the outlet uses the term or a neutral form (``speaks``)."""
    return cell.get("speaks", True)


def _names_entity(forms: dict[str, int], outlet: str, story: dict) -> bool:
    """A neutral form the outlet writes is the name of a gold entity it names ("Hamas"
    against "Palestinian Resistance"): the outlet speaks of the referent in other words."""
    for entity in story["entities"]:
        if outlet not in entity.get("own", {}) and outlet not in entity.get("quoted", {}):
            continue
        if any(norm(f) in {norm(n) for n in entity["names"]} for f, n in forms.items() if n):
            return True
    return False


def score_terms(report: dict, story: dict, names: dict, tally: Counter, notes: list) -> None:
    """Term-cell precision for one story."""
    for row in report.get("label_choice", {}).get("terms", []):
        things = match_things(row["term"], story)
        for article_id, cell in row["outlets"].items():
            if not cell_shown(cell):
                continue
            outlet = names.get(article_id, article_id)
            used = cell.get("own", cell.get("loaded", 0)) + cell.get("quoted", 0)
            shown = f"{story['id']} term {row['term']!r} | {outlet}: ×{used}"
            if not things:
                tally["term_unscored"] += 1
                notes.append(f"unscored {shown}")
                continue
            if used:
                stem = norm(row["term"]).rstrip("s")
                ok = any(stem in norm(t) for th in things for t in th["terms"].get(outlet, []))
            else:
                ok = any(outlet in th["terms"] for th in things) or \
                    _names_entity(cell.get("neutral_forms") or {}, outlet, story)
            tally["term_right" if ok else "term_wrong"] += 1
            if not ok:
                notes.append(f"WRONG {shown}")


def main(gold_path: str, run_dir: str) -> None:
    """Score every gold story found in ``run_dir``; print the tallies and the notes."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tally: Counter[str] = Counter()
    notes: list[str] = []
    for story in gold["stories"]:
        path = Path(run_dir, f"{story['id']}.json")
        if not path.exists():
            notes.append(f"missing {path}")
            continue
        report = json.loads(path.read_text(encoding="utf-8"))
        names = outlet_names(report, story.get("files", {}))
        for step in (score_entities, recall_entities, score_terms):
            step(report, story, names, tally, notes)
    for line in notes:
        print(line)
    right, wrong = tally["label_right"], tally["label_wrong"]
    print(f"entity labels: {right} right, {wrong} wrong, {tally['label_unscored']} unscored;"
          f" precision {right / max(1, right + wrong):.3f}")
    found, missed = tally["recall_found"], tally["recall_missed"]
    share = found / max(1, found + missed)
    print(f"described-label recall: {found} of {found + missed} ({share:.3f})")
    right, wrong = tally["term_right"], tally["term_wrong"]
    print(f"term cells: {right} right, {wrong} wrong, {tally['term_unscored']} unscored;"
          f" precision {right / max(1, right + wrong):.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
