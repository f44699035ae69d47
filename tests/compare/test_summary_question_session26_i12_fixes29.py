"""A quoted question is no summary line (session 26, i12-fixes29, compare/summary.py):
Fox News's "\"Would it be okay if we have just a couple of questions, just a couple?\"
Johnson asked" (NeuS raw row 74) was shown as "According to Boris Johnson, “Would it be
okay …?”", a question put as what Johnson says is so. Fails on main (58f6c48)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.compare.story import analyze_story
from newsprism.compare.summary import asks
from newsprism.pipeline import clean_paths

# NeuS raw row 74 (AllSides 5681), as scripts/neus_raw_inputs.py writes it
DATE = "2021-09-22T06:45:00-07:00"
R74 = {
    "center": ("Reporters lodge complaint with White House over Biden-Johnson meeting access",
               "Members of the White House press pool lodged a complaint with the White "
               "House after British reporters but not American reporters were recognized "
               "for questions during\xa0President Biden’s meeting with British Prime "
               "Minister\xa0Boris Johnson\xa0on Tuesday afternoon.\n\nWhite House "
               "Correspondents' Association President Steve Portnoy, who served as the "
               "radio pooler on Tuesday,\xa0said\xa0that the editorial component of the pool "
               "went to White House press secretary\xa0Jen Psaki\xa0to lodge a formal "
               "complaint on Tuesday about the lack of questions granted to American "
               "reporters.\n\nBiden and Johnson each delivered brief remarks in the Oval "
               "Office. Johnson...",
               "The Hill", "https://thehill.com/homenews/administration/573305-reporters-"
               "lodge-complaint-with-white-house-over-biden-johnson-meeting"),
    "right": ("Biden refuses to call on US reporters while UK's Boris Johnson holds court "
              "with Brits",
              "President Joe Biden\xa0declined to call on U.S. reporters Tuesday after British "
              "Prime Minister\xa0Boris Johnson\xa0took questions from reporters from the "
              "United Kingdom during an Oval Office meeting.\n\nAfter a brief conversation "
              "with Biden that touched on issues ranging from climate change and transport "
              "infrastructure to lifting the ban on British beef, Johnson opened the floor "
              "for reporters from his home country.\n\n\"Would it be okay if we have just a "
              "couple of questions, just a couple?\" Johnson asked, looking over to Biden, "
              "who replied, \"Good luck.\"\n\nAfter Johnson had taken several...",
              "Fox News (Online News)", "https://www.foxnews.com/politics/biden-refuses-"
              "questions-from-us-reporters-while-uks-johnson-calls-on-brits"),
}


def test_the_quoted_question_is_no_summary_line(tmp_path: Path) -> None:
    for side, (title, text, source, url) in R74.items():
        item = {"title": title, "text": text, "source": source, "date": DATE, "url": url}
        (tmp_path / f"{side}.json").write_text(json.dumps(item), encoding="utf-8")
    articles, _ = clean_paths([str(p) for p in sorted(tmp_path.glob("*.json"))])
    lines = [line["text"] for line in analyze_story(articles).as_dict()["summary"]]
    assert lines, "the story keeps a summary"
    assert not any("Would it be okay" in line for line in lines)
    assert not any(line.rstrip("”\"").endswith("?") for line in lines)


@pytest.mark.parametrize(("body", "question"), [
    ("Would it be okay if we have just a couple of questions, just a couple?", True),
    ("Why would we do that?”", True),
    ("We will not take questions today.", False),
    ("Who knows? We will see what happens.", False),
])
def test_a_question_is_told_by_its_last_mark(body: str, question: bool) -> None:
    assert asks(body) is question
