"""Mid-article starts and cut last sentences, through the real pipeline (session 24,
task i12-midstart; docs/compare.md "Mid-article starts and cut sentences (session 24)").

NeuS raw row 503 (AllSides; the Senate's anti-Asian hate-crimes bill): the Daily
Caller's crawled text starts mid-article, "Republican Sen. Josh Hawley the only senator
to vote against it.", and the summary was the Hawley line alone, the event nowhere; Vox's
text stops "It ultimately passed 94-1 with Sen. Josh Hawley (R-MO) as the lone vote...",
which prints NPR's "approved by a 94-1 vote"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.compare.align import AlignedClaim
from newsprism.compare.cut_sentence import cut_part, states_in_cut
from newsprism.compare.lead import openings
from newsprism.compare.midstart import no_lead_articles, reads_mid_article
from newsprism.compare.story import StoryAnalysis, analyze_story
from newsprism.compare.summary import is_headline
from newsprism.models import Article, Claim
from newsprism.pipeline import clean_paths
from newsprism.report.truncation_view import cut_reasons, fact_cut_note, stopped_ids

# the row's three reports as scripts/neus_raw_inputs.py writes them
NPR = {
    'title': 'In Rare Moment Of Bipartisan Unity, Senate Approves Asian American Hate Crimes Bill',
    "text": "\n\n".join([
        'Capping nearly two weeks of talks between Democrats and Republicans, the '
        'Senate approved legislation on Thursday to ramp up law enforcement efforts to '
        'better protect the Asian American and Pacific Islander community from hate '
        'crimes.',
        'The move marks a rare moment of bipartisan unity needed to approve the Senate '
        'legislation despite a new political era marked by increasingly bitter party '
        'divisions.',
        'The bill, which needed 60 votes for passage in the evenly divided Senate, was '
        'approved by a 94-1 vote. Only GOP Sen. Josh Hawley of Missouri voted no.',
        '"The...',
    ]),
    'source': 'NPR (Online News)',
    'date': '2021-04-22T16:15:00-07:00',
    'url': ('https://www.npr.org/2021/04/22/989773400/in-rare-moment-of-bipartisan-unity-'
            'senate-approves-asian-american-hate-crimes-bi'),
}
VOX = {
    'title': 'The Senate strongly condemns anti-Asian hate crimes by passing new bill',
    "text": "\n\n".join([
        'The Senate — in an overwhelmingly bipartisan vote on Thursday — sent '
        'Congress’s strongest message yet condemning anti-Asian hate crimes by passing '
        'a bill aimed at improving data collection.',
        'The legislation, while somewhat narrow, intends to bolster hate crime tracking '
        'by designating a Justice Department official to specifically review potential '
        'hate crime incidents, providing grants for regional law enforcement agencies '
        'to set up reporting hotlines, and offering training to police on how to handle '
        'hate crime response.',
        'It ultimately passed 94-1 with Sen. Josh Hawley (R-MO) as the lone vote...',
    ]),
    'source': 'Vox',
    'date': '2021-04-22T16:15:00-07:00',
    'url': 'https://www.vox.com/2021/4/22/22385461/senate-anti-asian-hate-crimes-bill',
}
DAILY_CALLER = {
    'title': 'Senate Passes Sweeping Bill Aiming To Crack Down On Hate Crimes',
    "text": "\n\n".join([
        'Republican Sen. Josh Hawley the only senator to vote against it. It was '
        'authored by Hawaii Democratic Sen. Mazie Hirono, and passed amid a spike in '
        'hate crimes against Asian Americans throughout the coronavirus pandemic.',
        '“By [passing this bill], we will send a powerful message of solidarity to the '
        '[Asian American and Pacific Islanders] community that the Senate will not be a '
        'bystander as anti-Asian violence surges in our country,” Hirono said on the '
        'Senate floor.',
        'The bill was modified before its final passage after an agreement was reached '
        'between...',
    ]),
    'source': 'The Daily Caller',
    'date': '2021-04-22T16:15:00-07:00',
    'url': ('https://dailycaller.com/2021/04/22/'
            'senate-passes-covid-19-hate-crimes-act-mazie-hirono/'),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> StoryAnalysis:
    """The real pipeline on the row's three reports: cleaned from files, then compared."""
    folder = tmp_path_factory.mktemp("neus503")
    paths = []
    for side, item in (("center", NPR), ("left", VOX), ("right", DAILY_CALLER)):
        path = folder / f"{side}.json"
        path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    articles, failures = clean_paths(paths)
    assert not failures
    return analyze_story(articles)


def _by_outlet(story: StoryAnalysis, outlet: str) -> Article:
    return next(a for a in story.articles if a.outlet == outlet)


def test_the_text_that_starts_mid_article_has_no_lead(story: StoryAnalysis) -> None:
    opening = openings(story.articles, story.facts,
                       lambda c, a: is_headline(c, a, decks=False))
    found = no_lead_articles(story.articles, opening)
    assert found == {_by_outlet(story, "The Daily Caller").id}


