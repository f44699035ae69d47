"""Dates and clock times written in Arabic: month names, Hijri dates, Arabic-Indic digits.

Arabic news prints a date in one of several ways, often two at once:

* Gregorian months by their Egyptian/Gulf names («10 أغسطس 2015»), their Levantine
  (Syriac) names («20 تموز 2015»), both («مايو (أيار) 2015», «19 يوليو/ تموز 2015»), or
  Maghrebi ones («5 جويلية 2015», «3 غشت 2015»);
* Hijri dates by month name («25 شوال 1436 هـ») or in numbers («7/ 10/ 1436هـ», and
  year first «1436/10/25»): a d/m/y date whose year is 13xx or 14xx can only be Hijri;
* digits in Arabic-Indic form («١١ أغسطس ٢٠١٥») or Western form;
* clock times with a named local time: «18:44 مساء يوم الجمعة بتوقيت مكة المكرمة»,
  «الساعة التاسعة مساء بتوقيت مكة المكرمة», and the Saudi Press Agency's «20:26 ت م».

Hijri dates are converted with ``hijridate`` (the Umm al-Qura calendar, the official
calendar of Saudi Arabia and the one Gulf outlets print; see docs/cleaning.md for the
measurement against ``convertdate``'s arithmetical calendar). Each match keeps its
offsets in the line as printed, so the stamp's ``original`` is the text on the page.

Matching runs on a folded copy of the line of the same length (alef forms, alef maqsura,
ta marbuta and Arabic-Indic digits folded one character for one), so offsets carry over.
Lines with no Arabic letter or digit are skipped at the cost of one regex search.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_FOLD = str.maketrans(
    "أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",
    "اااايه01234567890123456789",
)

# Month names, folded (no hamza on alef, ى -> ي, ة -> ه). Full names only.
_GREGORIAN = {
    1: "يناير|كانون الثاني|جانفي",
    2: "فبراير|شباط|فيفري",
    3: "مارس|اذار",
    4: "ابريل|نيسان|افريل",
    5: "مايو|ايار|ماي",
    6: "يونيو|يونيه|حزيران|جوان",
    7: "يوليو|يوليه|تموز|جويليه|يوليوز",
    8: "اغسطس|اغسطوس|اب|اوت|غشت",
    9: "سبتمبر|ايلول|شتنبر",
    10: "اكتوبر|تشرين الاول",
    11: "نوفمبر|تشرين الثاني|نونبر",
    12: "ديسمبر|كانون الاول|دجنبر",
}
_HIJRI = {
    1: "محرم|المحرم",
    2: "صفر",
    3: "ربيع الاول|ربيع اول",
    4: "ربيع الثاني|ربيع الاخر|ربيع ثاني",
    5: "جمادي الاولي|جمادي الاول",
    6: "جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو القعده|ذي القعده",
    12: "ذو الحجه|ذي الحجه",
}
_WEEKDAYS = "الاحد|الاثنين|اثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت"
_HOUR_WORDS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6,
    "السابعه": 7, "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11,
    "الحاديه عشر": 11, "الثانيه عشره": 12, "الثانيه عشر": 12,
}  # fmt: skip
_MINUTE_WORDS = {"والنصف": 30, "والربع": 15, "الا ربعا": -15, "الا الربع": -15, "الا ربع": -15}
# Parts of the day: (word, is afternoon or evening). "فجر" and "صباح" are before noon.
_AM = "صباحا|صباح|ص|فجرا|فجر"
_PM = "مساءا|مساء|م|ظهرا|عصرا|ليلا"


def _names(table: dict[int, str]) -> dict[str, int]:
    return {name: num for num, names in table.items() for name in names.split("|")}


_GREG_NAMES = _names(_GREGORIAN)
_HIJRI_NAMES = _names(_HIJRI)


def _alternation(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_NOT_LETTER = r"(?![\u0621-\u064A])"
_MARKS = r"[\u064B-\u0652]*"  # short-vowel marks, as in «مساءً»
_BEFORE = r"(?<![\u0621-\u064A0-9])"
_WEEKDAY = rf"(?:(?:يوم\s+)?(?:{_WEEKDAYS}){_NOT_LETTER}\s*[,،]?\s*(?:الموافق\s+)?)?"
_DAY = r"(?:الـ*|ال)?(?P<d>[0-9]{1,2})(?![0-9])"
_TIME = (
    rf"(?:\s*[,،\-–]?\s*(?:في\s+)?(?:الساعه\s+)?(?P<H>[0-9]{{1,2}})[:.](?P<M>[0-9]{{2}})"
    rf"(?:[:.](?P<S>[0-9]{{2}}))?(?:\s*(?P<ap>{_AM}|{_PM}){_MARKS}{_NOT_LETTER})?)?"
)
_MONTHS = _alternation([*_GREG_NAMES, *_HIJRI_NAMES])
_NAMED = re.compile(
    rf"{_BEFORE}{_WEEKDAY}{_DAY}\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{_MONTHS}){_NOT_LETTER}"
    rf"(?:\s*[(/]\s*(?P<alt>{_MONTHS}){_NOT_LETTER}\s*\)?|\s+(?P<alt2>{_MONTHS}){_NOT_LETTER})?"
    rf"\s*[,،]?\s*(?:(?:من\s+)?(?:عام|سنه|لعام|العام)\s+)?(?P<y>[0-9]{{4}})(?![0-9])"
    rf"(?:\s*(?P<era>هـ|ه|م){_NOT_LETTER})?{_TIME}"
)
_NUMERIC_HIJRI = re.compile(
    rf"{_BEFORE}{_WEEKDAY}(?:(?P<d>[0-9]{{1,2}})\s*[/\-]\s*(?P<m>[0-9]{{1,2}})\s*[/\-]\s*"
    r"(?P<y>1[34][0-9]{2})|(?P<y2>1[34][0-9]{2})\s*/\s*(?P<m2>[0-9]{1,2})\s*/\s*(?P<d2>[0-9]{1,2}))"
    rf"(?![0-9/])(?:\s*(?P<era>هـ|ه){_NOT_LETTER})?{_TIME}"
)
_CLOCK = re.compile(
    rf"{_BEFORE}(?:(?:الساعه\s+)?(?P<H>[0-9]{{1,2}})(?:[:.](?P<M>[0-9]{{2}}))?"
    rf"|الساعه\s+(?P<hw>{_alternation(_HOUR_WORDS)}){_NOT_LETTER}"
    rf"(?:\s+(?P<mw>{_alternation(_MINUTE_WORDS)}){_NOT_LETTER})?)"
    rf"(?:\s*(?P<ap>{_AM}|{_PM}){_MARKS}{_NOT_LETTER})?"
    rf"(?:\s+(?:من\s+)?(?:يوم\s+)?(?:{_WEEKDAYS}){_NOT_LETTER})?\s*\(?\s*"
)


@dataclass(frozen=True)
class ArabicDate:
    """One date found in a line: its span as printed and its Gregorian value."""

    start: int
    end: int
    value: dt.datetime  # naive wall-clock time; midnight when has_time is False
    has_time: bool
    calendar: str  # "gregorian" | "hijri"
    hijri: str | None = None  # "1436-10-25" as printed, for a Hijri date


@dataclass(frozen=True)
class ClockTime:
    """A clock time printed with a named zone, without a date of its own."""

    original: str
    hour: int
    minute: int
    zone: dt.tzinfo
    zone_label: str

    def utc_time(self, day: dt.date) -> str:
        """The time of day in UTC ("15:44") on ``day`` (the zone's offset on that day)."""
        local = dt.datetime.combine(day, dt.time(self.hour, self.minute), self.zone)
        return local.astimezone(dt.UTC).strftime("%H:%M")


def fold(text: str) -> str:
    """The line with alef forms, ى, ة and Arabic-Indic digits folded; same length."""
    return text.translate(_FOLD)


def has_arabic(text: str) -> bool:
    return ARABIC_SCRIPT.search(text) is not None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Umm al-Qura Hijri -> Gregorian; None for a day the calendar does not have."""
    from hijridate import Hijri  # small, but only Arabic text needs it

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hour24(hour: int, part: str | None) -> int:
    if not part or hour > 12:
        return hour
    if re.fullmatch(_PM, part):
        if part.startswith("ليل") and hour < 6:
            return hour  # "الواحدة ليلا" is 01:00
        if part.startswith("ظهر") and hour == 12:
            return 12
        return hour + 12 if hour < 12 else 12
    return 0 if hour == 12 else hour


def _with_time(day: dt.date, match: re.Match[str]) -> tuple[dt.datetime, bool] | None:
    if match["H"] is None:
        return dt.datetime(day.year, day.month, day.day), False
    hour, minute = _hour24(int(match["H"]), match["ap"]), int(match["M"])
    if hour > 23 or minute > 59:
        return None
    second = int(match["S"] or 0)
    return dt.datetime(day.year, day.month, day.day, hour, minute, min(second, 59)), True


def _named_day(match: re.Match[str]) -> tuple[dt.date, str, str | None] | None:
    month_name, year, day = match["mon"], int(match["y"]), int(match["d"])
    if month_name in _HIJRI_NAMES and 1300 <= year < 1500 and match["era"] != "م":
        month = _HIJRI_NAMES[month_name]
        value = hijri_to_gregorian(year, month, day)
        return (value, "hijri", f"{year}-{month:02d}-{day:02d}") if value else None
    if month_name in _GREG_NAMES and 1900 <= year < 2100 and match["era"] not in ("ه", "هـ"):
        try:
            return dt.date(year, _GREG_NAMES[month_name], day), "gregorian", None
        except ValueError:
            return None
    return None


def _numeric_day(match: re.Match[str]) -> tuple[dt.date, str, str | None] | None:
    year = int(match["y"] or match["y2"])
    month = int(match["m"] or match["m2"])
    day = int(match["d"] or match["d2"])
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    value = hijri_to_gregorian(year, month, day)
    return (value, "hijri", f"{year}-{month:02d}-{day:02d}") if value else None


def find_arabic_dates(line: str) -> list[ArabicDate]:
    """Every Arabic-written date in one line, left to right, with its span as printed."""
    if not has_arabic(line):  # the range holds the Arabic-Indic digits too
        return []
    folded = fold(line)
    found: list[ArabicDate] = []
    for pattern, read in ((_NAMED, _named_day), (_NUMERIC_HIJRI, _numeric_day)):
        for match in pattern.finditer(folded):
            day = read(match)
            timed = _with_time(day[0], match) if day else None
            if day is None or timed is None:
                continue
            if any(f.start < match.end() and match.start() < f.end for f in found):
                continue
            found.append(ArabicDate(match.start(), match.end(), timed[0], timed[1], day[1],
                                    day[2]))  # fmt: skip
    return sorted(found, key=lambda f: f.start)


def find_clock_times(line: str) -> list[ClockTime]:
    """Clock times followed by a named zone («18:44 مساء يوم الجمعة بتوقيت مكة المكرمة»)."""
    from newsprism.clean.dates import load_zone_table  # dates imports this module

    if not has_arabic(line):
        return []
    table = load_zone_table()
    folded = fold(line)
    times: list[ClockTime] = []
    for match in _CLOCK.finditer(folded):
        if match["H"] is None and match["hw"] is None:
            continue
        zone_match = table.pattern.match(line, match.end())
        zone = table.resolve(zone_match["zone"]) if zone_match else None
        if zone is None or not has_arabic(zone_match["zone"]):
            continue
        if match["hw"]:
            hour, minute = _HOUR_WORDS[match["hw"]], _MINUTE_WORDS.get(match["mw"] or "", 0)
        else:
            hour, minute = int(match["H"]), int(match["M"] or 0)
        if minute < 0:
            hour, minute = hour - 1, 60 + minute
        hour = _hour24(hour, match["ap"])
        if hour > 23 or minute > 59 or (match["M"] is None and match["hw"] is None
                                        and "الساعه" not in match.group(0)):  # fmt: skip
            continue  # "5 بتوقيت مكة" without «الساعة» or minutes is not a clock time
        original = line[match.start() : zone_match.end()].strip(" ()")
        times.append(ClockTime(original, hour % 24, minute, zone, zone_match["zone"]))
    return times


_LONE_CLOCK = re.compile(r"^\s*[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}\s*\S.{0,30}$")


def attach_clock(stamps: list, lines: list[tuple[int, str]], source: str) -> list:
    """A date-only stamp completed by a clock time printed alone on another line.

    The Saudi Press Agency opens with a dateline («بريدة 25 شوال 1436 هـ الموافق 10 اغسطس
    2015 م واس») and closes with the time alone («20:26 ت م»): together they are the
    publication time. Only when the page has exactly one such clock line and one day among
    its date-only stamps. Returns the new stamp in a list (empty when nothing applies).
    """
    from dataclasses import replace

    clocks = [(i, c) for i, line in lines if _LONE_CLOCK.match(line)
              for c in find_clock_times(line) if c.original == line.strip(" ()")]  # fmt: skip
    days = {s.value.date() for s in stamps if not s.has_time}
    if len(clocks) != 1 or len(days) != 1:
        return []
    index, clock = clocks[0]
    base = next(s for s in stamps if not s.has_time)
    value = dt.datetime.combine(base.value.date(), dt.time(clock.hour, clock.minute))
    return [replace(base, original=f"{base.original} … {clock.original}", value=value,
                    has_time=True, zone=clock.zone, zone_label=clock.zone_label,
                    zone_source="explicit",
                    source=f"{base.source}+{source}:{index + 1}")]  # fmt: skip
