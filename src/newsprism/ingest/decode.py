"""Bytes -> text, or a clear reason why not.

A numbered cascade; each step runs only when the one before it fell short:

1. refuse binaries (known magic numbers, NUL or control bytes) and empty input;
2. honour a byte-order mark (UTF-8, UTF-16, UTF-32);
3. UTF-8 (the encoding of nearly everything today);
4. the encoding an earlier line of the same file needed (``prefer``), when its text
   is plausible: one detection per JSON Lines file, not one per line;
5. UTF-8 that was cut inside its last character, or that carries a few stray legacy
   bytes (read as windows-1252, the usual culprit);
6. a declared charset (HTML meta, XML prolog) when it decodes into plausible text: a
   page that is not valid UTF-8 is most likely in the charset it names;
7. text that is ASCII but for a tiny share of bytes (at most 1 %, and always one):
   windows-1252 when it reads plausibly (a curly quote, an accented name), else UTF-8
   with those bytes replaced by U+FFFD; the encoding then says how many ("utf-8, 1
   invalid byte replaced by U+FFFD"), and the article's provenance records it. One
   stray byte in a clean English file must not lose the article, nor be read as
   Shift-JIS (see docs/cleaning.md);
8. the legacy encodings news sites still serve (windows-1256 for Arabic,
   windows-1252, …): each one that decodes is judged by how plausible its text is
   (no control or unassigned characters, no words mixing scripts or flipping case,
   no Latin words made mostly of accented letters), and the most plausible wins;
9. UTF-8 with at most 1 % of its bytes invalid, replaced as in step 7;
10. else give up with E103.

Step 8 judges words rather than byte statistics because news items are often short:
charset-normalizer cannot tell "café – naïve" in windows-1252 from windows-1251, so
its verdict only breaks ties.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from functools import partial

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
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # not tab, newline, form feed, return
# What browsers decode a declared charset as (the WHATWG Encoding Standard): pages that
# say Latin-1 or ASCII use windows-1252's punctuation, and GB2312 pages are GBK.
_DECLARED_AS = {"latin-1": "windows-1252", "iso8859-1": "windows-1252",
                "ascii": "windows-1252", "gb2312": "gb18030", "gbk": "gb18030"}  # fmt: skip
# Tried, in this order, when UTF-8 fails: the encodings news sites still serve.
LEGACY_ENCODINGS = (
    "windows-1256", "windows-1252", "iso-8859-6", "iso-8859-1", "iso-8859-15",
    "windows-1251", "windows-1255", "koi8-r", "iso-8859-9",
    "gb18030", "big5", "shift_jis", "euc-kr", "euc-jp",
)  # fmt: skip
# The script each legacy encoding exists for: among equally plausible decodings, the
# one whose script shows up wins (French reads the same in windows-1256 and -1252).
_HOME_SCRIPT = {
    "windows-1256": "ARABIC", "iso-8859-6": "ARABIC", "windows-1251": "CYRILLIC",
    "koi8-r": "CYRILLIC", "windows-1255": "HEBREW", "gb18030": "CJK", "big5": "CJK",
    "shift_jis": "CJK", "euc-kr": "HANGUL", "euc-jp": "CJK",
}  # fmt: skip
# Share of implausible non-ASCII characters above which a decoding is rejected.
_MAX_IMPLAUSIBLE = 0.2
_SAMPLE = 64 * 1024  # bytes judged per candidate encoding
# Stray legacy bytes tolerated in a UTF-8 file, per valid multi-byte character (a legacy
# file has about one valid multi-byte sequence per hundred stray bytes).
_MAX_STRAY_SHARE = 0.5
# Share of non-ASCII (step 7) or invalid (step 9) bytes up to which a file is read as
# UTF-8 with those bytes replaced by U+FFFD: a stray byte or a cut character is far
# below it; text in a legacy encoding is far above it, except English with a few curly
# quotes, which step 7 reads as windows-1252 first.
MAX_REPLACED_SHARE = 0.01
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Symbols that real news text uses; any other (box drawing …) marks a wrong decoding.
_COMMON_SYMBOLS = frozenset("€£¥¢©®°±×÷§¶™№‰¤¦¬¨´¸¯^`˜˚")
# Scripts that share a word in real text: Japanese mixes kanji and kana.
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK"}


def browser_codec(name: str) -> str | None:
    """The Python codec a browser decodes a declared charset with (``ISO-8859-1`` is
    read as windows-1252), or None for a name Python does not know."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _DECLARED_AS.get(codec, codec)


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
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > 0.1:
        return "binary data (control bytes)"
    return None


