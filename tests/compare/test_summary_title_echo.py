"""A lead echoed by the other outlets' titles and openings opens a summary that has no
corroborated line (session 23, gold/summary-neus row 89: House Democrats' tax plan; no
lead passes the sentence-cosine bar, and the summary's only line was the Washington
Times' side story, the liberal groups' letter)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsprism.compare import lead
from newsprism.compare.align import AlignedClaim
from newsprism.compare.lead import openings, ranked_leads, title_echoed_leads
from newsprism.compare.summary import is_headline, summarize
from newsprism.models import Article, Claim

# NeuS raw row 89 (AllSides 5696): each outlet's title and its shown text (the crawl
# cuts each report after a few sentences)
AXIOS = ("Inside Democrats' tax-hike menu",
         "House Democrats will consider as much as $2.9 trillion in tax hikes for the next 10 "
         "years — mostly on the extremely wealthy and corporate America — as they scramble "
         "for ways to pay for President Biden's $3.5 trillion infrastructure and social "
         "spending plan.",
         "Why it matters: A draft proposal from the Ways and Means Committee, which "
         "ricocheted across Washington Sunday night, previews epic fall fights between "
         "Democrats and some of the best-armed lobbies in America.",
         "Driving the news: The summary, first reported by The Washington Post, includes a "
         "top personal rate of 39.6%,...")
YAHOO = ("Poorer Americans get big tax cuts under Democratic plan while the rich get hikes",
         "Low-income earners would get a big tax break if legislation proposed by House "
         "Democrats this week becomes law, while the tax burden for top earners would get "
         "heavier.",
         "Taxpayers making above $1 million would see an 11% tax increase to their federal "
         "taxes under the House Ways and Means Committee plan, according to an estimate by "
         "the Joint Committee on taxation.",
         "On the other end, the tax liability for those making below $40,000 would drop by "
         "at least 24% — with much of the break coming in the form of tax credits.")
TIMES = ("Liberal groups prod Dems to raise taxes to pay for racial justice agenda",
         "The NAACP and 27 other liberal groups on Thursday warned Democratic leaders not to "
         "back off of plans for higher taxes because higher taxes would improve racial "
         "justice.",
         "The groups, which included the Movement for Black Lives and the National "
         "Immigration Law Center, made their case for large tax hikes on corporations and "
         "the wealthy in a letter to Senate Majority Leader Charles E. Schumer, House "
         "Speaker Nancy Pelosi and the Democratic chairmen of the House and Senate's tax "
         "committees.",
         "“We write to make clear how important it is to communities of color that "
         "Congress enact a robust budget...")


@pytest.fixture(autouse=True)
def _rule_on() -> Iterator[None]:
    yield
    lead.TITLE_ECHO = True


def _story(*items: tuple[str, ...]) -> tuple[list[Article], list[AlignedClaim]]:
    """Articles of a title and sentences (one paragraph each), each sentence a
    one-outlet fact."""
    articles, facts = [], []
    for n, (title, *sentences) in enumerate(items):
        aid = "ABC"[n]
        text = "\n\n".join(sentences)
        articles.append(Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text,
                                raw="", raw_format="text", outlet=f"Outlet {aid}",
                                title=title))  # fmt: skip
        for i, sentence in enumerate(sentences):
            start = text.index(sentence)
            claim = Claim(f"{aid}:c{i}", aid, i, sentence, start=start, end=start + len(sentence))
            facts.append(AlignedClaim(f"F{len(facts) + 1}", "unique", [claim]))
    return articles, facts


def test_no_lead_passes_the_cosine_bar_in_row_89() -> None:
    """The case the rule is for: the outlets word the plan differently."""
    articles, facts = _story(AXIOS, YAHOO, TIMES)
    assert ranked_leads(openings(articles, facts, is_headline)) == []


def test_the_side_story_lead_is_not_echoed_by_the_titles() -> None:
    """The letter's lead shares few words with Axios's and Yahoo's titles and openings;
    both reports' leads share a quarter or more with each other outlet's."""
    articles, facts = _story(AXIOS, YAHOO, TIMES)
    titles = {a.id: a.title or "" for a in articles}
    echoed = title_echoed_leads(openings(articles, facts, is_headline), titles)
    assert {c.article_id for c in echoed} == {"A", "B"}


def test_a_title_echoed_lead_opens_a_summary_with_no_corroborated_line() -> None:
    articles, facts = _story(AXIOS, YAHOO, TIMES)
    lines = summarize(articles, facts)
    assert lines[0]["lead"] and lines[0]["text"] in (AXIOS[1], YAHOO[1])
    assert lines[0]["article_ids"] == ["A" if lines[0]["text"] == AXIOS[1] else "B"]
    lead.TITLE_ECHO = False
    assert not any(line.get("lead") for line in summarize(articles, facts))


def test_no_title_echoed_lead_above_a_line_two_outlets_back() -> None:
    """A shared line (two outlets) already states what the outlets agree on."""
    articles, facts = _story(AXIOS, YAHOO, TIMES)
    joined = AlignedClaim("F9", "shared", [facts[1].claims[0], facts[4].claims[0]])
    lines = summarize(articles, [facts[0], joined, *facts[2:4], *facts[5:]])
    assert lines and len(lines[0]["article_ids"]) == 2
    assert not any(line.get("lead") for line in lines)


# NeuS raw row 480 (AllSides 6087): Biden's 100 days; NPR opens on a scene-setting line
NPR = ("Biden's 1st 100 Days: A Look By The Numbers",
       "As far as artificial milestones go, few dates seem to carry as much weight as a new "
       "president's 100th day in office.",
       "It's a date that former Obama adviser David Axelrod once referred to as a "
       "\"Hallmark holiday.\"",
       "In other words, it gets lots of attention but has no actual significance.")
CNN = ("Biden's first 100 days: What he's gotten done",
       "President Joe Biden has moved fast since his January 20 swearing-in, signing a $1.9 "
       "trillion Covid relief bill into law less than two months into his term and issuing "
       "more executive orders so far than his three predecessors.",
       "Those efforts have paid off, with the administration reaching the milestones of 200 "
       "million coronavirus shots delivered and vaccine eligibility opened to everyone 16 "
       "and over before Biden's 100th day in office.")
FOX = ("Biden's promises, 100 days into his term: Status check",
       "President Biden Thursday reached the 100th day of his presidency, an unofficial "
       "benchmark often used to reflect on how well a president is adjusting to his new "
       "office and whether he is fulfilling his campaign promises.",
       "Biden's administration has gotten off to a fast start on a number of fronts.")


def test_a_lead_that_names_no_one_is_not_echoed() -> None:
    """NPR's lead shares its words with the others' openings (a president, the 100th
    day in office) but names no one; Fox's names Biden, as every title does."""
    articles, facts = _story(NPR, CNN, FOX)
    titles = {a.id: a.title or "" for a in articles}
    opening = openings(articles, facts, is_headline)
    npr_lead = lead.lead_claims(opening)["A"][0]
    pools = [lead.content_stems(" ".join([titles[a]] + [c.text for c in opening[a]])) for a in "BC"]
    mine = lead.content_stems(npr_lead.text)
    assert min(len(mine & pool) / len(mine) for pool in pools) >= lead.MIN_ECHO_SHARE
    echoed = title_echoed_leads(opening, titles)
    assert echoed and "A" not in {c.article_id for c in echoed}
    assert echoed[0].text == FOX[1]


def test_a_unique_quotation_that_repeats_the_lead_is_no_line() -> None:
    """NeuS raw row 411 (session 23): under CNBC's lead "President Joe Biden will host
    George Floyd's family at the White House this week …", CNBC's own "“President Joe
    Biden will host George Floyd's family at the White House on Tuesday,” CNBC reported
    Sunday." said it again as a unique line. A line on another event, quoted or not,
    stays."""
    from newsprism.compare.lead import repeats_lead_line as _repeats_lead

    lead = ("President Joe Biden will host George Floyd’s family at the White House this "
            "week to mark a year since Floyd was killed while in the custody of the "
            "Minneapolis Police Department.")
    summary = [{"text": lead, "lead": True}]
    again = ("“President Joe Biden will host George Floyd’s family at the White House on "
             "Tuesday,” CNBC reported Sunday.")
    assert _repeats_lead(again, summary)
    other = "Last month, Chauvin was found guilty of second-degree manslaughter."
    assert not _repeats_lead(other, summary)
    quoted_other = "“We are going to pass the bill by the anniversary,” Biden said Sunday."
    assert not _repeats_lead(quoted_other, summary)
    assert not _repeats_lead(again, [{"text": lead}])  # only a lead line counts
