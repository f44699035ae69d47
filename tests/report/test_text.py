"""The terminal report: every section printed, and article text never read as rich markup."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from newsprism.report.text import QUOTE_WIDTH, TOP_ENTITIES, print_text
from tests.report.conftest import A_ID, B_ID


def _render(analysis: dict[str, Any]) -> str:
    console = Console(record=True, width=140, file=_Discard())
    print_text(analysis, console)
    return console.export_text()


class _Discard:
    """A file that drops what is written: the recording is what the tests read."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


@pytest.fixture
def output(story_analysis: dict[str, Any]) -> str:
    return _render(story_analysis)


def test_articles_table(output: str) -> None:
    assert "Articles" in output
    assert "Al Jazeera" in output and "Al Mayadeen" in output
    assert "2024-03-25 23:21 UTC" in output
    assert "date unknown" in output
    assert "https://aja.ws/d5f3wh" in output
    assert "US Warns Israel Against Large-Scale Invasion of Rafah" in output


def test_facts_by_status(output: str) -> None:
    shared = output.split("Shared:")[1].split("Conflicts:")[0]
    assert "F1" in shared and "F2" in shared and "Al Jazeera, Al Mayadeen" in shared
    conflicts = output.split("Conflicts:")[1].split("Unique:")[0]
    assert "Al Jazeera: about 1.4 million" in conflicts
    assert "Al Mayadeen: more than 1.9 million" in conflicts
    assert "number" in conflicts
    unique = output.split("Unique:")[1].split("Entities")[0]
    assert "F4" in unique and "F5" in unique


def test_conflict_shows_each_sides_own_sentence(story_analysis: dict[str, Any]) -> None:
    """Each side of a conflict is printed with its own sentence, not one representative:
    the second side's words appear only when it is shown."""
    fact = next(c for c in story_analysis["claims"] if c["status"] == "conflict")
    sides = fact["conflicts"][0]["sides"]
    sides[1]["sentence"] = "Officials counted more than 1.9 million people moved south."
    conflicts = _render(story_analysis).split("Conflicts:")[1].split("Unique:")[0]
    flat = " ".join(conflicts.split())
    assert "more than 1.9 million people moved south." in flat
    assert " ".join(sides[0]["sentence"].split()[:6]) in flat
    sides[1].pop("sentence")  # a side without its sentence falls back to the fact's text
    flat = " ".join(_render(story_analysis).split("Conflicts:")[1].split("Unique:")[0].split())
    assert "moved south" not in flat


def test_entities_quotes_framing_omissions_summary(output: str) -> None:
    assert "Antony Blinken" in output and "Miller, spokesman" in output
    quotes = output.split("Quotes")[1].split("Framing")[0]
    assert "Matthew Miller" in quotes and "White House" in quotes and "V1" in quotes
    framing = output.split("Framing")[1].split("Omissions")[0]
    assert "captives [captives-hostages] ×1" in framing
    assert "→ hostages" in framing
    assert "point out ×1" in framing
    assert "Matthew Miller ×2" in framing and "‘Israel’" in framing
    omissions = output.split("Omissions")[1].split("Summary")[0]
    assert "F5 unique" in omissions and "F4 unique" in omissions
    summary = output.split("Summary")[1]
    assert "Accounts differ — Al Jazeera: He pointed out" in summary
    assert A_ID not in summary and B_ID not in summary  # outlets, not hashes


def test_markup_in_article_text_prints_literally(story_analysis: dict[str, Any]) -> None:
    # An unbalanced closing tag would raise MarkupError if rich parsed it.
    story_analysis["articles"][0]["title"] = "[red]Red[/red] [/] [link=https://x.example]x[/link]"
    story_analysis["articles"][0]["outlet"] = "[bold]Outlet"
    story_analysis["quotes"][0]["text"] = "[blink]quoted[/blink]"
    output = _render(story_analysis)
    assert "[bold]" in output and "[/bold]" in output  # from the article text (F4)
    assert "[red]Red[/red] [/]" in output
    assert "[link=https://x.example]x[/link]" in output
    assert "[bold]Outlet" in output
    assert "[blink]quoted[/blink]" in output


def test_markup_is_not_styled(story_analysis: dict[str, Any]) -> None:
    console = Console(record=True, width=140, file=_Discard(), force_terminal=True)
    print_text(story_analysis, console)
    html = console.export_html(inline_styles=True)
    assert "[bold]Not" in html  # shown, not turned into bold text


