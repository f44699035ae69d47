"""Session 32 (i12-reader): one reading of a name's initials for every caller
(``newsprism.extract.initials``), in words unlike the golds'."""

from __future__ import annotations

import pytest

from newsprism.compare.former_titles import same_body
from newsprism.eval.speakers import same_speaker
from newsprism.extract.entities import StoryEntities, find_mentions, link_entities
from newsprism.extract.initials import (
    acronym_letters,
    initials,
    name_words,
    spells,
    spells_skipping,
)
from newsprism.extract.nlp import load_nlp
from newsprism.models import Entity


@pytest.mark.parametrize(("name", "expected"), [
    ("Royal Society for the Protection of Birds", "rspb"),
    ("Campaign to Protect Rural England", "cpre"),
    ("Council on Hemispheric Affairs", "cha"),
    ("Citizens for a Sound Economy", "cse"),
    ("Anti-Slavery International", "asi"),  # a hyphen cuts words
    ("Marks & Spencer", "ms"),
    ('"Federal Bureau" of Prisons', "fbp"),  # punctuation gives no letter
    ("Kremlin", ""),  # one word has no acronym
    ("the Kremlin", ""),
])  # fmt: skip
def test_initials_leave_out_the_connectors(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_name_words_keep_an_ampersand_and_drop_bare_punctuation() -> None:
    assert name_words("Tate & Lyle -- Sugars/Syrups") == ["Tate", "&", "Lyle", "Sugars",
                                                           "Syrups"]  # fmt: skip


def test_acronym_letters_drop_dots_and_ampersands() -> None:
    assert acronym_letters("R.S.P.B.") == "rspb"
    assert acronym_letters("P&O") == "po"


@pytest.mark.parametrize(("acronym", "name"), [
    ("RSPB", "Royal Society for the Protection of Birds"),
    ("R.S.P.B.", "Royal Society for the Protection of Birds"),
    ("P&O", "Peninsular & Oriental"),
    ("PO", "Peninsular and Oriental"),
])  # fmt: skip
def test_spells_exactly(acronym: str, name: str) -> None:
    assert spells(acronym, name)


@pytest.mark.parametrize(("acronym", "name"), [
    ("RSB", "Royal Society for the Protection of Birds"),  # a letter left out
    ("RSFPB", "Royal Society for the Protection of Birds"),  # a connector's letter
    ("R", "Royal Society"),  # one letter is no acronym
    ("SP", "Society"),
])  # fmt: skip
def test_other_letters_do_not_spell(acronym: str, name: str) -> None:
    assert not spells(acronym, name)


@pytest.mark.parametrize(("acronym", "name", "expected"), [
    ("FWS", "United States Fish and Wildlife Service", True),  # a word skipped
    ("DoT", "Department of Transportation", True),
    ("DOT", "Department of Transportation", True),  # the connector's letter may count
    ("UKAEA", "U.K. Atomic Energy Authority", True),  # each letter of "U.K." counts
    ("BBC", "Greater Manchester", False),
    ("TW", "Taiwan", False),  # one word
])  # fmt: skip
def test_spells_skipping_when_the_text_pairs_them(acronym: str, name: str,
                                                   expected: bool) -> None:  # fmt: skip
    assert spells_skipping(acronym, name) is expected


def test_the_callers_share_the_connectors() -> None:
    """The speaker scorer and the job-title reader read "to" as the merge does."""
    assert same_speaker("CPRE", "Campaign to Protect Rural England")
    assert same_body("CPRE", "Campaign to Protect Rural England")
    assert not same_body("CTPRE", "Campaign to Protect Rural England")


# --- the merge reads a hyphenated name as written (org_merge._written_acronyms) -------

def _link(texts: dict[str, str]) -> StoryEntities:
    nlp = load_nlp()
    return link_entities({k: find_mentions(nlp(t), k) for k, t in texts.items()}, texts)


def _rows(story: StoryEntities, alias: str) -> list[Entity]:
    return [e for e in story.entities if alias in e.aliases]


def test_a_hyphenated_name_is_its_acronym() -> None:
    story = _link({
        "a": "The Anti-Defamation League said on Monday that the posts broke its rules.",
        "b": "The ADL said the company had ignored warnings from its own staff for years.",
    })  # fmt: skip
    rows = _rows(story, "ADL")
    assert len(rows) == 1 and "Anti-Defamation League" in rows[0].aliases


def test_other_letters_keep_a_hyphenated_name_apart() -> None:
    story = _link({
        "a": "The Anti-Defamation League said on Monday that the posts broke its rules.",
        "b": "The ADF said the company had ignored warnings from its own staff for years.",
    })  # fmt: skip
    assert not any("Anti-Defamation League" in e.aliases for e in _rows(story, "ADF"))
    assert _rows(story, "ADF")  # the acronym is a row of its own
