"""An Arabic sentence is not cut at a decimal point written as a full stop."""

from __future__ import annotations

from newsprism.compare.crosslang import sentences


def _texts(text: str) -> list[str]:
    return [clause for _, _, _, clause in sentences(text)]


def test_a_decimal_point_stays_inside_its_sentence() -> None:
    text = "ارتفع سعر الوقود إلى 2.75 دولار للتر. وقال الوزير إن الحكومة ستتدخل قريبا."
    found = _texts(text)
    assert len(found) == 2
    assert "2.75" in found[0]


def test_a_full_stop_after_a_number_still_ends_the_sentence() -> None:
    text = "افتتح الجسر الجديد عام 2018. وكلف بناؤه أكثر من مليار دولار."
    found = _texts(text)
    assert len(found) == 2
    assert found[0].endswith("2018.")


def test_question_marks_and_line_ends_still_cut() -> None:
    text = "هل ستعود الرحلات الجوية غدا؟ لم تعلن الشركة شيئا بعد\nوأغلق المطار أبوابه مساء أمس."
    assert len(_texts(text)) == 3


def test_offsets_point_at_the_clause_with_its_decimal() -> None:
    text = "سجل اللاعب 7.5 نقاط في المتوسط خلال الموسم الماضي."
    ((_, start, end, clause),) = sentences(text)
    assert text[start:end] == clause
    assert "7.5" in clause
