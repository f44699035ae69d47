"""Session 34 (branch i12-speakers32): quote speakers, the kinds gold/speakers-polnear
showed. Real parses, words unlike the gold's."""

from __future__ import annotations

from newsprism.extract.quotes.marks import find_quotations
from newsprism.extract.quotes.transcript import transcript_turns
from tests.extract.quote_helpers import quotes_of

TRANSCRIPT = (
    "On Sunday's program, Senator Ruth Okafor said her bill would pass.\n\n"
    "Excerpt of the interview:\n\n"
    '"HARGROVE: Senator, thank you for joining us. Will the bill pass this month?\n\n'
    '"OKAFOR: I believe it will. We have the votes in committee, and the governor '
    "has told us he will sign it.\n\n"
    '"(LAUGHTER.)\n\n'
    '"HARGROVE: But as “The Ledger” reported, it says your own caucus is split. '
    "Why should anyone believe you?\n\n"
    '"OKAFOR: Because we counted. Every member has told me where they stand.\n\n'
    '"And I would say the same to any reporter who asked."\n'
)


def _turn(quotes, starting: str):
    hits = [q for q in quotes if q.text.startswith(starting)]
    assert len(hits) == 1, [(q.speaker, q.text[:30]) for q in quotes]
    return hits[0]


def test_each_labelled_turn_is_its_own_quote_of_its_label() -> None:
    found = quotes_of(TRANSCRIPT)
    assert _turn(found, "OKAFOR: I believe").speaker == "Ruth Okafor"
    assert _turn(found, "OKAFOR: Because").speaker == "Ruth Okafor"
    host = _turn(found, "HARGROVE: Senator")
    assert host.speaker is not None and host.speaker.lower() == "hargrove"


def test_a_turn_keeps_its_unlabelled_paragraphs_and_inner_marks() -> None:
    found = quotes_of(TRANSCRIPT)
    okafor = _turn(found, "OKAFOR: Because")
    assert "the same to any reporter" in okafor.text
    host = _turn(found, "HARGROVE: But")
    assert "Why should anyone believe you" in host.text  # past the inner “The Ledger”
    # the clause "it says your own caucus is split" is the host's words, no report of its own
    assert not any(q.kind == "reported" and "caucus" in q.text for q in found)
    assert not any("LAUGHTER" in q.text for q in found)


def test_no_turn_is_given_to_the_other_side() -> None:
    for q in quotes_of(TRANSCRIPT):
        if q.text.startswith("HARGROVE"):
            assert q.speaker != "Ruth Okafor"


def test_one_capitalised_lead_in_is_no_transcript() -> None:
    text = ('"NOTE: the figures are preliminary and may change," said Karen Liu, who '
            "directs the bureau.\n\n"
            '"We will publish the final count in June," Liu added.\n')
    quotations = find_quotations(text)
    assert transcript_turns(text, quotations) == quotations
    assert [q.speaker for q in quotes_of(text)] == ["Karen Liu", "Karen Liu"]


def test_a_quote_over_paragraphs_without_labels_is_not_cut() -> None:
    text = ('"The river rose four feet overnight," said Mayor Dana Pruitt.\n\n'
            '"We moved every family on Elm Street before dawn.\n\n'
            '"Nobody was hurt."\n')
    quotations = find_quotations(text)
    assert transcript_turns(text, quotations) == quotations


def _epithet_story(first: str, later: str) -> str:
    return (f'{first}, who owns the mill, spoke at the rally on Friday. "We will rebuild '
            f'every bridge in this county," {later} said, promising new jobs. Asked about '
            'wages, the Iowa businesswoman acknowledged that "money is tight."')


def test_a_surname_tagged_plural_is_still_one_person_for_an_epithet() -> None:
    for name in ("Banks", "Fields", "Sims"):
        last = quotes_of(_epithet_story(f"Carla {name}", name))[-1]
        assert (last.speaker, last.resolved) == (f"Carla {name}", "role"), name


def test_a_plural_group_is_no_antecedent_for_an_epithet() -> None:
    text = ('Dairy farmers from three counties spoke at the rally on Friday. "We will '
            'rebuild every barn in this county," the farmers said, promising new jobs. '
            'Asked about wages, the Iowa businesswoman acknowledged that "money is tight."')
    last = quotes_of(text)[-1]
    assert last.resolved == "description" and last.speaker == "the Iowa businesswoman"


def test_an_apposition_on_an_inner_noun_is_no_part_of_the_speaker() -> None:
    text = ('A spokeswoman for Acme Corp., the maker of the drills, said the shaft "was '
            'never safe to enter."')
    (q,) = [q for q in quotes_of(text) if "never safe" in q.text]
    assert q.speaker == "a spokeswoman for Acme Corp."


def test_an_apposition_without_a_comma_stays() -> None:
    text = ('The agency spokesman Tom Reyes said the shaft "was never safe to enter."')
    (q,) = [q for q in quotes_of(text) if "never safe" in q.text]
    assert q.speaker == "Tom Reyes"


def test_they_under_a_plural_speakers_cue_is_never_an_earlier_group() -> None:
    text = ('Critics of the plan, like the Sierra Club, say the rules are weak. Landowners '
            'have urged the board to delay the vote, because they say the hearing came too '
            'soon.')
    last = next(q for q in quotes_of(text) if "hearing came" in q.text)
    assert last.speaker != "Critics of the plan"  # the landowners, or no one named


def test_they_under_a_group_speakers_cue_is_that_group() -> None:
    text = ('Critics of the plan, like the Sierra Club, say the rules are weak. Nurses, '
            'including the state union, have urged the board to delay the vote, although '
            'they say they accept some of the changes.')
    last = next(q for q in quotes_of(text) if "accept some" in q.text)
    assert last.speaker == "Nurses"


def test_they_under_a_verb_that_reports_nothing_is_read_as_before() -> None:
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes.they_governed import governing_speaker

    doc = load_nlp()("The hearings were delayed twice, although they say nothing new.")
    they = next(t for t in doc if t.lower_ == "they")
    assert governing_speaker(they, lambda t: "say" if t.lemma_ == "say" else None) is None


def test_a_place_set_off_by_a_comma_stays_in_the_speaker() -> None:
    text = ('Officials in Dane County, Wisconsin, said the ballots "were counted twice."')
    (q,) = [q for q in quotes_of(text) if "counted twice" in q.text]
    assert q.speaker == "Officials in Dane County, Wisconsin"
