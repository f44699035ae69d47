"""Find every date/time stamp in an item, parse it with its zone, choose the publication time.

Why not just ``dateparser``: it returns None on "(Mecca time)" and silently applies the
machine's zone to naive stamps. So zones are resolved here, from ``data/zones.toml``
(named local times such as "Mecca time" -> Asia/Riyadh, abbreviations, numeric offsets),
and every naive stamp is given a zone explicitly: another stamp's zone from the same
page when there is one (a publish time printed without a zone beside an update time
with one), else UTC, and the stamp records which (``zone_source``).

``dateparser`` still parses the free-form and non-English strings (``parse_free``);
numeric and English month-name stamps are parsed by the patterns below, which also
handle scraper glue such as ``3/26/202405:28 AM`` (year run into the hour).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from newsprism.calendar_words import MONTH_NUMBERS
from newsprism.clean.dates_arabic import ArabicDate, find_arabic_dates
from newsprism.models import Stamp

UTC = dt.UTC
_EARLIEST = dt.datetime(1990, 1, 1, tzinfo=UTC)
_LATEST = dt.datetime(2100, 1, 1, tzinfo=UTC)

# Full month names of the other languages in scope (German, French, Spanish, Italian,
# Dutch, Portuguese): news pages print "24. Januar 2022", "9 décembre 2019",
# "19 de febrero de 2020". Full names only: abbreviations such as "set" or "die" would
# match ordinary words.
_FOREIGN_MONTHS = {
    1: "januar jänner janvier enero gennaio januari janeiro",
    2: "februar février fevrier febrero febbraio februari fevereiro",
    3: "märz maerz mars marzo maart março",
    4: "avril abril aprile",
    5: "mai mayo maggio mei maio",
    6: "juni juin junio giugno junho",
    7: "juli juillet julio luglio julho",
    8: "août aout agosto augustus",
    9: "septembre septiembre setiembre settembre setembro",
    10: "oktober octobre octubre ottobre outubro",
    11: "noviembre novembre novembro",
    12: "dezember décembre decembre diciembre dicembre dezembro",
}
_MONTHS = dict(MONTH_NUMBERS)  # English names and abbreviations (newsprism.calendar_words)
_MONTHS.update({name: num for num, names in _FOREIGN_MONTHS.items() for name in names.split()})
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_TIME_RE = (
    r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?(?![a-z]))?"
)

_ROLE_WORDS = (
    (
        "updated",
        re.compile(
            r"(updated?|modified|last edit|آخر تحديث|اخر تحديث|تحديث|aktualisiert|geändert"
            r"|mis à jour|modifié|actualizado|actualizada|aggiornato|bijgewerkt|atualizado)",
            re.I,
        ),
    ),
    (
        "published",
        re.compile(
            r"(publish|posted|written|created|نشر|تاريخ النشر|veröffentlicht|publiziert"
            r"|erschienen|erstellt|publié|publicado|publicada|pubblicato|gepubliceerd)",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class ZoneTable:
    """Zone names and abbreviations from ``data/zones.toml``, plus the regex that finds them."""

    names: dict[str, str]
    abbreviations: dict[str, str]
    pattern: re.Pattern[str]

    def resolve(self, label: str) -> dt.tzinfo | None:
        """Turn a zone label as printed ("(Mecca time)", "EDT", "GMT+3", "+0300") into a tzinfo."""
        text = label.strip().strip("()").strip()
        offset = re.fullmatch(r"(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", text, re.I)
        if offset:
            sign = -1 if offset.group(1) == "-" else 1
            minutes = int(offset.group(2)) * 60 + int(offset.group(3) or 0)
            if minutes > MAX_OFFSET_MINUTES:  # "+85:00" is a typo, not a zone: treat as none
                return None
            return dt.timezone(sign * dt.timedelta(minutes=minutes))
        target = self.names.get(text.lower()) or self.abbreviations.get(text.lower())
        return _tz_from_spec(target) if target else None


MAX_OFFSET_MINUTES = 14 * 60  # real zones run from UTC-12 to UTC+14


def _format_offset(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _tz_from_spec(spec: str) -> dt.tzinfo:
    if spec == "UTC":
        return UTC
    if re.fullmatch(r"[+-]\d{2}:\d{2}", spec):
        sign = -1 if spec[0] == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(spec[1:3]), minutes=int(spec[4:6])))
    return ZoneInfo(spec)


@lru_cache(maxsize=1)
def load_zone_table() -> ZoneTable:
    """Load the packaged zone table once per process."""
    raw = tomllib.loads(resources.files("newsprism").joinpath("data/zones.toml").read_text("utf-8"))
    names = {k.lower(): v for k, v in raw["names"].items()}
    abbrevs = {k.lower(): v for k, v in raw["abbreviations"].items()}
    name_alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # Abbreviations only count in capitals ("ET", not the French "et").
    abbr_alts = "|".join(
        re.escape(a.upper()) for a in sorted(abbrevs, key=len, reverse=True) if a != "z"
    )
    pattern = re.compile(
        r"\s*\(?\s*(?P<zone>"
        r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?"
        r"|[+-]\d{2}:?\d{2}\b"
        rf"|(?i:{name_alts})"
        rf"|\b(?:{abbr_alts})\b"
        r")\s*\)?"
    )
    return ZoneTable(names, abbrevs, pattern)


@dataclass(frozen=True)
class FoundStamp:
    """A stamp as found: the parsed wall-clock value and what is known of its zone."""

    original: str
    value: dt.datetime  # naive when zone is None
    has_time: bool
    zone: dt.tzinfo | None
    zone_label: str | None
    role: str
    source: str
    zone_source: str | None = None  # explicit | page | assumed-utc
    # How strongly the source vouches for the role, lower is stronger: the HTML layers
    # rank their evidence (0 = their verdict); stamps found in text keep the middle value.
    priority: int = 5
    # The day the page prints for a stamp written in UTC when the page's zone is unknown
    # (a URL's /2023/11/08/ for 2023-11-09T01:09Z): the local day, without a local time.
    local_day: str | None = None

    def aware(self) -> dt.datetime | None:
        if self.zone is None:
            return None
        return self.value.replace(tzinfo=self.zone) if self.value.tzinfo is None else self.value

    def utc_iso(self) -> str | None:
        aware = self.aware()
        if aware is None:
            return None
        if not self.has_time:
            return self.value.date().isoformat()
        return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def zone_name(self) -> str | None:
        """The zone as IANA name or UTC offset, with the label printed on the page.

        E.g. ``Asia/Riyadh ("Mecca time")``, ``+03:00``, ``UTC``.
        """
        if self.zone is None:
            return None
        name = getattr(self.zone, "key", None)
        if name is None:
            offset = self.zone.utcoffset(None)
            name = "UTC" if not offset else _format_offset(offset)
        label = self.zone_label
        if label and label.strip("()").lower() not in (name.lower(), "epoch", "z"):
            return f'{name} ("{label.strip("()").strip()}")'
        return name

    def as_stamp(self) -> Stamp:
        return Stamp(
            original=self.original,
            utc=self.utc_iso(),
            role=self.role,
            source=self.source,
            zone=self.zone_name(),
            zone_source=self.zone_source,
            local=self.local_iso(),
        )

    def local_iso(self) -> str:
        """The stamp in its own zone (the day a reader of the page saw)."""
        if self.local_day:
            return self.local_day
        if not self.has_time:
            return self.value.date().isoformat()
        aware = self.aware()
        return (aware or self.value).isoformat()


_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?)?"
    r"(?P<off>Z|[+-]\d{2}:?\d{2}(?!\d))?"
)
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2})"
    rf"(?:\s*[-,]?\s*(?:at\s+)?{_TIME_RE})?",
)
_NAMED = re.compile(
    rf"(?:{_WEEKDAY_RE})?"
    # "25 March 2024", "24. Januar 2022", "1er mars 2020", "19 de febrero de 2020"
    rf"(?:(?<!\d)(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?(?P<mon1>{_MONTH_RE})"
    rf"\.?,?\s+(?:de\s+)?(?P<y1>(?:19|20)\d{{2}})"
    # "March 25, 2024"
    rf"|(?P<mon2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d{{2}}))"
    rf"(?:,?\s*(?:at\s+|um\s+|à\s+|-\s*|\|\s*)?{_TIME_RE})?",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # any script's digits: "٢٠٢٤" too
_EPOCH = re.compile(r"^\s*(?P<epoch>\d{10})(?P<ms>\d{3})?\s*$")
# A digit of any script: each stamp pattern needs one (the Arabic ones fold Arabic-Indic
# digits, which ``\d`` matches too, into ASCII ones).
_DIGIT = re.compile(r"\d")


def _hour24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _role_before(line: str, start: int) -> str:
    """The role a stamp claims from the words just before it ("Last update: …")."""
    # Only the same segment counts: "3/26/2024-|Last update: …" gives the first stamp no role.
    segment = re.split(r"[|•·]", line[:start])[-1][-40:]
    # The nearest label wins: "Updated 4 Jun 2020, originally published 17 Jun 2019".
    best, best_end = "bare", -1
    for role, pattern in _ROLE_WORDS:
        for match in pattern.finditer(segment):
            if match.end() > best_end:
                best, best_end = role, match.end()
    return best


def _zone_after(line: str, end: int, table: ZoneTable) -> tuple[dt.tzinfo | None, str | None, int]:
    match = table.pattern.match(line, end)
    if not match:
        return None, None, end
    label = match.group("zone")
    zone = table.resolve(label)
    return (zone, label, match.end()) if zone else (None, None, end)


def _build(
    line: str,
    match: re.Match[str],
    y: int,
    mo: int,
    d: int,
    *,
    source: str,
    table: ZoneTable,
) -> FoundStamp | None:
    groups = match.groupdict()
    has_time = groups.get("H") is not None
    try:
        value = dt.datetime(
            y,
            mo,
            d,
            _hour24(int(groups["H"]), groups.get("ampm")) if has_time else 0,
            int(groups["M"]) if has_time else 0,
            int(groups.get("S") or 0) if has_time else 0,
        )
    except ValueError:
        return None
    zone, label, end = None, None, match.end()
    if groups.get("off"):
        label = groups["off"]
        zone = UTC if label == "Z" else table.resolve(label)
    elif has_time:
        zone, label, end = _zone_after(line, match.end(), table)
    return FoundStamp(
        original=line[match.start() : end].strip(" -|,"),
        value=value,
        has_time=has_time,
        zone=zone,
        zone_label=label,
        role=_role_before(line, match.start()),
        source=source,
        zone_source="explicit" if zone else None,
    )


def _arabic_stamp(line: str, found: ArabicDate, *, source: str, table: ZoneTable) -> FoundStamp:
    """A stamp from an Arabic-written date (clean/dates_arabic.py), with its printed zone."""
    zone, label, end = None, None, found.end
    if found.has_time:
        zone, label, end = _zone_after(line, found.end, table)
    return FoundStamp(
        original=line[found.start : end].strip(" -|,،"),
        value=found.value,
        has_time=found.has_time,
        zone=zone,
        zone_label=label,
        role=_role_before(line, found.start),
        source=source,
        zone_source="explicit" if zone else None,
    )


def find_stamps(line: str, *, source: str, day_first: bool | None = None) -> list[FoundStamp]:
    """Every stamp in one line of text, left to right.

    Args:
        line: one line of article text or metadata.
        source: where the line came from, kept with each stamp ("text:3", "meta:…").
        day_first: how to read an ambiguous numeric date (3/4/2024); None reads it
            month-first. An unambiguous one (26/3 or 3/26) is always read correctly.
    """
    if _DIGIT.search(line) is None:  # every stamp holds a number: most lines hold none
        return []
    return _stamps_in(line, source=source, day_first=day_first)


def _stamps_in(line: str, *, source: str, day_first: bool | None) -> list[FoundStamp]:
    """:func:`find_stamps` without its shortcut for a line with no digit (which none of
    the stamp patterns, Arabic ones included, can match: the test asks them)."""
    table = load_zone_table()
    epoch = _EPOCH.match(line)
    if epoch:
        value = dt.datetime.fromtimestamp(int(epoch.group("epoch")), UTC)
        if _EARLIEST <= value <= _LATEST:
            return [
                FoundStamp(epoch.group(0).strip(), value, True, UTC, "epoch", "epoch", source,
                           "explicit")
            ]  # fmt: skip
        return []
    found: list[tuple[int, FoundStamp]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str] | ArabicDate, stamp: FoundStamp | None) -> None:
        start, end = (match.start, match.end) if isinstance(match, ArabicDate) else match.span()
        if stamp is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append((start, stamp))

    for arabic in find_arabic_dates(line):  # first: «مايو (أيار) 2015» is one stamp
        add(arabic, _arabic_stamp(line, arabic, source=source, table=table))

    for m in _ISO.finditer(line):
        add(m, _build(line, m, int(m["y"]), int(m["mo"]), int(m["d"]), source=source, table=table))
    for m in _NUMERIC.finditer(line):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 or (day_first and b <= 12):
            day, month = a, b
        else:
            month, day = a, b
        add(m, _build(line, m, int(m["y"]), month, day, source=source, table=table))
    for m in _NAMED.finditer(line):
        mon = (m["mon1"] or m["mon2"]).lower().rstrip(".")
        day = int(m["d1"] or m["d2"])
        year = int(m["y1"] or m["y2"])
        add(m, _build(line, m, year, _MONTHS[mon], day, source=source, table=table))
    return [stamp for _, stamp in sorted(found, key=lambda item: item[0])]


def numeric_order_hint(lines: list[str]) -> bool | None:
    """Whether this document writes numeric dates day-first, judged from unambiguous ones."""
    votes = 0
    for line in lines:
        if _DIGIT.search(line) is None:  # a numeric date has digits; most lines have none
            continue
        for m in _NUMERIC.finditer(line):
            a, b = int(m["a"]), int(m["b"])
            votes += (a > 12) - (b > 12)
    return None if votes == 0 else votes > 0


def is_stamp_only(line: str, stamps: list[FoundStamp]) -> bool:
    """True when a line holds nothing but stamps and separators (a bare date line)."""
    rest = line
    for stamp in stamps:
        rest = rest.replace(stamp.original, " ")
    rest = re.sub(_WEEKDAY_RE, " ", rest, flags=re.I)
    return not re.search(r"\w", rest)


def parse_free(text: str, *, source: str, role: str, languages: list[str] | None = None
               ) -> FoundStamp | None:  # fmt: skip
    """Parse one metadata string (a JSON ``published`` field, a feed date, a meta tag).

    Tries, in order: ISO 8601, the stamp patterns, RFC 2822 (feeds), then dateparser
    for anything else (other languages, relative forms). The zone is read from the
    string itself; a string without one stays naive and is resolved by ``choose``.
    """
    text = text.strip()
    if not text:
        return None
    iso = _iso_full(text, source=source, role=role)
    if iso:
        return iso
    stamps = find_stamps(text, source=source)
    if stamps:
        return replace(stamps[0], role=role if stamps[0].role == "bare" else stamps[0].role)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        zone = parsed.tzinfo
        return FoundStamp(text, parsed.replace(tzinfo=None), True, zone,
                          None, role, source, "explicit" if zone else None)  # fmt: skip
    if not _YEAR.search(text) or re.fullmatch(r"\d{4}(?:[/.-]\d{1,2})?", text):
        # A stamp names its year and its day: without a year dateparser fills in today
        # ("15h14"), and a bare year or month ("2006", "2017/01") is no stamp.
        return None
    if _impossible_iso_day(text):
        return None
    return _dateparser_stamp(text, source=source, role=role, languages=languages)


# An ISO-shaped stamp, with a time and a zone or bare: the shapes in which dateparser was
# checked to find no date once neither middle number can be the month (tests/clean).
_ISO_SHAPED = re.compile(
    r"[0-9]{4}-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
)


def _impossible_iso_day(text: str) -> bool:
    """Whether ``text`` is ISO-shaped with a month and day that cannot be read either way
    round ("2023-43-31T15:10", numbers mangled by a scraper or a corpus's noise).

    dateparser finds no date in it, but only after trying every locale it has, ~0.1 s of
    CPU a string (more than a whole article's cleaning) when no language is given.
    """
    shaped = _ISO_SHAPED.fullmatch(text)
    if shaped is None:
        return False
    a, b = int(shaped[1]), int(shaped[2])
    return not (1 <= a <= 12 and 1 <= b <= 31) and not (1 <= b <= 12 and 1 <= a <= 31)


def _iso_full(text: str, *, source: str, role: str) -> FoundStamp | None:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    has_time = "T" in text or " " in text.strip()
    zone = value.tzinfo
    return FoundStamp(text, value.replace(tzinfo=None), has_time, zone, None, role, source,
                      "explicit" if zone else None)  # fmt: skip


def _dateparser_stamp(text: str, *, source: str, role: str, languages: list[str] | None
                      ) -> FoundStamp | None:  # fmt: skip
    import dateparser  # imported lazily: it costs ~0.5 s and most stamps never need it

    table = load_zone_table()
    zone_match = None
    for m in table.pattern.finditer(text):
        zone_match = m
    zone = table.resolve(zone_match.group("zone")) if zone_match else None
    body = text[: zone_match.start()] if zone_match and zone else text
    settings = {
        "TIMEZONE": "UTC",  # never the machine's zone; naive results are marked naive below
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    try:
        value = dateparser.parse(body, languages=languages, settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a stamp is optional
        return None
    if value is None:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}", body))
    return FoundStamp(text, value.replace(tzinfo=None), has_time, zone,
                      zone_match.group("zone") if zone else None, role, source,
                      "explicit" if zone else None)  # fmt: skip


@dataclass(frozen=True)
class DateChoice:
    """The publication time chosen among all stamps, with every stamp and the reason."""

    published_at: str | None
    original: str | None
    reason: str
    stamps: list[Stamp]
    chosen: FoundStamp | None = None


# Which stamps may stand for the publication time, best first.
_ROLE_RANK = {"published": 0, "meta-published": 0, "bare": 1, "updated": 3,
              "meta-updated": 3, "epoch": 4}  # fmt: skip
_UPDATE_ROLES = ("updated", "meta-updated")


def choose_published(stamps: list[FoundStamp], default_zone: str | None = None) -> DateChoice:
    """Reconcile all stamps of an item into one publication time in UTC.

    Rules, in order (each documented in docs/architecture.md, "Time"):
      1. Naive stamps take the zone of a zoned stamp on the same page (its outlet
         prints all times in one zone; a local offset is preferred to UTC, which is
         how machines write), else ``default_zone``, else UTC (``zone_source`` says which).
      2. Stamps before 1990, after 2100 or more than a day in the future are ignored.
      3. Candidates are ranked: an explicit publication stamp, then a bare stamp,
         then an update stamp, then a bare epoch (a re-poster's machine stamp).
         Within a rank the stronger source wins (``priority``: the HTML layers rank
         their evidence), then stamps with a time beat date-only ones; ties go to the
         earliest.
      4. A stamp later than an update stamp of the same page is not the publication;
         except the page's own published-time metadata, which a CMS legitimately
         writes after its modified time (a post saved, then published on schedule).
    """
    if not stamps:
        return DateChoice(None, None, "no date or time stamp found", [])
    zoned = [s for s in stamps if s.zone is not None and s.role != "epoch"]
    page_zone = next((s for s in zoned if s.zone.utcoffset(s.value) != dt.timedelta(0)),
                     zoned[0] if zoned else None)  # fmt: skip
    resolved: list[FoundStamp] = []
    for stamp in stamps:
        if stamp.zone is not None:
            resolved.append(stamp)
        elif page_zone is not None:
            resolved.append(replace(stamp, zone=page_zone.zone, zone_label=page_zone.zone_label,
                                    zone_source="page"))  # fmt: skip
        elif default_zone:
            resolved.append(replace(stamp, zone=_tz_from_spec(default_zone),
                                    zone_label=default_zone, zone_source="default"))  # fmt: skip
        else:
            resolved.append(replace(stamp, zone=UTC, zone_label="UTC", zone_source="assumed-utc"))
    latest = min(_LATEST, dt.datetime.now(UTC) + dt.timedelta(days=1))
    plausible = [s for s in resolved if _EARLIEST <= (s.aware() or _EARLIEST) <= latest]
    updates = [s.aware() for s in plausible if s.role in _UPDATE_ROLES and s.has_time]
    first_update = min((u for u in updates if u is not None), default=None)

    def rank(s: FoundStamp) -> tuple[int, int, int, dt.datetime]:
        aware = s.aware() or _LATEST
        after_update = first_update is not None and s.has_time and aware > first_update
        penalty = 2 if after_update and s.role not in (*_UPDATE_ROLES, "meta-published") else 0
        return (_ROLE_RANK.get(s.role, 2) + penalty, s.priority, 0 if s.has_time else 1, aware)

    candidates = sorted(plausible, key=rank)
    all_stamps = [s.as_stamp() for s in resolved]
    if not candidates:
        return DateChoice(None, None, "stamps found, none plausible (before 1990 or after 2100"
                          " or in the future)", all_stamps)  # fmt: skip
    best = candidates[0]
    return DateChoice(best.utc_iso(), best.original, _explain(best, resolved), all_stamps, best)


def _explain(best: FoundStamp, stamps: list[FoundStamp]) -> str:
    kind = {
        "published": "the stamp labelled as publication",
        "meta-published": "the page's published-time metadata",
        "bare": "a stamp standing alone",
        "updated": "the only usable stamp is an update time",
        "meta-updated": "the only usable stamp is the page's modified-time metadata",
        "epoch": "the only usable stamp is a bare epoch (likely a re-post's)",
    }.get(best.role, best.role)
    zone = {
        "explicit": f"zone printed with it: {best.zone_name()}",
        "page": f"printed without a zone; took {best.zone_name()} from another stamp on the page",
        "default": f"printed without a zone; used the default zone {best.zone_name()}",
        "assumed-utc": "printed without a zone and none elsewhere; assumed UTC",
    }.get(best.zone_source or "", "")
    others = [s for s in stamps if s is not best]
    later = [f"{s.role} {s.original!r}" for s in others if s.role in ("updated", "epoch")]
    parts = [f"chose {best.original!r}: {kind}", zone]
    if not best.has_time:
        parts.append("date only")
    if later:
        parts.append("not chosen: " + ", ".join(later))
    return "; ".join(p for p in parts if p)
