"""Session 31 (issue 14): an attribution verb with a recipient and a thing ("the
council denied the vendors a permit to trade") gives or withholds, and reports no
statement; the same verb with one object or a clause is still an attribution.
Sentences written for the test, through the real parse."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, withholding


def _verbs(text: str) -> list[str]:
    framing = frame_text(text, detector=False)
    return [s.text for s, kind in framing.spans() if kind == "attribution"]


GIVEN = [
    "The club denied the veteran players a vote on the new coach.",
    "The landlord denied her the chance to renew the lease.",
    "Officials denied the reporters a seat at the briefing.",
    "A retired teacher who was denied a pension appealed the decision.",
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_recipient_and_a_thing_is_no_attribution(text: str) -> None:
    assert _verbs(text) == []


@pytest.mark.parametrize("text, verb", [
    ("The treasurer denied the reports about the missing funds.", "denied"),
    ("The coach denied that he had spoken to the rival club.", "denied"),
    ("The company conceded that the recall came too late.", "conceded"),
])
def test_a_statement_denied_stays_an_attribution(text: str, verb: str) -> None:
    assert _verbs(text) == [verb]


@pytest.mark.parametrize("text", GIVEN)
def test_the_rule_is_what_drops_the_verb(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from newsprism.extract.framing import matching

    monkeypatch.setattr(matching, "gives_or_withholds", lambda token: False)
    assert _verbs(text) == ["denied"]


def test_one_object_alone_is_not_the_frame() -> None:
    from newsprism.extract.nlp import load_nlp

    doc = load_nlp()("The minister denied the allegations on Monday.")
    verb = next(t for t in doc if t.lemma_ == "deny")
    assert not withholding.gives_or_withholds(verb)



def test_a_possessor_is_no_recipient(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse splits "Okafor’s right" (a curly apostrophe) into two objects; the
    first owns the second, so the verb is what it was without the rule."""
    text = "She again asserts Okafor’s right to “a fair hearing.”"
    assert _verbs(text) == ["asserts"]
    monkeypatch.setattr(withholding, "_possessor", lambda token: False)
    assert _verbs(text) == []
