"""A name that is the first words of a longer capitalised name is not counted as that
name (session 24, i12-fixes25): CNBC's "economists surveyed by Dow Jones" (the company)
and Fox's "Dow Jones Industrial Average futures" (an index) made one "Dow Jones" row
with a mention in each report (NeuS raw row 376). Real parses (spaCy), real linking."""

from __future__ import annotations

from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.models import Entity

CNBC = ("Payrolls were expected to increase by 671,000, according to economists surveyed "
        "by Dow Jones.")
FOX = ("Dow Jones Industrial Average futures were higher by 75 points, or 0.22%, while "
       "S&P 500 futures and Nasdaq 100 futures edged up 0.3% and 0.38%, respectively.")
OTHER = "The forecast, compiled by Dow Jones, was too high, analysts said."


def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    return link_entities({k: find_mentions(nlp(t), k) for k, t in texts.items()}, texts)


def _row(story: StoryEntities, alias: str) -> Entity | None:
    return next((e for e in story.entities if alias in e.aliases), None)


def test_an_index_named_after_a_company_is_not_the_company() -> None:
    row = _row(_link({"cnbc": CNBC, "fox": FOX}), "Dow Jones")
    assert row is not None and row.mentions == {"cnbc": 1}


def test_the_name_alone_is_still_counted() -> None:
    row = _row(_link({"cnbc": CNBC, "other": FOX + " " + OTHER}), "Dow Jones")
    assert row is not None and row.mentions.get("other") == 1


def test_a_headline_verb_after_the_name_continues_no_name() -> None:
    quoted = "The Root ran the headline “Dow Jones Is Wrong About Jobs” on Friday."
    row = _row(_link({"cnbc": CNBC, "root": quoted}), "Dow Jones")
    assert row is not None and row.mentions.get("root") == 1
