"""A denied request to stop something lets it stand (session 29, i12-fixes38): CNN's
"denied a request … to freeze the state law" (NeuS raw row 125) was read as a denial
against Fox's "ruling to allow Texas' law to remain in effect" (``denial_clash``), and
shown as "negated where this one is not". A denial of a statement, or of a request to
do something, still clashes; granting the stop still clashes with denying it. Real
parses (spaCy, the packaged model)."""

from __future__ import annotations

from newsprism.compare.pairs import opposite_pairs
from newsprism.compare.stance import refuses_a_stop
from newsprism.extract.nlp import load_nlp
from tests.compare.profile_helpers import first_claim_profiles

CNN = ("The Supreme Court on Wednesday night formally denied a request from Texas abortion "
       "providers to freeze the state law, meaning it will remain on the books for now.")
FOX = ("President Biden on Thursday slammed the Supreme Court’s overnight ruling to allow "
       "Texas' law to remain in effect.")  # fmt: skip


def test_a_denied_request_to_stop_is_no_denial() -> None:
    cnn, fox = first_claim_profiles(CNN, FOX)
    assert not cnn.denied and not cnn.refuses
    assert not opposite_pairs([cnn, fox])[0, 1]


def test_stops_refused_in_other_words() -> None:
    nlp = load_nlp()
    for text in ("The court refused to block the law.",
                 "A judge rejected a bid to halt the execution.",
                 "The justices denied a motion for a stay of the ruling.",
                 "The court denied an emergency application to block the mandate."):
        verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
        assert refuses_a_stop(verb), text


def test_other_denials_still_clash() -> None:
    for denial, statement in (
            ("Trump denied that he called the soldiers losers.",
             "Trump called the soldiers losers."),
            ("The judge denied a request to release him.", "The judge released him."),
            ("The court denied a request to block the law.",
             "The court granted the request to block the law."),
            ("The court refused to block the law.", "The court blocked the law.")):
        assert opposite_pairs(first_claim_profiles(denial, statement))[0, 1], denial
