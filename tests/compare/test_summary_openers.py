"""A summary line whose opening phrase points back is no line (session 23): the phrase
before the first comma read by its head (a demonstrative, "same"/"next", a relative time,
"the" and a bare noun), not by a list of markers; and, in a line that is not its
article's first sentence, a bare definite subject ("The mandate, which …")."""

from __future__ import annotations

import pytest

from newsprism.compare.align import AlignedClaim
from newsprism.compare.openers import definite_subject_points_back, opener_points_back
from newsprism.compare.readable import unusable_reasons
from newsprism.compare.summary import summarize
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article, Claim


def _first(text: str) -> object:
    return next(iter(load_nlp()(text).sents))


@pytest.mark.parametrize("line", [
    "In the process, we’re told to be good automatons and embrace “equality.”",  # NeuS r387
    "By then, the Senate had already left for its August recess.",
    "At the same time, Congress needs to keep the government funded.",
    "Days later, the company apologized for the remarks.",
    "Despite this, the measure passed the House on Thursday.",
    "In the poll, Mitt Romney leads the field with 21 percent.",
    "On the other end, the tax liability for those making below $40,000 would drop.",
    "Since then, much intrigue has surrounded the conversations.",
    "Given that, Mr. Sellers said, Wal-Mart’s personnel decisions were “standardless.”",
    "The next day, he clarified that he was merely commenting on religious freedom.",
])  # fmt: skip
def test_an_opener_with_an_anaphoric_head_points_back(line: str) -> None:
    assert opener_points_back(_first(line))
    assert "pronoun" in unusable_reasons(line, [])


@pytest.mark.parametrize("line", [
    "This week, the Senate passed the bill 60-40.",  # the reader's own time
    "For next year, the IMF has kept its global growth projection at 4.9%.",
    "In the process of negotiating the deal, Biden gave ground on taxes.",  # says which
    "After the 2010 election, Obama changed course on taxes.",  # a name says which
    "In the past, the agency has denied any wrongdoing in such cases.",  # generic
    "A former party chairman, Mike Duncan, also is considering a run.",  # the subject
    "When the vote was called, senators left the chamber.",  # a clause, not a phrase
    "Low-income earners would get a big tax break under the plan.",  # no opener
])  # fmt: skip
def test_an_opener_that_says_what_it_leans_on_is_kept(line: str) -> None:
    assert not opener_points_back(_first(line))


def test_a_bare_definite_subject_points_back_only_after_the_lead() -> None:
    """NeuS row 91: the LA Times' second sentence; its first names the order. A line
    shown before it that names the noun gives the summary reader its referent."""
    line = ("The mandate, which will be issued by Friday, will require patrons and employees "
            "to have at least one vaccine dose by Oct. 7.")
    assert definite_subject_points_back(_first(line)) == "The mandate"
    assert "pronoun" in unusable_reasons(line, [], line, before="Proof will be required.")
    assert "pronoun" not in unusable_reasons(line, [], line, before="")
    named = "Los Angeles County announced a mandate for bars on Wednesday."
    assert "pronoun" not in unusable_reasons(line, [named], line, before="Proof will be required.")
    for says_which in ("The pace of consumer price inflation fell in August.",
                       "The Port of Los Angeles will operate around the clock.",
                       "The photographs that should be seared in memory are others.",
                       "The president's budget director told Fox News that it would."):
        assert not definite_subject_points_back(_first(says_which)), says_which


def test_the_summary_takes_the_next_line_when_an_opener_points_back() -> None:
    """One outlet's unique facts: the first opens "In the process," and is passed over."""
    sentences = ("Pride month opened with parades in several cities.",
                 "In the process, we are told to embrace the new rules.",
                 "Mayor Michelle Wu signed the festival budget on Monday.")
    text = "\n\n".join(sentences)
    article = Article(id="A", content_hash="A", source_path="A.txt", text=text, raw="",
                      raw_format="text", outlet="Outlet A")
    facts = []
    for i, sentence in enumerate(sentences[1:], 1):
        start = text.index(sentence)
        claim = Claim(f"A:c{i}", "A", i, sentence, start=start, end=start + len(sentence))
        facts.append(AlignedClaim(f"F{i}", "unique", [claim]))
    lines = summarize([article], facts)
    assert [line["text"] for line in lines] == [sentences[2]]