def decode_bytes(data: bytes, *, prefer: str | None = None) -> tuple[str, str]:
    """Decode item bytes.

    Args:
        data: the bytes of one item.
        prefer: a legacy encoding to try first when the bytes are not UTF-8 (the one an
            earlier line of the same file needed); kept only if its text is plausible.

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
    text, encoding = _decode(data, prefer)
    if not text.strip().strip("\ufeff"):
        raise IngestError("empty file (no text)", code="E102")
    return text, encoding


def _decode(data: bytes, prefer: str | None = None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"undecodable bytes: {encoding} BOM but {exc}", code="E103"
                ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        steps = (
            partial(_preferred, data, prefer),
            partial(_mostly_utf8, data, utf8_error),
            partial(_declared, data),
            partial(_nearly_ascii, data),
            partial(_most_plausible, data),
            partial(_utf8_replacing, data),
        )
        for step in steps:  # steps 4 to 9 of the module docstring
            decoded = step()
            if decoded is not None:
                return decoded
        raise IngestError(
            f"undecodable bytes: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            f"and no common encoding fits ({', '.join(LEGACY_ENCODINGS[:4])}, …)",
            code="E103",
        ) from utf8_error


def _preferred(data: bytes, prefer: str | None) -> tuple[str, str] | None:
    if not prefer or prefer.startswith("utf-"):
        return None
    try:
        text = data.decode(prefer)
    except (LookupError, UnicodeDecodeError):
        return None
    return (text, prefer) if implausibility(text[:_SAMPLE])[0] <= _MAX_IMPLAUSIBLE else None


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> tuple[str, str] | None:
    """UTF-8 cut inside its last character, or with a few stray windows-1252 bytes."""
    if error.reason == "unexpected end of data" and len(data) - error.start < 4:
        try:
            return data[: error.start].decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    sample = data[: 4 * _SAMPLE]
    text = sample.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - sample.decode("utf-8", "ignore").count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - stray
    if multibyte and stray <= _MAX_STRAY_SHARE * multibyte:
        return data.decode("utf-8", errors=_STRAY_HANDLER), "utf-8 (stray windows-1252 bytes)"
    return None


def _nearly_ascii(data: bytes) -> tuple[str, str] | None:
    """A file that is ASCII but for a tiny share of bytes (``MAX_REPLACED_SHARE``):
    windows-1252 when that reads plausibly (a curly quote, an accented name), else UTF-8
    with those bytes replaced (a stray byte). The other legacy encodings are not tried:
    text that is 99 % ASCII is not Russian or Japanese, and a multi-byte encoding would
    swallow the ASCII letter after a stray byte ("approved \\x81the" as "》he")."""
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high > max(1, MAX_REPLACED_SHARE * len(data)):
        return None
    try:
        text = data.decode("windows-1252")
    except UnicodeDecodeError:
        return _utf8_replacing(data)
    if implausibility(text[:_SAMPLE])[0] <= _MAX_IMPLAUSIBLE:
        return text, "windows-1252"
    return _utf8_replacing(data)


def _utf8_replacing(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, or None when they are more
    than ``MAX_REPLACED_SHARE`` of the bytes (and more than one)."""
    text = data.decode("utf-8", errors="replace")
    added = text.count("\ufffd") - data.count("\ufffd".encode())
    # Valid UTF-8 re-encodes to the same bytes; each U+FFFD added is 3 bytes for 1-3 bad.
    replaced = len(data) - (len(text.encode("utf-8")) - 3 * added)
    if replaced > max(1, MAX_REPLACED_SHARE * len(data)):
        return None
    noun = "byte" if replaced == 1 else "bytes"
    return text, f"utf-8, {replaced} invalid {noun} replaced by U+FFFD"


def _stray_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("windows-1252", errors="replace"), exc.end


_STRAY_HANDLER = "newsprism-stray-cp1252"
codecs.register_error(_STRAY_HANDLER, _stray_as_cp1252)


def _declared(data: bytes) -> tuple[str, str] | None:
    """The first charset declared in the head that decodes into plausible text.

    Every declaration is tried: pages often carry an unrelated ``charset="UTF-8"`` on
    a script tag before the real ``<meta charset>``.
    """
    for match in _DECLARED.finditer(data[:4096]):
        name = match.group(1).decode("ascii", "ignore").lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            continue  # without a BOM these would turn ASCII into CJK soup; NULs were refused
        for candidate in dict.fromkeys((_DECLARED_AS.get(codec, codec), codec)):
            try:
                text = data.decode(candidate)
            except UnicodeDecodeError:
                continue  # a wrong declaration is common
            if implausibility(text[:_SAMPLE])[0] <= _MAX_IMPLAUSIBLE:
                return text, candidate  # else it decodes into nonsense: Arabic "in Latin-1"
    return None


