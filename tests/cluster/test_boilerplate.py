"""Closing boilerplate set aside before the clustering features (``cluster.boilerplate``)."""

from __future__ import annotations

import pytest

from newsprism.cluster.boilerplate import (
    body_without_footer,
    is_boilerplate,
    paragraphs_without_footer,
)

REPORT = ("The Senate passed the farm bill on Tuesday by 68 votes to 32. The bill now goes "
          "to the House, where its food-stamp cuts face opposition.")  # fmt: skip


@pytest.mark.parametrize("footer", [
    "Copyright 2024 The Associated Press. All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Associated Press writers in Washington contributed to this report.",
    "Reporting by Jane Doe; Editing by Alex Smith",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "© 2024 Example Media",
    "Sign up for the Morning Wire to get the day's top stories delivered to your inbox.",
    "Follow Example News on Twitter for the latest.",
    "Follow AP's coverage of the farm bill at https://apnews.com/hub/farm-bill.",
    "https://example.com/politics/farm-bill",
])
def test_each_kind_of_closing_line_is_cut(footer: str) -> None:
    assert is_boilerplate(footer)
    assert body_without_footer(f"{REPORT}\n\n{footer}") == REPORT
    assert body_without_footer(f"{REPORT} {footer}") == REPORT


def test_only_the_closing_run_is_cut_and_a_cue_in_the_middle_stays() -> None:
    middle = f"{REPORT}\n\nAll rights reserved, said the farmers' union.\n\nThe vote was close."
    assert body_without_footer(middle) == middle
    ending = "The union's newsletter said the cuts went too far."
    assert body_without_footer(f"{REPORT} {ending}") == f"{REPORT} {ending}"


def test_a_text_of_boilerplate_alone_keeps_its_words() -> None:
    alone = "Copyright 2024 Example Media. All rights reserved."
    assert body_without_footer(alone) == alone
    assert body_without_footer("") == ""


def test_paragraphs_lose_the_same_closing_lines() -> None:
    footer = ["Reporting by Jane Doe; Editing by Alex Smith", "© 2024 Example Media"]
    assert paragraphs_without_footer([REPORT, *footer]) == [REPORT]
    assert paragraphs_without_footer([]) == []
