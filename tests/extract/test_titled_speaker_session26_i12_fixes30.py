"""A capitalised name no entity covers, opening a sentence before "says", speaks
(i12-fixes30, session 26; gold/speakers-basil6's "Hotline On Call says"). Real parse."""

from __future__ import annotations

LEAD = ("At least one GOP insider told the Washington Post that the chairman would seek "
        "another term.\n\n")  # fmt: skip
HOTLINE = (LEAD + "Hotline On Call says the nature of the decision is a \"closely guarded "
           "secret\" and reports that \"even his top advisors say they don't know.\"")


def test_a_blog_named_in_title_case_speaks(speakers_at) -> None:
    assert speakers_at(HOTLINE, "closely guarded") == ["Hotline On Call"]


def test_a_phrase_with_lower_case_words_is_not_read_as_a_name(speakers_at) -> None:
    """Only a run of capitalised words: a phrase the parse left without a subject keeps
    the other rules' answer (here: none of this rule's)."""
    text = LEAD + ("Hotline on the hill says the nature of the decision is a \"closely "
                   "guarded secret.\"")
    assert "Hotline on the hill" not in speakers_at(text, "closely guarded")
