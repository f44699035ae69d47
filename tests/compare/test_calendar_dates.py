"""A date conflict on calendar dates (compare/dates.py, issue 12 session 18): one act of
one actor given two dates that cannot both hold, and the tempting pairs that must stay
silent. The conflicting sentences are those of BASIL d3a1ce0a (2013, Cowan named to
Kerry's seat), which the reader of session 17 found missed.

Each through the whole ``analyze_story`` on real parses.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from tests.compare.conflict_helpers import conflicts_of, values_of

DAY = "2013-01-30"


def _compare(first: str, second: str, published: str | None = DAY) -> dict[str, Any]:
    """Two articles of one day (or of unknown day), Fox News then the NYT."""
    articles = [gold_article(f"dates:{n}:{text}", text, outlet=outlet, published_at=published)
                for n, (text, outlet) in enumerate([(first, "Fox News"),
                                                    (second, "New York Times")])]  # fmt: skip
    return analyze_story(articles).as_dict()


FOX_PRIMARY = ("Gov. Deval Patrick picked William Cowan to fill the seat. Both political "
               "parties will hold special-election primaries in mid May.")
NYT_PRIMARY = ("Gov. Deval Patrick named William Cowan to the seat on Wednesday. The primary "
               "would be held on April 30.")
HPO_BROOKE = ("Cowan will become the second black senator from Massachusetts, after Edward "
              "Brooke, who served from 1967 to 1979.")
NYT_BROOKE = ("Mr. Cowan, 43, will become Massachusetts’ first black senator since Edward "
              "Brooke, a Republican, held the seat from 1966 to 1978.")
FOX_QUIT = ("Governor Deval Patrick picked William Cowan on Wednesday. William Cowan joined "
            "the Patrick administration in 2009 and quit the administration earlier this "
            "month to join private practice.")
NYT_QUIT = ("Governor Deval Patrick picked William Cowan on Wednesday. William Cowan quit the "
            "administration last year to return to the private sector.")


def test_one_event_in_mid_may_and_on_april_30_conflicts() -> None:
    """An event noun is its own act: the primary held "in mid May" is not held "on April
    30", whoever holds it."""
    [conflict] = conflicts_of(_compare(FOX_PRIMARY, NYT_PRIMARY))
    assert conflict["kind"] == "date"
    assert values_of(conflict) == {"mid May", "April 30"}
    assert "primary" in conflict["about"]
    assert {s["sentence"] for s in conflict["sides"]} == {
        "Both political parties will hold special-election primaries in mid May.",
        "The primary would be held on April 30."}


def test_one_tenure_of_one_person_with_two_year_ranges_conflicts() -> None:
    """Brooke "served from 1967 to 1979" / "held the seat from 1966 to 1978": one term in
    one office (both sentences name a senator), its ends differ."""
    [conflict] = conflicts_of(_compare(HPO_BROOKE, NYT_BROOKE))
    assert conflict["kind"] == "date"
    assert values_of(conflict) == {"1967 to 1979", "1966 to 1978"}
    assert "Brooke" in conflict["about"]


def test_relative_dates_resolved_against_each_article_conflict() -> None:
    """"earlier this month" in an article of January 30, 2013 is January 2013; "last
    year" is 2012: one act of one person, two dates."""
    [conflict] = conflicts_of(_compare(FOX_QUIT, NYT_QUIT))
    assert conflict["kind"] == "date"
    assert values_of(conflict) == {"earlier this month", "last year"}


@pytest.mark.parametrize(("first", "second"), [
    # a month against a day inside it
    ("Both parties will hold the primary in September.",
     "The primary would be held on Sept. 14."),
    # "mid-May" against a day inside it
    ("Both parties will hold the primary in mid-May.", "The primary would be held on May 14."),
    # a term against a year inside it, and against one outside it (another term)
    (HPO_BROOKE, "Edward Brooke, a Republican, held the senator's seat in 1970."),
    (HPO_BROOKE, "Edward Brooke, a Republican, held the senator's seat in 1985."),
    # two different acts of one person, two dates
    ("William Cowan joined the Patrick administration in 2009.",
     "William Cowan left the Patrick administration last year."),
    # two different events of one kind
    ("The Democratic primary will be held on April 30.",
     "The Republican primary will be held on May 14."),
    # one kind of event in two years: two primaries
    ("The primary was held in May 2010.", "The primary was held in April 2012."),
    # an act without a named actor recurs: two months' price rises (NeuS row 264)
    ("Prices also rose 0.6 percent in May.", "U.S. consumer prices rose last month at the "
     "fastest pace since August 2008."),
    # a verb of saying: people say things on many days
    ("Senator Tom Smith said in April that the bill would pass.",
     "Senator Tom Smith said in May that the bill would pass."),
    # a verb of making known: people declare things many times
    ("Elizabeth Cheney declared in July she plans to challenge Senator Mike Enzi.",
     "Elizabeth Cheney declared in September she plans to challenge Senator Mike Enzi."),
    # a condition states no act
    ("Chuck Grassley could lead the committee if Republicans take control of the Senate "
     "in 2014.", "Republicans took control of the Senate in 2010."),
    # one person's primary is not another's
    ("Olympia Snowe's primary was held in April.",
     "Scott Brown's primary was held in June."),
    # a date inside quotation marks is the speaker's
    ("Senator Tom Smith said: \"We will hold the primary on April 30.\"",
     "The primary would be held in mid May."),
    # a date that qualifies a noun dates that thing, not the act
    ("Scott Brown lost the 2012 race.", "Scott Brown lost the 2010 race."),
    # the other article names both dates: a primary moved
    ("The primary would be held on April 30.",
     "The primary, first set for mid May, would be held on April 30. It was held in mid May "
     "before."),
])
def test_tempting_pairs_stay_silent(first: str, second: str) -> None:
    assert not [c for c in conflicts_of(_compare(first, second)) if c["kind"] == "date"]


def test_a_relative_date_without_a_publication_date_stays_silent() -> None:
    """"earlier this month" of an article of unknown day is no date."""
    assert not conflicts_of(_compare(FOX_QUIT, NYT_QUIT, published=None))


def test_weekdays_still_conflict_once() -> None:
    """The weekday rule is untouched, and a weekday is not read again as a calendar date."""
    report = _compare("Gov. Jan Brewer signed the bill Thursday, April 3.",
                      "Gov. Jan Brewer signed the bill Wednesday, April 2.")
    [conflict] = conflicts_of(report)
    assert values_of(conflict) == {"Thursday", "Wednesday"}
