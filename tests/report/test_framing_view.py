"""The cross-outlet framing tables of the HTML report: label choice, voices, hedges, words."""

from __future__ import annotations

import copy
from typing import Any

from newsprism.report.framing_view import hedges_and_loaded, label_choice_view, voices_view
from newsprism.report.html import render_html
from tests.report.conftest import A_ID, B_ID, XSS

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"


def _with_label_choice(analysis: dict[str, Any], tag: str = "") -> dict[str, Any]:
    analysis = copy.deepcopy(analysis)
    analysis["schema_version"] = "1.1"
    gallant = {"text": f"the Israeli occupation’s security minister Yoav Gallant{tag}",
               "count": 2, "spans": [{"start": 0, "end": 5}],
               "descriptors": ["Israeli", "occupation", "security", "minister"],
               "terms": [{"term": "Israeli occupation", "neutral": "Israel"}]}  # fmt: skip
    plain = {"text": "Israeli Defense Minister Yoav Gallant", "count": 1, "spans": [],
             "descriptors": ["Israeli", "Defense", "Minister"], "terms": []}  # fmt: skip
    analysis["label_choice"] = {
        "entities": [{"entity_id": "E4", "name": "Yoav Gallant", "type": "PERSON",
                      "outlets": {A_ID: [plain], B_ID: [gallant]}}],
        "terms": [{"term": "captives", "category": "captives-hostages", "neutral": "hostages",
                   "outlets": {A_ID: {"loaded": 0, "neutral": 2, "neutral_forms": {"hostages": 2}},
                               B_ID: {"loaded": 2, "own": 1, "quoted": 1, "neutral": 0,
                                      "neutral_forms": {}}}}],
    }  # fmt: skip
    analysis["voices_heard"] = [
        {"speaker": "Matthew Miller", "entity_id": "E1", "counts": {A_ID: 1, B_ID: 2},
         "only": None},
        {"speaker": f"White House{tag}", "entity_id": "E6", "counts": {B_ID: 1}, "only": B_ID},
    ]  # fmt: skip
    analysis["framing"][B_ID]["hedges"] = [
        {"hedge": "reportedly", "connotation": "doubt", "start": 0, "end": 3,
         "text": f"reportedly{tag}", "in_quote": False}]  # fmt: skip
    analysis["framing"][B_ID]["loaded_words"] = [
        {"start": 0, "end": 3, "text": f"bizarre tirade{tag}", "in_quote": False, "score": 0.91,
         "term": None}]  # fmt: skip
    return analysis


def test_the_views_put_each_outlet_in_its_column(story_analysis) -> None:
    analysis = _with_label_choice(story_analysis)
    view = label_choice_view(analysis, analysis["articles"], ["Al Jazeera", "Al Mayadeen"])
    (gallant,) = view["entities"]
    assert [c[0]["text"] for c in gallant["cells"]] == [
        "Israeli Defense Minister Yoav Gallant",
        "the Israeli occupation’s security minister Yoav Gallant"]  # fmt: skip
    assert gallant["cells"][1][0]["neutral"] == "Israel"
    (captives,) = view["terms"]
    assert [c["loaded"] for c in captives["cells"]] == [0, 1]
    assert [c["quoted"] for c in captives["cells"]] == [0, 1]  # no "quoted" reads as 0
    assert captives["cells"][0]["forms"] == "hostages ×2"
    voices = voices_view(analysis, analysis["articles"], ["Al Jazeera", "Al Mayadeen"])
    assert [(v["speaker"], v["cells"], v["only"]) for v in voices] == [
        ("Matthew Miller", [1, 2], None), ("White House", [0, 1], "Al Mayadeen")]  # fmt: skip


def test_the_report_shows_label_choice_hedges_and_loaded_words(story_analysis) -> None:
    page = render_html(_with_label_choice(story_analysis))
    assert 'id="label-choice"' in page and 'id="voices-heard"' in page
    assert "the Israeli occupation’s security minister Yoav Gallant" in page
    assert "(neutral: Israel)" in page
    assert "captives</bdi> ×1 <span class=\"muted\">(+1 quoted)</span>" in page
    assert "bizarre tirade" in page and "reportedly" in page


def test_a_sources_word_in_reported_speech_is_listed_after_the_outlets_own() -> None:
    frame = {"loaded_words": [
        {"text": "disgraceful", "score": 0.9, "in_quote": False, "speaker": "John Smith"},
        {"text": "fulsome", "score": 0.8, "in_quote": True, "speaker": "John Kirby"},
        {"text": "bizarre tirade", "score": 0.4, "in_quote": False}]}  # fmt: skip
    loaded = hedges_and_loaded(frame)["loaded"]
    assert [(w["text"], w["speaker"]) for w in loaded] == [
        ("bizarre tirade", ""),
        ("disgraceful", "John Smith"),
        ("fulsome", "John Kirby"),
    ]


def test_an_analysis_without_label_choice_still_renders(story_analysis) -> None:
    page = render_html(story_analysis)  # schema 1.0: no label_choice, no hedges
    assert 'id="framing"' in page and 'id="label-choice"' in page
    assert "No entity is named by two outlets." in page


def test_label_choice_strings_are_escaped(story_analysis) -> None:
    page = render_html(_with_label_choice(story_analysis, f" {XSS}"))
    assert XSS not in page
    body = page.split("<body>", 1)[1]
    for text in ("Yoav Gallant", "White House", "reportedly", "bizarre tirade"):
        assert f"{text} {ESCAPED}" in body, text


