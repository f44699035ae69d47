"""Bytes -> text, or a clear reason why not.

Order: refuse binaries (NUL bytes, known magic numbers); honour a BOM; honour a
declared charset (HTML meta, XML prolog) when it decodes; UTF-8; then the common
legacy encodings of news sites (windows-1256 for Arabic, windows-1252, …) judged by
charset-normalizer, which scores how plausible each decoding is; else give up.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsprism.errors import IngestError

_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"RIFF", "RIFF media file"),
    (b"ID3", "MP3 audio"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Tried, in this order, when UTF-8 fails: the encodings news sites still serve.
LEGACY_ENCODINGS = (
    "windows-1256", "windows-1252", "iso-8859-6", "iso-8859-1", "iso-8859-15",
    "windows-1251", "koi8-r", "windows-1255", "iso-8859-9", "gb18030", "big5",
    "shift_jis", "euc-kr", "euc-jp",
)  # fmt: skip
_MAX_CHAOS = 0.25


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary data, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.1:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode item bytes.

    Returns:
        (text, encoding name).

    Raises:
        IngestError: E101 binary, E102 empty, E103 undecodable.
    """
    if not data.strip():
        raise IngestError("empty file (no text)", code="E102")
    kind = sniff_binary(data)
    if kind:
        raise IngestError(f"binary file ({kind}), not text, HTML, JSON or a feed", code="E101")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"undecodable bytes: {encoding} BOM but {exc}", code="E103"
                ) from exc
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            return data.decode(name), codecs.lookup(name).name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        best = from_bytes(data[:200_000], cp_isolation=list(LEGACY_ENCODINGS)).best()
        if best is not None and best.chaos <= _MAX_CHAOS:
            try:
                return data.decode(best.encoding), best.encoding
            except UnicodeDecodeError:
                pass
        raise IngestError(
            f"undecodable bytes: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            f"and no common encoding fits ({', '.join(LEGACY_ENCODINGS[:4])}, …)",
            code="E103",
        ) from utf8_error