def test_the_summary_opens_on_the_event(story: StoryAnalysis) -> None:
    first = story.summary[0]
    assert first.get("lead") is True
    # Vox's or NPR's lead: the Senate passing the bill
    assert first["text"].startswith(("The Senate — in an overwhelmingly bipartisan vote",
                                     "Capping nearly two weeks of talks"))
    assert any("Hawley" in line["text"] for line in story.summary[1:])


def test_a_drop_cap_lead_and_a_column_opening() -> None:
    """A lead whose first letter the crawl lost (a drop cap, NeuS r262) repeats its
    title's words: a lead still. A column's "It's not over just yet." (r152 shape)
    points back and names nothing of the title a later sentence names: no lead."""
    title = "Bans on handgun sales to people under 21 ruled unconstitutional"
    assert not reads_mid_article(
        "ederal laws imposing a minimum age of 21 to purchase handguns from licensed "
        "dealers violate the Second Amendment, a federal appeals court ruled Tuesday.",
        title, ["The ruling could restrict gun sales nationally in the future."])
    assert reads_mid_article(
        "Republican Sen. Josh Hawley the only senator to vote against it.",
        DAILY_CALLER["title"],
        ["It was authored by Hawaii Democratic Sen. Mazie Hirono, and passed amid a "
         "spike in hate crimes against Asian Americans throughout the coronavirus "
         "pandemic."])
    # a plain lead that repeats the title's words is a lead
    assert not reads_mid_article(NPR["text"].split("\n\n")[0], NPR["title"],
                                 [NPR["text"].split("\n\n")[1]])


def test_the_cut_sentence_states_the_vote_count(story: StoryAnalysis) -> None:
    vox = _by_outlet(story, "Vox")
    caller = _by_outlet(story, "The Daily Caller")
    part = cut_part(vox)
    assert part == "It ultimately passed 94-1 with Sen. Josh Hawley (R-MO) as the lone vote"
    count = next(f for f in story.facts if any("94-1 vote" in c.text for c in f.claims))
    assert states_in_cut(count, vox, part)
    # Vox's text is not silent on the count, its cut sentence states it; the Daily
    # Caller's text still is
    assert count.not_seen_in_truncated == [caller.id]
    assert count.stated_in_cut == [{"article_id": vox.id, "words": part}]
    note = fact_cut_note(count.as_dict(), {a.id: a.outlet or "" for a in story.articles},
                         stopped_ids(cut_reasons(story.as_dict())))
    assert "also in Vox's cut last sentence: “It ultimately passed 94-1" in note
    assert note.startswith("maybe in The Daily Caller's text, which stops mid-sentence")
    # nothing is made of the cut part: no claim, no shared fact of Vox
    assert all("lone vote" not in c.text for f in story.facts for c in f.claims)
    assert vox.id not in count.article_ids


def test_a_cut_part_without_the_number_is_no_evidence(story: StoryAnalysis) -> None:
    """The Daily Caller's cut part ("… an agreement was reached between") prints no
    number: it states nothing, so its text stays unknown for every fact."""
    caller = _by_outlet(story, "The Daily Caller")
    part = cut_part(caller)
    assert part is not None and part.endswith("an agreement was reached between")
    assert not any(states_in_cut(f, caller, part) for f in story.facts)
    assert not any(f.stated_in_cut for f in story.facts if "94-1" not in f.claims[0].text)



def test_an_amount_is_the_topic_not_the_fact() -> None:
    """NeuS r33: Krugman's text stops on Rubio's tweet "The $3.5 trillion Biden plan
    isn't..."; FiveThirtyEight's sentence of the $3.5 trillion plan is another fact. An
    amount names the thing the story is about: no evidence. A tally is."""
    text = ("Since then, however, Rubio has become a pathetic figure — not just a Trump "
            "toady, but someone who routinely tweets out stuff like this: “The $3.5 "
            "trillion Biden plan isn’t...")
    krugman = Article(id="k", content_hash="k", source_path="k.json", text=text, raw=text,
                      raw_format="text")
    sentence = ("They were able to cut a deal with Republican lawmakers to avert a "
                "government shutdown, but when it comes to passing the rest of President "
                "Biden’s agenda, including both an ambitious $3.5 trillion spending plan "
                "and a bipartisan infrastructure deal, Democrats have much to sort out.")
    fact = AlignedClaim(id="F1", status="unique",
                        claims=[Claim(id="f:c1", article_id="f", sentence_index=0,
                                      text=sentence)])
    part = cut_part(krugman)
    assert part is not None and part.endswith("The $3.5 trillion Biden plan isn’t")
    assert not states_in_cut(fact, krugman, part)
    tally = AlignedClaim(id="F2", status="unique", claims=[Claim(
        id="f:c2", article_id="f", sentence_index=1,
        text="The bill was approved by a 94-1 vote.")])
    voted = Article(id="v", content_hash="v", source_path="v.json",
                    text=VOX["text"], raw=VOX["text"], raw_format="text")
    assert states_in_cut(tally, voted, cut_part(voted) or "")
    # a sentence outside the fact that prints the tally makes it no anchor
    assert not states_in_cut(tally, voted, cut_part(voted) or "",
                             ["The final tally was 94-1."])


