"""extract/framing/statuses.py (session 29, i14-read31): "un"/"non" + the past participle
of a verb whose commonest WordNet sense is a field's term is a plain status, and the
outlet's own detector flag on it is dropped. Through the shared parser and the default
detector; AP's sentence of NeuS raw row 107 (read in docs/eval-framing.md, "Session 29:
read as a user")."""

from __future__ import annotations

import pytest

import newsprism.extract.framing.ordinary as ordinary
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.statuses import is_field_status, participle_stems
from newsprism.extract.nlp import load_nlp

AP = ("President Joe Biden is trying to concentrate the anger of the nation’s inoculated "
      "majority against the stubborn 25% of eligible Americans who remain unvaccinated "
      "against COVID-19.")  # fmt: skip


def test_a_participles_verb_stems() -> None:
    assert "vaccinate" in participle_stems("vaccinated")
    assert "plan" in participle_stems("planned")
    assert "test" in participle_stems("tested")
    assert participle_stems("red") == set()


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [(AP, "unvaccinated", True),  # vaccinate: medicine
     ("Millions of people remain uninsured in the state.", "uninsured", False),  # no field
     ("Millions of people remain vaccinated in the state.", "vaccinated", False),  # no "un"
     ("The stubborn holdouts stayed home.", "stubborn", False)],
)
def test_a_field_verbs_negated_participle_is_a_status(text: str, word: str,
                                                      status: bool) -> None:  # fmt: skip
    token = next(t for t in load_nlp()(text) if t.text == word)
    assert is_field_status(token) is status


def test_the_outlets_flag_on_unvaccinated_is_dropped_and_stubborn_stays(
        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The default detector flags "unvaccinated" and "stubborn" in AP's sentence; with
    the rule only "stubborn" of the two is left (with it patched out, both are)."""
    kept = [w.span.text for w in frame_text(AP).loaded]
    monkeypatch.setattr("newsprism.extract.framing.statuses.is_field_status", lambda _t: False)
    without = [w.span.text for w in frame_text(AP).loaded]
    assert "unvaccinated" in without and "unvaccinated" not in kept
    assert "stubborn" in kept
    assert [w for w in without if w != "unvaccinated"] == kept
    assert "stubborn" in ordinary.listed_words()  # a lexicon word is never a status
