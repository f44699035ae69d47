"""A speaker's word quoted back (compare/echoed_quote.py, issue 12 session 33): one outlet
quotes a person at length, another keeps a word or two of the quotation in its own
sentence, inside quotation marks."""

from __future__ import annotations

from newsprism.compare.echoed_quote import echoed_quotes, echoes, quoted_links
from newsprism.compare.shared_quote import written_words
from tests.compare.conflict_helpers import compare_texts


def test_echoes_are_whole_short_quotations_with_a_lower_case_content_word() -> None:
    assert echoes("The ferry captain said she felt “badly ambushed” by the inspectors.") == {
        ("badly", "ambushed")}
    assert echoes("Officials called the tender “deeply flawed,” the minister said.") == {
        ("deeply", "flawed")}
    # one word alone (a term held at a distance), a title, function words only, a
    # quotation longer than three words
    assert echoes("Fans were surprised to get a “follow” from the senator.") == set()
    assert echoes("She said so on “Morning Harbour” last week.") == set()
    assert echoes("He answered “and we are” before leaving.") == set()
    assert echoes("“The tender was deeply flawed from the start,” she said.") == set()


def _link(texts: list[str], article: list[str], voices: list[set[str]],
          named: list[set[str]], people: list[set[str]] | None = None):  # fmt: skip
    words = [written_words(t) for t in texts]
    return echoed_quotes(texts, words, article, voices, named, people or named)


QUOTE = "“Frankly, I felt badly ambushed by the inspectors,” the captain told reporters."
ECHO = "Captain Ines Moreau said she felt “badly ambushed” by the harbour inspection."


def test_a_word_quoted_back_under_its_speaker_joins_the_quotation() -> None:
    found = _link([QUOTE, ECHO], ["a", "b"], [{"moreau"}, set()], [set(), {"moreau"}])
    assert found[0, 1] and found[1, 0]


def test_no_link_without_one_speaker() -> None:
    # the echo names another person; the quotation's speaker is not known
    assert not _link([QUOTE, ECHO], ["a", "b"], [{"moreau"}, set()],
                     [set(), {"okafor"}]).any()
    assert not _link([QUOTE, ECHO], ["a", "b"], [set(), set()], [set(), {"moreau"}]).any()
    # the echo's own quotation is another speaker's
    assert not _link([QUOTE, ECHO], ["a", "b"], [{"moreau"}, {"okafor"}],
                     [set(), {"moreau", "okafor"}]).any()


def test_no_link_for_a_word_the_story_repeats_or_within_one_article() -> None:
    again = "The crew said they too were badly ambushed by the inspectors' timing."
    found = _link([QUOTE, ECHO, again], ["a", "b", "b"], [{"moreau"}, set(), set()],
                  [set(), {"moreau"}, set()])
    assert not found.any()
    assert not _link([QUOTE, ECHO], ["a", "a"], [{"moreau"}, set()],
                     [set(), {"moreau"}]).any()


def test_quoted_links_keeps_the_three_word_runs() -> None:
    texts = ["The mayor promised “a harbour for everyone” on Monday.",
             "“We will build a harbour for everyone,” the mayor said."]
    found = quoted_links(texts, [written_words(t) for t in texts], ["a", "b"],
                         [set(), {"mayor"}], [{"mayor"}, {"mayor"}], [{"mayor"}, {"mayor"}])
    assert found[0, 1] and found[1, 0]


def _shared_with(report: dict, words: str) -> list[set[str]]:
    return [{e["article_id"] for e in fact["evidence"]} for fact in report["claims"]
            if fact["status"] == "shared" and any(words in e["sentence"]
                                                   for e in fact["evidence"])]


def test_through_compare_the_quotation_and_its_echo_are_one_fact() -> None:
    report = compare_texts(
        "Regional inspectors boarded the ferry Aurora in Tallin harbour on Monday. "
        "“Frankly, I felt simply bulldozed by the inspectors,” Captain Ines Moreau told "
        "reporters. The ferry resumed service on Wednesday.",
        "Inspectors searched the ferry Aurora in Tallin on Monday. Moreau, who has sailed "
        "the route for a decade, complained of being “simply bulldozed” in a radio "
        "interview. Passengers were not told why.")
    # main: two "possibly shared" singletons (the model reads two sentences sharing a word)
    assert any(len(ids) == 2 for ids in _shared_with(report, "simply bulldozed"))


def test_through_compare_another_persons_word_stays_apart() -> None:
    report = compare_texts(
        "Regional inspectors boarded the ferry Aurora in Tallin harbour on Monday. "
        "“Frankly, I felt simply bulldozed by the inspectors,” Captain Ines Moreau told "
        "reporters. The ferry resumed service on Wednesday.",
        "Inspectors searched the ferry Aurora in Tallin on Monday. Harbour master Piet "
        "Okafor, who has sailed the route for a decade, complained of being “simply "
        "bulldozed” in a radio interview. Passengers were not told why.")
    assert not any(len(ids) == 2 for ids in _shared_with(report, "simply bulldozed"))
