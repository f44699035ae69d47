"""Session 25 (i12-fixes27): a word set alone in quotation marks that a source's longer
quotation of the same article holds is that source's partial quote, not a scare quote
(NeuS raw r149, the Epoch Times: "ordered Tuesday to “immediately” start …", then
Austin's memorandum: "must “immediately begin full vaccination”")."""

from __future__ import annotations

from newsprism.extract.framing import frame_doc
from newsprism.extract.nlp import load_nlp

EPOCH = (
    "U.S. military department heads were ordered Tuesday to \u201cimmediately\u201d start "
    "getting their troops vaccinated against the virus that causes COVID-19.\n\n"
    "Defense Secretary Lloyd Austin said in a memorandum made public Aug. 25 that the "
    "secretaries of all military departments must \u201cimmediately begin full "
    "vaccination\u201d of all service members who aren\u2019t already vaccinated."
)


def test_a_word_the_source_is_quoted_saying_is_its_partial_quote() -> None:
    framing = frame_doc(load_nlp()(EPOCH), detector=False)
    assert [s.text for s in framing.scare_quotes] == []
    partial = {s.text: s.speaker for s in framing.partial_quotes}
    assert partial.get("\u201cimmediately\u201d") == "Lloyd Austin"


def test_a_word_no_source_is_quoted_saying_stays_a_scare_quote() -> None:
    """The same word beside an unattributed quotation, or no other quotation, keeps the
    writer's distance."""
    alone = EPOCH.split("\n\n")[0] + "\n\nThe memorandum was made public Aug. 25."
    framing = frame_doc(load_nlp()(alone), detector=False)
    assert [s.text for s in framing.scare_quotes] == ["\u201cimmediately\u201d"]


def test_a_partial_quote_is_not_given_to_another_source_of_the_word() -> None:
    """BASIL 2010 (Fox): DeMint "called Steele's comments "unacceptable" and
    "inaccurate."", McCain later "wildly inaccurate.": DeMint's partial quote is not
    McCain's. Only a would-be scare quote takes the echo's speaker."""
    text = ("He called Steele's comments \"unacceptable\" and \"inaccurate.\"\n\n"
            "Sen. John McCain said Steele's comments were \"wildly inaccurate.\"")  # fmt: skip
    framing = frame_doc(load_nlp()(text), detector=False)
    partial = {s.text: s.speaker for s in framing.partial_quotes}
    assert partial.get("\"inaccurate.\"", "absent") != "John McCain"


def test_a_nickname_is_no_partial_quote() -> None:
    """William "Mo" Cowan (BASIL 2013, HuffPost), "nothing on Mo" quoted later: a name
    in marks is no one's chosen word."""
    text = ("Gov. Deval Patrick appointed William \"Mo\" Cowan to the Senate seat.\n\n"
            "\"He's cool,\" Murray said of Cowan. \"James Bond has nothing on Mo.\"")  # fmt: skip
    framing = frame_doc(load_nlp()(text), detector=False)
    assert "\"Mo\"" not in {s.text for s in framing.partial_quotes}
