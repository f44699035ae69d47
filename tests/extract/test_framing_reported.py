"""Reported speech: a loaded word in what a named source is reported to have said is
the source's, not the outlet's (issue 14). Sentences written for the test, parsed by
the shared pipeline and scored by the shipped detector."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_doc, frame_text
from newsprism.extract.framing.quoting import Sources
from newsprism.extract.framing.reported import NAMED_OWNERS, reported_speaker
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

GIVEAWAY = "the plan was a disgraceful giveaway to the rich"


@pytest.fixture(autouse=True)
def _static_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whose word a flag is does not depend on the detector; these cases were written
    for the static model's flags ("disgraceful", "slammed", "brutal massacre"), so they
    pin it. The default (the MiniLM) is checked in the last test."""
    monkeypatch.setenv("NEWSPRISM_FRAMING_MODEL", "static")


def _owners(text: str) -> dict[str, tuple[bool, str | None]]:
    """Each loaded word of ``text`` with (in_quote, speaker)."""
    return {w.span.text: (w.span.in_quote, w.span.speaker) for w in frame_text(text).loaded}


@pytest.mark.parametrize(
    "text",
    [
        f"Senator John Smith said {GIVEAWAY}.",
        f"{GIVEAWAY.capitalize()}, Senator John Smith said.",
        "According to Senator John Smith, the plan is a disgraceful giveaway to the rich.",
        f"Senator John Smith spoke on Monday. He said {GIVEAWAY}.",
    ],
)
def test_a_word_in_a_named_sources_reported_speech_is_the_sources(text: str) -> None:
    assert _owners(text)["disgraceful"] == (False, "John Smith")


def test_the_outlets_own_words_beside_the_reported_speech_stay_the_outlets() -> None:
    text = f"Senator John Smith slammed the bill on Monday, saying {GIVEAWAY}."
    owners = _owners(text)
    # "saying" has no subject of its own: its subject is the clause's it hangs on
    # (session 21; until then the subject condition left the word with the outlet).
    assert owners["disgraceful"] == (False, "John Smith")
    # "slammed" is the outlet's verb of attribution, outside what Smith said.
    assert owners["slammed"] == (False, None)


def test_a_participle_with_its_own_subject_is_not_given_the_clauses_subject() -> None:
    # "the aide saying": the participle has a subject of its own (not Smith), and the
    # extractor's speaker is not the cue's subject: the word stays the outlet's.
    doc = load_nlp()(f"Senator John Smith left early, with an aide saying {GIVEAWAY}.")
    sources = Sources(extract_quotes(doc))
    i = next(t.i for t in doc if t.text == "disgraceful")
    assert reported_speaker(doc, i, i + 1, sources) != "John Smith"


def test_a_verb_of_attribution_is_the_outlets_even_inside_a_statement() -> None:
    doc = load_nlp()(f"Senator John Smith said {GIVEAWAY}, as critics claimed.")
    sources = Sources(extract_quotes(doc))
    claimed = next(t.i for t in doc if t.text == "claimed")
    disgraceful = next(t.i for t in doc if t.text == "disgraceful")
    assert reported_speaker(doc, disgraceful, disgraceful + 1, sources) == "John Smith"
    assert reported_speaker(doc, claimed, claimed + 1, sources) is None
    text = f"Senator John Smith claimed {GIVEAWAY}."
    owners = _owners(text)
    # session 21, second pass: an attribution verb is shown in the attribution layer
    # (the outlet's choice, outside any quote), never as a loaded word
    assert "claimed" not in owners
    assert frame_text(text).as_dict()["attribution_verbs"] == {"claim": 1}
    assert owners["disgraceful"] == (False, "John Smith")


def test_a_described_sources_claim_is_the_source_as_the_text_words_it() -> None:
    # Session 20: "critics" (a description) and "the complaints" (a document the
    # extractor leaves unresolved) are the cue's subject: their claims are theirs. The
    # weasel "critics say" is still the outlet's hedge where the lexicon lists it.
    assert _owners(f"Critics said {GIVEAWAY}.")["disgraceful"] == (False, "Critics")
    doc = load_nlp()("The complaints say the company amplifies hate and harms children.")
    sources = Sources(extract_quotes(doc))
    i = next(t.i for t in doc if t.text == "amplifies")
    assert reported_speaker(doc, i, i + 1, sources) == "The complaints"
    # the rule before session 20: named sources only
    assert reported_speaker(doc, i, i + 1, sources, owners=NAMED_OWNERS) is None
    doc = load_nlp()("Families of the victims say the claims are unfounded.")
    i = next(t.i for t in doc if t.text == "unfounded")
    assert reported_speaker(doc, i, i + 1, Sources(extract_quotes(doc))) == (
        "Families of the victims")


