"""Session 31 (issue 14): a bare past participle ("the notion — once dismissed as a
ridiculous fantasy — has …") is a passive: what is dismissed is not the one who speaks,
so the accuser and caller finders name no one (a passive with no agent stays the
outlet's); an active perfect ("who had dismissed …"), a conjoined verb and a present
participle keep their subject. A parse built by hand for the parser's misreading (the
noun made the participle's subject), the Washington Post's sentence of NeuS raw row 397
(docs/eval-compare.md, session 30) through the real parse, and sentences written for
the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsprism.extract.framing import accused, frame_text
from newsprism.extract.framing.reduced_passive import reduced_passive
from newsprism.extract.nlp import load_nlp

WAPO = ("But in recent months the idea that it emerged from the Wuhan Institute of Virology "
        "(WIV) — once dismissed as a ridiculous conspiracy theory — has gained new credence.")


def _misparsed() -> Doc:
    """ "The notion , once dismissed as a fantasy , has won": "notion" the subject of
    "dismissed" (VBN, no auxiliary), as the parser read the Post's sentence."""
    words = ["The", "notion", ",", "once", "dismissed", "as", "a", "fantasy", ",", "has", "won"]
    heads = [1, 4, 4, 4, 10, 4, 7, 5, 4, 10, 10]
    deps = ["det", "nsubj", "punct", "advmod", "advcl", "prep", "det", "pobj", "punct",
            "aux", "ROOT"]
    tags = ["DT", "NN", ",", "RB", "VBN", "IN", "DT", "NN", ",", "VBZ", "VBN"]
    pos = ["DET", "NOUN", "PUNCT", "ADV", "VERB", "ADP", "DET", "NOUN", "PUNCT", "AUX", "VERB"]
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_the_misread_subject_is_no_accuser(monkeypatch: pytest.MonkeyPatch) -> None:
    verb = _misparsed()[4]
    assert reduced_passive(verb)
    assert accused.accuser_mention(verb) is None
    monkeypatch.setattr(accused, "reduced_passive", lambda v: False)
    assert accused.accuser_mention(verb).text == "notion"


def test_the_posts_words_are_not_the_ideas() -> None:
    owners = {w.span.text: w.span.speaker for w in frame_text(WAPO).loaded}
    assert "ridiculous conspiracy" in owners
    assert owners["ridiculous conspiracy"] != "idea"


@pytest.mark.parametrize(("text", "verb"), [
    ("Investors, who had dismissed the scheme as a shameless swindle, came back.", "dismissed"),
    ("Regulators have warned and dismissed the scheme as a swindle.", "dismissed"),
    ("Regulators dismissed the scheme as a swindle.", "dismissed"),
    ("Dismissing the scheme as a swindle, regulators moved on.", "Dismissing"),
])
def test_an_active_verb_is_no_reduced_passive(text: str, verb: str) -> None:
    doc = load_nlp()(text)
    assert not reduced_passive(next(t for t in doc if t.text == verb))


def test_an_active_callers_word_stays_theirs() -> None:
    owners = {w.span.text: w.span.speaker for w in frame_text(
        "Investors, who had dismissed the scheme as a shameless swindle, came back.").loaded}
    assert "Investors" in owners.values()
