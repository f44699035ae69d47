"""Two occasions of one kind of act (issue 12, session 35): a shared pair is vetoed when
the two sentences' own times, resolved against their articles' days, name different
occasions; a missing time, a time that holds the other, a time of a statement against
a time of an act, and two bare weekdays are no mismatch. Real parser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from newsprism.compare.occasions import (
    occasion_clash,
    occasion_days,
    occasions_differ,
    sentence_occasions,
)
from newsprism.extract.nlp import load_nlp

# a Thursday
DAY = date(2019, 3, 14)


def _times(text: str, published: date | None = DAY) -> tuple:
    doc = load_nlp()(text)
    return sentence_occasions(doc[:], published)


def _differ(first: str, second: str) -> bool:
    return occasions_differ(_times(first), _times(second))


def test_relative_times_resolve_against_the_publication_day() -> None:
    [(start, end)] = occasion_days("last week", DAY)
    assert start <= date(2019, 3, 4) and end >= date(2019, 3, 10) and end < DAY
    assert occasion_days("yesterday", DAY) == ((date(2019, 3, 12), date(2019, 3, 14)),)
    assert occasion_days("in October 2018", DAY) == ((date(2018, 10, 1), date(2018, 10, 31)),)
    # a month with no year may be of the years around the article's
    october = occasion_days("in October", DAY)
    assert (date(2018, 10, 1), date(2018, 10, 31)) in october
    assert (date(2016, 10, 1), date(2016, 10, 31)) not in october
    recent, upcoming = occasion_days("on Monday", DAY)
    assert recent == (date(2019, 3, 11),) * 2 and upcoming == (date(2019, 3, 18),) * 2
    assert occasion_days("last week", None) == ()
    assert occasion_days("four months", DAY) == ()
    assert occasion_days("recent weeks", DAY) == ()


def test_an_act_last_week_and_one_on_a_weekday_of_this_week_differ() -> None:
    assert _differ("The orchestra premiered the symphony last week in Vienna.",
                   "The orchestra premiered a new symphony on Tuesday in Vienna.")


def test_two_months_differ_and_a_month_holds_its_week() -> None:
    assert _differ("The lab shipped its first batch of sensors in October.",
                   "The lab shipped a batch of sensors in January.")
    assert not _differ("The lab shipped its first batch of sensors in March.",
                       "The lab shipped a batch of sensors last week.")
    assert not _differ("The lab shipped its sensors this year.",
                       "The lab shipped its sensors in January.")


def test_a_weekday_of_last_week_is_last_week() -> None:
    # published on a Thursday: the Friday before it is in last week
    assert not _differ("The ferry company raised its fares last week.",
                       "The ferry company raised its fares on Friday.")


def test_a_missing_time_is_no_mismatch() -> None:
    assert not _differ("The ferry company raised its fares last week.",
                       "The ferry company raised its fares by a tenth.")


def test_two_bare_weekdays_are_left_to_the_weekday_veto() -> None:
    assert not _differ("The ferry company raised its fares on Monday.",
                       "The ferry company raised its fares on Wednesday.")


def test_a_statement_day_is_not_set_against_the_day_of_the_act_it_reports() -> None:
    said = _times("The bakery said on Tuesday that it closed two shops in January.")
    assert {o.said for o in said} == {True, False}
    assert not occasions_differ(said, _times("The bakery closed two shops in January."))
    assert occasions_differ(said, _times("The bakery closed two shops in November."))


def test_background_and_bounding_times_are_not_the_sentences_own() -> None:
    assert _times("The treaty that was signed in 1997 expired.") == ()
    assert _times("The council has met weekly since May.") == ()
    assert _times('"We will finish it today," the builder promised.') == ()


def test_a_when_clause_is_no_statement_and_an_adverbial_clause_is_background() -> None:
    # parsed as the root or as an adverbial clause, its time dates no statement
    when = _times("When the minister announced last week a plan to widen the canal, "
                  "shippers were surprised.")
    assert not any(o.said for o in when)
    assert _times("The ferry sails as the storm continues to batter the coast that "
                  "flooded last year.") == ()


@dataclass
class _Claim:
    article_id: str
    start: int
    end: int


def test_the_veto_reads_pairs_of_two_articles_only() -> None:
    nlp = load_nlp()
    texts = {"a": "The museum reopened its east wing last week.",
             "b": "The museum reopened its east wing on Tuesday.",
             "c": "The museum reopened its east wing on Tuesday."}
    docs = {k: nlp(v) for k, v in texts.items()}
    claims = [_Claim(k, 0, len(v)) for k, v in texts.items()]
    clash = occasion_clash(claims, docs, dict.fromkeys(texts, DAY))
    assert clash[0, 1] and clash[1, 0] and clash[0, 2]
    assert not clash[1, 2] and not np.diag(clash).any()
    unknown = occasion_clash(claims, docs, {"a": None, "b": DAY, "c": DAY})
    assert not unknown.any()


def test_a_day_with_no_year_may_be_the_year_the_other_names() -> None:
    assert not _differ("The glacier calved a huge iceberg on Nov. 2 during the storm.",
                       "The glacier calved a huge iceberg in November 2017.")


def test_a_time_under_a_noun_is_background() -> None:
    # "was founded in 1990" tells the museum's age, under the noun "museum"
    assert not _differ("The museum reopened its east wing last week.",
                       "A museum, the first such building since the old one was founded "
                       "in 1990, reopened its east wing.")
