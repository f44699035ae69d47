"""Bytes -> text: every encoding a news file arrives in, and a clear code when it cannot."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest

from newsprism.errors import IngestError
from newsprism.ingest import IngestOptions, read_path
from newsprism.ingest.decode import decode_bytes, implausibility, sniff_binary
from newsprism.models import IngestFailure, RawDocument

ARABIC = (
    "قال وزير الخارجية الأمريكي، يوم الثلاثاء، إن الولايات المتحدة تعارض أي عملية عسكرية "
    "واسعة في رفح. وأضاف أن هناك بدائل أفضل؛ فهل ستستمع إسرائيل؟"
)
ARABIC_SHORT = "مرحبا بالعالم"
FRENCH = "café – naïve"
GERMAN = "Größe über Äpfel, Straße."
RUSSIAN = "Привет мир, как дела? Сегодня хорошая погода в Москве."
HEBREW = "שלום עולם, מה שלומך היום? מזג האוויר טוב בירושלים."
TURKISH = "Türkiye'de bugün hava çok güzel, İstanbul'da güneşli. Şimdi ğ ı."
CHINESE = "北京今天天气很好，我们去公园散步吧。新闻报道说明天会下雨。"
JAPANESE = "東京は今日とても良い天気です。ニュースによると明日は雨です。"
KOREAN = "서울은 오늘 날씨가 아주 좋습니다. 뉴스에 따르면 내일은 비가 옵니다."


def _random_high_bytes(seed: int, size: int = 3000) -> bytes:
    """Bytes 0x80-0xFF with spaces: no NULs or controls, yet text in no encoding."""
    rnd = random.Random(seed)
    return bytes(rnd.randrange(0x80, 0x100) if rnd.random() < 0.8 else 0x20 for _ in range(size))


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (ARABIC, ARABIC.encode("utf-8"), "utf-8"),
        (FRENCH, codecs.BOM_UTF8 + FRENCH.encode("utf-8"), "utf-8-sig"),
        (FRENCH, FRENCH.encode("utf-16"), "utf-16"),  # BOM written by the codec
        (FRENCH, codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), "utf-16"),
        (ARABIC, codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16"),
        (ARABIC, ARABIC.encode("cp1256"), "windows-1256"),
        (ARABIC_SHORT, ARABIC_SHORT.encode("cp1256"), "windows-1256"),
        (FRENCH, FRENCH.encode("cp1252"), "windows-1252"),
        (RUSSIAN, RUSSIAN.encode("cp1251"), "windows-1251"),
        (RUSSIAN, RUSSIAN.encode("koi8-r"), "koi8-r"),
        (HEBREW, HEBREW.encode("cp1255"), "windows-1255"),
        (TURKISH, TURKISH.encode("iso-8859-9"), "iso-8859-9"),
        (CHINESE, CHINESE.encode("gb18030"), "gb18030"),
        (JAPANESE, JAPANESE.encode("shift_jis"), "shift_jis"),
        (KOREAN, KOREAN.encode("euc-kr"), "euc-kr"),
    ],
    ids=[
        "utf8-arabic", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-arabic",
        "cp1256-arabic", "cp1256-short", "cp1252-french", "cp1251-russian", "koi8r-russian",
        "cp1255-hebrew", "latin5-turkish", "gb18030", "shift-jis", "euc-kr",
    ],
)  # fmt: skip
def test_decodes_to_the_same_text(text: str, data: bytes, encoding: str) -> None:
    decoded, used = decode_bytes(data)
    assert decoded == text
    assert used == encoding


@pytest.mark.parametrize("text", [GERMAN, "Ça coûte 10 £, déjà vu à l'été."])
def test_latin1_decodes_to_the_same_text(text: str) -> None:
    # windows-1252 is a superset of Latin-1 for text (0x80-0x9F are C1 controls in
    # Latin-1, never used in prose), so either name is right; the text must be exact.
    decoded, used = decode_bytes(text.encode("latin-1"))
    assert decoded == text
    assert used in {"windows-1252", "iso-8859-1", "iso-8859-15"}


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04" + bytes(30), "ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"\x1f\x8b\x08\x00" + bytes(16), "gzip data"),
        (bytes(random.Random(3).randrange(256) for _ in range(512)) + b"\x00", "NUL bytes"),
        (b"text" + bytes(range(1, 8)) * 20, "control bytes"),
    ],
    ids=["png", "pdf", "zip", "jpeg", "gzip", "random-with-nul", "controls"],
)
def test_binary_is_refused_naming_its_kind(data: bytes, kind: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode_bytes(data)
    assert caught.value.code == "E101"
    assert kind in str(caught.value)
    assert kind in sniff_binary(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b" \n", " \n\t".encode("utf-16")],
    ids=["empty", "whitespace", "bom-only", "bom-whitespace", "utf16-whitespace"],
)
def test_empty_or_whitespace_only_is_e102(data: bytes) -> None:
    with pytest.raises(IngestError) as caught:
        decode_bytes(data)
    assert caught.value.code == "E102"


@pytest.mark.parametrize(
    "data",
    [_random_high_bytes(1), _random_high_bytes(2), bytes(range(0x80, 0x100)) * 4],
    ids=["random-1", "random-2", "every-high-byte"],
)
def test_truly_undecodable_is_e103_naming_what_was_tried(data: bytes) -> None:
    with pytest.raises(IngestError) as caught:
        decode_bytes(data)
    assert caught.value.code == "E103"
    assert "not UTF-8" in str(caught.value)
    assert "windows-1256" in str(caught.value)


def test_declared_charset_is_honoured_when_not_utf8() -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    decoded, used = decode_bytes(page.encode("cp1256"))
    assert ARABIC in decoded
    assert used == "cp1256"


def test_a_wrong_legacy_declaration_is_overruled_by_plausibility() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{ARABIC}</p></body></html>'
    decoded, used = decode_bytes(page.encode("cp1256"))
    assert ARABIC in decoded
    assert used == "windows-1256"


def test_every_declaration_is_tried_until_one_fits() -> None:
    page = (
        '<html><head><script charset="UTF-8" src="x.js"></script>'
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
        "</head><body><p>Ziemniaki na szóstej, surówka na dziesiątej. WIADOMOŚCI</p></body>"
    )
    decoded, used = decode_bytes(page.encode("iso-8859-2"))
    assert "WIADOMOŚCI" in decoded and "dziesiątej" in decoded
    assert used == "iso8859-2"


def test_declared_latin1_reads_windows1252_punctuation_as_browsers_do() -> None:
    page = '<meta charset="iso-8859-1"><p>Die Firma nennt es \x84Ahnungslosigkeit\x93 \x96 so.</p>'
    decoded, used = decode_bytes(page.encode("latin-1"))
    assert "„Ahnungslosigkeit“ – so." in decoded
    assert used == "windows-1252"


def test_valid_utf8_beats_a_wrong_declaration() -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{FRENCH}</p></body></html>'
    decoded, used = decode_bytes(page.encode("utf-8"))
    assert FRENCH in decoded
    assert used == "utf-8"


def test_a_declared_utf16_without_bom_does_not_turn_ascii_into_cjk() -> None:
    feed = b'<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>News</title></channel>'
    decoded, _ = decode_bytes(feed)
    assert decoded.startswith('<?xml version="1.0"')


def test_utf8_cut_inside_its_last_character_stays_utf8() -> None:
    data = ARABIC.encode("utf-8")[:-1]  # the last letter is two bytes: keep only one
    decoded, used = decode_bytes(data)
    assert used == "utf-8"
    assert decoded == ARABIC[:-1]


def test_stray_windows1252_byte_in_utf8_keeps_the_utf8_text() -> None:
    data = "Le café est très bon, l’été.".encode() + b" Caf\xe9."
    decoded, used = decode_bytes(data)
    assert decoded == "Le café est très bon, l’été. Café."
    assert used.startswith("utf-8")


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        (RUSSIAN, True),
        (ARABIC, True),
        (FRENCH, True),
        ("Ïðèâåò ìèð, êàê äåëà", False),  # Russian read as windows-1252
        ("ãÑÍÈÇ ÈÇáÚÇáã", False),  # Arabic read as windows-1252
        ("cafй – naпve", False),  # French read as windows-1251
        ("⌠▄▀·┌м█║⌠З┌ф┌д┌Ю", False),  # Japanese read as KOI8-R
    ],
)
def test_implausibility_tells_real_words_from_a_wrong_decoding(text: str, plausible: bool) -> None:
    score, _ = implausibility(text)
    assert (score <= 0.2) is plausible


# -- through real files ----------------------------------------------------------------


def _read_one(path: Path) -> RawDocument | IngestFailure:
    items = list(read_path(path, IngestOptions()))
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    ("name", "text", "codec", "encoding"),
    [
        ("arabic.txt", ARABIC, "cp1256", "windows-1256"),
        ("french.txt", FRENCH, "cp1252", "windows-1252"),
        ("arabic16.txt", ARABIC, "utf-16", "utf-16"),
        ("bom.txt", FRENCH, "utf-8-sig", "utf-8-sig"),
    ],
)
def test_files_decode_to_the_same_text(
    tmp_path: Path, name: str, text: str, codec: str, encoding: str
) -> None:
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    doc = _read_one(path)
    assert isinstance(doc, RawDocument)
    assert doc.content == text
    assert doc.encoding == encoding


def test_arabic_windows1256_file_is_stored_as_the_same_arabic(fresh_store, tmp_path: Path) -> None:
    from newsprism.pipeline import ingest_paths

    path = tmp_path / "rafah.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    report = ingest_paths([path], fresh_store)
    assert report.ok, report.failures
    (article,) = fresh_store.iter_articles()
    assert article.text == ARABIC
    assert article.raw == ARABIC
    assert article.encoding == "windows-1256"
    assert article.language == "ar"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "E101"),
        (b"", "E102"),
        (" \n".encode("utf-16"), "E102"),
        (_random_high_bytes(5), "E103"),
    ],
    ids=["png", "empty", "utf16-blank", "undecodable"],
)
def test_bad_files_fail_with_their_code_and_path(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    failure = _read_one(path)
    assert isinstance(failure, IngestFailure)
    assert failure.code == code
    assert failure.location == str(path)


def test_jsonl_lines_in_windows1256_decode_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"text": f"{ARABIC} {n}"}, ensure_ascii=False) for n in range(30)]
    data = b"\n".join(line.encode("cp1256") for line in lines)
    # One line in UTF-8 among them: each line is decoded on its own.
    data += b"\n" + json.dumps({"text": RUSSIAN}, ensure_ascii=False).encode("utf-8") + b"\n"
    path.write_bytes(data)
    items = list(read_path(path, IngestOptions()))
    assert [i.content for i in items] == [f"{ARABIC} {n}" for n in range(30)] + [RUSSIAN]
    assert [i.encoding for i in items] == ["windows-1256"] * 30 + ["utf-8"]


@pytest.mark.parametrize(
    ("prefer", "encoding"),
    [(None, "windows-1256"), ("windows-1256", "windows-1256"), ("windows-1251", "windows-1256")],
    ids=["no-hint", "right-hint", "wrong-hint-overruled"],
)
def test_a_preferred_encoding_is_kept_only_when_plausible(prefer, encoding: str) -> None:
    decoded, used = decode_bytes(ARABIC.encode("cp1256"), prefer=prefer)
    assert (decoded, used) == (ARABIC, encoding)
