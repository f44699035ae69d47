"""A private person's quoted reaction with nothing to check is no summary line (session
25, i12-fixes26, compare/reaction.py): CNN Business's "\"I'm the happiest guy in the
world,\" said Leonard." (NeuS raw row 198) was the story's third line. A quotation
that states a fact, or an official's words, stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.compare.reaction import quoted_reaction
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths

# NeuS raw row 198 (AllSides 5805), as scripts/neus_raw_inputs.py writes it
DATE = "2021-08-05T08:00:00-07:00"
R198 = {
    "left": ("Renters are rejoicing now that eviction ban has been extended. What you need "
             "to know",
             "This weekend, after the almost year-long ban on evictions expired, Ronald "
             "Leonard was terrified of being thrown out of his Daytona Beach, Florida, "
             "rental home. But then, on Tuesday evening, he heard the eviction moratorium "
             "had been extended again.\n\n\"I'm the happiest guy in the world,\" said "
             "Leonard.\n\nLike millions of other renters at risk of losing their homes "
             "without the protective federal eviction ban in place, Leonard said he was a "
             "wreck on Monday and Tuesday, waiting in fear of a sheriff coming to his door "
             "after the moratorium expired on July 31.\n\n\"If I end...",
             "CNN Business", "https://www.cnn.com/2021/08/04/homes/"
             "renters-relieved-eviction-ban-extended-feseries/index.html"),
    "center": ("Will new CDC moratorium keep tenants housed?",
               "After a federal eviction moratorium was allowed to lapse this weekend, the "
               "Centers for Disease Control and Prevention issued a new moratorium Tuesday on "
               "evictions that would last until Oct. 3.\n\nThe new moratorium aims to keep "
               "millions in their homes and prevent the spread of the coronavirus’ delta "
               "variant. The order cites the fact that there are lower vaccination rates in "
               "areas most at risk for eviction.\n\nThe moratorium also give states "
               "additional time to get out nearly $47 billion in rental assistance, most of "
               "which has yet to be distributed to...",
               "Associated Press", "https://apnews.com/article/joe-biden-business-health-"
               "coronavirus-pandemic-ccbd6426ac6d6c5daf989954108c6b6d"),
    "right": ("Small-Time Landlords ‘Hanging on By Their Fingernails’ as Eviction "
              "Moratorium Drags On",
              "One of Raj Sookram’s tenants stopped paying rent in December. Another man "
              "hasn’t paid him a cent in 20 months. He now owes Sookram over $20,000.\n\nOne "
              "woman stopped paying this spring, Sookram said, then demanded that he fix her "
              "hot water heater when it blew. That ended with city officials threatening "
              "Sookram with daily fines.\n\nIn all, Sookram said, about half of the tenants "
              "living in his 13 Rochester, New York, rental properties are behind on rent. "
              "Sookram said he’s struggling to pay his bills and taxes. He’s had...",
              "National Review", "https://www.nationalreview.com/news/small-time-landlords-"
              "hanging-on-by-their-fingernails-as-eviction-moratorium-drags-on/"),
}
HAPPIEST = "\"I'm the happiest guy in the world,\" said Leonard."


def test_the_renters_reaction_is_no_summary_line(tmp_path: Path) -> None:
    """Through the whole pipeline: the reaction is out; AP's lead and National Review's
    landlord line stay."""
    for side, (title, text, source, url) in R198.items():
        item = {"title": title, "text": text, "source": source, "date": DATE, "url": url}
        (tmp_path / f"{side}.json").write_text(json.dumps(item), encoding="utf-8")
    articles, _ = clean_paths([str(p) for p in sorted(tmp_path.glob("*.json"))])
    lines = [line["text"] for line in analyze_story(articles).as_dict()["summary"]]
    assert HAPPIEST not in lines
    assert lines[0].startswith("After a federal eviction moratorium was allowed to lapse")
    assert "One of Raj Sookram’s tenants stopped paying rent in December." in lines


@pytest.mark.parametrize("text", [
    HAPPIEST,
    "\"I'm scared,\" he said.",
    "Leonard said: \"I feel like I can breathe again.\"",
])
def test_a_quoted_state_of_the_speaker_is_a_reaction(text: str) -> None:
    assert quoted_reaction(text)


@pytest.mark.parametrize("text", [
    "\"We lost everything,\" said Leonard.",  # an act: what happened to them
    "\"I'm the happiest guy in the world,\" said Gov. Ron DeSantis.",  # an official
    "\"I am not going anywhere,\" the CDC director said.",  # an office
    "\"I am worried about the 2,000 families,\" she said.",  # a number
    "\"We are extending the moratorium until Oct. 3,\" said Walensky.",  # an act, a date
    "\"It's a disaster,\" said Leonard.",  # about the event, not the speaker
    "\"We will win this election easily,\" Smith said.",  # a claim of an act to come
    "Leonard was terrified of being thrown out of his rental home.",  # no quotation
])
def test_a_quotation_with_something_to_check_stays(text: str) -> None:
    assert not quoted_reaction(text)
