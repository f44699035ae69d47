"""Write NeuS-AllSides probe lines (roundup sources) as `newsprism compare` inputs.

The conversion the "read as a user" sections have used since session 17: a line of
`naacl2022_lrc_roundup_random_order_probe/<split>.source` holds one story's reports
joined by " [SEP] ", each "TITLE=> … ARTICLE=> …". The probe file has no outlet names
and no dates, so each report is "Outlet A/B/C" and the date is the event's, given by
the reader (the line itself names only a weekday).

Usage: python scripts/neus_probe_inputs.py ../shared/data OUT_DIR LINE:DATE [LINE:DATE ...]
       (LINE 0-based, DATE YYYY-MM-DD; split "train" unless --split=val|test comes first)
then:  newsprism compare OUT_DIR/probe<LINE>/*.json
"""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path

FOLDER = "neus-allsides/naacl2022_lrc_roundup_random_order_probe"


def reports(line: str) -> list[tuple[str, str]]:
    """(title, text) of each report on one probe line, in the line's order."""
    found = []
    for part in line.split(" [SEP] "):
        title, _, text = part.partition(" ARTICLE=> ")
        found.append((title.removeprefix("TITLE=>").strip(), text.strip()))
    return found


def write_line(line: str, date: str, where: Path) -> None:
    """One `<letter>.json` per report, outlets lettered as the line orders them."""
    where.mkdir(parents=True, exist_ok=True)
    for index, (title, text) in enumerate(reports(line)):
        letter = string.ascii_lowercase[index]
        item = {"title": title, "text": text, "source": f"Outlet {letter.upper()}",
                "date": date, "url": ""}
        (where / f"{letter}.json").write_text(json.dumps(item, ensure_ascii=False, indent=1),
                                              encoding="utf-8")


def main(args: list[str]) -> None:
    """Read the split once, write each asked line into OUT_DIR/probe<LINE>."""
    split = "train"
    if args and args[0].startswith("--split="):
        split = args.pop(0).split("=", 1)[1]
    data, out, picks = args[0], Path(args[1]), args[2:]
    lines = Path(data, FOLDER, f"{split}.source").read_text(encoding="utf-8").split("\n")
    for pick in picks:
        index, _, date = pick.partition(":")
        write_line(lines[int(index)], date, out / f"probe{index}")


if __name__ == "__main__":
    main(sys.argv[1:])