def test_the_cues_bare_object_is_the_outlets_name_for_what_was_said() -> None:
    # "expressed misgivings": the outlet names what Smith expressed; what hangs under
    # that noun is what he said
    doc = load_nlp()("Senator John Smith expressed misgivings about the disgraceful plan.")
    sources = Sources(extract_quotes(doc))
    misgivings, disgraceful = (next(t.i for t in doc if t.text == w)
                               for w in ("misgivings", "disgraceful"))  # fmt: skip
    assert reported_speaker(doc, misgivings, misgivings + 1, sources) is None
    assert reported_speaker(doc, disgraceful, disgraceful + 1, sources) == "John Smith"


@pytest.mark.parametrize(
    "text",
    [
        f"He said {GIVEAWAY}.",  # nobody to resolve "he" to
        f"The students who said {GIVEAWAY} left.",  # "who", unresolved
    ],
)
def test_an_unresolved_pronoun_leaves_the_word_with_the_outlet(text: str) -> None:
    assert _owners(text)["disgraceful"] == (False, None)


def test_the_outlets_clause_inside_the_extracted_content_stays_the_outlets() -> None:
    # The extractor's content of "urged" runs on over "while mocking them …": a clause
    # with no subject of its own, the outlet's description of what Obama did.
    text = ("President Obama urged lawmakers to pass the bill, while mocking them for "
            "their bizarre tirades.")  # fmt: skip
    owners = _owners(text)
    assert owners["bizarre tirades"] == (False, None)
    doc = load_nlp()(text)
    [quote] = extract_quotes(doc)
    assert quote.kind == "reported" and "bizarre" in quote.text


def test_a_lexicon_term_in_reported_speech_stays_the_outlets_label() -> None:
    # A paraphrase carries the outlet's own labels: Hamas's statement as this outlet
    # words it. The terms count as the outlet's, and so does a flag over one.
    text = "Hamas said the Israeli occupation had killed 30 captives in a brutal massacre."
    doc = load_nlp()(text)
    framing = frame_doc(doc, quotes=extract_quotes(doc))
    assert {t.term: (t.count, t.quoted) for t in framing.terms} == {
        "captives": (1, 0), "massacre": (1, 0)}  # fmt: skip
    owners = {w.span.text: w.span.speaker for w in framing.loaded}
    assert owners["brutal massacre"] is None
    assert owners["killed"] == "Hamas"


def test_the_json_says_whose_word_it_is() -> None:
    data = frame_text(f"Senator John Smith said {GIVEAWAY}.").as_dict()
    [word] = [w for w in data["loaded_words"] if w["text"] == "disgraceful"]
    assert word["speaker"] == "John Smith" and word["in_quote"] is False


@pytest.mark.parametrize(
    "text",
    [
        # The cue's subject is not the speaker's mention: Smith is the subject of
        # "called", and the extractor still names him for the cue. (A subjectless
        # participle, "complained about the bill, suggesting it was …", takes the
        # subject of its clause since session 21: test_the_outlets_own_words_….)
        "Senator John Smith called the governor to express support for a disgraceful "
        "giveaway to the rich.",
    ],
)
def test_a_speaker_who_is_not_the_cues_subject_leaves_the_word_with_the_outlet(
    text: str,
) -> None:
    doc = load_nlp()(text)
    sources = Sources(extract_quotes(doc))
    i = next(t.i for t in doc if t.text == "disgraceful")
    assert reported_speaker(doc, i, i + 1, sources, subject_only=False) == "John Smith"
    assert reported_speaker(doc, i, i + 1, sources) is None
    assert _owners(text)["disgraceful"] == (False, None)


def test_the_default_detectors_flags_are_owned_the_same_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSPRISM_FRAMING_MODEL")  # the default: the MiniLM
    owners = {w.span.text: (w.span.in_quote, w.span.speaker) for w in
              frame_text(f"Senator John Smith said {GIVEAWAY}.").loaded}  # fmt: skip
    (flag,) = [text for text in owners if "disgraceful" in text]
    assert owners[flag] == (False, "John Smith")
    plain = frame_text("The senator launched a bizarre tirade against reporters.").loaded
    assert [(w.span.text, w.span.speaker) for w in plain] == [("bizarre tirade", None)]
