"""A bracketed acronym after an entity's name counts the same way in every outlet: as
no label of its own (session 25, i12-fixes26, compare/label_span.bracketed_alias). NeuS
raw row 191: Axios's "the Intergovernmental Panel on Climate Change (IPCC)" showed
"IPCC ×1" beside the name, NBC's "the U.N.'s Intergovernmental Panel on Climate Change
(IPCC)" showed the name alone, so the row showed a difference the texts do not have."""

from __future__ import annotations

import pytest

from newsprism.compare.label_span import bracketed_alias
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

NBC = ("Climate change is changing Earth in ways that are \"unprecedented\" in thousands — "
       "and in some cases, hundreds of thousands — of years, according to a blistering "
       "report released by the United Nations on Monday.\n\nThe sobering assessment also "
       "found that some changes that are already playing out, such as warming oceans and "
       "rising sea levels, are \"irreversible for centuries to millennia.\"\n\nThe report "
       "is the most comprehensive assessment from the U.N.'s Intergovernmental Panel on "
       "Climate Change (IPCC) since 2013 and provides the strongest case yet for "
       "human-caused global warming, saying it's...")  # fmt: skip
AXIOS = ("Global warming is happening so fast that scientists now say we'll cross a crucial "
         "temperature threshold as early as 2030 — up to a decade sooner than previously "
         "thought — according to a sweeping new UN-sponsored review of climate science "
         "published Monday.\n\nThe big picture: Atmospheric CO2 concentrations were higher "
         "in 2019 than at any time in at least 2 million years, and the past 50 years saw "
         "the fastest temperature increases in at least 2,000 years, according to the new "
         "assessment by the Intergovernmental Panel on Climate Change (IPCC).\n\nWhat "
         "they're saying: The report...")  # fmt: skip


@pytest.fixture(scope="module")
def row() -> dict:
    analysis = analyze_story([gold_article("nbc", NBC, outlet="NBC News"),
                              gold_article("axios", AXIOS, outlet="Axios")]).as_dict()
    (found,) = [r for r in analysis["label_choice"]["entities"]
                if r["name"] == "Intergovernmental Panel on Climate Change"]
    return found


def test_the_acronym_in_brackets_is_no_outlets_label(row: dict) -> None:
    texts = {label["text"] for labels in row["outlets"].values() for label in labels}
    assert "IPCC" not in texts
    assert "the U.N.'s Intergovernmental Panel on Climate Change" in texts
    assert "the Intergovernmental Panel on Climate Change" in texts


def test_bracketed_alias() -> None:
    text = "the Intergovernmental Panel on Climate Change (IPCC) met. The IPCC said so."
    name = (4, 45)  # "Intergovernmental Panel on Climate Change"
    first, second = text.index("IPCC"), text.rindex("IPCC")
    assert bracketed_alias(text, first, first + 4, [name, (second, second + 4)])
    assert not bracketed_alias(text, second, second + 4, [name, (first, first + 4)])
    # a bracket after another word, not after a mention of the entity
    text = "the panel met (IPCC) on Monday."
    at = text.index("IPCC")
    assert not bracketed_alias(text, at, at + 4, [])
