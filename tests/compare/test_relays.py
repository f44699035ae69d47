"""Relays (compare/relays.py): a sentence that passes on another outlet's report, found
on real parses, and a story whose agreement rests on one (NeuS-AllSides raw row 262:
Axios's "…, the Washington Post reports" beside the Post's own lead) said to be one
source in the JSON, the summary and the reports; the partly shared rest that another
outlet states is not called the outlet's own."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from rich.console import Console

from newsprism.compare.align import AlignedClaim
from newsprism.compare.relays import (
    article_names,
    independent_sources,
    outlet_names,
    sentence_relay,
    surnames,
)
from newsprism.compare.story import analyze_story
from newsprism.compare.summary import summarize
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article, Claim
from newsprism.report.facts_view import shared_facts_view
from newsprism.report.relay_view import relay_note, sources_note
from newsprism.report.text import print_text

# NeuS-AllSides raw crawl, row 262 (AllSides story of 2021-07-13), as crawled
AXIOS = ("ederal laws imposing a minimum age of 21 to purchase handguns from licensed dealers "
         "violate the Second Amendment, a federal appeals court\xa0ruled\xa0Tuesday.\n\n"
         "Why it matters:\xa0The ruling could have implications for efforts to restrict gun "
         "sales nationally in the future, the Washington Post\xa0reports.\n\n"
         "The big picture:\xa0A three-judge panel of the 4th US Circuit Court of Appeals ruled "
         "the restrictions unconstitutional, with the opinion stating that 18-year-olds "
         "possess a Second Amendment right to gun ownership.")  # fmt: skip
POST = ("Laws preventing firearms dealers from selling handguns to young adults under age 21 "
        "are unconstitutional, a federal appeals court said Tuesday in a ruling that could "
        "have implications for efforts to restrict such sales nationally.\n\n"
        "In\xa0a divided decision, a three-judge panel of the U.S. Court of Appeals for the 4th "
        "Circuit said the existing minimum age requirement for purchases from federally "
        "licensed gun dealers restricts the rights of law-abiding citizens and draws an "
        "arbitrary, unjustified line.")  # fmt: skip


def _relay(sentence: str, own: str | None = None):
    return sentence_relay(list(load_nlp()(sentence)), outlet_names([]), own)


@pytest.mark.parametrize(("sentence", "outlet", "cue"), [
    # NeuS raw row 262 (Axios) and row 106 (The Hill, National Review)
    ("Why it matters: The ruling could have implications for efforts to restrict gun sales "
     "nationally in the future, the Washington Post reports.", "The Washington Post",
     "the Washington Post reports"),
    ("Former Democratic presidential and New York City mayoral candidate Andrew Yang is "
     "planning on launching a third party, two people familiar with the situation told "
     "Politico.", "Politico", "told Politico"),
    ("The news was first reported by The New York Times.", "The New York Times",
     "reported by The New York Times"),
    ("Biden will travel to Ohio on Friday, according to Reuters.", "Reuters",
     "according to Reuters"),
    ("The senator said in an interview with NBC News that he would vote no.", "NBC News",
     "interview with NBC News"),
])  # fmt: skip
def test_an_outlet_in_a_relaying_role_is_a_relay(sentence: str, outlet: str, cue: str) -> None:
    relay = _relay(sentence)
    assert relay is not None and relay.outlet == outlet and relay.cue == cue
    assert sentence[relay.start:relay.end] == cue


@pytest.mark.parametrize("sentence", [
    "Trump attacked CNN and The New York Times on Twitter on Monday.",  # named, not cited
    "The National Guard said it would deploy 500 troops to the city.",  # a longer name
    "Fox News host Tucker Carlson said the vaccine mandate was unlawful.",  # a speaker's job
])  # fmt: skip
def test_an_outlet_named_otherwise_is_no_relay(sentence: str) -> None:
    assert _relay(sentence) is None


def test_an_outlet_citing_itself_is_its_own_reporting() -> None:
    sentence = ("Yang is set to launch a third party, two people familiar with the plans "
                "told Politico.")
    assert _relay(sentence, own="Politico") is None
    assert _relay(sentence, own="The Hill") is not None


def _claim(cid: str, article: str) -> Claim:
    return Claim(id=cid, article_id=article, text="", sentence_index=0, start=0, end=0)


def test_independent_sources_count_a_relayed_outlet_once() -> None:
    claims = [_claim("a:c1", "axios"), _claim("w:c1", "post"), _claim("b:c1", "breitbart")]
    post = {"outlet": "Washington Post", "article_id": "post"}
    assert independent_sources(claims, {}) == 3
    assert independent_sources(claims, {"a:c1": post}) == 2
    reuters = {"outlet": "Reuters"}  # not in the story: two outlets relaying it are one
    assert independent_sources(claims[::2], {"a:c1": reuters, "b:c1": reuters}) == 1
    # an article with a sentence of its own beside the relaying one stays a source
    both = [*claims[:2], _claim("a:c2", "axios")]
    assert independent_sources(both, {"a:c1": post}) == 2


@pytest.fixture(scope="module")
def story() -> dict:
    articles = [Article(id=i, content_hash=i, source_path=f"{i}.txt", text=t, raw="",
                        raw_format="text", outlet=o)
                for i, t, o in (("axios", AXIOS, "Axios"), ("post", POST, "Washington Post"))]
    return analyze_story(articles).as_dict()


def _relayed(story: dict) -> dict:
    (fact,) = [f for f in story["claims"]
               if any("relayed_from" in e for e in f["evidence"])]  # fmt: skip
    return fact


def test_a_fact_resting_on_a_relay_is_one_source(story: dict) -> None:
    fact = _relayed(story)
    assert fact["article_ids"] == ["axios", "post"] and fact["independent_sources"] == 1
    (evidence,) = [e for e in fact["evidence"] if "relayed_from" in e]
    relay = evidence["relayed_from"]
    assert evidence["article_id"] == "axios" and relay["article_id"] == "post"
    assert AXIOS[relay["start"]:relay["end"]] == "the Washington Post\xa0reports"
    names = {"axios": "Axios", "post": "Washington Post"}
    assert relay_note(fact, names) == "Axios cites Washington Post for this: one source, not 2"
    # no fact without a relay carries the count
    assert all("independent_sources" not in f for f in story["claims"] if f is not fact)


def test_the_rest_a_shared_fact_states_is_not_called_the_outlets_own(story: dict) -> None:
    out = io.StringIO()
    print_text(story, Console(file=out, width=200, color_system=None))
    text = out.getvalue()
    assert "Washington Post's own" not in text
    assert "the rest of the sentence is also stated by Axios" in text
    assert "Axios cites Washington Post for this: one source" in text
    # the Post's lead is in the shared fact with Axios's lead, and in the partly shared one
    partly = [f for f in story["claims"] if f["status"] == "partly_shared"]
    rests = [e["rest_also_in"] for f in partly for e in f["evidence"] if "rest_also_in" in e]
    assert rests == [[{"article_id": "axios", "claim_id": "axios:c1", "through": "sentence"}]]


def test_the_web_view_and_the_summary_say_so(story: dict) -> None:
    def cite(article_id, fact_id=None, claim_id=None):
        return type("C", (), {"label": {"axios": "Axios", "post": "Washington Post"}[article_id],
                              "href": None})()  # fmt: skip

    view = shared_facts_view(story["claims"], story["articles"], cite)
    assert any(f["relay"].startswith("Axios cites Washington Post") for f in view)
    line = {"article_ids": ["axios", "post"], "independent_sources": 1}
    assert sources_note(line) == "one source (an outlet cites another)"
    assert sources_note({"article_ids": ["axios", "post"]}) == ""


def test_a_person_of_an_outlets_name_a_disputed_report_and_a_quote_are_no_relay() -> None:
    # BASIL 2153fb3e (HuffPost): Rep. Randy Forbes, not Forbes magazine
    doc = load_nlp()("Rep. Randy Forbes spoke on the House floor. \"Our national motto was "
                     "'E pluribus unum,'\" Forbes said.")  # fmt: skip
    last = list(list(doc.sents)[-1])
    assert sentence_relay(last, outlet_names([]), None) is not None  # the name alone
    assert sentence_relay(last, outlet_names([]), None, surnames(doc)) is None
    # BASIL 1bb79cc1 (NYT): the sentence says the report was wrong, it does not pass it on
    assert _relay("In a report that set off the latest tempest, ABC News reported "
                  "incorrectly that Mr. Rhodes had emphasized the need.") is None
    # BASIL 3db93526 (Fox): "AP reports" is inside Perry's quoted words
    assert _relay("Perry stated, \"just when you thought he could not get any more out of "
                  "touch, AP reports his administration wants to act,\" in a statement.") is None
    # BASIL 8dc7ccfe (Fox): a quotation opened and not closed in the sentence
    assert _relay("\"I just saw the reports that he had previously said he opposed same-sex "
                  "marriage and now according to ABC News he saying that he supports it.") is None
    # NeuS raw 294 (Fox): a mark followed by a space closes the quote before the cue
    for mark in ("\" ", "\"\xa0"):
        assert _relay(f"{mark}Politico reported, citing interviews with 22 current and former "
                      "aides.") is not None
    # BASIL 550b80db (HuffPost) and NeuS raw 360 (National Review): about a report or
    # an interview, not passing it on
    assert _relay("\"Rage\" is a word that doesn't appear in Newsweek's actual profile of "
                  "Bachmann.") is None
    assert _relay("Kamala Harris was not happy, and after her disastrous interview with NBC’s "
                  "Lester Holt, we can see why.") is None
    # NeuS raw 415 (Fox): a New Yorker is a person
    assert _relay("\"Stop telling me this is about Israel,\" said a New Yorker who was "
                  "confronted on his way to synagogue.") is None


def test_the_post_is_the_post_its_article_or_story_names() -> None:
    story = outlet_names([SimpleNamespace(outlet="Washington Post"),
                          SimpleNamespace(outlet="Fox News (Online News)")])  # fmt: skip
    assert story["post"] == "Washington Post" and "fox" not in story  # "Fox said": a person
    # NeuS raw row 190 (Fox): the sentence before names the New York Post
    fox = ("On Sunday, the New York Post publicized images of Obama dancing without a mask. "
           "According to the Post, Rapper Trap Beckham confirmed it.")  # fmt: skip
    assert article_names(story, fox)["post"] == "New York Post"
    # NeuS raw row 385: a story with the Washington Post and the New York Post
    both = outlet_names([SimpleNamespace(outlet="Washington Post"),
                         SimpleNamespace(outlet="New York Post (News)")])  # fmt: skip
    assert "post" not in both


def test_an_outlets_journalist_told_is_a_relay() -> None:
    # NeuS raw row 32 (The Hill)
    relay = _relay("“In terms of a temporary lifting of the debt ceiling, we view that as a "
                   "victory,” she told CNN's Jake Tapper.")  # fmt: skip
    assert relay is not None and relay.outlet == "CNN" and relay.cue == "told CNN's Jake Tapper"
    assert _relay("Trump attacked CNN's Jim Acosta on Monday.") is None


def test_a_summary_line_resting_on_a_relay_says_it_is_one_source() -> None:
    # NeuS raw row 262: Axios's relaying sentence and the Post's own, one shared fact
    axios = Claim("axios:c2", "axios", 1, "The ruling could have implications for efforts "
                  "to restrict gun sales nationally, the Washington Post reports.")  # fmt: skip
    post = Claim("post:c1", "post", 0, "The ruling could have implications for efforts to "
                 "restrict gun sales nationally.")  # fmt: skip
    fact = AlignedClaim("F1", "shared", [axios, post])
    articles = [Article(id=i, content_hash=i, source_path=f"{i}.txt", text=c.text, raw="",
                        raw_format="text", outlet=o)
                for i, c, o in (("axios", axios, "Axios"), ("post", post, "Washington Post"))]
    [line] = summarize(articles, [fact])
    assert line["article_ids"] == ["axios", "post"] and "independent_sources" not in line
    fact.relays = {"axios:c2": {"outlet": "Washington Post", "cue": "the Washington Post reports",
                                "start": 0, "end": 0, "article_id": "post"}}  # fmt: skip
    [line] = summarize(articles, [fact])
    assert line["article_ids"] == ["axios", "post"] and line["independent_sources"] == 1
    assert sources_note(line) == "one source (an outlet cites another)"


def test_an_outlets_show_misread_as_a_verb_still_relays() -> None:
    # NeuS raw row 174 (Washington Examiner): the tagger reads "Face" as a verb
    relay = _relay("During an interview with CBS's Face the Nation, Hochul said she wanted "
                   "the women to know.")  # fmt: skip
    assert relay is not None and relay.outlet == "CBS News"
