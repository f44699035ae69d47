"""A "possibly shared" fact is shown beside another outlet's sentence only when the two
share enough of the story's rarer words: a TF-IDF cosine (IDF over the story's sentences)
of ``PARTNER_TFIDF`` or more, the closest shown first (issue 12, session 25;
docs/eval-compare.md "Session 25: possibly shared partners, second pass").

NeuS raw row 364 (AllSides 5971, Biden ends the infrastructure talks with Capito): the
Washington Times' "The White House said Mr. Biden decided to jettison talks because
Republicans were not ready to “meet the essential needs of our country …”" was shown
beside HuffPost's lead ("The White House is done trying to negotiate …"), which tells
the end of the talks (a fact all three share) but not the White House's reason; the two
share few rare words (TF-IDF 0.16), and the fact is now a ``topic`` hedge, still not
confirmed as the Washington Times' alone. Row 351 (AllSides 5958, the G7 calls for a
study of Covid's origins): the Daily Caller's "G-7 nations filed a joint statement
calling for a “timely” investigation into the origins of COVID-19 in China on Sunday."
keeps a partner that states it (CNN's or the Hill's lead).

The story tests run the whole ``analyze_story`` on the three reports of each row as the
NeuS raw crawl gives them (``scripts/neus_raw_inputs.py``).
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.compare.unique import (
    CHECK,
    CHECK_WORDS,
    PARTNER_TFIDF,
    POSSIBLY_SHARED,
    TOPIC,
    worth_checking,
)
from newsprism.eval import gold_article

# fmt: off
R364 = {
    'Washington Times': (
        'President\xa0Biden\xa0abandoned bipartisan infrastructure talks with\xa0Senate\xa0Re'
        'publicans on Tuesday over the party’s unwillingness to compromise on rai'
        'sing taxes.\xa0\n\nThe\xa0White House\xa0said Mr.\xa0Biden\xa0decided to jettison talks b'
        'ecause Republicans were not ready to “meet the essential needs of our co'
        'untry to restore our roads and bridges, prepare us for our clean energy '
        'future, and create jobs.”\n\nRepublicans blamed the president for not back'
        'ing off on\xa0his\xa0plan to raise taxes.\n\n“I spoke with the president this af'
        'ternoon, and\xa0he\xa0ended our infrastructure negotiations,” said Republican '
        'Sen.\xa0Shelley Moore Capito\xa0of West Virginia, who had led the GOP’s talks '
        'with the\xa0White House....'),
    'HuffPost': (
        'The White House is done trying to negotiate on infrastructure with a gro'
        'up of Republicans after weeks of talks between President Joe Biden’s adm'
        'inistration and Sen. Shelley Moore Capito (R-W.Va.) came to an unceremon'
        'ious end Tuesday.\n\nThe administration is now turning its attention towar'
        'd a broader bipartisan group of 20 senators, which includes Sens. Joe Ma'
        'nchin (D-W.Va.) and Mitt Romney (R-Utah), as they continue to seek at le'
        'ast some GOP support for an infrastructure package.\n\nThe administration '
        'also said it was working with Democratic leaders in Congress to ensure p'
        'assage...'),
    'Axios': (
        'Infrastructure negotiations between President Biden and a group of Repub'
        'licans led by Sen. Shelley Moore Capito (R-W.Va.) have officially broken'
        ' down, and Biden now plans to turn his attention toward striking a deal '
        'with a separate, bipartisan group of senators, administration officials '
        "said Tuesday night.\n\nWhat we're hearing:\xa0When Biden and Capito spoke by "
        'phone on Tuesday, the call only lasted a few minutes, and it was clear t'
        'hat the two sides remain too far apart to find a compromise.\n\nThe two pa'
        "rties still hadn't agreed on how to define what..."),
}
R351 = {
    'CNN (Online News)': (
        'World leaders attending the\xa0Group of Seven summit\xa0on Sunday issued a cal'
        'l for a new study into the origins of Covid-19, including in China, afte'
        'r an initial report was deemed lacking because Beijing had refused to co'
        'operate.\n\nThey agreed to speak out against human rights abuses in China,'
        ' a matter that had been hotly debated behind closed doors over the cours'
        'e of the three-day summit.\n\n"I think we\'re in a contest with China ... i'
        'n a contest with autocratic governments around the world, as whether or '
        'not democracies can compete with...'),
    'The Daily Caller': (
        'G-7 nations filed a joint statement calling for a “timely” investigation'
        ' into the origins of COVID-19 in China on Sunday.\n\nThe leaders of G-7 na'
        'tions published a “shared agenda” on Sunday, the final day of the summit'
        ' in the U.K. The agenda detailed dozens of initiatives, but also called '
        'for the World Health Organization (WHO) to lead an investigation into wh'
        'ether COVID-19 leaked from a research lab in China.\n\n“We also call for a'
        ' timely, transparent, expert-led, and science-based WHO-convened Phase 2'
        ' COVID-19 Origins study including, as recommended by the...'),
    'The Hill': (
        'Group of Seven (G-7) leaders on Sunday called for a renewed, "transparen'
        't" investigation into the origins of the coronavirus and pledged to give'
        ' 1 billion vaccine doses to countries in need as their weekend of meetin'
        'gs in the United Kingdom came to an end.\n\nPresident Biden\xa0joined the lea'
        'ders of the U.K., Italy, Germany, Canada, Japan and France in signing a\xa0'
        "joint communique\xa0that addressed the group's commitments on the pandemic,"
        ' climate change, ransomware and corruption.\n\nThe leaders called for a "t'
        'imely, transparent, expert-led, and science-based [World Health Organiza'
        'tion]-convened Phase 2 COVID-19 Origins...'),
}
# fmt: on


def _story(texts: dict[str, str], day: str) -> dict[str, Any]:
    """The compare JSON of one NeuS row's reports, each under its outlet's name."""
    articles = [gold_article(f"neus:{outlet}", text, outlet=outlet, published_at=day)
                for outlet, text in texts.items()]  # fmt: skip
    return analyze_story(articles).as_dict()


def _fact(report: dict[str, Any], opening: str) -> dict[str, Any]:
    """The fact whose sentence opens with ``opening``."""
    [fact] = [f for f in report["claims"]
              if any(e["sentence"].startswith(opening) for e in f["evidence"])]
    return fact


def test_a_partner_with_few_rare_words_in_common_is_not_shown() -> None:
    """Row 364: HuffPost's lead is still near the Washington Times' White House reason
    (a names test, four words or more), but no longer a sentence to check."""
    fact = _fact(_story(R364, "2021-06-08"), "The White House said Mr. Biden decided")
    assert fact["status"] == POSSIBLY_SHARED and fact["hedge"] == TOPIC
    [huffpost] = [n for n in fact["near"] if n["sentence"].startswith("The White House is done")]
    assert huffpost["tfidf"] < PARTNER_TFIDF
    assert huffpost["why"] == "names" and huffpost["shared_words"] >= CHECK_WORDS
    assert not worth_checking(huffpost)
    assert worth_checking({k: v for k, v in huffpost.items() if k != "tfidf"})  # session 24


def test_a_partner_that_states_the_fact_is_kept_closest_first() -> None:
    """Row 351: the Daily Caller's G-7 call is shown beside another outlet's lead, which
    states it; of the sentences to check the closest in rare words comes first."""
    fact = _fact(_story(R351, "2021-06-13"), "G-7 nations filed a joint statement")
    assert fact["hedge"] == CHECK
    shown = fact["near"][0]
    assert shown["sentence"].startswith(("World leaders attending", "Group of Seven (G-7)"))
    assert shown["tfidf"] >= PARTNER_TFIDF
    to_check = [n for n in fact["near"] if worth_checking(n)]
    assert [n["tfidf"] for n in to_check] == sorted((n["tfidf"] for n in to_check), reverse=True)


def test_the_bar_reads_the_row_tfidf() -> None:
    row = {"why": "names", "probability": 0.15, "shared_words": CHECK_WORDS + 1}
    assert worth_checking(row | {"tfidf": PARTNER_TFIDF})
    assert not worth_checking(row | {"tfidf": PARTNER_TFIDF - 0.01})
    assert worth_checking(row)  # a row without the field (older JSON): as before
    # a relayed outlet's sentence is worth checking whatever its words
    assert worth_checking(row | {"tfidf": 0.0, "relayed": True})
    # without the same-fact model every lexical hit is, as before session 22
    assert worth_checking(row | {"tfidf": 0.0}, modelled=False)
