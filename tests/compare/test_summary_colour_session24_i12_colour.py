"""A report's colour sentence is no unique summary line (session 24, compare/colour.py):
the New York Post's "Vaccinated Americans can now breathe a big, deep sigh of relief."
(NeuS raw row 489) opened its report and was the story's second line. A sentence with a
checkable anchor, or with no own-voice mark, stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.compare import colour
from newsprism.compare.colour import checkable, colour_line, figure_of_speech
from newsprism.compare.story import analyze_story
from newsprism.models import Claim
from newsprism.pipeline import clean_paths

# NeuS raw row 489 (AllSides 6096), as scripts/neus_raw_inputs.py writes it
DATE = "2021-04-27T13:15:00-07:00"
R489 = {
    "left": ("CDC unveils new mask guidance for fully vaccinated Americans",
             "The Centers for Disease Control and Prevention (CDC) unveiled updated "
             "guidelines on Tuesday detailing activities that vaccinated people can safely "
             "resume, including attending small outdoor gatherings without the need to wear "
             "a mask.\n\nThe new \"interim public health recommendations\" detail a variety "
             "of situations in which individuals who have been fully vaccinated against "
             "COVID-19 can forgo wearing a mask, but urged the continued use of face "
             "coverings in most indoor settings and in crowded outdoor areas.\n\n\"Today is "
             "another day we can take a step back to the normalcy of...",
             "CBS News (Online)",
             "https://www.cbsnews.com/news/cdc-guidance-face-mask-outdoors-vaccinated-americans/"),
    "center": ("CDC: Fully vaccinated people don't need to wear masks outside",
               "Fully vaccinated people can venture outdoors without masks, according to "
               "updated guidance from the Centers for Disease Control and Prevention issued "
               "Tuesday.\n\nThe big picture: The guidelines come as more than nearly 29% of "
               "people in the U.S. have been fully vaccinated and more than 42% have received "
               "at least one dose.\n\n15 governors so far have let their state orders "
               "requiring people to wear face coverings in public expire, according to U.S. "
               "News. Many cities and local jurisdictions have also begun to increase "
               "capacity at restaurants and businesses....",
               "Axios", "https://www.axios.com/biden-cdc-coronavirus-guidance-masks-"
               "190a4299-05f1-4690-b4c5-d7c4e2c2f38f.html"),
    "right": ("CDC announces updated COVID-19 mask guidelines",
              "Vaccinated Americans can now breathe a big, deep sigh of relief.\n\nPeople who "
              "have had all their COVID-19 shots can go outside without wearing a mask unless "
              "they’re in large gatherings, the CDC said in updated guidance Tuesday.\n\nNew "
              "York Gov. Andrew Cuomo said after the announcement that the state will "
              "immediately adopt the agency’s guidance, calling it “liberating.”\n\nThose who "
              "have received both doses of the Pfizer or Moderna immunizations — or the "
              "single-shot Johnson & Johnson vaccine — can be outdoors without a "
              "face-covering when walking, running or...",
              "New York Post (News)",
              "https://nypost.com/2021/04/27/cdc-announces-updated-covid-19-mask-guidelines/"),
}
SIGH = "Vaccinated Americans can now breathe a big, deep sigh of relief."


def _summary_texts(tmp_path: Path) -> list[str]:
    for side, (title, text, source, url) in R489.items():
        item = {"title": title, "text": text, "source": source, "date": DATE, "url": url}
        (tmp_path / f"{side}.json").write_text(json.dumps(item), encoding="utf-8")
    articles, _ = clean_paths([str(p) for p in sorted(tmp_path.glob("*.json"))])
    return [line["text"] for line in analyze_story(articles).as_dict()["summary"]]


def test_the_posts_colour_opening_is_no_summary_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the whole pipeline (ingest, parse, align, framing, summary): the Post's
    colour line is out, the CBS lead still opens; without the test it is back."""
    lines = _summary_texts(tmp_path)
    assert SIGH not in lines
    assert lines[0].startswith("The Centers for Disease Control and Prevention (CDC) unveiled")
    monkeypatch.setattr(colour, "COLOUR_RULE", False)
    assert SIGH in _summary_texts(tmp_path)


@pytest.mark.parametrize("text", [
    SIGH,
    "It has been a long, hard road for the country.",
    "It is a number that once seemed unimaginable.",  # NYT, NeuS raw row 343
])
def test_nothing_to_check(text: str) -> None:
    assert not checkable(text)


@pytest.mark.parametrize("text", [
    # a named actor, a date, a number, a reported statement, a quotation
    "Mayorkas dodged the question.",
    "The Senate scrambled on Tuesday to avert a shutdown.",
    "Some 15 governors have let their mask orders expire.",
    "The agency said the rules were a mess.",
    "Critics called the plan “a disaster.”",
    "Officials have been slammed over the chaotic withdrawal from Afghanistan.",
])
def test_a_checkable_anchor(text: str) -> None:
    assert checkable(text)


def test_colour_needs_an_own_voice_mark() -> None:
    """A plain sentence with no anchor is not colour by its wording alone: one outlet's
    vague fact stays a line; the same sentence with a loaded word in it is colour."""
    claim = _claim(SIGH)
    assert not colour_line(claim, [])
    assert colour_line(claim, [(49, 53)])  # "sigh", the detector's loaded word
    assert not colour_line(claim, [(70, 75)])  # a mark in another sentence


def _claim(text: str) -> Claim:
    return Claim(id="a:c1", article_id="a", text=text, sentence_index=0, start=0,
                 end=len(text))


@pytest.mark.parametrize(("text", "word"), [
    (SIGH, "sigh"),
    ("These allegations are baseless.", "baseless"),  # National Review, NeuS row 140
    ("It’s a somewhat brazen — and welcome — move.", "brazen"),  # LA Times, row 140
    ("As with those before it, the latest appraisal was both alarming and unsurprising.",
     "alarming"),  # Washington Post, row 179
])
def test_a_mark_that_words_a_judgement_or_a_figure(text: str, word: str) -> None:
    at = text.index(word)
    assert figure_of_speech(_claim(text), [(at, at + len(word))])


@pytest.mark.parametrize(("text", "word"), [
    # an ongoing act of named groups (NBC, NeuS row 156): a fact in charged words
    ("But progressives and moderates are clashing over strategy, and the party doesn't "
     "have agreement on how to move forward yet.", "clashing"),
    # a perfect: done (New York Times, row 176)
    ("His army has all but collapsed and the warlords he was counting on have proved "
     "ineffectual or are bargaining for their lives.", "ineffectual"),
    # the mark in a side clause (CNN Business, row 43)
    ("But many are now reaching their breaking point, posing yet another threat to the "
     "badly tangled network of ports, container vessels and trucking companies that "
     "moves goods around the world.", "badly tangled"),
    # an expectation worded in a clause after a side clause's mark (USA TODAY, row 155)
    ("Now that the companies' detailed, so-called biologics license application has "
     "been granted, it's expected vaccination will be required by many companies, "
     "schools and other entities.", "so-called"),
])
def test_a_fact_in_charged_words_is_no_figure(text: str, word: str) -> None:
    at = text.index(word)
    assert not figure_of_speech(_claim(text), [(at, at + len(word))])