def test_the_text_report_shows_label_choice_hedges_and_loaded_words(story_analysis) -> None:
    """The text report lists what the HTML report shows: the learned detector's words
    (a source's word names the source), hedges, and the words each outlet uses for one
    referent (a reader of session 16 found them only in the JSON)."""
    from tests.report.test_text import _render

    analysis = _with_label_choice(story_analysis, tag="[red]x[/red]")
    analysis["framing"][B_ID]["loaded_words"].append(
        {"start": 4, "end": 9, "text": "jeopardize", "in_quote": False, "score": 0.66,
         "speaker": "the Prime Minister's office", "term": None})  # fmt: skip
    text = _render(analysis)
    assert "Loaded words (learned detector) and hedges" in text
    assert "bizarre tirade[red]x[/red] 0.91" in text  # markup prints literally
    assert "jeopardize 0.66 (the Prime Minister's office's)" in text
    assert "reportedly[red]x[/red]" in text
    assert "Words for the same thing" in text
    assert "Israeli Defense Minister Yoav Gallant ×1" in text
    assert "→ Israel" in text
    assert "“captives” ×1 (+1 quoted)" in text and "hostages ×2" in text


def test_a_term_cell_shows_the_words_the_outlet_wrote(story_analysis) -> None:
    """A term stands for its family: the NYT's "illegal immigrants" counts under
    "illegal alien", and a cell that printed the family's name read as if the NYT had
    written it (session 19's reading); a term only quoted is no own-voice framing."""
    from tests.report.test_text import _render

    analysis = _with_label_choice(story_analysis)
    analysis["framing"][B_ID]["terms"][1]["spans"] = [
        {"start": 0, "end": 8, "text": "Captive people", "in_quote": False},
        {"start": 9, "end": 20, "text": "the captive", "in_quote": True}]  # fmt: skip
    analysis["framing"][B_ID]["terms"].append(
        {"term": "amnesty", "category": "us-politics", "neutral": "legal status", "count": 0,
         "quoted": 1, "spans": [{"start": 0, "end": 7, "text": "amnesty", "in_quote": True}]})
    view = label_choice_view(analysis, analysis["articles"], ["Al Jazeera", "Al Mayadeen"])
    cells = view["terms"][0]["cells"]
    assert [(c["written"], c["quoted_written"]) for c in cells] == [
        ("", ""), ("“Captive people”", "“the captive”")]  # fmt: skip
    text = _render(analysis)
    assert "“Captive people” ×1 (+1 quoted: “the captive”)" in text
    framing = " ".join(text.split("Framing")[1].split("Loaded words")[0].split())
    assert "captives (as “Captive people”)" in framing
    assert "amnesty" not in framing  # only a source's word
    page = render_html(analysis)
    assert "<bdi>“Captive people”</bdi> ×1" in page and "quoted: <bdi>“the captive”</bdi>" in page
    analysis["framing"][B_ID]["terms"][1]["spans"][0]["text"] = "Captives"
    framing = _render(analysis).split("Framing")[1].split("Loaded words")[0]
    assert "captives [captives-hostages]" in " ".join(framing.split())  # the term, plural


def test_a_speakers_word_and_an_outlet_that_never_speaks_of_it(story_analysis) -> None:
    """Session 21 (session-20 readers): Al Jazeera's "Hamas" is inside Miller's quoted
    statement, so it is shown as a quotation's word, in the entity row and among the
    neutral forms; an outlet that uses neither a term nor its neutral form is shown "–",
    not "×0", which read as a choice about a thing it never mentions."""
    from tests.report.test_text import _render

    analysis = _with_label_choice(story_analysis)
    hamas = {"text": "Hamas", "count": 1, "spans": [], "descriptors": [], "terms": [],
             "quoted": True}  # fmt: skip
    resistance = {"text": "the Palestinian Resistance movement, Hamas", "count": 1,
                  "spans": [], "descriptors": ["Palestinian", "Resistance", "movement"],
                  "terms": [], "quoted": False}  # fmt: skip
    analysis["label_choice"]["entities"].append(
        {"entity_id": "E5", "name": "Hamas", "type": "ORG",
         "outlets": {A_ID: [hamas], B_ID: [resistance]}})  # fmt: skip
    captives = analysis["label_choice"]["terms"][0]["outlets"]
    captives[A_ID] = {"loaded": 0, "own": 0, "quoted": 0, "neutral": 0, "neutral_forms": {},
                      "neutral_quoted": {}, "speaks": False}  # fmt: skip
    analysis["label_choice"]["terms"].append(
        {"term": "Palestinian Resistance", "category": "resistance", "neutral": "Hamas",
         "outlets": {A_ID: {"loaded": 0, "own": 0, "quoted": 0, "neutral": 1,
                            "neutral_forms": {"Hamas": 1}, "neutral_quoted": {"Hamas": 1},
                            "speaks": True},
                     B_ID: {"loaded": 2, "own": 2, "quoted": 0, "neutral": 1,
                            "neutral_forms": {"Hamas": 1}, "neutral_quoted": {},
                            "speaks": True}}})  # fmt: skip
    text = " ".join(_render(analysis).split())
    assert "Hamas ×1 (in a quotation)" in text
    assert "Resistance movement, Hamas ×1 (in a quotation)" not in text
    labels = text.split("Words for the same thing")[1]
    assert "captives → hostages – “captives” ×1" in labels
    assert "“captives” ×0" not in labels
    page = render_html(analysis)
    assert "Hamas <span class=\"muted\">(in a quotation)</span>" in page
    assert "<td><span class=\"muted\">–</span></td>" in page
