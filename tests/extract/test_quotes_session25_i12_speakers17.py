"""Session 25, branch i12-speakers17 (docs/eval-quotes.md, "Session 25: quotations
under 'called'"), on real sentences through the real parser.

One word in marks that the subject names a thing by (``named.named_as``) is the
subject's: "Sarah Palin called the cover “sexist.”" (after the NYT's "which the former
governor — and many others — called “sexist.”", BASIL 550b80db). Until this branch every
one-word quotation was left alone as a scare quote. Guards: a scare quote on a noun
("the “heartbeat” bill"), a word inside what is asked for ("called for a “balanced”
agreement", BASIL cad4bba5), a passive, and a capitalised word (a name) stay no quote.
"""

from __future__ import annotations

from tests.extract.quote_helpers import quotes_of


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start:q.end], q.speaker) for q in quotes_of(text)]


def test_called_one_word_is_the_subjects() -> None:
    text = "Sarah Palin called the magazine cover “sexist.”"
    assert _said(text) == [("the magazine cover “sexist.”", "Sarah Palin")]


def test_labeled_one_word_object_predicate() -> None:
    text = 'Senator John Smith labeled the bill a "disaster."'
    assert _said(text) == [('the bill a "disaster."', "John Smith")]


def test_described_as_one_word() -> None:
    text = 'Senator John Smith described the plan as "reckless."'
    assert [s for _, s in _said(text)] == ["John Smith"]


def test_scare_quote_on_a_noun_is_no_quote() -> None:
    text = "Governor Brian Kemp signed the “heartbeat” bill on Tuesday."
    assert _said(text) == []


def test_word_inside_what_is_asked_for_is_no_quote() -> None:
    text = ("Christine Lagarde, the head of the I.M.F., spoke on Sunday. She called for a "
            "“balanced” agreement of both revenue increases and spending cuts.")  # fmt: skip
    assert _said(text) == []


def test_passive_and_name_stay_no_quote() -> None:
    assert _said("The cover was called “sexist” by many readers.") == []
    assert _said("Senator John Smith called the law “Obamacare.”") == []


DEMINT = ("The GOP chairman is known for off-the-cuff and occasionally troublesome comments, "
          "but the Afghanistan remarks were too much to bear for some war-supporting "
          "Republicans.\n\nDeMint, who said Afghanistan is a war the United States must win, "
          "said Steele needs to \"refocus\" on the November election. He called Steele's "
          "comments \"unacceptable\" and \"inaccurate.\"")  # fmt: skip


def test_speaker_named_in_what_is_called_is_not_given_it() -> None:
    """Fox, BASIL 2b95d2cf: "He" is DeMint; the pronoun step's Steele is wrong."""
    found = [(DEMINT[q.start:q.end], q.speaker) for q in quotes_of(DEMINT)]
    assert not any(s and "Steele" in s for w, s in found if "unacceptable" in w), found


def test_inside_a_quotation_is_no_quote_of_its_he() -> None:
    """HuffPost, PolNeAR dev: the quoted woman's "he" (Trump) is not the speaker."""
    text = ("Steve Quinlan, a voter in Ohio, spoke to reporters on Monday.\n"
            "“As a young, Hispanic woman....I’d rather live in what he calls “hell” than "
            "live in a world where he is president.” ― Adriana Rodarte")  # fmt: skip
    found = [(text[q.start:q.end], q.speaker) for q in quotes_of(text)]
    assert not any(w == "“hell”" for w, _ in found), found


def test_spokesperson_for_the_one_named_keeps_the_quote() -> None:
    """The guard is for a pronoun only: a description holding the name is the speaker."""
    text = ("Senator Chuck Grassley of Iowa is up for re-election. A spokesperson for "
            "Grassley touted Grassley's “strong record” on the issue.")  # fmt: skip
    found = [(text[q.start:q.end], q.speaker) for q in quotes_of(text)]
    assert any("strong record" in w and s and "spokesperson" in s for w, s in found), found


def test_one_word_of_an_unnamed_group_stays_a_scare_quote() -> None:
    """"Critics call it a “manifesto”": no one named; the framing's scare quote stays."""
    text = "It comes with his book. Critics call it a “manifesto” for the party."
    assert _said(text) == []
