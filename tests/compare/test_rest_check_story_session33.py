"""A partly shared sentence's note names another outlet as stating the rest only when
that outlet's sentence does (issue 12, session 33, compare/rest_check.py; docs/eval-compare.md
"Session 33" section of branch i12-partly), on the whole pipeline.

NeuS raw row 205 (the New York attorney general's report on Gov. Cuomo), the three reports
as the NeuS raw crawl gives them (``scripts/neus_raw_inputs.py``): AP's lead shares "Gov.
Andrew Cuomo sexually harassed multiple women in and out of state government" with the
NYT's lead; its rest ("and worked to retaliate against one of his accusers … renewed calls
for the Democrat's resignation or impeachment") is in neither the NYT's lead nor the
Post's. The NYT's lead is matched to AP's whole, through the shared part only; until this
session the note read "the rest of the sentence is also stated by New York Times".
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

# fmt: off
R205 = {
    'Associated Press': (
        'Gov. Cuomo sexually harassed multiple women, probe finds\n\nAn investigation found'
        ' that Gov. Andrew Cuomo sexually harassed multiple women in and out of state gov'
        'ernment and worked to retaliate against one of his accusers, New York’s attorney'
        ' general announced Tuesday in a finding that quickly renewed calls for the Democ'
        'rat’s resignation or impeachment.\n\nThe nearly five-month investigation found tha'
        't Cuomo’s administration was a “hostile work environment” and was “rife with fea'
        'r and intimidation.” The probe,\xa0conducted by two outside lawyers, involved inter'
        'views with 179 people including Cuomo’s accusers, current and former administrat'
        'ion employees and the governor himself.\n\nEmployment lawyer...'
    ),
    'New York Times (News)': (
        'New York Governor Sexually Harassed Multiple Women, Report Finds\n\nGov. Andrew M.'
        ' Cuomo sexually harassed multiple women, including current and former government'
        ' workers, breaking state and federal laws and engaging in a pattern of unwanted '
        'touching and inappropriate comments, according to a much anticipated report from'
        ' the New York State attorney general, Letitia James, released on Tuesday.\n\nThe 1'
        '65-page report\xa0said that Mr. Cuomo, a third-term Democrat, and his aides cultiva'
        'ted a toxic work culture in his office that was rife with fear and intimidation,'
        ' and helped enable “harassment to occur and created a hostile work environment.”'
        '\n\nThe report included...'
    ),
    'New York Post (News)': (
        'Probe finds Gov. Cuomo sexually harassed multiple women, violated federal and st'
        'ate law\n\nGov. Andrew Cuomo violated federal and state laws by\xa0sexually harassing'
        ' multiple women\xa0— including current and former state employees — through actions'
        ' that included touching their “intimate body parts” without consent, officials s'
        'aid Tuesday.\n\nCuomo also allegedly retaliated against some of the victims and cr'
        'eated a “toxic” and hostile work environment in the Executive Chamber, officials'
        ' said.\n\nThe blockbuster announcements came during a news conference at which sta'
        'te Attorney General Letitia James said an independent probe she commissioned had'
        ' found that Cuomo engaged in “unwanted groping, kissing, hugging and making inap'
        'propriate...'
    ),
}
# fmt: on
AP_LEAD = "An investigation found that Gov. Andrew Cuomo sexually harassed"


def _report() -> dict[str, Any]:
    articles = [gold_article(f"neus:{outlet}", text, outlet=outlet, published_at="2021-08-03")
                for outlet, text in R205.items()]  # fmt: skip
    return analyze_story(articles).as_dict()


def test_a_lead_matched_through_the_shared_part_is_not_said_to_state_the_rest() -> None:
    report = _report()
    outlet_of = {a["id"]: a.get("outlet") for a in report["articles"]}
    [ap] = [e for f in report["claims"] for e in f["evidence"]
            if e["sentence"].startswith(AP_LEAD) and e.get("shared_part")]  # fmt: skip
    stating = {outlet_of[r["article_id"]] for r in ap.get("rest_also_in") or []}
    assert "New York Times (News)" not in stating
    matched = {outlet_of[r["article_id"]] for r in ap.get("whole_match_in") or []}
    assert "New York Times (News)" in matched  # matched whole, not said to state the rest
