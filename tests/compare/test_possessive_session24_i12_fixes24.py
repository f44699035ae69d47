"""A possessive "their"/"its" with nothing before it to stand for makes a summary line
unreadable alone (session 24, i12-fixes24): National Review's "We honor their story."
(NeuS raw row 497), cut out of Biden's statement, was a summary line. Real parses."""

from __future__ import annotations

from newsprism.compare.readable import unusable_reasons

LINE = "According to Joe Biden, “We honor their story.”"


def test_their_with_no_owner_in_the_line_points_back() -> None:
    assert "pronoun" in unusable_reasons(LINE, [])


def test_their_after_or_before_its_owner_is_readable() -> None:
    for line in ("According to Joe Biden, “Armenians honour their dead.”",
                 "Moreover, by taking their oaths of office, lawmakers swear to abide by the "
                 "Constitution.",
                 "Joe Biden and Kamala Harris announced their plan on Saturday."):
        assert "pronoun" not in unusable_reasons(line, []), line


def test_that_on_a_noun_nothing_defines_points_back() -> None:
    # the line the summary fell back to once the "their" line was left out (row 497)
    assert "pronoun" in unusable_reasons("According to Joe Biden, “We see that pain.”", [])
    assert "pronoun" not in unusable_reasons(
        "According to Joe Biden, “We see that pain which the survivors carried.”", [])


def test_this_alone_as_the_object_points_back() -> None:
    # the quotation's last sentence, the next fallback on row 497
    line = ("According to Joe Biden, “We do this not to cast blame but to ensure that what "
            "happened is never repeated.”")
    assert "pronoun" in unusable_reasons(line, [])
    assert "pronoun" not in unusable_reasons("The senator signed the bill that he wrote.", [])
