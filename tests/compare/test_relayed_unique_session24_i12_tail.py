"""A unique fact that relays a story's outlet is checked against that outlet's own
sentences (issue 12, session 24; docs/compare.md "Attribution tails (session 24)").

NeuS raw row 353 (AllSides 5960, the Justice Department's inspector general to probe
the seizure of lawmakers' data): Newsmax's "CNN said the IG's office announced the probe
on Friday." was shown as unique (and as a summary line, and "not in CNN's text … unknown
whether it says it"), though CNN's own first sentence ends "…, the office announced
Friday." The relay's words ("CNN", "said") kept the words test from passing; on the
relayed words alone it passes against CNN's sentence, which is now shown to check.
The story tests run the whole ``analyze_story`` on the three reports of the row as the
NeuS raw crawl gives them (``scripts/neus_raw_inputs.py``).
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.story import analyze_story
from newsprism.compare.unique import CHECK, worth_checking
from newsprism.eval import gold_article

# fmt: off
R353 = {
    'CNN (Online News)': (
        "The Justice Department's inspector general will investigate the department's h"
        "andling of a leak investigation into\xa0former President Donald Trump's political"
        ' enemies\xa0that included a subpoena to collect metadata of lawmakers, staff and '
        'some family members, the office announced Friday.\n\nThe request comes as House '
        'Intelligence Committee Democrats held a briefing led by Chairman Adam Schiff. '
        "A source said that members were 'animated' in trying to figure out who at the "
        'Justice Department and in the Trump administration were behind the effort to s'
        'eize their records.\n\nThe activity follows the\xa0bombshell revelation\xa0that prosec'
        'utors in...'),
    'The Hill': (
        "The Justice Department's internal watchdog will investigate the secret seizure"
        ' of data from Democratic lawmakers and reporters during leak investigations in'
        'itiated under the Trump administration.\n\nThe probe follows news of a departmen'
        't decision in 2017 and 2018 to issue subpoenas seeking metadata from House Int'
        'elligence Committee Chair\xa0Adam Schiff\xa0(D-Calif.) and fellow committee member R'
        'ep.\xa0Eric Swalwell\xa0(D-Calif.) during leak investigations.\n\nIn recent weeks, the'
        ' Department of Justice (DOJ) also notified reporters at three different outlet'
        's their records were sought in similar investigations and dropped the gag orde'
        'rs limiting disclosure of the seizure.'),
    'Newsmax (News)': (
        "The Justice Department's\xa0inspector general has agreed to\xa0probe how the departm"
        'ent handled a leak investigation during the Trump administration that included'
        ' a subpoena for metadata of some lawmakers, staff, and family members,\xa0CNN\xa0is '
        'reporting.\n\nThe news network had reported that the action came after Deputy At'
        "torney General Lisa Monaco had requested the investigation. CNN said the IG's "
        'office announced the probe on Friday.\n\nThe New York Times said that prosecutor'
        's in the Justice Department under former President Donald Trump seized data fr'
        'om Apple from two Democrat\xa0lawmakers on the House Intelligence Committee,\n\nSub'
        'poenas...'),
}
# fmt: on
TAIL = "The Justice Department's inspector general will investigate"


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


def test_a_relayed_fact_is_checked_against_the_relayed_outlet() -> None:
    """Row 353: Newsmax's relay of CNN is no longer unique nor a summary line: CNN's
    sentence with the attribution tail is shown beside it to check."""
    report = _story(R353, "2021-06-11")
    fact = _fact(report, "CNN said the IG's office announced")
    assert fact["status"] == "possibly_shared" and fact["hedge"] == CHECK
    [cnn] = [n for n in fact["near"] if n["sentence"].startswith(TAIL)]
    assert cnn["relayed"] is True and worth_checking(cnn)
    assert not any(line["claim_id"] == fact["id"] for line in report["summary"])


def test_without_the_relay_the_sentence_stays_unique() -> None:
    """The same Newsmax sentence without "CNN said" has no relay: the loose tests alone
    decide, as before (the rule reads the relay, not the words)."""
    texts = dict(R353)
    texts["Newsmax (News)"] = texts["Newsmax (News)"].replace(
        "CNN said the IG's office announced", "The IG's office announced")
    fact = _fact(_story(texts, "2021-06-11"), "The IG's office announced")
    assert not any(n.get("relayed") for n in fact.get("near") or [])


def test_a_relayed_row_is_worth_checking() -> None:
    assert worth_checking({"why": "score", "probability": 0.0, "shared_words": 3,
                           "relayed": True})
    assert not worth_checking({"why": "score", "probability": 0.0, "shared_words": 3})