def test_long_quotes_are_cut(story_analysis: dict[str, Any]) -> None:
    story_analysis["quotes"][0]["text"] = "word " * 60
    quotes = _render(story_analysis).split("Quotes")[1].split("Framing")[0]
    assert "…" in quotes
    assert "word " * (QUOTE_WIDTH // 5 + 1) not in " ".join(quotes.split())


def test_only_the_top_entities_are_listed(story_analysis: dict[str, Any]) -> None:
    story_analysis["entities"] += [
        {"id": f"X{n}", "name": f"Minor{n}", "type": "ORG", "aliases": [],
         "mentions": {A_ID: 0, B_ID: 0}}
        for n in range(20)
    ]  # fmt: skip
    total = len(story_analysis["entities"])
    output = _render(story_analysis)
    assert f"Entities (top {TOP_ENTITIES} of {total})" in output
    assert "Rafah" in output  # the most mentioned come first
    assert sum(f"Minor{n} " in output for n in range(20)) == TOP_ENTITIES - 6


def test_empty_sections_say_none(story_analysis: dict[str, Any]) -> None:
    story_analysis["claims"] = [c for c in story_analysis["claims"] if c["status"] != "conflict"]
    conflicts = _render(story_analysis).split("Conflicts:")[1].split("Unique:")[0]
    assert "(none)" in conflicts


def test_a_nested_quote_names_whose_quote_it_is_in(story_analysis: dict[str, Any]) -> None:
    outer = story_analysis["quotes"][0]
    inner = dict(outer, id=f"{outer['id']}-inner", speaker="Ann Inner", text="inner words",
                 within=outer["id"])  # fmt: skip
    story_analysis["quotes"].append(inner)
    quotes = " ".join(_render(story_analysis).split("Quotes")[1].split("Framing")[0].split())
    assert f"Ann Inner (quoted by {outer['speaker']})" in quotes


def test_a_speaker_named_through_an_office_or_a_title_shows_the_words(
        story_analysis: dict[str, Any]) -> None:  # fmt: skip
    base = story_analysis["quotes"][0]
    story_analysis["quotes"] += [
        dict(base, id="o", speaker="Ann Owner", speaker_as_written="a statement from her office",
             speaker_resolved="organisation"),
        dict(base, id="r", speaker="Rob Role", speaker_as_written="The spokesman",
             speaker_resolved="role"),
        dict(base, id="p", speaker="Pat Pronoun", speaker_as_written="She",
             speaker_resolved="pronoun"),
        dict(base, id="w", speaker="White House", speaker_as_written="the White House",
             speaker_resolved="organisation"),
        dict(base, id="n", speaker="Bo Owner", speaker_as_written="Netanyahu's office",
             speaker_resolved="organisation"),
        dict(base, id="a", speaker="Al Aide", speaker_as_written="A lawyer for Mr. Grimm",
             speaker_resolved="role"),
    ]  # fmt: skip
    quotes = " ".join(_render(story_analysis).split("Quotes")[1].split("Framing")[0].split())
    assert "Ann Owner (as “a statement from her office”)" in quotes
    assert "Rob Role (as “the spokesman”)" in quotes
    assert "Pat Pronoun (as" not in quotes and "White House (as" not in quotes
    # only a sentence's first article or possessive loses its capital, never a name
    assert "Bo Owner (as “Netanyahu's office”)" in quotes
    assert "Al Aide (as “a lawyer for Mr. Grimm”)" in quotes


def test_a_shared_fact_shows_each_outlets_own_sentence(story_analysis: dict[str, Any]) -> None:
    """Two facts may share one outlet's sentence (one sentence, two facts): printed with
    one representative they read as the same line twice."""
    fact = next(c for c in story_analysis["claims"] if c["id"] == "F2")
    own = [str(e["sentence"]).strip() for e in fact["evidence"]]
    assert len(set(own)) == 2
    shared = " ".join(_render(story_analysis).split("Shared:")[1].split("Conflicts:")[0].split())
    assert f"Al Jazeera: {' '.join(own[0].split())}" in shared
    assert f"Al Mayadeen: {' '.join(own[1].split())}" in shared


def test_a_one_outlet_fact_inside_a_quotation_says_whose_words(
        story_analysis: dict[str, Any]) -> None:  # fmt: skip
    """The seeds: Al Jazeera's "It would undermine its position in the world.”" (the tail
    of Miller's quote) was listed as a unique fact with nothing to say it is Miller's."""
    quote = {"id": f"{A_ID}:qx", "article_id": A_ID, "speaker": "Matthew Miller",
             "speaker_entity_id": None, "text": "This would weaken it. It would undermine it.",
             "kind": "direct", "cue": "said", "sentence_index": 9, "start": 5000, "end": 5046,
             "variant_group": None, "within": None}  # fmt: skip
    tail = "It would undermine its position in the world.”"
    named = "“It would undermine it,” Miller said."
    plain = "The meeting was held at the State Department."
    for fid, text, start in (("F90", tail, 5022), ("F91", named, 5000), ("F92", plain, 6000)):
        story_analysis["claims"].append({
            "id": fid, "status": "unique", "article_ids": [A_ID], "text": text,
            "evidence": [{"article_id": A_ID, "claim_id": f"{A_ID}:{fid}", "sentence": text,
                          "sentence_index": 9, "start": start, "end": start + 24}]})  # fmt: skip
    story_analysis["quotes"].append(quote)
    output = _render(story_analysis)
    assert output.count("quoted words of Matthew Miller") == 1  # the tail only
    # an omission of that tail says whose words it is, as the unique table does
    story_analysis["omissions"] = {B_ID: [{"claim_id": "F90", "status": "unique",
                                           "article_ids": [A_ID], "text": tail}]}  # fmt: skip
    omitted = _render(story_analysis).split("Omissions")[1]
    assert "quoted words of Matthew Miller" in omitted.split("Summary")[0]
    block = output[output.index("It would undermine its position"):]
    assert block.index("quoted words of Matthew Miller") < block.index("The meeting was held")


def test_an_unresolved_speaker_shows_the_articles_words(story_analysis: dict[str, Any]) -> None:
    """Session 20 reader: "(unattributed)" beside "according to the dashboard" read as a
    missed speaker. The words are shown, marked unresolved, never turned into a name."""
    base = story_analysis["quotes"][0]
    story_analysis["quotes"] += [
        dict(base, id="u", speaker=None, speaker_as_written="the dashboard",
             speaker_resolved="none", text="only 84 districts reported"),
        dict(base, id="n", speaker=None, speaker_as_written=None, speaker_resolved="none",
             text="nobody named"),
    ]
    quotes = " ".join(_render(story_analysis).split("Quotes")[1].split("Framing")[0].split())
    assert "(unresolved: “the dashboard”)" in quotes
    assert "(unattributed)" in quotes
