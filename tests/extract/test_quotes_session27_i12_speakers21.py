"""Session 27, i12-speakers21: the speaker rules found on gold/speakers-neus6 (NeuS raw
rows 257-505, of 2021), through the real parser: an addressee verb's infinitive that
the parse hangs as an adverbial clause ("urged the audience to “refuse hate”"), and a
relative subject the parse did not hang on its name ("Fastly, which said …")."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.addressed import hung_infinitive
from newsprism.extract.quotes.hung_relative import hung_antecedent
from tests.extract.quote_helpers import quotes_of

PERRY = ("Tyler Perry urged the global Oscars audience to \u201crefuse hate\u201d and work "
         "harder to uplift those on the margins as he accepted the Jean Hersholt "
         "Humanitarian Award on Sunday night at the 93rd annual Academy Awards.")
FASTLY = ("The problems appear related to San Francisco-based cloud computing services "
          "provider Fastly, which said in a status update just before 7 a.m. Eastern "
          "time, that the \u201cissue has been identified and a fix has been applied.\u201d "
          "It remains unclear what caused the outage.")


def _over(text: str, words: str) -> tuple[str | None, str | None] | None:
    """(speaker, cue) of the shortest quote covering the first character of ``words``."""
    at = text.index(words)
    over = [q for q in quotes_of(text) if q.start <= at < q.end]
    best = min(over, key=lambda q: q.end - q.start, default=None)
    return None if best is None else (best.speaker, best.cue)


def test_an_urged_infinitive_hung_as_advcl_is_the_urgers() -> None:
    # Variety, NeuS raw row 494: no quote at all before the rule
    over = _over(PERRY, "refuse hate")
    assert over == ("Tyler Perry", "urged")


def test_the_parse_still_hangs_the_infinitive_as_advcl() -> None:
    # the rule's premise: if the parser ever gives xcomp, the rule is not what works
    doc = load_nlp()(PERRY)
    urged = next(t for t in doc if t.lower_ == "urged")
    assert [t.text for t in hung_infinitive(urged, frozenset({"urge"}), "urge")] == ["refuse"]
    assert hung_infinitive(urged, frozenset({"tell"}), "urge") == []


@pytest.mark.parametrize("text", [
    # a purpose clause after a comma, and a verb whose object is the thing said
    "Senator Jane Smith urged the board, to \u201csave the budget\u201d, she said nothing.",
    "Governor Tom Brown promised $5 million to \u201crebuild the bridge\u201d next year.",
])  # fmt: skip
def test_no_infinitive_taken_where_the_rule_does_not_hold(text: str) -> None:
    doc = load_nlp()(text)
    verb = next(t for t in doc if t.lower_ in ("urged", "promised"))
    addressee = frozenset({"tell", "ask", "urge", "advise", "warn"})
    assert hung_infinitive(verb, addressee, verb.lemma_.lower()) == []


def test_which_after_a_name_with_no_relcl_is_the_name() -> None:
    # Washington Post, NeuS raw row 367: the speaker was None
    over = _over(FASTLY, "issue has been identified")
    assert over is not None and over[0] == "Fastly"


def test_a_name_under_a_noun_by_is_not_taken() -> None:
    # "a report by Reuters, which said": the relative may be the report's
    doc = load_nlp()("The problems appear related to a report by Reuters, which said in "
                     "an update that the issue was fixed.")
    which = next(t for t in doc if t.lower_ == "which")
    assert which.head.dep_ == "relcl" or hung_antecedent(which) is None


def test_a_proper_relcl_is_left_to_the_relative_rule() -> None:
    doc = load_nlp()("Charles Barkley, who said the game was over, left early.")
    who = next(t for t in doc if t.lower_ == "who")
    assert hung_antecedent(who) is None
    over = _over("Charles Barkley, who said \u201cthe game was over,\u201d left early.", "the game")
    assert over is not None and over[0] == "Charles Barkley"