# NeuS raw row 228 (Michigan's House repeals the 1945 emergency powers law): AP's text
# stops "The GOP-led House voted 60-48 to repeal the 1945..."
AP_228 = {
    'title': 'Michigan Legislature kills law Whitmer used for virus rules',
    "text": "\n\n".join([
        'Republican lawmakers on Wednesday killed a law that underpinned coronavirus '
        'restrictions issued by Gov. Gretchen Whitmer in 2020, wiping it from the '
        'books after Michigan’s Supreme Court declared the measure unconstitutional.',
        'The Democrat is powerless to veto the citizen-initiated bill. A conservative '
        'group that organized the ballot drive next plans to\xa0target a public health '
        'law\xa0that enabled Whitmer’s administration to keep intact capacity '
        'restrictions and mask requirements for eight additional months until '
        'voluntarily lifting them in June after infections subsided amid '
        'vaccinations.',
        'The GOP-led House voted 60-48 to repeal the 1945...',
    ]),
    'source': 'Associated Press',
    'date': '2021-07-24T13:45:00-07:00',
    'url': ('https://apnews.com/article/health-government-and-politics-coro'
            'navirus-pandemic-michigan-laws-eeb73e92d5af8b46f6a1e70d8a5cbe81'),
}

FREEP_228 = {
    'title': 'Michigan House repeals emergency powers law Gov. Whitmer used to fight pandemic',
    "text": "\n\n".join([
        'A 76-year-old Michigan law crafted in the wake of Detroit race riots and '
        'used more recently to combat a generational health crisis is officially '
        'dead. \xa0\xa0',
        'The Republican-controlled state House on Wednesday voted 60-48 largely along '
        'party lines in support of initiative petition language that repeals the '
        'Emergency Powers Act of 1945. The vote came\xa0one week after\xa0the state Senate '
        'also approved the initiative.\xa0',
        'Gov. Gretchen Whitmer used the law to issue sweeping health and safety '
        'restrictions in the early days of the COVID-19 pandemic, moves that '
        'eventually garnered\xa0pushback from Republicans...',
    ]),
    'source': 'Detroit Free Press',
    'date': '2021-07-24T13:45:00-07:00',
    'url': ('https://www.freep.com/story/news/politics/2021/07/21/mi'
            'chigan-governor-whitmer-emergency-powers-law/8031378002/'),
}

POST_228 = {
    'title': 'Michigan repeals law that gave Gov. Gretchen Whitmer emergency powers',
    "text": "\n\n".join([
        'In a rebuke to Gretchen Whitmer, the Republican-led Michigan state House of '
        'Representatives repealed a 76-year-old law that gave the governor broad '
        'emergency powers\xa0used to lock down\xa0much of the state during the COVID-19 '
        'pandemic.',
        'In a 60-48 vote mainly along party lines, the Emergency Powers Act of 1945 '
        'was officially scuttled. The state Senate had already voted to kill the act '
        'last week.',
        'Though the legislation does not take effect immediately it was a clear shot '
        'at Whitmer, whose strict shut-down policies stirred protests last year, but '
        'also made her...',
    ]),
    'source': 'New York Post (News)',
    'date': '2021-07-24T13:45:00-07:00',
    'url': ('https://nypost.com/2021/07/23/michigan-repeals-la'
            'w-that-gave-gov-gretchen-whitmer-emergency-powers/'),
}


def test_a_cut_article_is_not_silent_on_the_tally_its_cut_part_prints(
        tmp_path: Path) -> None:
    """AP's ``not_seen`` (the facts its cut text may not state) loses the shared fact of
    the House's 60-48 vote, which AP's cut sentence prints; it keeps the Senate's vote
    of the week before, which it does not. Its omissions stay empty."""
    paths = []
    for side, item in (("center", AP_228), ("left", FREEP_228), ("right", POST_228)):
        path = tmp_path / f"{side}.json"
        path.write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    articles, _ = clean_paths(paths)
    story = analyze_story(articles)
    ap = next(a for a in story.articles if a.outlet == "Associated Press")
    entry = next(t for t in story.truncated_articles if t["article_id"] == ap.id)
    left = {item["claim_id"] for item in entry["not_seen"]}
    vote = next(f for f in story.facts if f.status == "shared"
                and any("60-48" in c.text for c in f.claims))  # fmt: skip
    senate = next(f for f in story.facts if f.status == "shared"
                  and any("Senate" in c.text for c in f.claims))  # fmt: skip
    assert vote.id not in left and senate.id in left
    assert story.omissions[ap.id] == []
