"""Session 25 (i12-fixes27): "according to a memo from NAME obtained by X" names NAME
as the source (NeuS raw r149 Axios: the speaker was "a memo from", the statement
"Defense Secretary Lloyd Austin obtained by AP")."""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes


def test_a_memo_from_a_name_obtained_by_an_outlet_is_the_names() -> None:
    text = ("The Pentagon on Wednesday ordered military troops to get the COVID-19 vaccine "
            "as soon as possible, according to a memo from Defense Secretary Lloyd Austin "
            "obtained by AP.")  # fmt: skip
    [quote] = extract_quotes(load_nlp()(text))
    assert quote.speaker == "Lloyd Austin"
    assert quote.speaker_surface == "Defense Secretary Lloyd Austin"
    assert quote.text.startswith("The Pentagon on Wednesday ordered military troops")
    assert "obtained" not in quote.text and "Austin" not in quote.text


def test_a_memo_parsed_whole_keeps_its_reading() -> None:
    """The repair is for the broken parse only: "a memo from NAME" parsed whole reads as
    before."""
    text = ("The Pentagon ordered military troops to get the vaccine, according to a memo "
            "from Defense Secretary Lloyd Austin.")  # fmt: skip
    [quote] = extract_quotes(load_nlp()(text))
    assert quote.speaker == "Lloyd Austin"
    assert quote.text == "The Pentagon ordered military troops to get the vaccine"
