"""Arabic cleaning: month series, Hijri dates, Arabic-Indic digits, named local times,
credits and tags glued to lines, agency datelines, windows-1256 files.

Every input is written for these tests in the shape of real Saudi, Gulf and Levantine
pages (no article text is copied)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsprism.clean import clean_document
from newsprism.clean.dates import find_stamps
from newsprism.clean.dates_arabic import find_arabic_dates, find_clock_times
from newsprism.clean.outlets import find_outlet_in_text, load_outlet_table
from newsprism.clean.text import clean_lines
from newsprism.cli import cli
from newsprism.models import RawDocument


@pytest.mark.parametrize(
    ("line", "original", "day"),
    [
        # Egyptian/Gulf and Levantine names of one month, alone and together
        ("وصل الوفد يوم الأحد 19 يوليو 2015 إلى جدة", "يوم الأحد 19 يوليو 2015", "2015-07-19"),
        ("عقد الاجتماع في 3 تموز 2015 في بيروت", "3 تموز 2015", "2015-07-03"),
        ("منذ 19 يوليو/ تموز 2015", "19 يوليو/ تموز 2015", "2015-07-19"),
        ("في أوائل 4 مايو (أيار) 2015 الماضي", "4 مايو (أيار) 2015", "2015-05-04"),
        ("تنتهي المهلة في 31 كانون الأول 2024", "31 كانون الأول 2024", "2024-12-31"),
        ("صدر القرار في 2 تشرين الثاني 2023", "2 تشرين الثاني 2023", "2023-11-02"),
        ("وقعت الاتفاقية في 14 جويلية 2022 بالجزائر", "14 جويلية 2022", "2022-07-14"),
        ("الـ12 من أغسطس 2015", "الـ12 من أغسطس 2015", "2015-08-12"),
        # Arabic-Indic digits
        ("المؤتمر يوم ١١ أغسطس ٢٠١٥ في لندن", "١١ أغسطس ٢٠١٥", "2015-08-11"),
        # Hijri by month name and in numbers (Umm al-Qura)
        ("بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس", "25 شوال 1436 هـ", "2015-08-10"),
        ("نفذ الحكم اليوم الخميس 7/ 10/ 1436هـ بالقصيم", "الخميس 7/ 10/ 1436هـ", "2015-07-23"),
        ("صدر بتاريخ ١٤/١/١٤٢٤ه ليكون", "١٤/١/١٤٢٤ه", "2003-03-17"),
        ("التعميم رقم 55 وتاريخ 1436/10/25هـ", "1436/10/25هـ", "2015-08-10"),
        ("في 1 رمضان 1445 هـ بدأ الصيام", "1 رمضان 1445 هـ", "2024-03-11"),
        ("حتى 10 ذي الحجة 1436 هـ", "10 ذي الحجة 1436 هـ", "2015-09-23"),
    ],
)
def test_arabic_dates_found_with_their_printed_form(line: str, original: str, day: str) -> None:
    stamps = find_stamps(line, source="t")
    assert [s.original for s in stamps][:1] == [original]
    assert stamps[0].value.date().isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "تختتم العروض الأحد 10 شوال بعرض مسرحي",  # no year
        "استقبل المركز 1436 طالبا في 12 مدرسة",  # numbers, not a date
        "التقى 30 رمضان 1436 هـ",  # Ramadan 1436 has 29 days (Umm al-Qura)
        "في الفترة من يونيو 2014 إلى يناير 2015",  # month and year only
        "كان ذلك في 5 رمضان 2015",  # a Hijri month with a Gregorian year
    ],
)
def test_no_date_where_none_is_written(line: str) -> None:
    assert find_arabic_dates(line) == []


def test_both_calendars_on_one_line_give_the_same_day() -> None:
    stamps = find_stamps("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", source="t")
    assert [s.value.date() for s in stamps] == [dt.date(2015, 8, 11)] * 2


def test_stamp_with_named_local_time_is_normalised_to_utc_keeping_the_original() -> None:
    line = "نشر في 3 كانون الثاني 2024 - 10:30 مساءً بتوقيت القدس"
    (stamp,) = find_stamps(line, source="t")
    assert stamp.role == "published"
    assert stamp.original == "3 كانون الثاني 2024 - 10:30 مساءً بتوقيت القدس"
    assert stamp.utc_iso() == "2024-01-03T20:30:00Z"
    assert stamp.zone_name() == 'Asia/Jerusalem ("بتوقيت القدس")'


@pytest.mark.parametrize(
    ("line", "utc"),
    [
        ("وقع الزلزال الساعة 18:44 مساء يوم الجمعة بتوقيت مكة المكرمة", "15:44"),
        ("تحركت الطائرة حوالي الساعة التاسعة مساء بتوقيت مكة المكرمة", "18:00"),
        ("تبدأ المباراة في الساعة السابعة مساءً بتوقيت جرينتش", "19:00"),
        ("انطلقت القافلة الساعة الحادية عشرة والنصف ليلاً بتوقيت غرينتش", "23:30"),
        ("يبدأ البث الساعة 9 صباحاً بتوقيت القاهرة", "06:00"),  # Cairo, summer 2024: UTC+3
    ],
)
def test_clock_times_with_named_zones(line: str, utc: str) -> None:
    (clock,) = find_clock_times(line)
    assert clock.utc_time(dt.date(2024, 7, 24)) == utc
    assert clock.original in line


def test_no_clock_time_without_a_named_zone() -> None:
    assert find_clock_times("وقع الزلزال الساعة 04:44 فجر السبت بالتوقيت المحلي") == []
    assert find_clock_times("أصيب 5 بتوقيت مكة") == []  # a count, not «الساعة 5»


SPA_STORY = """بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس
يواصل مهرجان التمور في المدينة فعالياته اليومية بمشاركة عدد كبير من المزارعين.
وأوضح مدير المهرجان أن حجم المبيعات ارتفع هذا العام مقارنة بالعام الماضي.
// انتهى //
20:26 ت م
"""


def test_agency_dateline_and_closing_time_make_the_publication_time() -> None:
    article = clean_document(RawDocument("spa.txt", SPA_STORY, "text", meta={"title": "عام"}))
    assert article.published_at == "2015-08-10T17:26:00Z"
    assert article.published_at_original == "25 شوال 1436 هـ … 20:26 ت م"
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["// انتهى //"] == "end-marker"
    assert reasons["20:26 ت م"] == "time-stamp"
    assert reasons[SPA_STORY.splitlines()[0]] == "dateline"
    assert article.text.startswith("يواصل مهرجان") and "انتهى" not in article.text


GLUED = """تعطل حركة المرور في طريق الملك فهد بعد حادث
سبق- متابعة: تعطلت حركة المرور صباح اليوم في طريق الملك فهد إثر حادث تصادم بين ثلاث مركبات.
وأوضح المتحدث باسم المرور أن الفرق باشرت الحادث وأعادت فتح الطريق بعد ساعتين. \
سمات المرور الرياض حادث
"""


def test_credit_before_the_first_sentence_and_tags_after_the_last_are_cut() -> None:
    result = clean_lines(GLUED)
    assert result.title == "تعطل حركة المرور في طريق الملك فهد بعد حادث"
    assert result.paragraphs[0].startswith("تعطلت حركة المرور")
    assert result.paragraphs[-1].endswith("بعد ساعتين.")
    removed = {(r.text, r.reason) for r in result.removed}
    assert ("سبق- متابعة:", "byline-credit") in removed
    assert ("سمات المرور الرياض حادث", "tags") in removed


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("حنان الحامدي – متابعات", "byline-credit"),
        ("ناصر الطميحي ـ جدة", "byline-credit"),
        ("اقرأ أيضاً: ارتفاع أسعار النفط في الأسواق الآسيوية", "read-more"),
        ("...المزيد", "read-more"),
        ("تم نسخ الرابط", "share-link"),
        ("الرابط المختصر", "share-link"),
        ("أضف تعليقك", "comment-form"),
        ("لا توجد تعليقات", "comment-form"),
        ("الكلمات المفتاحية: غزة، رفح، مجلس الأمن", "navigation"),
        ("رابط الخبر بصحيفة الوئام: ارتفاع مؤشر السوق", "link-credit"),
        ("للتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (48) ثم مسافة", "author-contact"),
        ("تصوير: محمد العلي", "image-credit"),
    ],
)
def test_arabic_boilerplate_lines(line: str, reason: str) -> None:
    text = f"ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار أوبك.\n{line}\n" \
           "وقال محللون إن الأسعار قد تواصل الارتفاع خلال الأسبوع المقبل."
    result = clean_lines(text, find_title=False)
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        # Article sentences that start like debris stay.
        "وقال المتحدث - في مؤتمر صحفي عقده اليوم: إن الوزارة ستعلن النتائج غدا.",
        "سمات الشخصية القيادية كثيرة، وأهمها الصبر والقدرة على الاستماع.",
        "التعليقات التي نشرها الوزير على حسابه أثارت جدلا واسعا في البرلمان.",
    ],
)
def test_arabic_sentences_that_look_like_debris_are_kept(line: str) -> None:
    text = f"ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار أوبك.\n{line}\n" \
           "وقال محللون إن الأسعار قد تواصل الارتفاع خلال الأسبوع المقبل."
    assert clean_lines(text, find_title=False).removed == []


def test_a_closing_phrase_that_continues_the_prose_is_not_a_caption() -> None:
    text = ("• لن نكون أبداً إلا صفاً واحداً مع وطننا مهما كانت الظروف ومهما كان الثمن الذي "
            "ندفعه في سبيل ذلك، فهذا عهدنا الذي لا نحيد عنه. وهي خاتمتي ودمتم")
    assert clean_lines(f"مقدمة المقال هنا.\n{text}", find_title=False).removed == []


@pytest.mark.parametrize(
    ("link", "outlet"),
    [
        ("http://www.aleqt.com/2015/07/21/article_1.html", "Al Eqtisadiah"),
        ("https://ara.tv/k3j9x", "Al Arabiya"),
        ("https://aja.me/b3x9k", "Al Jazeera Arabic"),
        ("https://www.spa.gov.sa/1234567", "Saudi Press Agency"),
        ("http://www.3alyoum.com/?p=1", "Ain Alyoum"),
        ("https://www.okaz.com.sa/news/local/1", "Okaz"),
    ],
)
def test_arabic_outlets_from_domains_and_short_links(link: str, outlet: str) -> None:
    assert load_outlet_table().lookup_url(link).outlet == outlet
    assert find_outlet_in_text(f"للمزيد: {link}").outlet == outlet


def test_windows_1256_file_is_decoded_cleaned_and_dated(tmp_path: Path) -> None:
    page = ("تعطل حركة المرور في طريق الملك فهد\n\n"
            "عبدالله العلي- سبق- الرياض: تعطلت حركة المرور صباح الأحد 26 يوليو 2015 في طريق "
            "الملك فهد إثر حادث تصادم بين ثلاث مركبات، وفق ما أعلنه المرور عند الساعة "
            "09:15 بتوقيت مكة المكرمة.\n\nاقرأ أيضاً: افتتاح جسر جديد في جدة\n")  # fmt: skip
    path = tmp_path / "sabq.txt"
    path.write_bytes(page.encode("cp1256"))
    db = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(cli, ["articles", "--db", str(db), "--format", "json"])
    (article,) = json.loads(listed.output)
    assert article["encoding"] == "windows-1256"
    assert article["title"] == "تعطل حركة المرور في طريق الملك فهد"
    assert article["text"].startswith("تعطلت حركة المرور صباح الأحد 26 يوليو 2015")
    assert {r["reason"] for r in article["removed"]} == {"title", "byline-credit", "read-more"}
    assert article["language"] == "ar"
