"""Arabic quotes and framing on the Arabic path (blank ``ar`` tokenizer plus rules).

Inputs are written for these tests in the shape of Arabic wire copy (no copied text)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_doc
from newsprism.extract.framing.arabic import load_arabic_framing
from newsprism.extract.nlp import nlp_for, parse_texts
from newsprism.extract.quotes import extract_quotes

STORY = """حذر وزير الخارجية الأمريكي أنتوني بلينكن من اجتياح رفح خلال لقائه نظيره في واشنطن.
وقال المتحدث باسم وزارة الخارجية ماثيو ميلر إن بلينكن أكد معارضة بلاده لعملية برية واسعة.
وأضاف: «لا نرى طريقة لتحقيق ذلك دون ضرر كبير بالمدنيين».
من جهته، قال وزير الدفاع يوآف غالانت للصحفيين في مؤتمر صحفي إن إسرائيل «لن توقف الحرب».
وأوضحت المتحدثة باسم البيت الأبيض كارين جان بيير أن الرئيس يتابع المفاوضات.
«نحن قلقون جداً»، قالت المتحدثة.
وأكد مصدر أمني أن الهجوم وقع فجر اليوم.
وأكد الوزير دعم بلاده للخطة.
وأشار إلى أن نحو 1.4 مليون شخص يوجدون في رفح.
"""


@pytest.fixture(scope="module")
def quotes() -> list:
    return extract_quotes(nlp_for("ar")(STORY))


def test_reported_speech_with_the_speaker_named_after_the_verb(quotes: list) -> None:
    first = quotes[0]
    assert first.kind == "reported"
    assert first.cue == "قال"
    assert first.speaker == "المتحدث باسم وزارة الخارجية ماثيو ميلر"
    assert first.resolved == "name"
    assert first.text == "بلينكن أكد معارضة بلاده لعملية برية واسعة"
    assert STORY[first.speaker_start : first.speaker_end] == first.speaker


def test_direct_quote_after_a_colon_continues_the_last_speaker(quotes: list) -> None:
    second = quotes[1]
    assert (second.kind, second.cue, second.resolved) == ("direct", "أضاف", "pronoun")
    assert second.text == "لا نرى طريقة لتحقيق ذلك دون ضرر كبير بالمدنيين"
    assert second.speaker == "المتحدث باسم وزارة الخارجية ماثيو ميلر"


def test_adjuncts_between_speaker_and_complementiser_are_skipped(quotes: list) -> None:
    gallant = next(q for q in quotes if "غالانت" in (q.speaker or ""))
    assert gallant.speaker == "وزير الدفاع يوآف غالانت"
    assert gallant.text == "إسرائيل «لن توقف الحرب»"


def test_a_role_after_the_quote_resolves_to_the_person_named_with_it(quotes: list) -> None:
    after = next(q for q in quotes if q.text == "نحن قلقون جداً")
    assert (after.kind, after.cue, after.resolved) == ("direct", "قالت", "role")
    assert after.speaker == "المتحدثة باسم البيت الأبيض كارين جان بيير"


def test_unnamed_source_pronoun_and_noun_object(quotes: list) -> None:
    source = next(q for q in quotes if q.text == "الهجوم وقع فجر اليوم")
    assert (source.speaker, source.resolved) == ("مصدر أمني", "description")
    # "أكد الوزير دعم بلاده" reports a noun, not words: no quote
    assert not any("دعم بلاده" in q.text for q in quotes)
    # "وأشار إلى أن" right after "أكد الوزير": who "he" is cannot be told, so nobody
    last = quotes[-1]
    assert last.text == "نحو 1.4 مليون شخص يوجدون في رفح"
    assert (last.speaker, last.resolved) == (None, "none")


def test_no_speaker_is_invented() -> None:
    doc = nlp_for("ar")("وأضاف أن الاجتماع سيعقد غدا.")
    (quote,) = extract_quotes(doc)
    assert (quote.speaker, quote.resolved) == (None, "none")


FRAMED = """وقالت وزارة الصحة إن قوات الاحتلال قصفت منزلا في رفح، ما أدى إلى استشهاد 12 فلسطينيا.
وأكدت حركة المقاومة الإسلامية (حماس) أن المقاومة ستواصل القتال، \
وزعم الجيش أن المستشفى كان مقرا للإرهابيين.
وأضاف البيان: «الاحتلال يرتكب مجزرة بحق المدنيين».
ويأتي ذلك بعد عقود من الاحتلال الإسرائيلي للضفة الغربية، فيما تطالب الفصائل بالإفراج عن الأسرى.
وبحث الاجتماع سبل مكافحة الإرهاب، واستشهد الوزير بآية قرآنية.
"""


@pytest.fixture(scope="module")
def framing() -> dict:
    return frame_doc(nlp_for("ar")(FRAMED)).as_dict()


def test_arabic_terms_with_their_category_neutral_wording_and_spans(framing: dict) -> None:
    terms = {t["term"]: t for t in framing["terms"]}
    occupation = terms["الاحتلال"]
    assert occupation["category"] == "occupation"
    assert "القوات الإسرائيلية" in occupation["neutral"]
    # the outlet's "قوات الاحتلال" counts; the statement's quoted one is the speaker's
    assert (occupation["count"], occupation["quoted"]) == (1, 1)
    assert [s["text"] for s in occupation["spans"]] == ["قوات الاحتلال", "الاحتلال"]
    assert terms["شهيد"]["spans"][0]["text"] == "استشهاد"
    assert terms["إرهابي"]["spans"][0]["text"] == "للإرهابيين"  # with its proclitic
    assert terms["الأسرى"]["category"] == "captives-hostages"
    assert terms["مجزرة"]["quoted"] == 1


def test_names_and_factual_uses_are_not_framing(framing: dict) -> None:
    terms = {t["term"]: t for t in framing["terms"]}
    resistance = [s["text"] for s in terms["المقاومة"]["spans"]]
    assert resistance == ["المقاومة"]  # once: «حركة المقاومة الإسلامية» is Hamas's name
    occupations = [s["start"] for s in terms["الاحتلال"]["spans"]]
    assert FRAMED.index("الاحتلال الإسرائيلي للضفة") not in occupations  # the occupation of
    assert len(terms["إرهابي"]["spans"]) == 1  # not «مكافحة الإرهاب»
    assert len(terms["شهيد"]["spans"]) == 1  # not «استشهد الوزير بآية» (cited a verse)


def test_loaded_attribution_verbs_are_counted(framing: dict) -> None:
    assert framing["attribution_verbs"] == {"زعم": 1}
    assert framing["neutral_attributions"] == 3
    assert framing["lexicon_version"].startswith("ar ")


def test_every_arabic_entry_has_a_source_and_a_neutral_wording() -> None:
    entries = set(load_arabic_framing().forms.values())
    assert len({e.term for e in entries}) >= 14
    assert all(e.sources for e in entries)
    assert all(e.neutral for e in entries if e.category != "hedge")


def test_each_text_is_parsed_with_its_languages_pipeline() -> None:
    english, arabic = parse_texts(["Miller said the talks would go on.", STORY], ["en", "ar"])
    assert english.lang_ == "en" and arabic.lang_ == "ar"
    assert english.has_annotation("DEP") and not arabic.has_annotation("DEP")
    assert [s.text for s in nlp_for("ar")("قال: «انتهى». وبدأ آخر.").sents] == \
        ["قال: «انتهى».", "وبدأ آخر."]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        # a newspaper's name in guillemets inside the adjunct is not the quote
        ("وأكد الوزير سامي الحربي لـ«الصحيفة» أن المشروع سيكتمل العام المقبل.",
         "الوزير سامي الحربي", "المشروع سيكتمل العام المقبل"),
        # an object noun after the verb ("stressed the need that …") is no speech
        ("وأكد الوزير ضرورة أن يلتزم الجميع بالتعليمات.", None, None),
        ("وأكد المدير حرص الإدارة على أن تكتمل الأعمال قريباً.", None, None),
        # «يذكر أن» is the editor's "it is worth noting", not a quote
        ("يذكر أن المهرجان انطلق قبل عشر سنوات.", None, None),
    ],
)
def test_arabic_quote_shapes_that_are_easy_to_get_wrong(sentence: str, speaker: str | None,
                                                        text: str | None) -> None:  # fmt: skip
    found = extract_quotes(nlp_for("ar")(sentence))
    if text is None:
        assert found == []
    else:
        assert [(q.speaker, q.text) for q in found] == [(speaker, text)]
