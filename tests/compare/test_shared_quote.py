"""The ``shared_quote`` link: two outlets that quote one statement's words (session 22)."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.compare.shared_quote import quoted_runs, shared_quote, speakers_agree

from .profile_helpers import first_claim_profiles

WORDS = __import__("re").compile(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*")


def _link(texts: list[str], article: list[str], voices=None, named=None,
          people=None) -> np.ndarray:  # fmt: skip
    words = [WORDS.findall(t.lower()) for t in texts]
    n = len(texts)
    return shared_quote(texts, words, article, voices or [set()] * n, named or [set()] * n,
                        people or [set()] * n)


def test_quoted_runs_read_only_the_words_inside_the_marks() -> None:
    runs = quoted_runs("He defended his claim that Obama's politics rest on “some phony "
                       "theology” on Sunday.")
    assert ("some", "phony", "theology") in runs
    assert not any("sunday" in run or "defended" in run for run in runs)
    # function words alone are no statement: "and we are" is shared by any two quotes
    assert quoted_runs("“And we are here,” he said.") == set()
    assert quoted_runs("No quotation marks in some phony theology here.") == set()
    # one statement's words are printed with its commas: no run across one
    runs = quoted_runs("He said, “through lies, personal attacks, and irresponsible reporting.”")
    assert ("and", "irresponsible", "reporting") in runs
    assert ("attacks", "and", "irresponsible") not in runs
    # capitalised words alone are a name or a title, not a statement's words
    assert quoted_runs("He appeared on CBS' “Face the Nation.”") == set()
    runs = quoted_runs("“The President and Speaker had a frank meeting,” the statements said.")
    assert ("president", "and", "speaker") not in runs and ("a", "frank", "meeting") in runs
    # a curly apostrophe is a straight one
    assert quoted_runs("“I’m being myself,” he said.") == quoted_runs("\"I'm being myself.\"")


def test_two_outlets_quoting_one_phrase_link() -> None:
    texts = ["Biden was quick to retort: \"With all due respect, that's just a bunch of malarkey.",
             "Biden responded: “That’s a bunch of malarkey.”",
             "Biden spoke to reporters in Ohio on Saturday."]
    link = _link(texts, ["a", "b", "b"])
    assert link[0, 1] and link[1, 0]
    assert not link[0, 2] and not link[1, 2]
    assert not link.diagonal().any()


def test_a_phrase_the_article_repeats_is_the_topic_not_one_statement() -> None:
    texts = ["“A preferential option for the poor” is not bigger government, he said.",
             "The letter says “a preferential option for the poor” means jobs.",
             "Catholic teaching holds a preferential option for the poor, the letter adds."]
    # b's article prints the phrase twice: no link, whichever sentence quotes it
    assert not _link(texts, ["a", "b", "b"])[0, 1]
    # printed once in each article, the same sentences link
    assert _link(texts[:2], ["a", "b"])[0, 1]


def test_two_people_named_are_two_speakers() -> None:
    texts = ["Weingarten called the report a plan to “flood our schools with more guns.”",
             "Edelman said the study would “saturate our schools with more guns.”"]
    # no quote speaker found on either side, but each names one person, not the same
    assert not _link(texts, ["a", "b"], named=[{"E1"}, {"E2"}], people=[{"E1"}, {"E2"}])[0, 1]
    assert _link(texts, ["a", "b"], named=[{"E1"}, {"E1"}], people=[{"E1"}, {"E1"}])[0, 1]


def test_one_phrase_in_two_speakers_mouths_is_two_statements() -> None:
    texts = ["“Obama cut $716 billion from Medicare,” the ad says.",
             "“He stole $716 billion from Medicare,” said the party chairman."]
    # the chairman (E2) speaks b's quote; a names only Obama (E1): not one speaker's words
    assert not _link(texts, ["a", "b"], [set(), {"E2"}], [{"E1"}, {"E2"}])[0, 1]
    # a names the chairman, or a's quote has no speaker found and b names none: may be one
    assert _link(texts, ["a", "b"], [set(), {"E2"}], [{"E1", "E2"}, {"E2"}])[0, 1]
    agree = speakers_agree([{"E1"}, {"E1"}, {"E3"}], [set(), {"E1"}, {"E3"}], [set()] * 3)
    assert agree[0, 1] and not agree[0, 2] and not agree[1, 2]


def test_pair_features_carry_the_link_and_the_model_reads_it() -> None:
    units = first_claim_profiles(
        "He said the agenda rests on “some phony theology.”",
        "He had dismissed the politics as being based in “some phony theology.”",
        "He campaigned in Ohio on Saturday with his wife.")
    features = pair_features(units, np.zeros((3, 8), dtype=np.float32))
    assert features["shared_quote"][0, 1] and not features["shared_quote"][0, 2]
    model = load_same_fact_model()
    assert "shared_quote" in model.links
    probability = model.probabilities(features)
    assert probability[0, 1] >= model.threshold > probability[0, 2]


def test_public_word_helpers_shared_with_the_echoed_quote_link() -> None:
    """``straight`` and ``lower_case_words`` are the public pieces ``echoed_quote``
    reads (session 34): a curly apostrophe types straight, and a capitalised word (a
    name, a title's word) is never a lower-case word, while a word as printed keeps its
    apostrophe."""
    from newsprism.compare.shared_quote import lower_case_words, straight

    assert straight("we’re told it won’t") == "we're told it won't"
    assert straight("plain words") == "plain words"
    words = lower_case_words("Senator Moore’s “quiet deal” we’re Sunday")
    assert {"quiet", "deal", "we’re"} <= words
    assert not words & {"Senator", "senator", "Moore’s", "Sunday", "sunday"}
    assert lower_case_words("Face The Nation") == set()
