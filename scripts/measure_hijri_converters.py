"""Which Hijri -> Gregorian converter agrees with what Saudi outlets print? (docs/cleaning.md)

Saudi articles often print a day in both calendars: «25 شوال 1436 هـ الموافق 10 اغسطس
2015 م». Each such pair in SaudiNewsNet is a ground truth for the conversion. This script
finds the pairs with newsprism's Arabic date finder (a Hijri date, then «الموافق», then a
Gregorian date, on one line), converts the Hijri side with each candidate and counts
exact and off-by-one agreements, and times each converter.

Run:
    pip install hijridate==2.6.0 convertdate==2.5.1 ummalqura==2.0.1
    python scripts/measure_hijri_converters.py ../shared/data/saudinewsnet-sample
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from newsprism.clean.dates_arabic import find_arabic_dates


def candidates() -> dict[str, Callable[[int, int, int], dt.date]]:
    from convertdate import islamic
    from hijridate import Hijri
    from ummalqura.hijri_date import HijriDate

    def by_ummalqura(y: int, m: int, d: int) -> dt.date:
        h = HijriDate(y, m, d)
        return dt.date(int(h.year_gr), int(h.month_gr), int(h.day_gr))

    return {
        "hijridate 2.6.0 (Umm al-Qura)": lambda y, m, d: Hijri(y, m, d).to_gregorian(),
        "ummalqura 2.0.1 (Umm al-Qura)": by_ummalqura,
        "convertdate 2.5.1 islamic (arithmetical)": lambda y, m, d: dt.date(
            *islamic.to_gregorian(y, m, d)),
    }


def pairs(data_dir: Path) -> list[tuple[tuple[int, int, int], dt.date, str]]:
    found = []
    for name in ("articles.jsonl", "articles-date-cues.jsonl"):
        for row in map(json.loads, (data_dir / name).read_text("utf-8").splitlines()):
            for line in row["content"].splitlines():
                dates = find_arabic_dates(line)
                for first, second in pairwise(dates):
                    between = line[first.end : second.start]
                    if (first.calendar, second.calendar) == ("hijri", "gregorian") and \
                            "الموافق" in between and len(between) < 20:
                        y, m, d = map(int, first.hijri.split("-"))
                        found.append(((y, m, d), second.value.date(), line[first.start:second.end]))
    return found


def main(data_dir: Path) -> None:
    found = pairs(data_dir)
    print(f"{len(found)} printed Hijri/Gregorian pairs\n")
    print("| converter | exact | off by one day | other | µs per date |")
    print("|---|---|---|---|---|")
    for name, convert in candidates().items():
        exact = near = other = 0
        started = time.perf_counter()
        for (y, m, d), printed, _ in found:
            try:
                delta = abs((convert(y, m, d) - printed).days)
            except (ValueError, OverflowError):
                delta = 99
            exact += delta == 0
            near += delta == 1
            other += delta > 1
        micros = (time.perf_counter() - started) / max(len(found), 1) * 1e6
        print(f"| {name} | {exact} | {near} | {other} | {micros:.0f} |")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet-sample"))
