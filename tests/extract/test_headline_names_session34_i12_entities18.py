"""Entity rows for names written only in a headline (session 34, i12-entities18).

Stories written for the tests (not the gold's): a real parse, the real linker and the
real headline step; each rule with the case it keeps and the case it leaves."""

from __future__ import annotations

from newsprism.compare.story import _parse_articles, _story_entities
from newsprism.extract.headline_names import may_be_name, title_case
from newsprism.models import Article, Entity


def _article(aid: str, title: str, text: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=f"{aid}.json", text=text,
                   raw=text, raw_format="json", title=title, language="en")


def _rows(*reports: tuple[str, str]) -> list[Entity]:
    articles = [_article(f"a{n}", title, text) for n, (title, text) in enumerate(reports)]
    return _story_entities(articles, _parse_articles(articles), set()).entities


def _headline_rows(*reports: tuple[str, str]) -> list[tuple[str, dict[str, int]]]:
    return [(e.name, e.mentions) for e in _rows(*reports) if e.headline_only]


def test_a_name_only_a_headline_writes_gets_a_row_after_the_body_rows() -> None:
    rows = _rows(("Launch slips again after NASA review",
                  "Engineers in Houston found a cracked valve on Monday. The launch "
                  "will wait until the valve is replaced, Maria Ortega said."),
                 ("Rocket grounded in Houston",
                  "The flight was called off in Houston, Maria Ortega said."))
    heads = [e for e in rows if e.headline_only]
    assert [(e.name, e.mentions) for e in heads] == [("NASA", {"a0": 1})]
    assert rows[-1] is heads[0] and heads[0].id == f"E{len(rows)}"  # body ids unmoved
    assert heads[0].as_dict()["headline_only"] is True
    assert all("headline_only" not in e.as_dict() for e in rows if not e.headline_only)


def test_a_headline_name_the_body_already_has_adds_nothing() -> None:
    assert _headline_rows(
        ("Ortega shuts Denver parks",  # a surname of a body person, a place the body writes
         "Parks in Denver closed on Friday, Mayor Maria Ortega said."),
        ("EPA tightens the soot rule",  # the acronym of a body organisation
         "The Environmental Protection Agency tightened the soot rule on Friday."),
        ("GOP senators balk",  # the party, written "Republicans" in the body
         "Republicans said the rule went too far."),
        ("Flooding closes roads in rural Ore. counties",  # the state, spelled out below
         "Roads in eastern Oregon were closed on Sunday.")) == []


def test_common_words_in_a_title_case_headline_are_no_names() -> None:
    assert title_case("Storms Batter Coastal Towns As Ferries Halt Service")
    assert not title_case("Storms batter coastal towns as ferries halt")
    assert _headline_rows(
        ("Ferries Halt As Storms Batter Coastal Towns",
         "Storms closed the harbour on Tuesday, and the ferries stayed in port.")) == []


def test_a_span_across_a_possessive_is_no_headline_name() -> None:
    assert not may_be_name("Trudeau’s Ottawa", False, False, set())
    assert not may_be_name("Lagos's Eko", False, False, set())
    assert may_be_name("Ottawa Senators", False, False, set())


def test_a_one_word_name_where_the_capital_says_nothing() -> None:
    lower = {"tariffs", "left"}
    assert may_be_name("IMF", True, True, lower)  # capitals: an acronym
    assert not may_be_name("CTO", False, False, lower)  # a chief's title
    assert may_be_name("Portugal", True, False, lower)  # a country the data files know
    assert may_be_name("Nebraska", False, True, lower)  # a state, first in the line
    assert not may_be_name("Tariffs", True, False, lower)  # a word, title case
    assert not may_be_name("Harvests", False, True, set())  # a word, first in the line
    assert not may_be_name("Mbappe", True, False, lower)  # unknown: the capital says nothing
    assert not may_be_name("Left", False, False, lower)  # the story writes it lower case
    assert may_be_name("Kenya", False, False, lower)  # mid-line: the capital is a name
    assert not may_be_name("Port Authority", True, False, lower)  # title case: one word only
    assert not may_be_name("Port Authority", False, True, lower)  # first in the line
    assert may_be_name("Port Authority", False, False, lower)


def test_headlinese_glued_words_are_no_name() -> None:
    for span in ("Trudeau-Modi", "Ex-Navy SEAL", "Merkel BLASTS Berlin", "Macron pension"):
        assert not may_be_name(span, False, False, set()), span
    assert may_be_name("Bank of England", False, False, set())


def test_a_headline_span_glued_to_a_body_name_adds_nothing() -> None:
    assert _headline_rows(
        ("Ardern Treasury row deepens",
         "Jacinda Ardern defended the budget in Wellington on Monday.")) == []
