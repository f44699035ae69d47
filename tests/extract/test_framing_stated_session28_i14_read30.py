"""A quoted word in the verbless tail of someone's reported statement is that speaker's
partial quote, not the writer's scare quote (session 28, i14-read30,
extract/framing/stated.py). NeuS raw row 170: Axios's "a Taliban spokesperson said
Tuesday the group would honor women's rights and an independent media, but within the
"frameworks" of Islamic law" showed "frameworks" as Axios's scare quote."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text

AXIOS = ("In his first press conference from Kabul, a Taliban spokesperson said Tuesday the "
         "group would honor women's rights and an independent media, but within the "
         "\"frameworks\" of Islamic law.")  # fmt: skip


def _quotes(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    framing = frame_text(text, detector=False)
    return ([s.text for s in framing.scare_quotes],
            [(s.text, s.speaker) for s in framing.partial_quotes])  # fmt: skip


def test_row_170_the_word_is_the_spokespersons() -> None:
    scare, partial = _quotes(AXIOS)
    assert scare == []
    assert partial == [("\"frameworks\"", "a Taliban spokesperson")]


def test_row_170_without_the_rule_is_a_scare_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsprism.extract.framing as framing

    monkeypatch.setattr(framing, "split_stated", lambda doc, scare, quotes: (list(scare), []))
    scare, partial = _quotes(AXIOS)
    assert scare == ["\"frameworks\""] and partial == []


def test_a_named_speakers_tail() -> None:
    scare, partial = _quotes(AXIOS.replace("a Taliban spokesperson", "Zabihullah Mujahid"))
    assert scare == [] and partial == [("\"frameworks\"", "Zabihullah Mujahid")]


@pytest.mark.parametrize("tail", [
    "the \"frameworks\" of Islamic law remain",  # a clause of its own: the writer's words
    "critics doubt the \"frameworks\" of Islamic law",  # another clause, another subject
    "within the \"Frameworks\" of Islamic law",  # a capitalised word may be a name
])  # fmt: skip
def test_scare_quotes_that_stay(tail: str) -> None:
    text = AXIOS.replace("within the \"frameworks\" of Islamic law", tail)
    scare, partial = _quotes(text)
    assert len(scare) == 1 and partial == []