def _most_plausible(data: bytes) -> tuple[str, str] | None:
    """The legacy decoding whose words look most like real words, or None.

    Ranked by implausibility (in steps of 0.05), then by charset-normalizer's verdict
    (found plausible at all, its chaos, its language coherence), then by whether the
    encoding's own script shows up, then by list order.
    """
    verdicts = _charset_normalizer_verdicts(data[:_SAMPLE])
    ranked: list[tuple[int, tuple[int, float, float], int, int, str]] = []
    for order, encoding in enumerate(LEGACY_ENCODINGS):
        text = _decode_sample(data, encoding)
        if text is None:
            continue
        score, scripts = implausibility(text)
        if score <= _MAX_IMPLAUSIBLE:
            at_home = 0 if _HOME_SCRIPT.get(encoding, "LATIN") in scripts else 1
            verdict = verdicts.get(codecs.lookup(encoding).name, (1, 1.0, 0.0))
            ranked.append((round(score / 0.05), verdict, at_home, order, encoding))
    for *_, encoding in sorted(ranked):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue  # the sample decoded, a later part does not
    return None


def _charset_normalizer_verdicts(sample: bytes) -> dict[str, tuple[int, float, float]]:
    """codec name -> (0, chaos, -coherence) for each decoding charset-normalizer accepts."""
    found: dict[str, tuple[int, float, float]] = {}
    for match in from_bytes(sample, cp_isolation=list(LEGACY_ENCODINGS)):
        try:
            codec = codecs.lookup(match.encoding).name
        except LookupError:
            continue
        found[codec] = (0, round(match.chaos, 2), -round(match.coherence, 2))
    return found


def _decode_sample(data: bytes, encoding: str) -> str | None:
    """The first ``_SAMPLE`` bytes decoded strictly (a character cut at the end is fine)."""
    sample = data[:_SAMPLE]
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as exc:
        if len(sample) < len(data) and len(sample) - exc.start < 4:
            return _decode_sample(sample[: exc.start], encoding)
        return None


def _script(ch: str) -> str | None:
    """The script of a letter or mark (None for script-neutral combining marks)."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0] if name else "UNKNOWN"
    if first == "COMBINING":
        return None
    return _SCRIPT_GROUPS.get(first, first)


def implausibility(text: str) -> tuple[float, set[str]]:
    """How much of the non-ASCII text looks like a wrong decoding, 0.0 (none) to 1.0.

    Implausible: control, unassigned and private-use characters; rare symbols (box
    drawing …) and any symbol wedged between letters; a combining mark that starts a
    word; words mixing scripts or flipping from lower to upper case; Latin words of
    four letters or more made mostly of accented letters.

    Returns:
        (share of implausible non-ASCII characters, scripts of the non-ASCII letters).

    Example: ``implausibility("Ïðèâåò ìèð")[0] > 0.5`` (Russian read as windows-1252);
    ``implausibility("Привет мир")[0] == 0.0``.
    """
    bad = total = 0
    scripts: set[str] = set()
    for token in text.split():
        if token.isascii():
            continue
        for i, ch in enumerate(token):
            if ch.isascii():
                continue
            total += 1
            if _odd_character(token, i):
                bad += 1
        for word in _words(token):
            foreign = [ch for ch in word if not ch.isascii()]
            word_scripts = {s for s in map(_script, foreign) if s}
            if any(ch.isascii() and ch.isalpha() for ch in word):
                word_scripts.add("LATIN")
            scripts |= word_scripts
            letters = sum(ch.isalpha() for ch in word)
            flips_case = any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
            if (
                len(word_scripts) > 1
                or not word[0].isalpha()
                or (foreign and flips_case)
                or (word_scripts == {"LATIN"} and letters >= 4 and 2 * len(foreign) > letters)
            ):
                bad += len(foreign)
    return (bad / total if total else 0.0), scripts


def _odd_character(token: str, i: int) -> bool:
    """A control, unassigned or private-use character, a rare symbol, or a symbol
    wedged between two letters ("lâ€™été")."""
    category = unicodedata.category(token[i])
    if category in ("Cc", "Cn", "Co", "Cs"):
        return True
    if not category.startswith("S"):
        return False
    wedged = 0 < i < len(token) - 1 and token[i - 1].isalpha() and token[i + 1].isalpha()
    return wedged or token[i] not in _COMMON_SYMBOLS


def _words(token: str) -> list[str]:
    """Runs of letters and combining marks."""
    words: list[str] = []
    current = ""
    for ch in token:
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            current += ch
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return words
